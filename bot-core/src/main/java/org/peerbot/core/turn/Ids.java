package org.peerbot.core.turn;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** Ids that sort in creation order (time, then a counter) and carry a random tail so they cannot be guessed. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        long n = counter.incrementAndGet() % 1_000_000L;
        return String.format("%013d%06d%s", clock.millis(), n, randomTail());
    }

    /** A short random id for handoffs; it travels in button data. */
    public String handoffId() {
        return "h" + randomTail() + randomTail();
    }

    private static String randomTail() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
