package org.peerbot.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
 * writing and sending loses nothing: unsent entries are sent after a restart (taken ones once their lease ends).
 *
 * <p>Sends to different chats are in flight together, up to the policy's {@code inFlight}, and the worker takes the
 * next entries while they are out: each returning send's place goes at once to the next entry the pacer allows, so
 * a platform tens of milliseconds away is still written to at its full rate. A chat's own entries go one after
 * another, in order.
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
    /**
     * An entry taken and still not sent after this long is put back, well inside its lease, so it never sits
     * here while another instance takes it too (a platform that stopped answering, say).
     */
    private static final Duration HOLD_AT_MOST = Duration.ofSeconds(5);
    /** For passing faults the platform gave no wait for: half a second, doubling, at most 5 minutes. */
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(500), Duration.ofMinutes(5));
    private static final Duration IDLE_POLL = Duration.ofSeconds(2);
    /**
     * When woken, the outbox is looked in at most this often: the engine wakes us once per turn, and a look per turn
     * is a database transaction per turn, competing with the turns themselves. An urgent entry waits this long at
     * most before it is taken (and then goes first).
     */
    private static final Duration WAKE_GAP = Duration.ofMillis(50);
    /**
     * How far past its usual count a lane may take when woken. While ordinary replies fill the rate, sends start in
     * clumps (the slots free in the pattern of the second before) and the held entries can sit for most of a
     * second: without a look past them, an urgent entry written then waited up to that long in the outbox.
     */
    private static final int URGENT_LOOK = 4;

    private final Stores stores;
    private final Clock clock;
    private final EngineEvents events;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when entries are written ({@link #wake}) and when a send returns. */
    private final Condition work = lock.newCondition();
    private final List<Thread> workers = new ArrayList<>();
    private final Map<Platform, Lane> lanes = new EnumMap<>(Platform.class);
    private volatile boolean running;
    private long wakeups;

    public Dispatcher(Stores stores, Map<Platform, MessageSender> senders, Map<Platform, DeliveryPolicy> policies,
                      Clock clock, EngineEvents events) {
        this.stores = stores;
        this.clock = clock;
        this.events = events == null ? EngineEvents.NONE : events;
        for (Map.Entry<Platform, MessageSender> s : senders.entrySet()) {
            Platform p = s.getKey();
            DeliveryPolicy policy = policies.getOrDefault(p, DeliveryPolicy.unlimited());
            ExecutorService pool = null;
            if (policy.inFlight() > 1) {
                String name = "peerbot-send-" + p.name().toLowerCase(java.util.Locale.ROOT) + "-";
                AtomicInteger n = new AtomicInteger();
                pool = Executors.newFixedThreadPool(policy.inFlight(), r -> {
                    Thread t = new Thread(r, name + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
            lanes.put(p, new Lane(p, s.getValue(), new Pacer(policy, clock), pool, policy.inFlight(),
                    Math.min(BATCH, policy.perSecond())));
        }
    }

    /**
     * Starts one daemon worker for each of these platforms. Platforms without a worker are delivered only
     * by {@link #drain} (the console, which prints in step with its input).
     */
    public void start(java.util.Collection<Platform> platforms) {
        running = true;
        for (Platform p : platforms) {
            Lane lane = lanes.get(p);
            if (lane == null) {
                throw new IllegalArgumentException("no sender for " + p);
            }
            Thread t = new Thread(() -> loop(lane), "peerbot-dispatch-" + p.name().toLowerCase(java.util.Locale.ROOT));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** New entries were written: workers look now rather than at their next poll. */
    public void wake() {
        lock.lock();
        try {
            lanes.values().forEach(l -> l.claimNow = true);
            wakeups++;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop(Lane lane) {
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
                wait = pump(lane, false);
            } catch (RuntimeException e) {
                log.error("delivery to {} failed: {}", lane.platform, e.getClass().getSimpleName());
                wait = IDLE_POLL;
            }
            lock.lock();
            try {
                if (running && wakeups == seen && !wait.isZero()) {
                    work.awaitNanos(wait.toNanos());
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
     * Sends everything due for a platform now, pacing included, and returns once nothing more may go now and no
     * send is in flight. The console and tests call this instead of running workers. What was taken and may not
     * go yet is put back where it was, for the next call.
     */
    public void drain(Platform platform) {
        Lane lane = lanes.get(platform);
        if (lane == null) {
            return;
        }
        for (int rounds = 0; rounds < 100_000; rounds++) {
            long returned;
            lock.lock();
            try {
                returned = lane.returns;
            } finally {
                lock.unlock();
            }
            Duration wait = pump(lane, rounds == 0);
            lock.lock();
            try {
                if (lane.inFlight > 0) {
                    while (lane.returns == returned) {
                        work.await();
                    }
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
            if (!wait.isZero()) {
                release(lane);
                return;
            }
        }
        release(lane);
    }

    /**
     * One platform's delivery, all guarded by the dispatcher's lock. Entries are taken from the outbox ahead of
     * need ({@code held}) while sends are in flight, and each returning send frees its place at once, so the pipe
     * to the platform stays full: with a round trip of 100 ms, waiting for a whole batch of sends before taking
     * the next left it idle for the tail of every batch and the rate fell to 0.9 of the platform's cap.
     */
    private final class Lane {
        final Platform platform;
        final MessageSender sender;
        final Pacer pacer;
        /** Threads for sends in flight together; null when the policy allows one at a time (sent inline). */
        final ExecutorService pool;
        final int maxInFlight;
        /** About a second of sends: taken ahead so they are ready the moment the rate allows them. */
        final int want;
        /** Taken and not yet sent: urgent first, then in the order taken; each chat's entries in creation order. */
        final List<Held> held = new ArrayList<>();
        /** Chats with a send in flight: a chat's next message waits for the one before it. */
        final Set<String> busy = new HashSet<>();
        /**
         * Entries in flight. A send may outlast its lease (Telegram's read timeout is 30 s): taken again meanwhile,
         * it is left alone rather than sent twice; its own send's outcome marks it.
         */
        final Set<String> sending = new HashSet<>();
        /**
         * Entries of ours put back into the outbox and not yet taken again, per chat, with when they are due.
         * A later entry of the same chat taken meanwhile (it may be due sooner) waits for them, so a chat's
         * messages keep their order whatever the outbox hands out first.
         */
        final Map<String, NavigableMap<String, Instant>> returned = new HashMap<>();
        int inFlight;
        /** Sends that have returned, ever: {@link #drain} waits for this to move. */
        long returns;
        boolean claimNow = true;
        Instant nextClaimAt = Instant.MIN;
        Instant lastClaimAt = Instant.MIN;

        Lane(Platform platform, MessageSender sender, Pacer pacer, ExecutorService pool, int maxInFlight, int want) {
            this.platform = platform;
            this.sender = sender;
            this.pacer = pacer;
            this.pool = pool;
            this.maxInFlight = pool == null ? 1 : maxInFlight;
            this.want = Math.max(want, this.maxInFlight);
        }

        /** Adds taken entries: urgent ones after the urgent already held, each chat's in creation order. */
        void take(Held h) {
            NavigableMap<String, Instant> back = returned.get(h.chat());
            if (back != null && back.remove(h.entry().id()) != null && back.isEmpty()) {
                returned.remove(h.chat());
            }
            int at = held.size();
            for (int i = 0; i < held.size(); i++) {
                Held o = held.get(i);
                boolean behind = o.chat().equals(h.chat()) && o.urgent() == h.urgent()
                        && o.entry().id().compareTo(h.entry().id()) > 0;
                if (behind || (h.urgent() && !o.urgent())) {
                    at = i;
                    break;
                }
            }
            held.add(at, h);
        }

        /** When an earlier entry of this chat that we put back is due, or null when none is out there. */
        Instant earlierReturned(Held h, Instant now) {
            NavigableMap<String, Instant> back = returned.get(h.chat());
            if (back == null) {
                return null;
            }
            // Forget what is long overdue: another instance took it, or /forget erased it.
            back.values().removeIf(due -> due.plus(CLAIM_LEASE).isBefore(now));
            if (back.isEmpty()) {
                returned.remove(h.chat());
                return null;
            }
            Map.Entry<String, Instant> first = back.firstEntry();
            return first.getKey().compareTo(h.entry().id()) < 0 ? first.getValue() : null;
        }

        void putBackLater(Map<Instant, List<OutboxEntry>> into, Held h, Instant due) {
            into.computeIfAbsent(due, k -> new ArrayList<>()).add(h.entry());
            if (due.isBefore(nextClaimAt)) {
                nextClaimAt = due; // look again when it is due
            }
            returned.computeIfAbsent(h.chat(), k -> new TreeMap<>()).merge(h.entry().id(), due,
                    (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** An entry taken from the outbox and not yet sent. */
    private record Held(OutboxEntry entry, OutboundMessage message, String chat, boolean urgent, Instant takenAt) {
        boolean exempt() {
            return message.to() instanceof Address.Ephemeral;
        }
    }

    /** A send the pacer granted, started at {@code readyAt}. */
    private record Start(Held held, Instant readyAt) {
    }

    /**
     * One pass for a platform: takes entries when fewer than about a second's worth are held (or new ones were
     * written), starts every send the pacer and the sends in flight allow, and puts back what its chat's pacing
     * holds. Returns zero when it may have more to do at once, else how long until it may (a returning send
     * signals sooner). {@code look} looks in the outbox now, whatever was seen there last ({@link #drain}).
     */
    Duration pump(Lane lane, boolean look) {
        Instant started = clock.instant();
        Instant now = started;
        int take = 0;
        lock.lock();
        try {
            if (look) {
                lane.claimNow = true;
                lane.nextClaimAt = Instant.MIN;
                lane.lastClaimAt = Instant.MIN;
            }
            int room = lane.want - lane.held.size();
            boolean low = lane.held.size() <= lane.want / 2 && !now.isBefore(lane.nextClaimAt);
            boolean woken = lane.claimNow && !now.isBefore(lane.lastClaimAt.plus(WAKE_GAP));
            if (woken && room <= 0 && lane.held.size() < lane.want + URGENT_LOOK) {
                room = 1; // the outbox hands out urgent entries first: one is enough to find one written meanwhile
            }
            if (room > 0 && (woken || low)) {
                take = room;
                lane.claimNow = false;
                lane.lastClaimAt = now;
            }
        } finally {
            lock.unlock();
        }
        boolean more = false;
        if (take > 0) {
            int limit = take;
            List<OutboxEntry> taken = stores.tx().inTransaction(() ->
                    stores.outbox().claimDue(lane.platform, started, started.plus(CLAIM_LEASE), limit));
            List<Held> fresh = new ArrayList<>(taken.size());
            for (OutboxEntry entry : taken) {
                OutboundMessage message = resolve(entry.message());
                fresh.add(new Held(entry, message, chatKey(message.to()), message.priority() == Priority.URGENT, now));
            }
            Instant nextClaim = null;
            if (taken.size() < take) {
                Instant next = stores.outbox().nextDue(lane.platform);
                Instant latest = now.plus(IDLE_POLL);
                nextClaim = next == null || next.isAfter(latest) ? latest
                        : next.isAfter(now) ? next : now.plus(Duration.ofMillis(10));
            } else {
                more = true;
            }
            lock.lock();
            try {
                fresh.stream().filter(h -> !lane.sending.contains(h.entry().id())).forEach(lane::take);
                if (nextClaim != null) {
                    lane.nextClaimAt = nextClaim;
                } else {
                    lane.nextClaimAt = now;
                }
            } finally {
                lock.unlock();
            }
        }

        List<Start> starts = new ArrayList<>();
        Map<Instant, List<OutboxEntry>> putBack = new LinkedHashMap<>();
        Instant rateFreeAt = null;
        lock.lock();
        try {
            now = clock.instant();
            Set<String> passed = new HashSet<>();
            for (int i = 0; i < lane.held.size(); i++) {
                Held h = lane.held.get(i);
                if (h.takenAt().plus(HOLD_AT_MOST).isBefore(now)) {
                    // Held too long (sends not returning): back where it was, before its lease lets anyone else
                    // take it; the chat's later entries with it.
                    passed.add(h.chat());
                    i -= putBackChat(lane, i, h.entry().due(), putBack);
                }
            }
            for (int i = 0; i < lane.held.size() && lane.inFlight + starts.size() < lane.maxInFlight; i++) {
                Held h = lane.held.get(i);
                if (lane.busy.contains(h.chat()) || passed.contains(h.chat())) {
                    continue; // after the chat's message in flight, or one this pass put back
                }
                Instant due = h.urgent() ? null : lane.earlierReturned(h, now);
                if (due == null) {
                    Pacer.Slot slot = lane.pacer.reserve(h.chat(), h.exempt(), h.urgent());
                    if (slot.granted()) {
                        lane.held.remove(i--);
                        lane.busy.add(h.chat());
                        lane.sending.add(h.entry().id());
                        starts.add(new Start(h, slot.readyAt()));
                        continue;
                    }
                    if (slot.overall()) {
                        // The platform's rate is spent until then; urgent entries (first in line) were tried.
                        rateFreeAt = slot.readyAt();
                        break;
                    }
                    due = slot.readyAt();
                } else if (due.isBefore(now)) {
                    due = now;
                }
                // This chat waits: it and its later entries go back to the outbox, in order, for that moment.
                passed.add(h.chat());
                i -= putBackChat(lane, i, due, putBack);
            }
            lane.inFlight += starts.size();
        } finally {
            lock.unlock();
        }
        putBack.forEach((due, entries) -> putBack(entries, due));
        for (Start s : starts) {
            if (lane.pool == null) {
                send(lane, s);
            } else {
                lane.pool.execute(() -> send(lane, s));
            }
        }
        if (!starts.isEmpty() || more) {
            return Duration.ZERO;
        }
        // Nothing more now. Wait for the rate to free, for the next look at the outbox, or (sooner, signalled) for
        // a send to return: its chat's next entry, or another held one, may then go.
        Instant until = now.plus(IDLE_POLL);
        lock.lock();
        try {
            if (lane.held.size() < lane.want + URGENT_LOOK && lane.claimNow) {
                Instant gapEnds = lane.lastClaimAt.plus(WAKE_GAP);
                if (!gapEnds.isAfter(now)) {
                    return Duration.ZERO;
                }
                until = gapEnds;
            }
            if (lane.held.size() <= lane.want / 2) {
                if (!lane.nextClaimAt.isAfter(now)) {
                    return Duration.ZERO; // the last look took all it asked for: there may be more
                }
                if (lane.nextClaimAt.isBefore(until)) {
                    until = lane.nextClaimAt;
                }
            }
        } finally {
            lock.unlock();
        }
        if (rateFreeAt != null && rateFreeAt.isBefore(until)) {
            until = rateFreeAt;
        }
        Duration d = Duration.between(clock.instant(), until);
        return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
    }

    /**
     * Takes the held entry at {@code i} and its chat's later ones out of {@link Lane#held}, to be put back for
     * {@code due}; returns how many were removed at or before {@code i} (for the caller's index: always 1).
     */
    private static int putBackChat(Lane lane, int i, Instant due, Map<Instant, List<OutboxEntry>> into) {
        String chat = lane.held.get(i).chat();
        for (int j = i; j < lane.held.size(); j++) {
            Held o = lane.held.get(j);
            if (o.chat().equals(chat)) {
                lane.putBackLater(into, o, due);
                lane.held.remove(j--);
            }
        }
        return 1;
    }

    /** Sends one granted entry, records the outcome, and frees its place for the next. */
    private void send(Lane lane, Start start) {
        Held h = start.held();
        Instant retryAt = null;
        try {
            SendResult result;
            try {
                result = lane.sender.send(h.message());
            } catch (RuntimeException e) {
                log.warn("sender for {} threw {}; will retry", lane.platform, e.getClass().getSimpleName());
                result = new SendResult.RetryAfter(Duration.ZERO, "sender error");
            } finally {
                // Whatever happened, the send is no longer in flight for the pacer (it would hold a slot for good).
                lane.pacer.finished(h.chat(), h.exempt(), start.readyAt());
            }
            retryAt = handle(lane.pacer, h.entry(), h.message(), result);
        } catch (RuntimeException e) {
            // Not marked: the entry stays taken until its lease ends and is then sent again.
            log.error("delivery to {} failed: {}", lane.platform, e.getClass().getSimpleName());
        } finally {
            lock.lock();
            try {
                if (retryAt != null) {
                    // The chat's later entries wait for this one to be due again (see Lane.returned).
                    lane.returned.computeIfAbsent(h.chat(), k -> new TreeMap<>()).put(h.entry().id(), retryAt);
                    if (retryAt.isBefore(lane.nextClaimAt)) {
                        lane.nextClaimAt = retryAt;
                    }
                }
                lane.inFlight--;
                lane.busy.remove(h.chat());
                lane.sending.remove(h.entry().id());
                lane.returns++;
                wakeups++;
                work.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Puts back every entry held and not sent, where it was in the outbox (its due time as taken). */
    private void release(Lane lane) {
        List<OutboxEntry> back;
        lock.lock();
        try {
            back = lane.held.stream().map(Held::entry).toList();
            lane.held.clear();
            lane.claimNow = true;
        } finally {
            lock.unlock();
        }
        if (!back.isEmpty()) {
            stores.tx().run(() -> back.forEach(e -> stores.outbox().retryAt(e.id(), e.due(), e.attempts())));
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
    private Instant handle(Pacer pacer, OutboxEntry entry, OutboundMessage sent, SendResult result) {
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
                pacer.pause(chatKey(sent.to()), now.plus(delay));
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
        for (Lane lane : lanes.values()) {
            if (lane.pool != null) {
                lane.pool.shutdown();
            }
            try {
                release(lane); // for whoever delivers next, at once rather than when the lease ends
            } catch (RuntimeException e) {
                log.warn("could not put back held entries for {}: {}", lane.platform, e.getClass().getSimpleName());
            }
        }
    }
}
