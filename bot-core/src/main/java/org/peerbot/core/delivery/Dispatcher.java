package org.peerbot.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.Receipt;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: one worker per platform takes due entries (urgent first), paces them under the
 * platform's limits, sends, and marks each sent, retries it later, or gives up. A crash between
 * writing and sending loses nothing: unsent entries are sent after a restart.
 *
 * <p>Longer than most classes here on purpose: the worker loop, the sends in flight and what is done with each
 * result share one lock and one wake-up condition, and reading them together is how their ordering is checked.
 * Pacing is {@link Pacer}'s job; what a sent entry records is its {@link org.peerbot.core.model.Receipt}'s.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 50;
    /** Another instance may take an entry this long after we took it and did not mark it. */
    private static final Duration CLAIM_LEASE = Duration.ofSeconds(10);
    /** For passing faults the platform gave no wait for: half a second, doubling, at most 5 minutes. */
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(500), Duration.ofMinutes(5));
    private static final Duration IDLE_POLL = Duration.ofSeconds(2);

    private final Stores stores;
    private final Map<Platform, MessageSender> senders;
    private final Map<Platform, DeliveryPolicy> policies;
    private final Clock clock;
    private final EngineEvents events;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final List<Thread> workers = new ArrayList<>();
    private final Map<Platform, Pacer> pacers = new EnumMap<>(Platform.class);
    /** Threads for sends in flight together, for platforms whose policy allows more than one. */
    private final Map<Platform, ExecutorService> pools = new EnumMap<>(Platform.class);
    private volatile boolean running;
    private long wakeups;

    public Dispatcher(Stores stores, Map<Platform, MessageSender> senders, Map<Platform, DeliveryPolicy> policies,
                      Clock clock, EngineEvents events) {
        this.stores = stores;
        this.senders = Map.copyOf(senders);
        this.policies = Map.copyOf(policies);
        this.clock = clock;
        this.events = events == null ? EngineEvents.NONE : events;
        for (Platform p : senders.keySet()) {
            DeliveryPolicy policy = policies.getOrDefault(p, DeliveryPolicy.unlimited());
            pacers.put(p, new Pacer(policy, clock));
            if (policy.inFlight() > 1) {
                String name = "peerbot-send-" + p.name().toLowerCase(java.util.Locale.ROOT) + "-";
                AtomicInteger n = new AtomicInteger();
                pools.put(p, Executors.newFixedThreadPool(policy.inFlight(), r -> {
                    Thread t = new Thread(r, name + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }));
            }
        }
    }

    /**
     * Starts one daemon worker for each of these platforms. Platforms without a worker are delivered only
     * by {@link #drain} (the console, which prints in step with its input).
     */
    public void start(java.util.Collection<Platform> platforms) {
        running = true;
        for (Platform p : platforms) {
            if (!senders.containsKey(p)) {
                throw new IllegalArgumentException("no sender for " + p);
            }
            Thread t = new Thread(() -> loop(p), "peerbot-dispatch-" + p.name().toLowerCase(java.util.Locale.ROOT));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** New entries were written: workers look now rather than at their next poll. */
    public void wake() {
        lock.lock();
        try {
            wakeups++;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop(Platform platform) {
        while (running) {
            long seen;
            lock.lock();
            try {
                seen = wakeups;
            } finally {
                lock.unlock();
            }
            Duration wait;
            try {
                wait = deliverDue(platform);
            } catch (RuntimeException e) {
                log.error("delivery to {} failed: {}", platform, e.getClass().getSimpleName());
                wait = IDLE_POLL;
            }
            lock.lock();
            try {
                if (running && wakeups == seen && !wait.isZero()) {
                    work.await(wait.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Sends everything due for a platform now, pacing included, and returns once nothing is due.
     * The console and tests call this instead of running workers.
     */
    public void drain(Platform platform) {
        for (int rounds = 0; rounds < 10_000; rounds++) {
            Duration wait = deliverDue(platform);
            if (!wait.isZero()) {
                Instant next = stores.outbox().nextDue(platform);
                if (next == null || next.isAfter(clock.instant()) || pacers.get(platform).room().free() == 0) {
                    return; // nothing due, or the rate allows nothing more now
                }
            }
        }
    }

    /** One pass: returns zero when it may have more to do at once, else how long to wait. */
    Duration deliverDue(Platform platform) {
        MessageSender sender = senders.get(platform);
        if (sender == null) {
            return IDLE_POLL;
        }
        Pacer pacer = pacers.get(platform);
        Pacer.Room room = pacer.room();
        if (room.free() == 0) {
            // Nothing may go before a slot frees: taking entries now would only mean putting them back.
            Duration d = Duration.between(clock.instant(), room.nextFreeAt());
            return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
        }
        Instant now = clock.instant();
        // Take about what the rate allows now, so little is put back (each put-back is a write) and the next
        // batch starts as soon as slots free.
        int limit = Math.min(BATCH, room.free());
        List<OutboxEntry> batch = stores.tx().inTransaction(() ->
                stores.outbox().claimDue(platform, now, now.plus(CLAIM_LEASE), limit));
        if (batch.isEmpty()) {
            Instant next = stores.outbox().nextDue(platform);
            if (next == null) {
                return IDLE_POLL;
            }
            Duration d = Duration.between(clock.instant(), next);
            return d.isNegative() || d.isZero() ? Duration.ofMillis(10) : (d.compareTo(IDLE_POLL) > 0 ? IDLE_POLL : d);
        }
        // Each chat's entries go out one after another, in order; different chats may be in flight together.
        Map<String, List<OutboxEntry>> byChat = new LinkedHashMap<>();
        Map<String, OutboundMessage> resolved = new HashMap<>();
        for (OutboxEntry entry : batch) {
            OutboundMessage message = resolve(entry.message());
            resolved.put(entry.id(), message);
            byChat.computeIfAbsent(chatKey(message.to()), k -> new ArrayList<>()).add(entry);
        }
        // Set once the platform's overall rate is spent: every chat not yet sent waits until then.
        AtomicReference<Instant> rateSpentUntil = new AtomicReference<>();
        List<Runnable> chats = new ArrayList<>(byChat.size());
        byChat.forEach((chat, entries) -> chats.add(() ->
                deliverChat(platform, sender, pacer, chat, entries, resolved, rateSpentUntil)));
        ExecutorService pool = pools.get(platform);
        if (pool == null || chats.size() == 1) {
            chats.forEach(Runnable::run);
        } else {
            List<Future<?>> running = new ArrayList<>(chats.size());
            for (Runnable r : chats) {
                running.add(pool.submit(r));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (ExecutionException e) {
                    // Unsent entries stay claimed until the lease ends and are then taken again: nothing is lost.
                    log.error("delivery to {} failed: {}", platform, e.getCause().getClass().getSimpleName());
                }
            }
        }
        Instant until = rateSpentUntil.get();
        if (until != null) {
            Duration wait = Duration.between(clock.instant(), until);
            return wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait;
        }
        return Duration.ZERO;
    }

    /** One chat's share of a batch, in order; what cannot go now is put back for when it can. */
    private void deliverChat(Platform platform, MessageSender sender, Pacer pacer, String chat,
                             List<OutboxEntry> entries, Map<String, OutboundMessage> resolved,
                             AtomicReference<Instant> rateSpentUntil) {
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry entry = entries.get(i);
            OutboundMessage message = resolved.get(entry.id());
            Instant spent = rateSpentUntil.get();
            if (spent != null) {
                putBack(entries.subList(i, entries.size()), spent);
                return;
            }
            boolean exempt = message.to() instanceof Address.Ephemeral;
            Pacer.Slot slot = pacer.reserve(chat, exempt, message.priority() == Priority.URGENT);
            Instant readyAt = slot.readyAt();
            if (!slot.granted()) {
                if (slot.overall()) {
                    // The platform's rate is spent until then: the rest waits (in order) for that moment,
                    // rather than taking and putting back the whole backlog meanwhile.
                    rateSpentUntil.accumulateAndGet(readyAt, (a, b) -> a == null || b.isBefore(a) ? b : a);
                }
                putBack(entries.subList(i, entries.size()), readyAt);
                return;
            }
            SendResult result;
            try {
                result = sender.send(message);
            } catch (RuntimeException e) {
                log.warn("sender for {} threw {}; will retry", platform, e.getClass().getSimpleName());
                result = new SendResult.RetryAfter(Duration.ZERO, "sender error");
            }
            pacer.finished(chat, exempt, readyAt);
            Instant retryAt = handle(entry, message, result);
            if (retryAt != null) {
                // A chat that must wait keeps its order: its later entries wait until the same moment.
                putBack(entries.subList(i + 1, entries.size()), retryAt);
                return;
            }
        }
    }

    /** Puts a chat's unsent entries back, in one transaction (one commit, not one per entry). */
    private void putBack(List<OutboxEntry> entries, Instant due) {
        if (entries.isEmpty()) {
            return;
        }
        stores.tx().run(() -> {
            for (OutboxEntry e : entries) {
                stores.outbox().retryAt(e.id(), due, e.attempts());
            }
        });
    }

    /** Messages for a handoff room that is already open go straight to it (no second thread or topic). */
    private OutboundMessage resolve(OutboundMessage message) {
        if (message.to() instanceof Address.HandoffRoom room) {
            Optional<ConversationRef> open = stores.handoffs().find(room.handoffId()).map(Handoff::room);
            if (open.isPresent()) {
                return new OutboundMessage(new Address.Chat(open.get()), message.text(), message.actions(),
                        message.priority(), message.editOf());
            }
        }
        return message;
    }

    /** Records the outcome; returns when the chat may be tried again, or null when it need not wait. */
    private Instant handle(OutboxEntry entry, OutboundMessage sent, SendResult result) {
        Platform platform = entry.platform();
        Instant now = clock.instant();
        if (result instanceof SendResult.Sent ok) {
            stores.tx().run(() -> {
                stores.outbox().markSent(entry.id(), now);
                afterSent(entry, ok);
            });
            events.sent(platform, Duration.between(entry.createdAt(), now));
            return null;
        }
        if (result instanceof SendResult.RetryAfter retry) {
            int attempts = entry.attempts() + 1;
            boolean told = retry.delay() != null && !retry.delay().isZero();
            // The platform's own retry_after wins; otherwise back off exponentially (passing faults, 5xx).
            Duration delay = told ? retry.delay() : BACKOFF.after(attempts);
            if (told) {
                pacers.get(platform).pause(chatKey(sent.to()), now.plus(delay));
            }
            stores.outbox().retryAt(entry.id(), now.plus(delay), attempts);
            events.sendRetry(platform, told);
            log.info("send to {} deferred {} ms (attempt {}): {}", platform, delay.toMillis(), attempts,
                    retry.reason());
            return now.plus(delay);
        }
        SendResult.Failed failed = (SendResult.Failed) result;
        stores.outbox().markFailed(entry.id(), now);
        events.sendFailed(platform);
        log.warn("send to {} failed for good: {}", platform, failed.reason());
        return null;
    }

    /** Records what a sent entry's receipt asks for, in the store the handoff lives in. */
    private void afterSent(OutboxEntry entry, SendResult.Sent ok) {
        Receipt receipt = entry.receipt();
        if (receipt instanceof Receipt.CardPosted card && ok.platformMessageId() != null) {
            stores.handoffs().recordCard(card.handoffId(), entry.platform(), ok.platformMessageId());
        } else if (receipt instanceof Receipt.RoomOpened room && ok.resolved() != null) {
            stores.handoffs().find(room.handoffId()).filter(h -> h.room() == null && h.status().open())
                    .ifPresent(h -> stores.handoffs().update(h.withRoom(ok.resolved())));
        }
    }

    private static String chatKey(Address to) {
        if (to instanceof Address.Chat c) {
            return c.ref().key();
        }
        if (to instanceof Address.PrivateChatOf p) {
            return "user:" + p.userId();
        }
        if (to instanceof Address.HandoffRoom r) {
            return "room:" + r.handoffId();
        }
        if (to instanceof Address.Ephemeral e) {
            return "ephemeral:" + e.handle();
        }
        return "volunteers:" + to.platform();
    }

    @Override
    public void close() {
        running = false;
        wake();
        for (Thread t : workers) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pools.values().forEach(ExecutorService::shutdown);
    }

    /**
     * Per-chat spacing and an overall rate for one platform. Both count from when a send returned, the latest
     * moment the platform can have received it: counted from when it was started, a send that took longer
     * than the next one would land inside the platform's window and be refused (429).
     */
}
