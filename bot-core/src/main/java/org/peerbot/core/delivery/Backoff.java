package org.peerbot.core.delivery;

import java.time.Duration;

/**
 * Exponential backoff: the first wait, doubled after each further failure, never longer than the cap. The
 * one rule for every retry in the core (the outbox's sends, events held while the database is away).
 *
 * @param first   the wait after the first failure
 * @param longest the cap
 */
public record Backoff(Duration first, Duration longest) {

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= longest");
        }
    }

    /** The wait after {@code failures} failures in a row (1 for the first). */
    public Duration after(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
