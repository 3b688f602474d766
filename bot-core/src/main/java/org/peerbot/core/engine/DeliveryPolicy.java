package org.peerbot.core.engine;

import java.time.Duration;

/**
 * How fast one platform may be written to: at most one message per chat every {@code perChatInterval},
 * and {@code perSecond} messages overall (Telegram: about 1 a second per chat and 30 a second overall).
 * Staying under the limits means the platform never has to answer 429.
 */
public record DeliveryPolicy(Duration perChatInterval, int perSecond) {

    public DeliveryPolicy {
        if (perChatInterval == null || perChatInterval.isNegative()) {
            throw new IllegalArgumentException("per-chat interval must be zero or positive");
        }
        if (perSecond < 1) {
            throw new IllegalArgumentException("messages per second must be at least 1");
        }
    }

    public static DeliveryPolicy telegram() {
        return new DeliveryPolicy(Duration.ofSeconds(1), 30);
    }

    /** JDA paces Discord itself (its own rate-limit buckets); this only keeps bursts sane. */
    public static DeliveryPolicy discord() {
        return new DeliveryPolicy(Duration.ZERO, 50);
    }

    public static DeliveryPolicy unlimited() {
        return new DeliveryPolicy(Duration.ZERO, 1_000_000);
    }
}
