package org.peerbot.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peerbot.core.handoff.Handoffs;
import org.peerbot.core.listening.Listening;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ChatEvent.MessageReceived;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.ListeningNotes;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.Directory.ServiceInfo;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.PromptCatalog.Prompt;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.turn.Conversations;
import org.peerbot.core.turn.Turn;
import org.peerbot.core.wording.ServiceLines;
import org.peerbot.core.wording.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crisis reply: emergency contacts first, shaped by kind; sticky risk; a person asked for at once.
 *
 * <p>The full block of contacts is sent once per conversation. Later risk messages get a short, warm reply with
 * the emergency number and one 24/7 line in a new form each time (safety rule 1, docs/safety-rules.md), unless the risk steps up
 * (means at hand, already taken something), which always gets "call 999 now" first. Passive ideation with no
 * plan, method or time gets a direct, caring question about suicide with the lines and a person (safety rule 1a, docs/safety-rules.md).
 */
final class CrisisReplies {

    private static final Logger log = LoggerFactory.getLogger(CrisisReplies.class);

    /** After "call 999 now", how many member messages are met with the number first (see afterEmergency). */
    static final int EMERGENCY_MESSAGES = 4;

    /** The rule id MemberTurns gives a yes to the check-in question. */
    static final String CHECK_IN_YES = "check-in.yes";

    private final PromptCatalog catalog;
    private final Directory directory;
    private final Handoffs handoffs;
    private final EngineEvents events;
    private final Listening listening;
    private final Conversations conversations;

    CrisisReplies(PromptCatalog catalog, Directory directory, Handoffs handoffs, EngineEvents events,
                  Listening listening, Conversations conversations) {
        this.catalog = catalog;
        this.directory = directory;
        this.handoffs = handoffs;
        this.events = events;
        this.listening = listening;
        this.conversations = conversations;
    }

    /**
     * Risk in a group or server channel: one public-safe line there (the emergency number and one line, nothing
     * about the person), and the full reply in their private chat, flagged so it comes first whenever they write.
     */
    void inGroup(MessageReceived m, TriageResult result, Turn turn, Instant now) {
        events.triaged(Category.CRISIS);
        List<ServiceInfo> lines = directory.crisisLines(result.kind(), now);
        String line = lines.isEmpty() ? "" : lines.get(0).name() + " " + lines.get(0).contact().replaceFirst(
                "(?i)^call\\s+", "");
        turn.urgent(new Address.Chat(m.where()), Templates.fill(catalog.text("group.crisis_public"),
                Map.of("emergency", emergencyNumber(), "line", line)), null);
        if (m.privateChat() != null) {
            ConversationState state = conversations.loadOrStart(m.privateChat(), now);
            // If they never started the bot (Telegram can't write first) this send fails, but the risk is flagged
            // and the crisis reply comes first whenever they do write.
            conversations.save(reply(state, result, turn, now));
        }
    }

    /** The crisis reply for this message; the conversation comes back flagged, with a person asked for. */
    ConversationState reply(ConversationState state, TriageResult result, Turn turn, Instant now) {
        CrisisKind kind = result.kind();
        events.crisisReply(kind);
        log.info("crisis reply for conversation {} kind {}", Conversations.shortKey(state.key()), kind.id());
        Address me = new Address.Chat(state.address());
        ListeningNotes notes = state.notes();
        boolean stepUp = result.has(Signal.IMMEDIATE_DANGER);
        if (notes.crisisBlockGiven() && !stepUp && state.flagged()) {
            return crisisFollowUp(state, result, turn, now);
        }
        Map<String, String> values = Map.of("emergency", emergencyNumber());
        StringBuilder text = new StringBuilder();
        boolean checkIn = result.has(Signal.PASSIVE_IDEATION) && !stepUp && !result.has(Signal.METHOD_SEEKING)
                && kind == CrisisKind.SELF_HARM && !result.has(Signal.ABOUT_SOMEONE_ELSE);
        String lead;
        if (kind == CrisisKind.HARM_TO_OTHERS && result.has(Signal.ABOUT_SOMEONE_ELSE)) {
            // someone else threatening or hurting someone, heard or told by the member ("he's shouting he's going to
            // kill her", "my brother's taken the bat round there"): 999 for the one in danger, and the member kept out
            // of harm's way; "move away from anything you could hurt them with" is for their own urge
            lead = "crisis.harm_by_someone_else";
        } else if (stepUp && kind == CrisisKind.HARM_TO_OTHERS) {
            // a threat with a time or a means: call now, and distance from the person and the means; "is there
            // someone who can be with you?" belongs to the member's own danger
            lead = "crisis.harm_to_others_now";
        } else if (stepUp && result.has(Signal.ABOUT_SOMEONE_ELSE)) {
            // someone else has taken something or collapsed: an emergency for them ("if they are in danger now"
            // was too weak for an overdose already taken)
            lead = "crisis.medical_emergency";
        } else if (stepUp && kind != CrisisKind.MEDICAL_EMERGENCY) {
            lead = "crisis.immediate";
        } else if (kind == CrisisKind.SELF_HARM && result.has(Signal.ABOUT_SOMEONE_ELSE)) {
            lead = "crisis.self_harm_other";
        } else if (checkIn) {
            lead = "crisis.passive";
        } else {
            lead = "crisis." + kind.id();
        }
        text.append(Templates.fill(catalog.text(lead), values));
        if (result.has(Signal.METHOD_SEEKING)) {
            text.append("\n").append(catalog.text("crisis.method_refusal"));
        }
        if (kind == CrisisKind.ABUSE || result.has(Signal.YOUNG_PERSON)) {
            text.append("\n").append(catalog.text("crisis.young_person"));
        }
        text.append("\n\n").append(catalog.text("crisis.lines_intro")).append("\n")
                .append(ServiceLines.of(catalog, directory.crisisLines(kind, now)));
        // "call 999 now" with "is there someone who can be with you?": the next messages are met with the number
        // first (afterEmergency), and a "no" there means alone, never "no, I'm not thinking of it"
        boolean emergency = lead.equals("crisis.immediate") || lead.equals("crisis.medical_emergency")
                || lead.equals("crisis.harm_by_someone_else");
        // otherwise the next message is read as an answer to the block too: its lead asks them to call if they might
        // act now, and a bare "yes" to that is the most urgent thing they can say (it was met with "I'm still here")
        boolean answerAwaited = !emergency && (checkIn
                || (kind == CrisisKind.SELF_HARM && !result.has(Signal.ABOUT_SOMEONE_ELSE)));
        // a question about how to die is asked about directly too, once the method is refused
        boolean askAfterMethod = result.has(Signal.METHOD_SEEKING) && kind == CrisisKind.SELF_HARM && !stepUp
                && !result.has(Signal.ABOUT_SOMEONE_ELSE);
        // the lead is remembered as used, so what follows can know whose risk it was ("what should I do?" about a mate)
        ConversationState flagged = state.flag(kind, now).usedPrompt(lead).withNotes(notes.withCrisisBlock()
                .checkIn(answerAwaited).asked(checkIn || askAfterMethod)
                .emergency(emergency ? EMERGENCY_MESSAGES : notes.emergencyLeft()));
        if (flagged.mode() == Mode.CONNECTED) {
            text.append("\n\n").append(catalog.text("crisis.still_here"));
            turn.urgent(me, text.toString(), state.key());
            handoffs.alertVolunteerInRoom(flagged, turn);
            return flagged;
        }
        text.append("\n\n").append(catalog.text("crisis.person_offer"));
        if (checkIn || askAfterMethod) {
            // Asked last, so it is the question they answer (asking about suicide does not raise risk).
            text.append("\n\n").append(catalog.text("crisis.check_in"));
        }
        turn.urgent(me, text.toString(), state.key());
        if (kind == CrisisKind.ABUSE) {
            handoffs.alertLead(flagged, kind, turn);
        }
        return handoffs.request(flagged, kind, Wishes.of(flagged, null), turn, now);
    }

    /**
     * The gentle check (docs/safety-rules.md, rule 1c): the sentence model alone leaned to risk in a message with no
     * word of dying, an ending or not being here, and nothing in this chat was risk before. What was heard, a 24/7
     * line and a person offered, then the direct question, asked last so it is what they answer. The chat is not
     * flagged and no card is raised yet: a yes is met with the full crisis reply (999, the lines, a person asked for
     * at once); a no with thanks and the line; anything else is listened to as it is.
     */
    ConversationState gentleCheck(ConversationState state, String heard, Turn turn, Instant now) {
        events.crisisReply(CrisisKind.SELF_HARM);
        log.info("gentle check for conversation {}", Conversations.shortKey(state.key()));
        String text = (heard == null || heard.isBlank() ? "" : heard + "\n\n")
                + filled(catalog.text("crisis.gentle_check_lines"), CrisisKind.SELF_HARM, now)
                + "\n\n" + catalog.text("crisis.gentle_check");
        turn.urgent(new Address.Chat(state.address()), text, state.key());
        return state.usedPrompt("crisis.gentle_check").withNotes(state.notes().checkIn(true).asked(true));
    }

    /**
     * Beside an ordinary reply, where the sentence model alone leaned to risk in a message with no word of risk or of
     * giving up: a 24/7 line, once while it is among the recent prompts. No question, no card, no flag.
     */
    ConversationState softLine(ConversationState state, Turn turn, Instant now) {
        return lineOnce(state, "crisis.soft_line", CrisisKind.SELF_HARM, turn, now);
    }

    /**
     * Beside an ordinary reply, where the sentence model alone read abuse or a threat in a message with no word of
     * violence, fear or control: what to do if anyone is in danger, once while it is among the recent prompts.
     */
    ConversationState safetyLine(ConversationState state, Turn turn, Instant now) {
        return lineOnce(state, "crisis.safety_line", CrisisKind.ABUSE, turn, now);
    }

    /** One line beside an ordinary reply, not again while it is among the recent prompts. */
    private ConversationState lineOnce(ConversationState state, String key, CrisisKind kind, Turn turn, Instant now) {
        if (state.recentPrompts().contains(key)) {
            return state;
        }
        log.info("{} for conversation {}", key, Conversations.shortKey(state.key()));
        turn.say(new Address.Chat(state.address()), filled(catalog.text(key), kind, now), state.key());
        return state.usedPrompt(key);
    }

    /** After a goodbye answered as a goodbye, where the model alone leaned to risk: a 24/7 line goes with them. */
    void gentleGoodbye(ConversationState state, Turn turn, Instant now) {
        turn.say(new Address.Chat(state.address()), filled(catalog.text("crisis.gentle_goodbye"), CrisisKind.SELF_HARM,
                now), state.key());
    }

    /** Risk again after the full block: short and warm, the emergency number and one 24/7 line, and a person. */
    ConversationState crisisFollowUp(ConversationState state, TriageResult result, Turn turn, Instant now) {
        Address me = new Address.Chat(state.address());
        CrisisKind kind = result.kind();
        // a yes to "are you thinking about ending your life?" is thanked for as the brave answer it is
        // (once: a second yes gets the short follow-up, never the same words again)
        boolean thankedForYes = state.recentPrompts().stream().anyMatch(id -> id.startsWith("crisis.check_in_yes"));
        String key = result.rules().contains(CHECK_IN_YES) && !thankedForYes ? "crisis.check_in_yes"
                : kind == CrisisKind.ABUSE ? "crisis.follow_up_abuse"
                // an emergency of the body is not a thought to act on: the number again, in new words
                : kind == CrisisKind.MEDICAL_EMERGENCY ? "crisis.emergency_again" : "crisis.follow_up";
        Prompt p = listening.pick(key, state.recentPrompts(), state.notes().turns());
        StringBuilder text = new StringBuilder(filled(p.text(), kind, now));
        if (result.has(Signal.METHOD_SEEKING)) {
            text.append(' ').append(catalog.text("crisis.method_refusal"));
        }
        ConversationState flagged = state.flag(kind, now).usedPrompt(p.id());
        if (flagged.mode() == Mode.CONNECTED) {
            turn.urgent(me, text.toString(), state.key());
            handoffs.alertVolunteerInRoom(flagged, turn);
            return flagged;
        }
        if (flagged.mode() == Mode.BOT) {
            text.append(' ').append(catalog.text("crisis.person_again"));
        }
        turn.urgent(me, text.toString(), state.key());
        return handoffs.request(flagged, kind, Wishes.of(flagged, null), turn, now);
    }

    /** Words that say a risk read was a saying, not meant ("not literally", "only joking", "don't panic"). */
    private static final java.util.regex.Pattern CLARIFIES = java.util.regex.Pattern.compile(
            "\\b(not literally|didnt mean (it|that) (like that|literally)|figure of speech|just a (saying|turn of "
                    + "phrase)|only (joking|kidding)|just (joking|kidding)|dont panic|wasnt serious|not being "
                    + "serious)\\b");

    /** Whether the message says the words read as risk were a saying, not meant (with the DENIAL signal beside it). */
    static boolean clarifies(String text) {
        return CLARIFIES.matcher(answer(text)).find();
    }

    /**
     * A message after "call 999 now" (something taken, means at hand, a medical emergency), while no person has
     * joined: the emergency number comes first, shaped by what they say (safety rules 1 and 5). Being alone is met
     * with calling anyway and letting help in; someone there, with calling together; help on its way, with staying
     * reachable (and the number is not pressed again); the call being made ("my son is ringing 999 now"), with staying
     * on the line; anything else, with the number again in a new form. It was
     * met as ordinary chat: "no one" got "There's no hurry", and a "no" was read as "no, I'm not thinking of it".
     */
    ConversationState afterEmergency(ConversationState state, String text, Turn turn) {
        ListeningNotes notes = state.notes();
        int left = notes.emergencyLeft() - 1;
        String key;
        if (isHelpThere(text)) {
            key = "crisis.help_there";
            left = 0;
        } else if (isHelpComing(text)) {
            key = "crisis.help_coming";
            left = 0;
        } else if (isCalling(text)) {
            key = "crisis.help_being_called";
            left = 0;
        } else if (namesSomeoneThere(text)) {
            key = "crisis.with_someone";
        } else if (isAlone(text)) {
            key = "crisis.alone";
        } else if (doubtsTheCall(text)) {
            key = "crisis.not_a_waste";
        } else if (answer(text).matches("(yes|yeah|yep|yup|yea|ye|y)( .*)?")) {
            key = "crisis.with_someone";
        } else {
            key = "crisis.emergency_again";
        }
        if (state.recentPrompts().contains(key)) {
            key = "crisis.emergency_again"; // never the same line twice (rule 1)
        }
        Prompt p = listening.pick(key, state.recentPrompts(), notes.turns());
        turn.urgent(new Address.Chat(state.address()), Templates.fill(p.text(),
                Map.of("emergency", emergencyNumber())), state.key());
        return state.usedPrompt(p.id()).withNotes(notes.checkIn(false).emergency(left));
    }

    /**
     * A goodbye in a flagged chat (no person joined yet): instead of the warm goodbye alone, the emergency number
     * and a 24/7 line go with them, and the door stays open. Risk is sticky (rule 6); the request for a person stays.
     */
    ConversationState goodbyeWhileFlagged(ConversationState state, Turn turn, Instant now) {
        // after "call 999 now" (something taken, a medical emergency), leaving is met with calling now, not "if
        // things get worse"
        String key = state.notes().emergencyLeft() > 0 ? "crisis.goodbye_emergency" : "crisis.goodbye";
        Prompt p = listening.pick(key, state.recentPrompts(), state.notes().turns());
        turn.urgent(new Address.Chat(state.address()), filled(p.text(), state.risk(), now), state.key());
        return state.usedPrompt(p.id()).withNotes(state.notes().checkIn(false).emergency(0));
    }

    /**
     * In a chat at risk, they won't ring anyone ("i dont want to ring anyone, theyll all be busy"): a 24/7 line that
     * takes texts where the region has one (Shout in the UK), else the first 24/7 line; the bot stays, and the
     * emergency number is named for danger now. Risk stays flagged (rule 6).
     */
    ConversationState noCall(ConversationState state, Turn turn, Instant now) {
        // a line reached by text (the directory gives a listening line when a region has no text line: not that)
        java.util.Optional<ServiceInfo> texts = directory.forTopics(List.of("text_line"), now).stream()
                .filter(ServiceInfo::always).filter(s -> s.contact().toLowerCase(Locale.ROOT).startsWith("text"))
                .findFirst();
        boolean emergency = state.notes().emergencyLeft() > 0;
        String key = texts.isPresent() ? (emergency ? "crisis.no_call_emergency" : "crisis.no_call")
                : emergency ? "crisis.no_call_emergency_plain" : "crisis.no_call_plain";
        Prompt p = listening.pick(key, state.recentPrompts(), state.notes().turns());
        // straight after "call 999 now" a second way in is named too (Samaritans takes email), as the number is
        ServiceInfo too = lineBesideEmergency(state.risk(), now);
        turn.urgent(new Address.Chat(state.address()), Templates.fill(p.text(), Map.of("emergency", emergencyNumber(),
                "line", shown(texts.orElse(too)), "line_too", shown(too))), state.key());
        return state.usedPrompt(p.id());
    }

    /**
     * They say they won't phone anyone or any line ("i dont want to ring anyone", "im not calling samaritans", "cant
     * call 999 theyll section me"). Calling a named person about something else ("I can't ring my dad, he's at work",
     * "can't ring them till Monday") is not this, nor asking the bot not to call ("please don't call the police").
     */
    static boolean refusesToCall(String text) {
        String t = answer(text); // digits are gone: "I won't call 999" reads "i wont call"
        String refuse = "(.* )?(dont|do not|wont|will not|cant|cannot|can not|not going to|im not going to|not gonna"
                + "|im not|refuse to|cant face|no way im) (want to |wanna |be )?(ring|call|phone|calling|ringing|phoning)";
        return t.matches(refuse + " (anyone|anybody|any one|samaritans|the samaritans|a helpline|helplines"
                + "|any helpline|a stranger|strangers|no one|nobody|an ambulance|that number|those numbers"
                + "|you know who)( .*)?")
                || t.matches(refuse + "( (on|at|or|tonight|now|theyll|they will|theyd|its|because|cos|coz|theyre|i"
                + "|just)( .*)?)?");
    }

    /** A crisis prompt's text with {emergency} and {line} (the first 24/7 line for the kind) filled in. */
    String filled(String text, CrisisKind kind, Instant now) {
        return Templates.fill(text, Map.of("emergency", emergencyNumber(),
                "line", shown(lineBesideEmergency(kind, now))));
    }

    /** A line as the crisis prompts name it: "Samaritans (call 116 123 or email jo@samaritans.org)". */
    private static String shown(ServiceInfo line) {
        return line.name() + " (" + line.contact() + ")";
    }

    /** Whether the last prompt used starts with the key (the line said just before, this turn or the last). */
    static boolean lastWas(ConversationState state, String key) {
        List<String> recent = state.recentPrompts();
        return !recent.isEmpty() && recent.get(recent.size() - 1).startsWith(key);
    }

    /**
     * Whether the bot's last reply in this chat was a crisis reply that leaves the risk open (not the thanks for a no,
     * and not the goodbye): a bare yes after it answers it.
     */
    static boolean lastReplyWasCrisis(ConversationState state) {
        List<String> recent = state.recentPrompts();
        if (recent.isEmpty()) {
            return false;
        }
        String last = recent.get(recent.size() - 1);
        return last.startsWith("crisis.") && !last.startsWith("crisis.check_in_no")
                && !last.startsWith("crisis.goodbye") && !last.startsWith("crisis.gentle_after");
    }

    /** A yes with nothing else in it ("yes", "yeah I do", "yep honestly"): never "maybe" or "I don't know". */
    static boolean isBareYes(String text) {
        return answer(text).matches("(yes|yeah|yep|yup|yea|ye|y|i am|i do|honestly yes|yes honestly|yes i am|yes i do"
                + "|yeah i am|yeah i do|yes really|yeah really|i have|yes i have|yeah i have)")
                && !isNo(text);
    }

    /** The first 24/7 line for the kind that is not the emergency number itself (or that number, if none). */
    private ServiceInfo lineBesideEmergency(CrisisKind kind, Instant now) {
        return directory.crisisLines(kind == null ? CrisisKind.SELF_HARM : kind, now).stream()
                .filter(s -> !s.id().equals(directory.emergency().id())).findFirst().orElse(directory.emergency());
    }

    /**
     * An answer to "are you thinking about ending your life?" that is neither yes nor no: a question about what
     * happens if they say yes is answered honestly and the question asked again; anything else ("what would be the
     * point of telling you") is met with no pressure to answer, the number and a line. Both got listening lines
     * such as "There's no hurry".
     */
    ConversationState checkInOther(ConversationState state, String text, String felt, Turn turn, Instant now) {
        boolean asksWhatHappens = asksWhatHappens(text);
        String key = asksWhatHappens ? "crisis.check_in_privacy" : "crisis.check_in_other";
        Prompt p = listening.pick(key, state.recentPrompts(), state.notes().turns());
        String reply = filled(p.text(), state.risk(), now);
        if (!asksWhatHappens && felt != null) {
            reply = reply + " " + felt;
        }
        turn.urgent(new Address.Chat(state.address()), reply, state.key());
        // asked again: the next message is the answer
        return state.usedPrompt(p.id()).withNotes(state.notes().checkIn(asksWhatHappens).asked(asksWhatHappens));
    }

    /** Whether the crisis reply in this chat was about someone else's risk ("my mate says he wants to end it"). */
    static boolean aboutSomeoneElse(ConversationState state) {
        return state.flagged() && state.recentPrompts().contains("crisis.self_harm_other");
    }

    /**
     * "What should I do?" from someone worried about another person's risk: what helps, in plain words (ask them
     * straight, listen, a 24/7 line for them and for the member, 999 if in danger now). Not clinical advice, and
     * not "it's your choice", which it got.
     */
    ConversationState worriedOtherAsks(ConversationState state, Turn turn, Instant now) {
        Prompt p = listening.pick("crisis.worried_other_advice", state.recentPrompts(), state.notes().turns());
        turn.say(new Address.Chat(state.address()), filled(p.text(), CrisisKind.SELF_HARM, now), state.key());
        return state.usedPrompt(p.id());
    }

    /** "Would you call the police if I said yes?": what happens if they answer. */
    static boolean asksWhatHappens(String text) {
        return answer(text).matches("(.* )?(police|ambulance|section|sectioned|lock me up|locked up"
                + "|report|call (someone|anyone|them|the)|tell (anyone|someone|my|the)|who (sees|reads|can see|will see)"
                + "|what happens|would you (call|tell|ring|report|do)|will you (call|tell|ring|report|do))( .*)?");
    }

    /**
     * An answer to the direct question that is neither yes nor no but turns it aside ("what would be the point",
     * "why do you ask", "whatever"), or asks what happens if they say yes. Anything else they say is listened to.
     */
    static boolean turnsTheQuestionAside(String text) {
        String t = answer(text);
        return asksWhatHappens(text) || t.matches("((what|whats) (would be|is|s) the point|why (do|would|are|did) you"
                + " (ask|asking|want to know|need to know)|does it matter|doesnt matter|why|who cares|whatever|so what"
                + "|i dont want to (say|answer|tell you|talk about it)|(id )?rather not (say|answer)|not saying"
                + "|cant say|dont ask|no comment|pass|mind your own|none of your business|what if i (am|was|did|do)"
                + "|and if i (am|was|did))( .*)?");
    }

    /** Help is coming: they (or someone) have called, or an ambulance or paramedics are on the way or there. */
    static boolean isHelpComing(String text) {
        String t = answer(text); // digits are gone: "I've called 999" reads "ive called"
        return t.matches("(.* )?(i|ive|i ve|i have|we|weve|we have|she|shes|he|hes|they|theyve|my [a-z]+|[a-z]+ has)"
                + " (just |already |now )?(called|rang|rung|phoned|dialled|dialed)"
                + "( (an ambulance|the ambulance|ambulance|them|the police|police|for help|for an ambulance|it)( .*)?)?")
                || t.matches("(.* )?(ambulance|paramedics?|help|they|theyre|they are|police)"
                + " (is |are |s )?(coming|here|on (the|their|its|her|his) way|arrived|outside|at the door)( .*)?")
                || t.matches("(.* )?on (their|its) way( .*)?");
    }

    /**
     * Help already with them: "paramedics got him back", "he's in intensive care now", "the ambulance took her". Told
     * "help is on the way ... until they come" when it had come, or "ring 999 now, if you haven't" after it.
     */
    static boolean isHelpThere(String text) {
        String t = answer(text);
        return t.matches("(.* )?(paramedic|paramedics|ambulance|ambulance crew|the crew|crew|doctors|police|they|theyve"
                + "|they have) (got|took|have got|have taken|ve got|are with|have|brought|saved|revived) (him|her|them)"
                + "( .*)?")
                || t.matches("(.* )?(hes|shes|theyre|he is|she is|they are|were|we are|im|i am|now) (now )?(in|at)"
                + " (intensive care|icu|itu|resus|hospital|the hospital|a and e)( .*)?");
    }

    /** Doubt about calling after "call 999 now": "do I really need to ring them", "I don't want to waste their time". */
    private static final java.util.regex.Pattern DOUBTS_THE_CALL = java.util.regex.Pattern.compile(
            "\\b(do i (really |actually )?(need|have) to (ring|call|phone)|should i (really |actually )?(ring|call|phone)"
                    + "|(waste|wasting) (their|the ambulances|the paramedics|anyones|peoples|nhs) time|dont want to "
                    + "(bother|trouble|waste) (them|anyone|the ambulance|the paramedics)|is it (really )?worth "
                    + "(ringing|calling|phoning)|(its|it is) probably nothing|they (have|ve) got (enough|better things))\\b");

    /** Whether they doubt the call they were asked to make (met with: yes, please call, it is not a waste). */
    static boolean doubtsTheCall(String text) {
        return DOUBTS_THE_CALL.matcher(answer(text)).find();
    }

    /** An answer to "call 999 now" about the help itself: come, coming, or being called. */
    static boolean answersTheCall(String text) {
        return isHelpThere(text) || isHelpComing(text) || isCalling(text);
    }

    /** The call being made now: "my son is ringing 999 now", "we're phoning them" (digits are gone). */
    static boolean isCalling(String text) {
        // "ok ringing 999 now, doors on the latch": the call told with no "I'm", as the message begins
        String object = " (now|them|an ambulance|the ambulance|ambulance|for an ambulance|for help|the paramedics"
                + "|emergency)( .*)?";
        String t = answer(text);
        return t.matches("(.* )?(is|are|s|im|were|theyre|hes|shes) (ringing|calling|phoning|dialling|dialing"
                + "|on the phone to)" + object)
                || t.matches("((ok|okay|right|yes|yeah|fine|alright|k) )*(ringing|calling|phoning|dialling|dialing)"
                + object);
    }

    /** Alone: "no", "no one", "nobody", "on my own", "just me". */
    static boolean isAlone(String text) {
        String t = answer(text);
        return isNo(text) || t.matches("(.* )?(no one|noone|no body|nobody|no1|alone|on my own|by myself|just me"
                + "|live on my own|not really)( .*)?");
    }

    /** Someone named as here, home or coming ("my mum's downstairs", "no but my partner is coming"). */
    static boolean namesSomeoneThere(String text) {
        return answer(text).matches("(.* )?(my )?(mum|mam|mom|dad|husband|wife|partner|boyfriend|girlfriend|bf|gf|son"
                + "|daughter|sister|brother|friend|mate|flatmate|housemate|neighbour|carer|nan|gran|grandma|kids|family)s?"
                + " (is |are )?(here|home|downstairs|upstairs|next door|with me|coming|nearby|on (her|his|their) way"
                + "|in the next room|in the other room|in the house|in the kitchen|in the lounge|in the living room)"
                + "( .*)?");
    }

    String emergencyNumber() {
        String contact = directory.emergency().contact();
        return contact.replaceFirst("(?i)^(call|dial|phone)\\s+", "");
    }

    /** A yes to "are you thinking about ending your life?": it makes the risk urgent (safety rule 1a, docs/safety-rules.md). */
    static boolean isYes(String text) {
        String t = answer(text);
        return (t.matches("(yes|yeah|yep|yup|yea|ye|y|i am|i think so|sometimes|maybe|kind of|kinda|a bit|a little|"
                + "i have been|i do|i guess|probably|honestly yes|i dont know|idk|not sure)( .*)?")
                // a time is the most urgent answer there is ("tonight probably"), and so is taking back a retraction
                || t.matches("(tonight|today|tomorrow|soon|this weekend|this week|in a bit|in an hour|later tonight)"
                + "( (probably|maybe|i think|prob|prolly|i reckon|then))?")
                || t.matches("(when|once|after) (everyone|everybody)[a-z]* .*")
                // "not today", "not yet": the thoughts are there, only not now
                || t.matches("not (today|tonight|right now|now|yet|at the moment|at the minute|this minute|just now)"
                + "( (anyway|i think|probably|maybe|no))?")
                || t.matches("(.* )?(not (completely|totally|really|fully|even) (jk|joking|kidding)|wasnt (joking|kidding)"
                + "|i meant it|i do mean it)( .*)?"))
                && !isNo(text);
    }

    /** A no, however it is put. Anything else is neither, and is listened to as usual. */
    static boolean isNo(String text) {
        String t = answer(text);
        if (t.matches("(no one|noone|no body|nobody)[a-z]*( .*)?")) {
            return false; // "no one's here" is not a no: it says they are alone
        }
        return t.matches("(no|nope|nah|not really|no im not|im not|i wont|i wouldnt|never|god no|no no)( .*)?")
                || t.matches("(yes|yeah|yep) (but )?(no|not|never)( .*)?")
                || isRetraction(text);
    }

    /**
     * "jk", "only joking": taken as a no, kindly, but the next message is still read as an answer too, because a
     * retraction is often taken back ("ok maybe not completely jk").
     */
    static boolean isRetraction(String text) {
        return answer(text).matches("(nah |lol |haha )?(jk|just kidding|only joking|im joking|im kidding|joking|kidding"
                + "|just joking)( lol| haha)?");
    }

    private static String answer(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        // "ok maybe", "honestly yeah", "well no": the answer is after the filler
        return t.replaceFirst("^((ok|okay|well|honestly|tbh|um|umm|erm|i mean|so|hmm) )+", "");
    }
}
