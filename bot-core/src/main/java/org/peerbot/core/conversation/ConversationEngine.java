package org.peerbot.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.peerbot.core.conversation.ResponsePlanner;
import org.peerbot.core.handoff.Handoffs;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.listening.Listening;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.Button;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ChatEvent.ButtonPressed;
import org.peerbot.core.model.ChatEvent.MemberJoined;
import org.peerbot.core.model.ChatEvent.MessageReceived;
import org.peerbot.core.model.ChatEvent.UnsupportedContent;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Space;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.organising.Organising;
import org.peerbot.core.organising.TallyingEvents;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Reloader;
import org.peerbot.core.port.StoreUnavailableException;
import org.peerbot.core.port.Stores;
import org.peerbot.core.turn.CachedConversations;
import org.peerbot.core.turn.Command;
import org.peerbot.core.turn.Conversations;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.turn.Ids;
import org.peerbot.core.turn.Turn;
import org.peerbot.core.wording.RegionalPrompts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation engine: the one {@link ChatEventHandler} every adapter calls. It triages each
 * member message, answers from the prompt catalogue and the directory, runs the handoff queue and
 * relays between members and volunteers. Each event (or batch of events) is one transaction: the state change, the
 * outgoing messages (into the outbox) and the processed-event mark commit together.
 *
 * <p>Over 300 lines because it is the one inbound door: batches, triage on arrival, the turn gate, the transaction and
 * the routing of every kind of event live here together, so their order can be read in one place. What each event
 * then needs is another class's job (MemberTurns, CrisisReplies, Signposts, Handoffs, Organising).
 *
 * <p>Logs carry conversation-key prefixes, categories and counts, never message text.
 */
public final class ConversationEngine implements ChatEventHandler {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

    private final EngineSettings settings;
    private final Function<String, TriageResult> triage;
    private final PromptCatalog catalog;
    private final Directory directory;
    private final Stores stores;
    /** The cache in front of the conversation store, dropped whole when a turn fails (its transaction rolled back). */
    private final CachedConversations cache;
    private final Conversations conversations;
    private final Roster roster;
    private final Clock clock;
    private final EngineEvents events;
    private final Runnable wake;
    private final Ids ids;
    private final Handoffs handoffs;
    private final Organising organising;
    private final CrisisReplies crisisReplies;
    private final Signposts signposts;
    private final MemberTurns members;
    /**
     * One event at a time in this process: turns are microseconds, and it keeps a member's and a
     * volunteer's messages about the same handoff from interleaving. Across instances the database's
     * conditional updates decide (claims, outbox).
     */
    private final TurnGate turnLock = new TurnGate();

    /**
     * Wires the features (member turns, crisis replies, signposts, handoffs, organising) around one set of stores.
     * They collaborate in one direction only: conversation uses handoff and organising, never the reverse.
     */
    public ConversationEngine(EngineSettings settings, Function<String, TriageResult> triage, PromptCatalog catalog,
                              Directory directory, Stores stores, Roster roster, IdentityKeys keys, Clock clock,
                              EngineEvents events, Runnable wake) {
        this.settings = settings;
        this.triage = triage;
        // Every sentence speaks the region's words for local services ("your GP" in the UK pack, "your doctor" in the US).
        this.catalog = new RegionalPrompts(catalog, directory);
        this.directory = directory;
        this.cache = new CachedConversations(stores.conversations(), Duration.ofMinutes(10), 100_000);
        // The engine reads and writes conversations through the cache; every other store as given.
        this.stores = new Stores(stores.tx(), cache, stores.handoffs(), stores.volunteers(), stores.blocks(),
                stores.outbox(), stores.events(), stores.tallies());
        this.conversations = new Conversations(cache, keys);
        this.roster = roster;
        this.clock = clock;
        this.events = new TallyingEvents(events == null ? EngineEvents.NONE : events, stores.tallies(), clock);
        this.wake = wake == null ? () -> { } : wake;
        this.ids = new Ids(clock);
        this.handoffs = new Handoffs(settings, this.catalog, directory, this.stores, conversations, roster,
                this.events, ids);
        this.organising = new Organising(settings, this.catalog, this.stores, roster);
        Listening listening = new Listening(this.catalog);
        this.crisisReplies = new CrisisReplies(this.catalog, directory, handoffs, this.events, listening,
                conversations);
        this.signposts = new Signposts(this.catalog, directory);
        this.members = new MemberTurns(this.catalog, this.stores, conversations, handoffs, crisisReplies, signposts,
                this.events, listening, new ResponsePlanner(this.catalog, directory, Understanding.english()),
                new RateGate(settings.memberMessagesPerMinute(), clock), this::classify);
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
        cache.invalidateAll();
    }

    /** Several instances all taking events at once (Telegram webhook mode): no conversation is cached. */
    public ConversationEngine sharingConversations() {
        cache.bypass();
        return this;
    }

    // ---------------------------------------------------------------- inbound

    @Override
    public void handle(ChatEvent event) {
        handleAll(List.of(event));
    }

    /**
     * A batch in one turn and one transaction (one commit instead of one per event; on H2 each commit is a flush
     * to disk). Messages are triaged on arrival, before the gate: a batch holding risk goes ahead of turns
     * waiting, and inside the batch chats with risk go first, each chat's messages in order. If the batch
     * fails it is rolled back and each event is tried in a turn of its own, so one bad event costs only itself.
     */
    @Override
    public void handleAll(List<? extends ChatEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<String, TriageResult> readings = new IdentityHashMap<>();
        Set<String> chatsAtRisk = new HashSet<>();
        for (ChatEvent event : events) {
            TriageResult result = triageOnArrival(event);
            if (result != null) {
                readings.put(((MessageReceived) event).text(), result);
                if (result.category() == Category.CRISIS) {
                    chatsAtRisk.add(event.where().key());
                }
            }
        }
        List<ChatEvent> ordered = new ArrayList<>(events.size());
        events.stream().filter(e -> chatsAtRisk.contains(e.where().key())).forEach(ordered::add);
        events.stream().filter(e -> !chatsAtRisk.contains(e.where().key())).forEach(ordered::add);
        arrival.set(readings);
        try {
            inTurn(!chatsAtRisk.isEmpty(), (turn, now) -> {
                for (ChatEvent event : ordered) {
                    String eventKey = event.from().platform().name() + ":" + event.eventId();
                    if (!stores.events().markFirst(eventKey, now)) {
                        log.debug("event {} already handled", event.eventId());
                        continue;
                    }
                    route(event, turn, now);
                    turn.endOfEvent(); // one event's replies never merge with the next event's
                }
            }, null);
        } catch (StoreUnavailableException e) {
            throw e; // the caller holds the batch until the database is back
        } catch (RuntimeException e) {
            if (ordered.size() == 1) {
                throw e;
            }
            log.warn("a batch of {} events failed ({}); handling them one by one", ordered.size(),
                    e.getClass().getSimpleName());
            arrival.remove();
            RuntimeException first = null;
            for (ChatEvent event : ordered) {
                try {
                    handleAll(List.of(event));
                } catch (StoreUnavailableException down) {
                    throw down; // held and tried again whole; what was handled is not handled twice
                } catch (RuntimeException one) {
                    first = first == null ? one : first;
                }
            }
            if (first != null) {
                throw first; // only the failing events are lost, as when they come one at a time
            }
        } finally {
            arrival.remove();
        }
    }

    /** Periodic work: holding messages, lapsed claims, reminders, retention. Safe to call at any rate. */
    public void tick() {
        inTurn(false, handoffs::tick, this::purge);
    }

    /** What one turn does: writes what to say into the turn, and state through the stores. */
    private interface TurnWork {
        void run(Turn turn, Instant now);
    }

    /**
     * One turn: through the gate (crisis ahead of ordinary turns waiting), in one transaction that writes the state
     * and the turn's outbox entries together; {@code after} runs in a transaction of its own. The cache is dropped
     * when a turn fails, since what it holds may not have been committed. The dispatcher is woken after commit.
     */
    private void inTurn(boolean crisis, TurnWork work, Runnable after) {
        boolean wrote;
        turnLock.enter(crisis);
        try {
            wrote = stores.tx().inTransaction(() -> {
                Instant now = clock.instant();
                Turn turn = new Turn();
                work.run(turn, now);
                List<OutboxEntry> entries = turn.entries(ids, now);
                entries.forEach(stores.outbox()::add);
                return !entries.isEmpty();
            });
            if (after != null) {
                stores.tx().run(after);
            }
        } catch (RuntimeException e) {
            cache.invalidateAll();
            throw e;
        } finally {
            turnLock.exit();
        }
        if (wrote) {
            wake.run();
        }
    }

    /** The triage of a message (not a command) as it arrives, or null for anything else. */
    private TriageResult triageOnArrival(ChatEvent event) {
        if (!(event instanceof MessageReceived m) || m.text() == null || Command.parse(m.text()) != null) {
            return null;
        }
        return classify(m.text());
    }

    /**
     * The readings taken on arrival, for the turn on the same thread: it reuses them instead of triaging each
     * message twice (with the sentence model a reading is the dearest part of a turn). Keyed by the message's
     * own string (identity), never kept beyond the turn.
     */
    private final ThreadLocal<Map<String, TriageResult>> arrival = new ThreadLocal<>();

    /** Turns waiting for the engine (for tests). */
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
                    members.onMemberMessage(m, turn, now);
                }
            }
        }
    }

    private TriageResult classify(String text) {
        Map<String, TriageResult> known = arrival.get();
        TriageResult read = known == null ? null : known.get(text);
        if (read != null) {
            return read;
        }
        try {
            return triage.apply(text);
        } catch (RuntimeException e) {
            // Triage must never throw; if it does, stay safe: listen, and log without text.
            log.error("triage failed ({}); answering as sharing", e.getClass().getSimpleName());
            return TriageResult.sharing();
        }
    }

    // ---------------------------------------------------------------- groups

    private void onGroupMessage(MessageReceived m, Turn turn, Instant now) {
        TriageResult result = classify(m.text());
        if (result.category() == Category.CRISIS) {
            crisisReplies.inGroup(m, result, turn, now);
        } // Anything else: the bot stays quiet in shared spaces.
    }

    private void onJoined(MemberJoined j, Turn turn) {
        if (settings.welcome() && j.space() == Space.GROUP) {
            turn.offer(new Address.Chat(j.where()), catalog.text("group.welcome"),
                    List.of(new Action(catalog.text("button.open_private"), new Button.OpenPrivate())), null);
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
        ConversationState state = conversations.loadOrStart(u.where(), now);
        Address me = new Address.Chat(u.where());
        if (!state.introduced()) {
            turn.say(me, catalog.text("intro.first"), state.key());
            state = state.introduced(true);
        }
        turn.say(me, catalog.text(state.mode() == Mode.CONNECTED ? "listen.unsupported_relay"
                : "listen.unsupported"), state.key());
        conversations.save(state.seen(now));
    }

    // ---------------------------------------------------------------- buttons

    private void onButton(ButtonPressed b, Turn turn, Instant now) {
        Address.Ephemeral answer = new Address.Ephemeral(b.from().platform(), b.replyHandle() == null ? ""
                : b.replyHandle());
        Button button = b.button().orElse(null);
        String ack = "";
        if (button instanceof Button.Claim claim) {
            ack = handoffs.claim(b, claim, turn, now);
        } else if (b.space() == Space.PRIVATE) {
            ConversationState state = conversations.loadOrStart(b.where(), now);
            if (!state.introduced()) {
                turn.say(new Address.Chat(b.where()), catalog.text("intro.first"), state.key());
                state = state.introduced(true);
            }
            if (button instanceof Button.Talk) {
                state = handoffs.request(state, null, Wishes.of(state, null), turn, now);
            } else if (button instanceof Button.Services) {
                turn.say(new Address.Chat(b.where()), signposts.servicesText(List.of(), now), state.key());
            } else if (button instanceof Button.Cancel) {
                state = handoffs.cancelByMember(state, turn, now);
            } else if (button instanceof Button.Feedback feedback) {
                events.feedback(feedback.helped());
                ack = catalog.text("talk.feedback_thanks");
            } else {
                log.info("ignored button press with unknown data in conversation {}",
                        Conversations.shortKey(state.key()));
            }
            conversations.save(state.seen(now));
        } else {
            log.info("ignored button press in {} space", b.space());
        }
        if (b.replyHandle() != null) {
            turn.answerPress(answer, ack);
        }
    }
}
