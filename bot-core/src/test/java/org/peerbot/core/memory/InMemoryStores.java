package org.peerbot.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.port.BlockStore;
import org.peerbot.core.port.ConversationStore;
import org.peerbot.core.port.HandoffStore;
import org.peerbot.core.port.Outbox;
import org.peerbot.core.port.ProcessedEvents;
import org.peerbot.core.port.Transactions;
import org.peerbot.core.port.VolunteerStore;

/**
 * Every store in memory, for tests and benchmarks: a test fixture, shipped in bot-core's test-jar and
 * never in the application. One lock serialises all access, so its transactions are trivially atomic
 * (nothing is rolled back on failure: tests that need rollback use the JDBC store).
 */
public final class InMemoryStores implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, ConversationState> conversations = new HashMap<>();
    private final Map<String, Handoff> handoffs = new LinkedHashMap<>();
    private final Map<String, Map<Platform, String>> cards = new HashMap<>();
    private final Map<String, VolunteerStore.VolunteerState> volunteers = new HashMap<>();
    private final Set<String> blocks = new HashSet<>();
    private final Set<String> volunteerBlocked = new HashSet<>();
    private final Map<String, Row> outbox = new LinkedHashMap<>();
    private final Map<String, Instant> events = new HashMap<>();

    private final ConversationStore conversationStore = new Conversations();
    private final HandoffStore handoffStore = new Handoffs();
    private final VolunteerStore volunteerStore = new Volunteers();
    private final BlockStore blockStore = new Blocks();
    private final Outbox outboxStore = new OutboxImpl();
    private final ProcessedEvents processedEvents = new Events();
    private final Map<java.time.LocalDate, Map<String, Long>> tallies = new HashMap<>();
    private final org.peerbot.core.port.Tallies tallyStore = new TallyMap();

    /** All of them as the engine takes them. */
    public org.peerbot.core.port.Stores stores() {
        return new org.peerbot.core.port.Stores(this, conversationStore, handoffStore, volunteerStore, blockStore,
                outboxStore, processedEvents, tallyStore);
    }

    public ConversationStore conversations() {
        return conversationStore;
    }

    public HandoffStore handoffs() {
        return handoffStore;
    }

    public VolunteerStore volunteers() {
        return volunteerStore;
    }

    public BlockStore blocks() {
        return blockStore;
    }

    public Outbox outbox() {
        return outboxStore;
    }

    public ProcessedEvents processedEvents() {
        return processedEvents;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Number of conversation rows, for tests that check erasure. */
    public int conversationCount() {
        return inTransaction(conversations::size);
    }

    private <T> T locked(Supplier<T> work) {
        return inTransaction(work);
    }

    private void locked(Runnable work) {
        run(work);
    }

    private final class Conversations implements ConversationStore {
        @Override
        public Optional<ConversationState> find(String key) {
            return locked(() -> Optional.ofNullable(conversations.get(key)));
        }

        @Override
        public void save(ConversationState state) {
            locked(() -> conversations.put(state.key(), state));
        }

        @Override
        public boolean delete(String key) {
            return locked(() -> conversations.remove(key) != null);
        }

        @Override
        public List<String> idleSince(Instant before, int limit) {
            return locked(() -> conversations.values().stream()
                    .filter(c -> c.lastMessageAt().isBefore(before) && c.mode() == Mode.BOT && !c.flagged())
                    .map(ConversationState::key).limit(limit).toList());
        }
    }

    private final class Handoffs implements HandoffStore {
        @Override
        public void insert(Handoff handoff) {
            locked(() -> {
                if (handoffs.putIfAbsent(handoff.id(), handoff) != null) {
                    throw new IllegalStateException("duplicate handoff id");
                }
            });
        }

        @Override
        public void update(Handoff handoff) {
            locked(() -> handoffs.put(handoff.id(), handoff));
        }

        @Override
        public Optional<Handoff> find(String id) {
            return locked(() -> Optional.ofNullable(handoffs.get(id)));
        }

        @Override
        public Optional<Handoff> openFor(String conversationKey) {
            return locked(() -> handoffs.values().stream()
                    .filter(h -> h.conversationKey().equals(conversationKey) && h.status().open()).findFirst());
        }

        @Override
        public Optional<Handoff> byRoom(ConversationRef room) {
            return locked(() -> handoffs.values().stream()
                    .filter(h -> h.status() == HandoffStatus.CLAIMED && room.equals(h.room())).findFirst());
        }

        @Override
        public List<Handoff> waiting() {
            return locked(() -> handoffs.values().stream().filter(h -> h.status() == HandoffStatus.WAITING)
                    .sorted(Comparator.comparing((Handoff h) -> !h.urgent()).thenComparing(Handoff::requestedAt)
                            .thenComparing(Handoff::id))
                    .toList());
        }

        @Override
        public List<Handoff> claimedBy(String volunteerId) {
            return locked(() -> handoffs.values().stream()
                    .filter(h -> h.status() == HandoffStatus.CLAIMED && volunteerId.equals(h.volunteerId()))
                    .sorted(Comparator.comparing(Handoff::claimedAt)).toList());
        }

        @Override
        public List<Handoff> claimed() {
            return locked(() -> handoffs.values().stream().filter(h -> h.status() == HandoffStatus.CLAIMED)
                    .toList());
        }

        @Override
        public boolean claim(String id, String volunteerId, Instant now, Instant leaseUntil) {
            return locked(() -> {
                Handoff h = handoffs.get(id);
                if (h == null || h.status() != HandoffStatus.WAITING) {
                    return false;
                }
                handoffs.put(id, new Handoff(h.id(), h.conversationKey(), h.memberAddress(), h.pseudonym(),
                        h.urgent(), h.crisisKind(), h.topics(), h.language(), h.requestedAt(), HandoffStatus.CLAIMED, volunteerId,
                        null, now, leaseUntil, h.lastHoldingAt(), null, null));
                return true;
            });
        }

        @Override
        public void recordCard(String id, Platform platform, String messageId) {
            locked(() -> cards.computeIfAbsent(id, k -> new HashMap<>()).put(platform, messageId));
        }

        @Override
        public Map<Platform, String> cards(String id) {
            return locked(() -> Map.copyOf(cards.getOrDefault(id, Map.of())));
        }

        @Override
        public int deleteFor(String conversationKey) {
            return locked(() -> {
                List<String> ids = handoffs.values().stream()
                        .filter(h -> h.conversationKey().equals(conversationKey)).map(Handoff::id).toList();
                ids.forEach(id -> {
                    handoffs.remove(id);
                    cards.remove(id);
                });
                return ids.size();
            });
        }

        @Override
        public int purgeClosedBefore(Instant before) {
            return locked(() -> {
                List<String> ids = handoffs.values().stream()
                        .filter(h -> !h.status().open() && h.endedAt() != null && h.endedAt().isBefore(before))
                        .map(Handoff::id).toList();
                ids.forEach(id -> {
                    handoffs.remove(id);
                    cards.remove(id);
                });
                return ids.size();
            });
        }
    }

    private final class Volunteers implements VolunteerStore {
        @Override
        public Optional<VolunteerState> find(String volunteerId) {
            return locked(() -> Optional.ofNullable(volunteers.get(volunteerId)));
        }

        @Override
        public void save(VolunteerState state) {
            locked(() -> volunteers.put(state.volunteerId(), state));
        }

        @Override
        public List<String> onDuty() {
            return locked(() -> volunteers.values().stream().filter(VolunteerState::onDuty)
                    .map(VolunteerState::volunteerId).sorted().toList());
        }
    }

    private final class Blocks implements BlockStore {
        @Override
        public void block(String conversationKey, String volunteerId, String by) {
            locked(() -> {
                blocks.add(conversationKey + "|" + volunteerId);
                if ("volunteer".equals(by)) {
                    volunteerBlocked.add(conversationKey);
                }
            });
        }

        @Override
        public boolean isBlocked(String conversationKey, String volunteerId) {
            return locked(() -> blocks.contains(conversationKey + "|" + volunteerId));
        }

        @Override
        public boolean blockedByVolunteer(String conversationKey) {
            return locked(() -> volunteerBlocked.contains(conversationKey));
        }
    }

    private static final class Row {
        OutboxEntry entry;
        boolean done;
        Instant doneAt;

        Row(OutboxEntry entry) {
            this.entry = entry;
        }
    }

    private final class OutboxImpl implements Outbox {
        @Override
        public void add(OutboxEntry entry) {
            locked(() -> {
                if (outbox.putIfAbsent(entry.id(), new Row(entry)) != null) {
                    throw new IllegalStateException("duplicate outbox id");
                }
            });
        }

        @Override
        public List<OutboxEntry> claimDue(Platform platform, Instant now, Instant leaseUntil, int limit) {
            return locked(() -> {
                List<Row> due = new ArrayList<>();
                for (Row r : outbox.values()) {
                    if (!r.done && r.entry.platform() == platform && !r.entry.due().isAfter(now)) {
                        due.add(r);
                    }
                }
                due.sort(Comparator.comparing((Row r) -> r.entry.message().priority() != Priority.URGENT)
                        .thenComparing(r -> r.entry.due()).thenComparing(r -> r.entry.id()));
                List<OutboxEntry> taken = new ArrayList<>();
                for (Row r : due.subList(0, Math.min(limit, due.size()))) {
                    taken.add(r.entry);
                    r.entry = withDue(r.entry, leaseUntil, r.entry.attempts());
                }
                return taken;
            });
        }

        @Override
        public void markSent(String id, Instant at) {
            done(id, at);
        }

        @Override
        public void retryAt(String id, Instant due, int attempts) {
            locked(() -> {
                Row r = outbox.get(id);
                if (r != null && !r.done) {
                    r.entry = withDue(r.entry, due, attempts);
                }
            });
        }

        @Override
        public void markFailed(String id, Instant at) {
            done(id, at);
        }

        private void done(String id, Instant at) {
            locked(() -> {
                Row r = outbox.get(id);
                if (r != null) {
                    r.done = true;
                    r.doneAt = at;
                }
            });
        }

        @Override
        public long backlog(Platform platform) {
            return locked(() -> outbox.values().stream().filter(r -> !r.done && r.entry.platform() == platform)
                    .count());
        }

        @Override
        public int deleteFor(String conversationKey) {
            return locked(() -> {
                List<String> ids = outbox.values().stream()
                        .filter(r -> Objects.equals(r.entry.conversationKey(), conversationKey))
                        .map(r -> r.entry.id()).toList();
                ids.forEach(outbox::remove);
                return ids.size();
            });
        }

        @Override
        public int purgeDoneBefore(Instant before) {
            return locked(() -> {
                List<String> ids = outbox.values().stream().filter(r -> r.done && r.doneAt.isBefore(before))
                        .map(r -> r.entry.id()).toList();
                ids.forEach(outbox::remove);
                return ids.size();
            });
        }

        @Override
        public Instant nextDue(Platform platform) {
            return locked(() -> outbox.values().stream().filter(r -> !r.done && r.entry.platform() == platform)
                    .map(r -> r.entry.due()).min(Comparator.naturalOrder()).orElse(null));
        }

        private OutboxEntry withDue(OutboxEntry e, Instant due, int attempts) {
            return new OutboxEntry(e.id(), e.conversationKey(), e.message(), e.receipt(), due, attempts, e.createdAt());
        }
    }

    private final class Events implements ProcessedEvents {
        @Override
        public boolean markFirst(String eventKey, Instant at) {
            return locked(() -> events.putIfAbsent(eventKey, at) == null);
        }

        @Override
        public int purgeBefore(Instant before) {
            return locked(() -> {
                List<String> old = events.entrySet().stream().filter(e -> e.getValue().isBefore(before))
                        .map(Map.Entry::getKey).toList();
                old.forEach(events::remove);
                return old.size();
            });
        }
    }

    private final class TallyMap implements org.peerbot.core.port.Tallies {
        @Override
        public void add(java.time.LocalDate day, String name, long amount) {
            locked(() -> {
                tallies.computeIfAbsent(day, d -> new HashMap<>()).merge(name, amount, Long::sum);
            });
        }

        @Override
        public Map<String, Long> since(java.time.LocalDate firstDay) {
            return locked(() -> {
                Map<String, Long> out = new java.util.TreeMap<>();
                tallies.forEach((day, counts) -> {
                    if (!day.isBefore(firstDay)) {
                        counts.forEach((name, n) -> out.merge(name, n, Long::sum));
                    }
                });
                return out;
            });
        }
    }
}
