package org.peerbot.core.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.peerbot.core.conversation.Reading;
import org.peerbot.core.conversation.ResponsePlanner;
import org.peerbot.core.conversation.Understanding;
import org.peerbot.core.listening.Listening;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ChatEvent.ButtonPressed;
import org.peerbot.core.model.ChatEvent.MemberJoined;
import org.peerbot.core.model.ChatEvent.MessageReceived;
import org.peerbot.core.model.ChatEvent.UnsupportedContent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.ListeningNotes;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.Space;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.Directory.ServiceInfo;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.PromptCatalog.Prompt;
import org.peerbot.core.port.Reloader;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.VolunteerStore.VolunteerState;
import org.peerbot.core.wording.RegionalPrompts;
import org.peerbot.core.wording.ServiceLines;
import org.peerbot.core.wording.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation engine: the one {@link ChatEventHandler} every adapter calls. It triages each
 * member message, answers from the prompt catalogue and the directory, runs the handoff queue and
 * relays between members and volunteers. Each event is one transaction: the state change, the outgoing
 * messages (into the outbox) and the processed-event mark commit together.
 *
 * <p>Logs carry conversation-key prefixes, categories and counts, never message text.
 */
public final class ConversationEngine implements ChatEventHandler {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

    /** Remembered among the recent sentence ids once the full clinical boundary has been given. */
    private static final String CLINICAL_GIVEN = "clinical.boundary#given";

    /** Longer than this, a message gets a gentle "take your time" as well as the reply. */
    private static final int LONG_MESSAGE = 4000;

    private final EngineSettings settings;
    private final Function<String, TriageResult> triage;
    private final PromptCatalog catalog;
    private final Directory directory;
    private final Stores stores;
    private final CachedConversations conversations;
    private final Roster roster;
    private final IdentityKeys keys;
    private final Clock clock;
    private final EngineEvents events;
    private final Runnable wake;
    private final Listening listening;
    private final ResponsePlanner planner;
    private final Ids ids;
    private final Handoffs handoffs;
    private final Organising organising;
    private final RateGate rateGate;
    /**
     * One event at a time in this process: turns are microseconds, and it keeps a member's and a
     * volunteer's messages about the same handoff from interleaving. Across instances the database's
     * conditional updates decide (claims, outbox).
     */
    private final TurnGate turnLock = new TurnGate();

    public ConversationEngine(EngineSettings settings, Function<String, TriageResult> triage, PromptCatalog catalog,
                              Directory directory, Stores stores, Roster roster, IdentityKeys keys, Clock clock,
                              EngineEvents events, Runnable wake) {
        this.settings = settings;
        this.triage = triage;
        // Every sentence speaks the region's words for local services ("your GP" in the UK pack, "your doctor" in the US).
        this.catalog = new RegionalPrompts(catalog, directory);
        this.directory = directory;
        this.conversations = new CachedConversations(stores.conversations(), Duration.ofMinutes(10), 100_000);
        // The engine reads and writes conversations through the cache; every other store as given.
        this.stores = new Stores(stores.tx(), conversations, stores.handoffs(), stores.volunteers(), stores.blocks(),
                stores.outbox(), stores.events(), stores.tallies());
        this.roster = roster;
        this.keys = keys;
        this.clock = clock;
        this.events = new TallyingEvents(events == null ? EngineEvents.NONE : events, stores.tallies(), clock);
        this.wake = wake == null ? () -> { } : wake;
        this.listening = new Listening(this.catalog);
        this.planner = new ResponsePlanner(this.catalog, directory, Understanding.english());
        this.ids = new Ids(clock);
        this.handoffs = new Handoffs(this);
        this.organising = new Organising(this);
        this.rateGate = new RateGate(settings.memberMessagesPerMinute(), clock);
    }

    /** Where {@code /reload} re-reads the organiser's files from; without one, {@code /reload} says it cannot. */
    public ConversationEngine reloadingWith(Reloader reloader) {
        organising.reloader(reloader);
        return this;
    }

    /**
     * Several instances, one taking events at a time (the gateway lease): called when this one takes over, since
     * while it stood by another instance may have changed any conversation it had cached.
     */
    public void forgetCachedConversations() {
        conversations.invalidateAll();
    }

    /** Several instances all taking events at once (Telegram webhook mode): no conversation is cached. */
    public ConversationEngine sharingConversations() {
        conversations.bypass();
        return this;
    }

    // ---------------------------------------------------------------- inbound

    @Override
    public void handle(ChatEvent event) {
        String eventKey = event.from().platform().name() + ":" + event.eventId();
        boolean wrote;
        // Crisis first on the way in (issue 18): triaged on arrival, outside the turn, so it goes ahead of the queue.
        turnLock.enter(crisisOnArrival(event));
        try {
            wrote = stores.tx().inTransaction(() -> {
                Instant now = clock.instant();
                if (!stores.events().markFirst(eventKey, now)) {
                    log.debug("event {} already handled", event.eventId());
                    return false;
                }
                Turn turn = new Turn();
                route(event, turn, now);
                turn.entries(ids, now).forEach(stores.outbox()::add);
                return !turn.isEmpty();
            });
        } catch (RuntimeException e) {
            conversations.invalidateAll();
            throw e;
        } finally {
            turnLock.exit();
        }
        if (wrote) {
            wake.run();
        }
    }

    /** Periodic work: holding messages, lapsed claims, reminders, retention. Safe to call at any rate. */
    public void tick() {
        boolean wrote;
        turnLock.enter(false);
        try {
            wrote = stores.tx().inTransaction(() -> {
                Instant now = clock.instant();
                Turn turn = new Turn();
                handoffs.tick(turn, now);
                List<OutboxEntry> entries = turn.entries(ids, now);
                entries.forEach(stores.outbox()::add);
                return !entries.isEmpty();
            });
            stores.tx().run(this::purge);
        } catch (RuntimeException e) {
            conversations.invalidateAll();
            throw e;
        } finally {
            turnLock.exit();
        }
        if (wrote) {
            wake.run();
        }
    }

    /** A message (not a command) that triage reads as crisis: its turn goes ahead of ordinary ones waiting. */
    private boolean crisisOnArrival(ChatEvent event) {
        return event instanceof MessageReceived m && m.text() != null && Command.parse(m.text()) == null
                && classify(m.text()).category() == Category.CRISIS;
    }

    /** Turns waiting for the engine, for tests. */
    int turnsWaiting() {
        return turnLock.waiting();
    }

    private void purge() {
        Instant now = clock.instant();
        for (String key : stores.conversations().idleSince(now.minus(settings.conversationRetention()), 500)) {
            stores.conversations().delete(key);
        }
        stores.handoffs().purgeClosedBefore(now.minus(settings.handoffRetention()));
        stores.outbox().purgeDoneBefore(now.minus(Duration.ofDays(1)));
        stores.events().purgeBefore(now.minus(Duration.ofDays(7)));
    }

    private void route(ChatEvent event, Turn turn, Instant now) {
        if (event instanceof MessageReceived m) {
            onMessage(m, turn, now);
        } else if (event instanceof ButtonPressed b) {
            onButton(b, turn, now);
        } else if (event instanceof UnsupportedContent u) {
            onUnsupported(u, turn, now);
        } else if (event instanceof MemberJoined j) {
            onJoined(j, turn);
        }
    }

    private void onMessage(MessageReceived m, Turn turn, Instant now) {
        if (organising.handle(m.from(), new Address.Chat(m.where()), m.space(), Command.parse(m.text()), now,
                turn)) {
            return;
        }
        switch (m.space()) {
            case GROUP -> onGroupMessage(m, turn, now);
            case VOLUNTEERS -> handoffs.onVolunteerMessage(m, turn, now);
            case PRIVATE -> {
                Optional<Roster.Volunteer> volunteer = roster.find(m.from());
                if (volunteer.isPresent() && handoffs.isVolunteerTraffic(volunteer.get(), m)) {
                    handoffs.onVolunteerMessage(m, turn, now);
                } else {
                    onMemberMessage(m, turn, now);
                }
            }
        }
    }

    // ---------------------------------------------------------------- members

    private void onMemberMessage(MessageReceived m, Turn turn, Instant now) {
        ConversationState state = loadOrStart(m.where(), now);
        String text = m.text();
        Command command = Command.parse(text);
        TriageResult result = command == null ? classify(text) : TriageResult.sharing();
        events.triaged(result.category());
        Address me = new Address.Chat(m.where());

        if (command == null && result.category() != Category.CRISIS && planner.read(text, result).foreignCrisis()) {
            // Risk said in another language: the rules read English, so the planner's word list stands in.
            result = new TriageResult(Category.CRISIS, CrisisKind.SELF_HARM, List.of("other-language"),
                    java.util.Set.of(), List.of());
        }
        boolean crisis = result.category() == Category.CRISIS;
        if (!crisis && !rateGate.allow(state.key(), now)) {
            if (rateGate.firstRefusal(state.key())) {
                turn.say(me, catalog.text("member.slow_down"), state.key());
            }
            if (state.mode() == Mode.CONNECTED && command == null) {
                // In a live chat the member never loses a message: it still goes to the volunteer.
                handoffs.relayFromMember(state, text, turn);
            }
            save(state.seen(now));
            return;
        }
        boolean answeredCheckIn = false;
        if (command == null && state.notes().checkInPending()) {
            answeredCheckIn = !crisis && !isYes(text);
            if (!crisis && isYes(text)) {
                result = new TriageResult(Category.CRISIS, state.risk() == null ? CrisisKind.SELF_HARM : state.risk(),
                        List.of("check-in.yes"), java.util.Set.of(), result.feelings());
                crisis = true;
            }
            state = state.withNotes(state.notes().checkIn(false));
        }

        state = state.seen(now).quiet(false);
        if (command == null) {
            state = Matching.notice(state, text); // topic ids and a language code for matching (issue 18)
        }
        if (crisis) {
            state = crisisReply(state, result, turn, now);
        } else if (state.flagged() && !state.introduced()) {
            // Risk flagged from a group message before they ever wrote here: the crisis reply comes first.
            state = crisisReply(state, new TriageResult(Category.CRISIS, state.risk(), List.of("carried-over"),
                    java.util.Set.of(), List.of()), turn, now);
        }
        if (!state.introduced()) {
            turn.say(me, catalog.text("intro.first"), state.key());
            state = state.introduced(true);
            if (command != null && (command.name().equals("start") || command.name().equals("help"))) {
                save(state);
                return;
            }
        }
        if (crisis) {
            save(state);
            return;
        }
        if (command != null) {
            save(memberCommand(state, command, m, turn, now));
            return;
        }
        if (state.mode() == Mode.CONNECTED) {
            handoffs.relayFromMember(state, text, turn);
            save(state);
            return;
        }
        if (answeredCheckIn && isNo(text)) {
            Prompt p = listening.pick("crisis.check_in_no", state.recentPrompts(), state.notes().turns());
            turn.say(me, p.text(), state.key());
            save(state.usedPrompt(p.id()));
            return;
        }
        save(respond(state, result, text, turn, now));
    }

    private TriageResult classify(String text) {
        try {
            return triage.apply(text);
        } catch (RuntimeException e) {
            // Triage must never throw; if it does, stay safe: listen, and log without text.
            log.error("triage failed ({}); answering as sharing", e.getClass().getSimpleName());
            return TriageResult.sharing();
        }
    }

    /**
     * Everything that is not crisis: the clinical boundary, a request for a person, and otherwise the conversation
     * planner's listening reply (see the conversation package).
     */
    private ConversationState respond(ConversationState state, TriageResult result, String text, Turn turn,
                                      Instant now) {
        Address me = new Address.Chat(state.address());
        String key = state.key();
        if (result.category() == Category.CLINICAL) {
            if (state.recentPrompts().contains(CLINICAL_GIVEN)) {
                // The full boundary and its services were given in this chat: a short form, never the same block.
                Prompt p = listening.pick("clinical.again", state.recentPrompts(), state.notes().turns());
                turn.say(me, p.text(), List.of(talkButton()), Priority.NORMAL, key, null, null);
                return state.usedPrompt(p.id());
            }
            turn.say(me, clinicalDeflection(result, Topics.of(text), now), List.of(talkButton()), Priority.NORMAL, key,
                    null, null);
            return state.usedPrompt(CLINICAL_GIVEN);
        }
        if (text.isBlank()) {
            turn.say(me, catalog.text("listen.empty"), key);
            return state;
        }
        Reading reading = planner.read(text, result);
        if (state.flagged() && state.notes().crisisBlockGiven() && reading.riskAgain()) {
            // Risk was raised in this chat; "I can't stop thinking about it" carries it on. Stay with it.
            return crisisReply(state, new TriageResult(Category.CRISIS, state.risk(), List.of("risk-again"),
                    java.util.Set.of(), result.feelings()), turn, now);
        }
        // "is there anyone I can talk to about grief, a bereavement service?" names a service: signpost it.
        boolean namedService = reading.has(Intent.WANTS_SERVICE) && !reading.topics().isEmpty()
                && !reading.askedForPerson();
        if (reading.has(Intent.WANTS_PERSON) && !reading.has(Intent.OTHER_LANGUAGE) && !namedService) {
            if (reading.has(Intent.BOT_QUESTION)) {
                // "Is this a bot? I want a human": the honest answer first, then the request.
                turn.say(me, catalog.text("plan.bot.person"), key);
            }
            return handoffs.request(state, null, text, turn, now); // the words may name an experience
        }
        ConversationState next = state;
        if ((result.has(Signal.DENIAL) && !reading.has(Intent.VENTING)) || (state.flagged() && reading.reassures())) {
            Prompt p = listening.pick(state.flagged() ? "crisis.gentle_after" : "crisis.gentle", next.recentPrompts(),
                    next.notes().turns());
            turn.say(me, p.text(), key);
            next = next.usedPrompt(p.id());
        }
        if (text.length() > LONG_MESSAGE) {
            turn.say(me, catalog.text("listen.too_long"), key);
        }
        ResponsePlanner.Reply reply = planner.reply(reading, result, next.notes(), next.recentPrompts(), now);
        if (reply.offerButtons()) {
            turn.say(me, reply.text(), List.of(talkButton(), servicesButton()), Priority.NORMAL, key, null, null);
        } else {
            turn.say(me, reply.text(), key);
        }
        for (String id : reply.promptIds()) {
            next = next.usedPrompt(id);
        }
        return next.withNotes(reply.notes());
    }

    /** A yes to "are you thinking about ending your life?": it makes the risk urgent (SAFETY.md 1a). */
    static boolean isYes(String text) {
        String t = answer(text);
        return t.matches("(yes|yeah|yep|yup|yea|ye|y|i am|i think so|sometimes|maybe|kind of|kinda|a bit|a little|"
                + "i have been|i do|i guess|probably|honestly yes|i dont know|idk|not sure)( .*)?")
                && !isNo(text);
    }

    /** A no, however it is put. Anything else is neither, and is listened to as usual. */
    static boolean isNo(String text) {
        String t = answer(text);
        return t.matches("(no|nope|nah|not really|no im not|im not|i wont|i wouldnt|never|god no|no no)( .*)?")
                || t.matches("(yes|yeah|yep) (but )?(no|not|never)( .*)?");
    }

    private static String answer(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
    }

    private ConversationState memberCommand(ConversationState state, Command command, MessageReceived m, Turn turn,
                                            Instant now) {
        Address me = new Address.Chat(state.address());
        String key = state.key();
        switch (command.name()) {
            case "start", "help" -> {
                turn.say(me, catalog.text("intro.help"), List.of(talkButton(), servicesButton()), Priority.NORMAL,
                        key, null, null);
                return state;
            }
            case "services" -> {
                turn.say(me, servicesText(List.of(), now), List.of(talkButton()), Priority.NORMAL, key, null, null);
                return state;
            }
            case "talk" -> {
                return handoffs.request(state, null, command.args(), turn, now); // "/talk someone who had chemo"
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
        log.info("conversation {} forgotten ({} handoffs, {} outbox rows)", shortKey(state.key()), handoffRows,
                outbox);
        // No conversation key on the confirmation: nothing about them is left behind once it is sent.
        turn.say(new Address.Chat(state.address()), catalog.text("member.forgotten"), null);
    }

    /**
     * The crisis reply: emergency contacts first, shaped by kind; sticky risk; a person asked for at once.
     *
     * <p>The full block of contacts is sent once per conversation. Later risk messages get a short, warm reply with
     * the emergency number and one 24/7 line in a new form each time (SAFETY.md 1), unless the risk steps up
     * (means at hand, already taken something), which always gets "call 999 now" first. Passive ideation with no
     * plan, method or time gets a direct, caring question about suicide with the lines and a person (SAFETY.md 1a).
     */
    ConversationState crisisReply(ConversationState state, TriageResult result, Turn turn, Instant now) {
        CrisisKind kind = result.kind();
        events.crisisReply(kind);
        log.info("crisis reply for conversation {} kind {}", shortKey(state.key()), kind.id());
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
        if (stepUp && kind != CrisisKind.MEDICAL_EMERGENCY) {
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
                .append(linesText(directory.crisisLines(kind, now)));
        ConversationState flagged = state.flag(kind, now).withNotes(notes.withCrisisBlock().checkIn(checkIn));
        if (flagged.mode() == Mode.CONNECTED) {
            text.append("\n\n").append(catalog.text("crisis.still_here"));
            turn.urgent(me, text.toString(), state.key());
            handoffs.alertVolunteerInRoom(flagged, turn);
            return flagged;
        }
        text.append("\n\n").append(catalog.text("crisis.person_offer"));
        if (checkIn) {
            // Asked last, so it is the question they answer (asking about suicide does not raise risk).
            text.append("\n\n").append(catalog.text("crisis.check_in"));
        }
        turn.urgent(me, text.toString(), state.key());
        if (kind == CrisisKind.ABUSE) {
            handoffs.alertLead(flagged, kind, turn);
        }
        return handoffs.request(flagged, kind, turn, now);
    }

    /** Risk again after the full block: short and warm, the emergency number and one 24/7 line, and a person. */
    private ConversationState crisisFollowUp(ConversationState state, TriageResult result, Turn turn, Instant now) {
        Address me = new Address.Chat(state.address());
        CrisisKind kind = result.kind();
        List<ServiceInfo> lines = directory.crisisLines(kind, now);
        ServiceInfo line = lines.stream().filter(s -> !s.id().equals(directory.emergency().id())).findFirst()
                .orElse(directory.emergency());
        Prompt p = listening.pick("crisis.follow_up", state.recentPrompts(), state.notes().turns());
        StringBuilder text = new StringBuilder(Templates.fill(p.text(), Map.of("emergency", emergencyNumber(),
                "line", line.name() + " (" + line.contact() + ")")));
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
        return handoffs.request(flagged, kind, turn, now);
    }

    String emergencyNumber() {
        String contact = directory.emergency().contact();
        return contact.replaceFirst("(?i)^(call|dial|phone)\\s+", "");
    }

    String linesText(List<ServiceInfo> lines) {
        return ServiceLines.of(catalog, lines);
    }

    private String clinicalDeflection(TriageResult result, List<String> topics, Instant now) {
        List<String> order = new ArrayList<>();
        if (result.has(Signal.URGENT_SYMPTOM)) {
            order.add("urgent");
        }
        if (result.has(Signal.MEDICINE_QUESTION)) {
            order.add("medicine");
        }
        order.add("change");
        for (String k : List.of("medicine", "urgent")) {
            if (!order.contains(k)) {
                order.add(k);
            }
        }
        // A report with no question in it ("my neck has been stiff for weeks") is not met with "good question".
        boolean reportOnly = result.has(Signal.SYMPTOM_REPORT) && !result.has(Signal.MEDICINE_QUESTION)
                && !result.has(Signal.CHANGE_OR_DIAGNOSIS);
        StringBuilder b = new StringBuilder(catalog.text(reportOnly ? "clinical.boundary_report" : "clinical.boundary"));
        for (String k : order) {
            b.append(' ').append(catalog.text("clinical.ask_by_kind." + k));
        }
        b.append(' ').append(catalog.text("clinical.prescriber"));
        List<String> wanted = new ArrayList<>(List.of("gp", "pharmacist", "urgent"));
        // A named topic adds its own line (feeding a baby: the breastfeeding helpline), never replacing the GP.
        wanted.addAll(topics);
        List<ServiceInfo> services = directory.forTopics(wanted, now);
        if (!services.isEmpty()) {
            b.append("\n").append(linesText(services));
        }
        b.append("\n\n").append(catalog.text("clinical.hand_back"));
        return b.toString();
    }

    private String servicesText(List<String> topics, Instant now) {
        List<String> wanted = new ArrayList<>(topics);
        for (String t : List.of("gp", "urgent", "listening")) {
            if (!wanted.contains(t)) {
                wanted.add(t);
            }
        }
        return catalog.text("services.intro") + "\n" + linesText(directory.forTopics(wanted, now)) + "\n\n"
                + catalog.text("services.more");
    }

    // ---------------------------------------------------------------- groups

    private void onGroupMessage(MessageReceived m, Turn turn, Instant now) {
        TriageResult result = classify(m.text());
        if (result.category() != Category.CRISIS) {
            return; // The bot stays quiet in shared spaces.
        }
        events.triaged(Category.CRISIS);
        List<ServiceInfo> lines = directory.crisisLines(result.kind(), now);
        String line = lines.isEmpty() ? "" : lines.get(0).name() + " " + lines.get(0).contact().replaceFirst(
                "(?i)^call\\s+", "");
        turn.urgent(new Address.Chat(m.where()), Templates.fill(catalog.text("group.crisis_public"),
                Map.of("emergency", emergencyNumber(), "line", line)), null);
        if (m.privateChat() != null) {
            ConversationState state = loadOrStart(m.privateChat(), now);
            // If they never started the bot (Telegram can't write first) this send fails, but the risk is flagged
            // and the crisis reply comes first whenever they do write.
            save(crisisReply(state, result, turn, now));
        }
    }

    private void onJoined(MemberJoined j, Turn turn) {
        if (settings.welcome() && j.space() == Space.GROUP) {
            turn.say(new Address.Chat(j.where()), catalog.text("group.welcome"),
                    List.of(new Action(catalog.text("button.open_private"), Action.OPEN_PRIVATE)), Priority.NORMAL,
                    null, null, null);
        }
    }

    private void onUnsupported(UnsupportedContent u, Turn turn, Instant now) {
        if (u.space() == Space.GROUP) {
            return;
        }
        if (u.space() == Space.VOLUNTEERS) {
            turn.say(new Address.Chat(u.where()), catalog.text("listen.unsupported"), null);
            return;
        }
        ConversationState state = loadOrStart(u.where(), now);
        Address me = new Address.Chat(u.where());
        if (!state.introduced()) {
            turn.say(me, catalog.text("intro.first"), state.key());
            state = state.introduced(true);
        }
        turn.say(me, catalog.text(state.mode() == Mode.CONNECTED ? "listen.unsupported_relay"
                : "listen.unsupported"), state.key());
        save(state.seen(now));
    }

    // ---------------------------------------------------------------- buttons

    private void onButton(ButtonPressed b, Turn turn, Instant now) {
        Address.Ephemeral answer = new Address.Ephemeral(b.from().platform(), b.replyHandle() == null ? ""
                : b.replyHandle());
        String data = b.data() == null ? "" : b.data();
        String ack = "";
        if (data.startsWith("claim:")) {
            ack = handoffs.claimFromButton(b, data.substring("claim:".length()), turn, now);
        } else if (b.space() == Space.PRIVATE) {
            ConversationState state = loadOrStart(b.where(), now);
            if (!state.introduced()) {
                turn.say(new Address.Chat(b.where()), catalog.text("intro.first"), state.key());
                state = state.introduced(true);
            }
            switch (data) {
                case "talk" -> state = handoffs.request(state, null, turn, now);
                case "services" -> turn.say(new Address.Chat(b.where()), servicesText(List.of(), now), state.key());
                case "cancel" -> state = handoffs.cancelByMember(state, turn, now);
                case "fb:yes", "fb:no" -> {
                    events.feedback(data.equals("fb:yes"));
                    ack = catalog.text("talk.feedback_thanks");
                }
                default -> log.info("ignored button press with unknown data in conversation {}",
                        shortKey(state.key()));
            }
            save(state.seen(now));
        } else {
            log.info("ignored button press in {} space", b.space());
        }
        if (b.replyHandle() != null) {
            turn.say(answer, ack, List.of(), Priority.NORMAL, null, null, null);
        }
    }

    // ---------------------------------------------------------------- helpers shared with Handoffs

    ConversationState loadOrStart(ConversationRef where, Instant now) {
        String key = keys.hash(where.key());
        return stores.conversations().find(key)
                .orElseGet(() -> ConversationState.fresh(key, where, Pseudonyms.of(key), now));
    }

    void save(ConversationState state) {
        if (state != null) {
            stores.conversations().save(state);
        }
    }

    Action talkButton() {
        return new Action(catalog.text("button.talk"), "talk");
    }

    Action servicesButton() {
        return new Action(catalog.text("button.services"), "services");
    }

    static String shortKey(String key) {
        return key.length() > 8 ? key.substring(0, 8) : key;
    }

    EngineSettings settings() {
        return settings;
    }

    PromptCatalog catalog() {
        return catalog;
    }

    Directory directory() {
        return directory;
    }

    Stores stores() {
        return stores;
    }

    Roster roster() {
        return roster;
    }

    EngineEvents events() {
        return events;
    }

    Ids ids() {
        return ids;
    }

    Function<String, TriageResult> triage() {
        return this::classify;
    }

    /** A volunteer's duty state, off duty when never set. */
    VolunteerState duty(String volunteerId) {
        return stores.volunteers().find(volunteerId).orElse(new VolunteerState(volunteerId, false, null));
    }

    /** Command word and arguments from a message such as {@code /claim@PeerBot h123}. */
    record Command(String name, String args) {
        static Command parse(String text) {
            if (text == null) {
                return null;
            }
            String t = text.strip();
            if (t.length() < 2 || t.charAt(0) != '/' || !Character.isLetter(t.charAt(1))) {
                return null;
            }
            int space = t.indexOf(' ');
            String word = space < 0 ? t.substring(1) : t.substring(1, space);
            int at = word.indexOf('@');
            if (at >= 0) {
                word = word.substring(0, at);
            }
            return new Command(word.toLowerCase(Locale.ROOT), space < 0 ? "" : t.substring(space + 1).strip());
        }

    }
}
