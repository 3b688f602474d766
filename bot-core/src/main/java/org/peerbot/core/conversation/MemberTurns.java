package org.peerbot.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.peerbot.core.handoff.Handoffs;
import org.peerbot.core.listening.Listening;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ChatEvent.MessageReceived;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.PromptCatalog.Prompt;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Stores;
import org.peerbot.core.turn.Command;
import org.peerbot.core.turn.Conversations;
import org.peerbot.core.turn.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member's message in their private chat with the bot: commands, the rate limit, the answer to a check-in,
 * crisis first, relay while connected, the clinical boundary, a request for a person, and otherwise the
 * planner's listening reply. Runs inside the engine's turn.
 */
final class MemberTurns {

    private static final Logger log = LoggerFactory.getLogger(MemberTurns.class);

    /** Remembered among the recent sentence ids once the full clinical boundary has been given. */
    private static final String CLINICAL_GIVEN = "clinical.boundary#given";

    /** Longer than this, a message gets a gentle "take your time" as well as the reply. */
    private static final int LONG_MESSAGE = 4000;

    private final PromptCatalog catalog;
    private final Stores stores;
    private final Conversations conversations;
    private final Handoffs handoffs;
    private final CrisisReplies crisisReplies;
    private final Signposts signposts;
    private final EngineEvents events;
    private final Listening listening;
    private final ResponsePlanner planner;
    private final RateGate rateGate;
    private final Function<String, TriageResult> classify;

    MemberTurns(PromptCatalog catalog, Stores stores, Conversations conversations, Handoffs handoffs,
                CrisisReplies crisisReplies, Signposts signposts, EngineEvents events, Listening listening,
                ResponsePlanner planner, RateGate rateGate, Function<String, TriageResult> classify) {
        this.catalog = catalog;
        this.stores = stores;
        this.conversations = conversations;
        this.handoffs = handoffs;
        this.crisisReplies = crisisReplies;
        this.signposts = signposts;
        this.events = events;
        this.listening = listening;
        this.planner = planner;
        this.rateGate = rateGate;
        this.classify = classify;
    }

    // ---------------------------------------------------------------- members

    void onMemberMessage(MessageReceived m, Turn turn, Instant now) {
        ConversationState state = conversations.loadOrStart(m.where(), now);
        String text = m.text();
        Command command = Command.parse(text);
        TriageResult result = command == null ? classify.apply(text) : TriageResult.sharing();
        events.triaged(result.category());
        Address me = new Address.Chat(m.where());

        // Read once: the foreign-language check here and the listening reply below use the same reading.
        Reading reading = command == null && result.category() != Category.CRISIS ? planner.read(text, result) : null;
        if (reading != null && reading.foreignCrisis()) {
            // Risk said in another language: the rules read English, so the planner's word list stands in.
            result = new TriageResult(Category.CRISIS, CrisisKind.SELF_HARM, List.of("other-language"),
                    java.util.Set.of(), List.of());
        }
        if (reading != null && result.category() == Category.HUMAN && reading.botQuestion() != null
                && reading.botQuestion() != Reading.BotQuestion.PERSON
                && result.rules().stream().allMatch(id -> id.startsWith(TriageResult.MODEL)
                        || id.startsWith(TriageResult.SIGNAL_RULE))) {
            // "who reads these chats? could she ever see this?" lies near a request for a person in the model's
            // space; it asks about the bot, and is answered, not put in the queue
            java.util.Set<Intent> kept = java.util.EnumSet.noneOf(Intent.class);
            kept.addAll(result.intents());
            kept.remove(Intent.WANTS_PERSON);
            result = new TriageResult(Category.SHARING, null, List.of(), java.util.Set.of(), result.feelings(), kept);
            reading = planner.read(text, result);
        }
        boolean crisis = result.category() == Category.CRISIS;
        // read before any reading is set aside below, so the chat remembers it either way
        boolean tellsDying = command == null && result.has(Signal.END_OF_LIFE);
        // the sentence model alone leans to risk, with no word of dying or an ending, in a chat with no risk before:
        // not the emergency block. With everyday words of giving up ("what's the point of any of it") the gentle direct
        // question; with none ("it's the waiting that's the worst", which both readers leaned to) the reply it would
        // have had, and a 24/7 line beside it: the model alone is wrong there more often than right (docs/safety-rules.md,
        // rule 1c)
        boolean uncertain = crisis && command == null && uncertainRisk(result, state) && !planner.namesRisk(text);
        boolean gentle = uncertain && planner.hintsRisk(text);
        // the sentence model alone reads abuse or a threat to someone, in a message with no word of violence, fear or
        // control ("I keep expecting her at the door when I get home" after a dog died, a carer's "he gets angry since
        // the stroke"): the reply it would have had, with a line on what to do if anyone is in danger (rule 1f)
        boolean doubtfulDanger = crisis && command == null && uncertainDanger(result, state)
                && !planner.namesDanger(text);
        // they have told us they are dying: the model's lean to self-harm alone is not raised later in the chat either
        // ("wife's been gone ten year. be nice to see her again if there is anything after" got a Samaritans line);
        // with words of dying or giving up in it, it is asked about gently, as crisis lines ask someone who is dying
        // about hastening it; a rule's reading of risk, a method or danger now still stands (docs/safety-rules.md, 1g)
        boolean dyingTold = command == null && (state.notes().endOfLife() || tellsDying);
        if (crisis && dyingTold && uncertainRisk(result, state)) {
            boolean asks = planner.namesRisk(text) || planner.hintsRisk(text);
            uncertain = asks; // asked gently; the model's crisis is set aside just below
            gentle = asks;
            if (!asks) {
                crisis = false;
                result = withoutTheModelsCrisis(result);
                reading = planner.read(text, result);
            }
        }
        if (uncertain || doubtfulDanger) {
            crisis = false;
            result = withoutTheModelsCrisis(result);
            reading = planner.read(text, result);
        }
        if (crisis && command == null && state.notes().emergencyLeft() > 0
                && (CrisisReplies.answersTheCall(text) || CrisisReplies.doubtsTheCall(text))) {
            // "I've called 999, the ambulance is coming" reads as an emergency by its words; after "call 999 now"
            // it is the answer, and is met as one (afterEmergency), not with the whole block again. Whatever kind it
            // reads as now: "my son is ringing 999" after chest pain was met with "if you might act on these thoughts",
            // and so was doubt about the call ("do I really need to ring them, I don't want to waste their time")
            crisis = false;
        }
        if (!crisis && !rateGate.allow(state.key(), now)) {
            if (rateGate.firstRefusal(state.key())) {
                turn.say(me, catalog.text("member.slow_down"), state.key());
            }
            if (state.mode() == Mode.CONNECTED && command == null) {
                // In a live chat the member never loses a message: it still goes to the volunteer.
                handoffs.relayFromMember(state, text, turn);
            }
            conversations.save(state.seen(now));
            return;
        }
        boolean answeredCheckIn = false;
        boolean askedDirectly = state.notes().checkInAsked();
        if (command == null && state.notes().checkInPending()) {
            answeredCheckIn = !crisis && !CrisisReplies.isYes(text);
            if (!crisis && CrisisReplies.isYes(text)) {
                result = new TriageResult(Category.CRISIS, state.risk() == null ? CrisisKind.SELF_HARM : state.risk(),
                        List.of(CrisisReplies.CHECK_IN_YES), java.util.Set.of(), result.feelings());
                crisis = true;
            }
            state = state.withNotes(state.notes().checkIn(!crisis && CrisisReplies.isRetraction(text)));
        } else if (command == null && !crisis && state.flagged() && state.mode() != Mode.CONNECTED
                && state.notes().emergencyLeft() == 0 // after "call 999 now", "yes" answers "is someone with you?"
                && CrisisReplies.isBareYes(text) && CrisisReplies.lastReplyWasCrisis(state)) {
            // a bare "yes" straight after a crisis reply answers it: the thoughts are still there, so it is met as the
            // yes to the direct question is (thanks, the emergency number and a 24/7 line), never as small talk
            result = new TriageResult(Category.CRISIS, state.risk() == null ? CrisisKind.SELF_HARM : state.risk(),
                    List.of(CrisisReplies.CHECK_IN_YES), java.util.Set.of(), result.feelings());
            crisis = true;
        }

        state = state.seen(now).quiet(false);
        if (tellsDying && !state.notes().endOfLife()) {
            state = state.withNotes(state.notes().endOfLifeTold());
        }
        if (command == null) {
            state = Wishes.notice(state, text); // topic ids and a language code for matching (issue 18)
        }
        if (crisis) {
            state = crisisReplies.reply(state, result, turn, now);
        } else if (state.flagged() && !state.introduced()) {
            // Risk flagged from a group message before they ever wrote here: the crisis reply comes first.
            state = crisisReplies.reply(state, new TriageResult(Category.CRISIS, state.risk(), List.of("carried-over"),
                    java.util.Set.of(), List.of()), turn, now);
        }
        if (!state.introduced()) {
            turn.say(me, catalog.text("intro.first"), state.key());
            state = state.introduced(true);
            if (command != null && (command.name().equals("start") || command.name().equals("help"))) {
                conversations.save(state);
                return;
            }
        }
        if (crisis) {
            conversations.save(state);
            return;
        }
        if (command != null) {
            conversations.save(memberCommand(state, command, m, turn, now));
            return;
        }
        if (state.mode() == Mode.CONNECTED) {
            handoffs.relayFromMember(state, text, turn);
            conversations.save(state);
            return;
        }
        if (state.flagged() && reading != null && reading.has(Intent.GOODBYE)) {
            // leaving a flagged chat: the emergency number and a 24/7 line go with them, and the door stays open
            conversations.save(crisisReplies.goodbyeWhileFlagged(state, turn, now));
            return;
        }
        if (state.flagged() && state.notes().crisisBlockGiven() && !crisis && state.risk() == CrisisKind.SELF_HARM
                && result.has(Signal.DENIAL) && CrisisReplies.clarifies(text)) {
            // "not literally lol dont panic. just the guilt": the words read as risk were a saying, and they say so;
            // the number is not pressed as if they had not answered ("You matter ... call 999" twice more). Risk stays
            // flagged (rule 6): they are thanked, and 999 and a 24/7 line are named once more for if it is ever real.
            // "lol only joking" alone ends there; with more in it ("just the guilt. he's home now"), that is listened to
            state = saidFilled(state, "crisis.clarified", me, turn, now);
            state = state.withNotes(state.notes().emergency(0));
            if (WORDS.split(text.strip()).length <= CLARIFIED_ALONE_WORDS) {
                conversations.save(state.seen(now));
                return;
            }
        }
        if (state.flagged() && state.notes().crisisBlockGiven() && CrisisReplies.refusesToCall(text)
                && (state.risk() == null || state.risk() == CrisisKind.SELF_HARM) && !CrisisReplies.isHelpComing(text)
                && !CrisisReplies.isHelpThere(text) && !CrisisReplies.asksWhatHappens(text)) {
            // "i dont want to ring anyone" after the crisis reply: got a plain echo ("I hear that you don't want to
            // ring anyone") with no number at all. No pressure: a way to be heard with no phone call, and 999 kept
            conversations.save(crisisReplies.noCall(state, turn, now));
            return;
        }
        if (state.notes().emergencyLeft() > 0) {
            // after "call 999 now" and before a person joins, the number comes first whatever they say
            conversations.save(crisisReplies.afterEmergency(state, text, turn));
            return;
        }
        if (answeredCheckIn && CrisisReplies.isNo(text)) {
            Prompt p = listening.pick("crisis.check_in_no", state.recentPrompts(), state.notes().turns());
            // "no, I'm just exhausted": their own word for how they feel is heard as well
            ResponsePlanner.Reply felt = reading == null ? null : planner.feeling(reading, state.recentPrompts(),
                    state.notes().turns());
            // the door stays open: the number and a 24/7 line go with the thanks, in case that changes
            String thanks = crisisReplies.filled(p.text(), state.risk(), now);
            turn.say(me, felt == null ? thanks : thanks + " " + felt.text(), state.key());
            conversations.save(usedFelt(state.usedPrompt(p.id()), felt));
            return;
        }
        if (!crisis && state.flagged() && state.notes().crisisBlockGiven()
                && (state.risk() == null || state.risk() == CrisisKind.SELF_HARM) && CrisisReplies.namesSomeoneThere(text)
                && !CrisisReplies.isNo(text) && (reading == null || reading.feeling() == null && !reading.reassures())
                && !result.has(Signal.DENIAL)) {
            // "I'm at home. My sister's in the next room." after the crisis reply asked who is near: got an echo and
            // nothing more (blind-28). Someone near is met with going to them, and the number and a line once more.
            // A feeling told with it ("i'm really scared. dad's in the kitchen") is met by scared_after instead, and
            // "i'm safe for now. my sister is coming round" by the gentle reply for reassurance.
            state = saidFilled(state, "crisis.someone_near", me, turn, now);
            conversations.save(state.withNotes(state.notes().checkIn(false)).seen(now));
            return;
        }
        if (answeredCheckIn && askedDirectly && state.flagged() && CrisisReplies.turnsTheQuestionAside(text)) {
            // the direct question turned aside: no pressure, the number and a line, their feeling heard
            ResponsePlanner.Reply felt = reading == null ? null : planner.feeling(reading, state.recentPrompts(),
                    state.notes().turns());
            conversations.save(usedFelt(crisisReplies.checkInOther(state, text, felt == null ? null : felt.text(),
                    turn, now), felt));
            return;
        }
        if (uncertain && (reading.has(Intent.GOODBYE) || planner.leavesAnywhere(text))
                && (reading.has(Intent.THANKS) || reading.helped())) {
            // "I'll leave it there for today, thank you, it's been a comfort": a goodbye with thanks is answered as
            // one, and a 24/7 line goes with them (a goodbye with no thanks is asked about, as any other message)
            ConversationState next;
            if (reading.has(Intent.GOODBYE)) {
                next = respond(state, result, reading, text, turn, now);
            } else {
                ResponsePlanner.Reply bye = planner.goodbye(reading, state.notes(), state.recentPrompts(), now);
                turn.say(new Address.Chat(state.address()), bye.text(), state.key());
                next = usedFelt(state.withNotes(bye.notes()), bye);
            }
            crisisReplies.gentleGoodbye(next, turn, now);
            conversations.save(next);
            return;
        }
        // "our springer will be the death of me": the model alone leaned to risk on a saying, and no line is added
        boolean saying = (uncertain || doubtfulDanger) && !gentle && planner.speaksInIdiom(text);
        if (uncertain && !gentle && !saying) {
            conversations.save(crisisReplies.softLine(respond(state, result, reading, text, turn, now), turn, now));
            return;
        }
        if (doubtfulDanger && !saying) {
            conversations.save(crisisReplies.safetyLine(respond(state, result, reading, text, turn, now), turn, now));
            return;
        }
        if (gentle) {
            ResponsePlanner.Reply heard = planner.heard(reading, result, state.notes(), state.recentPrompts(), now);
            conversations.save(crisisReplies.gentleCheck(usedFelt(state, heard).withNotes(heard.notes()), heard.text(),
                    turn, now));
            return;
        }
        conversations.save(respond(state, result, reading, text, turn, now));
    }

    /**
     * The reading with the model's crisis set aside: what the rules read besides it stands ("my chest has felt tight
     * for days" is still a clinical question, met with the GP and 111), and with no rule beside it, sharing.
     */
    static TriageResult withoutTheModelsCrisis(TriageResult result) {
        List<String> kept = new java.util.ArrayList<>();
        Category category = Category.SHARING;
        for (String id : result.rules()) {
            Category family = TriageResult.nonCrisisFamily(id);
            if (family == null || id.startsWith(TriageResult.SIGNAL_RULE)) {
                continue; // the model's readings, and signals, which read no category of their own
            }
            kept.add(id);
            if (family.ordinal() < category.ordinal()) {
                category = family;
            }
        }
        return new TriageResult(category, null, kept, java.util.Set.of(), result.feelings(), result.intents());
    }

    /** A reading of abuse or a threat to someone that only the sentence model made, in a chat with no risk before. */
    static boolean uncertainDanger(TriageResult result, ConversationState state) {
        return (result.kind() == CrisisKind.ABUSE || result.kind() == CrisisKind.HARM_TO_OTHERS)
                && onlyTheModel(result, state);
    }

    /**
     * Risk read by the sentence model alone (no rule found it), as the graded check-in, with no sign of danger now,
     * a method asked for or someone else at risk, in a chat where no risk was raised before and no person is in it.
     */
    static boolean uncertainRisk(TriageResult result, ConversationState state) {
        return result.kind() == CrisisKind.SELF_HARM && result.rules().contains(TriageResult.MODEL_RISK)
                && !result.has(Signal.IMMEDIATE_DANGER) && !result.has(Signal.METHOD_SEEKING)
                && !result.has(Signal.ABOUT_SOMEONE_ELSE) && onlyTheModel(result, state);
    }

    /**
     * No crisis rule read the crisis, only the model (a clinical or signal rule beside it aside), in a chat with no risk
     * before, no volunteer with them and no check-in waiting for an answer: what both model-only tiers (rules 1c and
     * 1f) ask first.
     */
    private static boolean onlyTheModel(TriageResult result, ConversationState state) {
        return result.crisisReadByModelAlone() && !state.flagged() && state.risk() == null
                && state.mode() != Mode.CONNECTED
                && !state.notes().checkInPending();
    }

    /**
     * The state with the prompts of a reply the engine sends itself (a feeling reflection, the gentle check's heard
     * line, a goodbye) marked as used, so none repeats.
     */
    private static ConversationState usedFelt(ConversationState state, ResponsePlanner.Reply felt) {
        if (felt != null) {
            for (String id : felt.promptIds()) {
                state = state.usedPrompt(id);
            }
        }
        return state;
    }

    /**
     * Everything that is not crisis: the clinical boundary, a request for a person, and otherwise the conversation
     * planner's listening reply (see the conversation package).
     */
    private ConversationState respond(ConversationState state, TriageResult result, Reading reading, String text,
                                      Turn turn, Instant now) {
        Address me = new Address.Chat(state.address());
        String key = state.key();
        if (result.category() == Category.CLINICAL && !toldAGoodResult(result, reading, text)) {
            if (state.recentPrompts().contains(CLINICAL_GIVEN)) {
                // The full boundary and its services were given in this chat: a short form, never the same block.
                Prompt p = listening.pick("clinical.again", state.recentPrompts(), state.notes().turns());
                turn.offer(me, p.text(), List.of(signposts.talkButton()), key);
                return state.usedPrompt(p.id());
            }
            // what they told first ("the new tablets make me dizzy", "FEV1 is down again"), then the boundary: a
            // question asked beside a side effect or a result is not met with the block alone
            ResponsePlanner.Reply felt = planner.heard(reading, result, state.notes(), state.recentPrompts(), now);
            if (!felt.moves().stream().allMatch(mv -> mv instanceof Move.Reflect || mv instanceof Move.Restate
                    || (mv instanceof Move.Acknowledge a && a.feeling() != Move.Feeling.HEARD))) {
                // "should I stop them?" is planned as a choice handed back ("you know your life best"), which is no
                // way into the boundary: their feeling alone, or nothing
                felt = planner.feeling(reading, state.recentPrompts(), state.notes().turns());
            }
            String block = signposts.clinicalDeflection(result, Topics.of(text), now);
            turn.offer(me, felt != null ? felt.text() + " " + block : block, List.of(signposts.talkButton()), key);
            return usedFelt(state, felt).usedPrompt(CLINICAL_GIVEN);
        }
        if (text.isBlank()) {
            turn.say(me, catalog.text("listen.empty"), key);
            return state;
        }
        boolean dangerAgain = state.risk() == CrisisKind.ABUSE && reading.dangerNear();
        if (state.flagged() && state.notes().crisisBlockGiven() && (reading.riskAgain() || dangerAgain)) {
            // Risk was raised in this chat; "I can't stop thinking about it" carries it on. Stay with it.
            return crisisReplies.reply(state, new TriageResult(Category.CRISIS, state.risk(), List.of("risk-again"),
                    java.util.Set.of(), result.feelings()), turn, now);
        }
        // (the member's own risk: after a worry for a friend, "she's ok, they found her, I can't stop crying" is relief
        // and shock, not fear to be met with "if you might act on it")
        boolean afterSelfHarm = state.flagged() && state.notes().crisisBlockGiven()
                && state.risk() == CrisisKind.SELF_HARM && !result.has(Signal.DENIAL)
                && !CrisisReplies.aboutSomeoneElse(state);
        // After telling of risk, three things are met as part of it, never with ordinary listening alone: "I'm quite
        // calm about it" after a plan (calm after deciding is a warning sign, never good news); "im scared. mums
        // downstairs" after tablets in the room (the fear, someone near, the numbers again); "don't make a fuss" (no
        // pressure, but it is not let go of, and the line goes again)
        String after = afterSelfHarm && planner.calmAfter(text) ? "crisis.calm_after"
                : !afterSelfHarm || reading.reassures() ? null
                : result.feelings().contains("scared") ? "crisis.scared_after"
                : planner.minimises(text) ? "crisis.minimised" : null;
        if (after != null) {
            return saidFilled(state, after, me, turn, now);
        }
        if (reading.extra() == Reading.Extra.ADVICE && CrisisReplies.aboutSomeoneElse(state)) {
            return crisisReplies.worriedOtherAsks(state, turn, now); // "what should I do?" about a mate at risk
        }
        // "is there anyone I can talk to about grief, a bereavement service?" names a service: signpost it.
        boolean namedService = reading.has(Intent.WANTS_SERVICE) && !reading.topics().isEmpty()
                && !reading.askedForPerson();
        // Only the model heard a wish for a person, in words that name no talking to anyone ("i just wanted to see if
        // anyone was here", "I don't know anyone else who has it"): what they said is listened to, and a person is
        // offered, not sent for. A queued request with no one on duty answered a first shy message with nothing but
        // "no volunteer is on duty right now".
        boolean offerOnly = reading.has(Intent.WANTS_PERSON) && !reading.askedForPerson()
                && !reading.has(Intent.BOT_QUESTION) && result.rules().contains(TriageResult.MODEL_PERSON)
                && result.rules().stream().noneMatch(id -> TriageResult.nonCrisisFamily(id) == Category.HUMAN);
        if (reading.has(Intent.WANTS_PERSON) && !reading.has(Intent.OTHER_LANGUAGE) && !namedService && !offerOnly) {
            if (reading.has(Intent.BOT_QUESTION)) {
                // "Is this a bot? I want a human": the honest answer first, then the request.
                turn.say(me, catalog.text("plan.bot.person"), key);
            }
            if (result.category() == Category.HUMAN
                    && result.signals().stream().anyMatch(Signal.CLINICAL_QUESTION::contains)) {
                // a person asked for beside a health question: who can answer the question first, then the person
                turn.say(me, catalog.text("clinical.with_person"), key);
            }
            ConversationState heard = state;
            if (!reading.has(Intent.BOT_QUESTION) && WORDS.split(text.strip()).length >= HEARD_FIRST_WORDS) {
                // a request inside a longer message: what they told is heard first, in a line or two
                ResponsePlanner.Reply first = planner.heard(reading, result, state.notes(), state.recentPrompts(), now);
                turn.say(me, first.text(), key);
                for (String id : first.promptIds()) {
                    heard = heard.usedPrompt(id);
                }
            }
            return handoffs.request(heard, null, Wishes.of(state, text), turn, now); // the words may name an experience
        }
        ConversationState next = state;
        // "you misunderstood me" reads as a denial to triage; outside a chat at risk, a correction is owned in one
        // short line by the planner, with no "thank you for telling me" paragraph before it
        boolean correction = reading.has(Intent.CORRECTION) && !state.flagged();
        if (((result.has(Signal.DENIAL) && !reading.has(Intent.VENTING) && !correction)
                || (state.flagged() && reading.reassures())) && !CrisisReplies.lastWas(state, "crisis.clarified")) {
            Prompt p = listening.pick(state.flagged() ? "crisis.gentle_after" : "crisis.gentle", next.recentPrompts(),
                    next.notes().turns());
            turn.say(me, p.text(), key);
            next = next.usedPrompt(p.id());
        }
        if (text.length() > LONG_MESSAGE) {
            turn.say(me, catalog.text("listen.too_long"), key);
        }
        ResponsePlanner.Reply reply = planner.reply(reading, result, next.notes(), next.recentPrompts(), now);
        if (offerOnly) {
            turn.offer(me, reply.text() + "\n\n" + catalog.text("plan.person_offer"), List.of(signposts.talkButton()),
                    key);
        } else if (reply.offerButtons()) {
            turn.offer(me, reply.text(), List.of(signposts.talkButton(), signposts.servicesButton()), key);
        } else {
            turn.say(me, reply.text(), key);
        }
        for (String id : reply.promptIds()) {
            next = next.usedPrompt(id);
        }
        return next.withNotes(reply.notes());
    }

    /**
     * One crisis line of the catalogue said with the emergency number and a 24/7 line filled in for their risk, a
     * variant not used lately; the state with it marked as used.
     */
    private ConversationState saidFilled(ConversationState state, String key, Address me, Turn turn, Instant now) {
        Prompt p = listening.pick(key, state.recentPrompts(), state.notes().turns());
        turn.say(me, crisisReplies.filled(p.text(), state.risk(), now), state.key());
        return state.usedPrompt(p.id());
    }

    /** Words in a message with a request for a person from which what they told is heard first. */
    private static final int HEARD_FIRST_WORDS = 15;
    /** A clarification this short ("lol only joking", "not literally, don't panic") is answered on its own. */
    private static final int CLARIFIED_ALONE_WORDS = 6;
    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\s+");

    /**
     * "The lump was benign, but they want to keep an eye on my thyroid" tells news; it asks nothing. The clinical
     * boundary is for questions (safety rule 11, docs/safety-rules.md), so a good result told with no question, and no medicine or urgent
     * symptom in it, is listened to like any other news.
     */
    private static boolean toldAGoodResult(TriageResult result, Reading reading, String text) {
        return reading != null && reading.goodResult() && reading.has(Intent.GOOD_NEWS) && text.indexOf('?') < 0
                && reading.extra() != Reading.Extra.ADVICE && !result.has(Signal.MEDICINE_QUESTION)
                && !result.has(Signal.URGENT_SYMPTOM) && !result.has(Signal.METHOD_SEEKING);
    }

    private ConversationState memberCommand(ConversationState state, Command command, MessageReceived m, Turn turn,
                                            Instant now) {
        Address me = new Address.Chat(state.address());
        String key = state.key();
        switch (command.name()) {
            case "start", "help" -> {
                turn.offer(me, catalog.text("intro.help"), List.of(signposts.talkButton(), signposts.servicesButton()), key);
                return state;
            }
            case "services" -> {
                turn.offer(me, signposts.servicesText(List.of(), now), List.of(signposts.talkButton()), key);
                return state;
            }
            case "talk" -> {
                return handoffs.request(state, null, Wishes.of(state, command.args()), turn, now); // "/talk someone who had chemo"
            }
            case "cancel", "end" -> {
                return handoffs.cancelByMember(state, turn, now);
            }
            case "stop" -> {
                turn.say(me, catalog.text("listen.quiet"), key);
                return state.quiet(true);
            }
            case "forget" -> {
                forget(state, turn, now);
                return null;
            }
            case "block" -> {
                return handoffs.blockByMember(state, turn, now);
            }
            case "report" -> {
                return handoffs.report(state, turn);
            }
            default -> {
                if (Handoffs.VOLUNTEER_COMMANDS.contains(command.name())) {
                    log.info("volunteer command /{} refused: the sender is not a volunteer", command.name());
                    turn.say(me, catalog.text("member.volunteer_only"), key);
                } else {
                    turn.say(me, catalog.text("member.unknown_command"), key);
                }
                return state;
            }
        }
    }

    /** Erases everything about the member and confirms. Blocks that protect volunteers stay (hashes only). */
    private void forget(ConversationState state, Turn turn, Instant now) {
        handoffs.closeForForget(state, turn, now);
        int outbox = stores.outbox().deleteFor(state.key());
        int handoffRows = stores.handoffs().deleteFor(state.key());
        stores.conversations().delete(state.key());
        log.info("conversation {} forgotten ({} handoffs, {} outbox rows)", Conversations.shortKey(state.key()), handoffRows,
                outbox);
        // No conversation key on the confirmation: nothing about them is left behind once it is sent.
        turn.say(new Address.Chat(state.address()), catalog.text("member.forgotten"), null);
    }
}
