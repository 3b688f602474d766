package org.peerbot.core.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;

/**
 * One platform's pace: the overall sends a second and the interval per chat, as its {@link DeliveryPolicy} says,
 * with one slot a second kept for urgent messages. Shared by that platform's sends in flight.
 */
final class Pacer {
    /**
     * A send reserved now ({@code granted}), or when it may go and whether the overall rate (rather than its
     * chat) is what holds it. Decided once: a moment that has passed by the time the caller looks is not a slot.
     */
    record Slot(Instant readyAt, boolean granted, boolean overall) {
    }

    static final int URGENT_SLOT_FROM = 10;

    private final DeliveryPolicy policy;
    private final Clock clock;
    private final Cache<String, Instant> nextPerChat;
    /** Sends back within the last second, oldest first: when the platform may have counted each (see {@link #finished}). */
    private final ArrayDeque<Instant> recent = new ArrayDeque<>();
    /**
     * When each send in flight started. They all count, however long ago they started: one still out after a
     * second may not have reached the platform yet (on a busy machine a send can stall that long).
     */
    private final ArrayDeque<Instant> flying = new ArrayDeque<>();
    /** The latest round trips, for the shortest of them (see {@link #finished}). */
    private final ArrayDeque<Duration> shortestTrips = new ArrayDeque<>();
    private static final int TRIPS_KEPT = 64;
    /** Round trips measured before the shortest of them is relied on (see {@link #finished}). */
    static final int TRIPS_TRUSTED = 16;
    /** Added to a slot counted from an estimate (see {@link #finished}). */
    static final Duration JITTER = Duration.ofMillis(5);

    Pacer(DeliveryPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.nextPerChat = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).maximumSize(200_000)
                .build();
    }

    /**
     * When this chat may be written to; reserves the slot when that is now. Where the platform allows at
     * least {@link #URGENT_SLOT_FROM} a second, one of them is kept for urgent messages, so a crisis reply
     * does not wait behind a full second of ordinary replies.
     */
    synchronized Slot reserve(String chat, boolean exempt, boolean urgent) {
        Instant now = clock.instant();
        Instant chatReady = exempt ? now : Optional.ofNullable(nextPerChat.getIfPresent(chat)).orElse(now);
        if (chatReady.isAfter(now)) {
            return new Slot(chatReady, false, false);
        }
        forgetOlderThanASecond(now);
        int budget = urgent || policy.perSecond() < URGENT_SLOT_FROM ? policy.perSecond() : policy.perSecond() - 1;
        int counted = recent.size() + flying.size();
        if (counted >= budget) {
            int mustExpire = counted - budget + 1;
            if (mustExpire > recent.size()) {
                // Sends in flight fill the second: nothing frees before one returns (and is then counted from
                // when it may have arrived). The caller hears of each return; this is only a bound.
                return new Slot(now.plusSeconds(1), false, true);
            }
            // Free again when enough of the sends back are a second old.
            Iterator<Instant> oldestFirst = recent.iterator();
            Instant freed = oldestFirst.next();
            for (int i = 1; i < mustExpire; i++) {
                freed = oldestFirst.next();
            }
            return new Slot(freed.plusSeconds(1), false, true);
        }
        flying.addLast(now);
        if (!exempt && !policy.perChatInterval().isZero()) {
            nextPerChat.put(chat, now.plus(policy.perChatInterval()));
        }
        return new Slot(now, true, false);
    }

    /**
     * The send reserved at {@code reservedAt} returned: its slot counts from when the platform may have received it
     * (below), the chat's interval from now.
     */
    synchronized void finished(String chat, boolean exempt, Instant reservedAt) {
        Instant now = clock.instant();
        Duration roundTrip = Duration.between(reservedAt, now);
        shortestTrips.addLast(roundTrip);
        if (shortestTrips.size() > TRIPS_KEPT) {
            shortestTrips.pollFirst();
        }
        // The platform counted this send somewhere between its start and its return. Counted from the return,
        // the slot is safe but held a whole round trip too long (at 100 ms, 29 sends every 1.1 s). Counted from
        // the return less the shortest recent round trip, it is a round trip shorter, and still safe as long as
        // that trip is no longer than the next send's outward half plus this one's way back: true once the
        // connections are warm and enough trips are measured, not while the first ones are (new connections
        // make the first trips long on the way out, and a shortest trip taken from them let the fake count 31
        // in a second). Until then, from the return. A few milliseconds are added for the platform's own
        // jitter (when its clock reads a request is not when it left us): without them the fake still counted
        // 31 in a second now and then, with its window full to the millisecond.
        flying.removeFirstOccurrence(reservedAt);
        Instant from = now;
        if (shortestTrips.size() >= TRIPS_TRUSTED) {
            Duration shortest = shortestTrips.stream().min(Duration::compareTo).orElse(Duration.ZERO);
            Instant estimate = now.minus(shortest).plus(JITTER);
            from = estimate.isBefore(reservedAt) ? reservedAt : estimate.isAfter(now) ? now : estimate;
        }
        if (from.plusSeconds(1).isAfter(now)) {
            addInOrder(from);
        }
        if (!exempt && !policy.perChatInterval().isZero()) {
            Instant next = now.plus(policy.perChatInterval());
            nextPerChat.asMap().merge(chat, next, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    private void forgetOlderThanASecond(Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plusSeconds(1).isAfter(now)) {
            recent.pollFirst();
        }
    }

    /** Keeps {@link #recent} oldest first: a returned send may count from before sends started after it. */
    private void addInOrder(Instant at) {
        ArrayDeque<Instant> later = new ArrayDeque<>();
        while (!recent.isEmpty() && recent.peekLast().isAfter(at)) {
            later.addFirst(recent.pollLast());
        }
        recent.addLast(at);
        recent.addAll(later);
    }

    /** The platform asked this chat to wait until then (a 429); a later moment already set stands. */
    synchronized void pause(String chat, Instant until) {
        nextPerChat.asMap().merge(chat, until, (a, b) -> a.isAfter(b) ? a : b);
    }
}
