package org.peerbot.core.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * A per-member flood gate: beyond a number of messages a minute the bot says "slow down" once and
 * then stays quiet until the minute passes, so one member cannot starve the others. Crisis messages
 * never pass through it. Kept in memory: a restart simply forgives.
 */
final class RateGate {

    private static final class Window {
        final ArrayDeque<Instant> times = new ArrayDeque<>();
        boolean warned;
    }

    private final int perMinute;
    private final Cache<String, Window> windows;

    RateGate(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.windows = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000)
                .ticker(() -> clock.millis() * 1_000_000L).executor(Runnable::run).build(); // upkeep inline, as CachedConversations
    }

    synchronized boolean allow(String key, Instant now) {
        Window w = windows.get(key, k -> new Window());
        Instant cutoff = now.minus(Duration.ofMinutes(1));
        while (!w.times.isEmpty() && w.times.peekFirst().isBefore(cutoff)) {
            w.times.pollFirst();
        }
        if (w.times.size() >= perMinute) {
            return false;
        }
        w.times.addLast(now);
        w.warned = false;
        return true;
    }

    /** True the first time a member is refused in a run of refusals. */
    synchronized boolean firstRefusal(String key) {
        Window w = windows.getIfPresent(key);
        if (w == null || w.warned) {
            return false;
        }
        w.warned = true;
        return true;
    }
}
