package org.peerbot.core.delivery;

import java.time.Duration;

/**
 * How fast one platform may be written to: at most one message per chat every {@code perChatInterval},
 * and {@code perSecond} messages overall (Telegram: about 1 a second per chat and 30 a second overall).
 * Staying under the limits means the platform never has to answer 429.
 *
 * <p>{@code inFlight} is how many sends (to different chats) may wait on the platform at once. A real platform
 * is tens of milliseconds away: one send at a time would cap Telegram at about 1 / round trip (20 a second at
 * 50 ms), under its limit of 30. A chat's own messages are always sent one after another, in order.
 */
public record DeliveryPolicy(Duration perChatInterval, int perSecond, int inFlight) {

    public DeliveryPolicy {
        if (perChatInterval == null || perChatInterval.isNegative()) {
            throw new IllegalArgumentException("per-chat interval must be zero or positive");
        }
        if (perSecond < 1) {
            throw new IllegalArgumentException("messages per second must be at least 1");
        }
        if (inFlight < 1) {
            throw new IllegalArgumentException("sends in flight must be at least 1");
        }
    }

    /** One send at a time. */
    public DeliveryPolicy(Duration perChatInterval, int perSecond) {
        this(perChatInterval, perSecond, 1);
    }

    /** Up to 8 in flight: enough for 30 a second with round trips up to about 250 ms. */
    public static DeliveryPolicy telegram() {
        return new DeliveryPolicy(Duration.ofSeconds(1), 30, 8);
    }

    /** JDA paces Discord itself (its own rate-limit buckets); this only keeps bursts sane. */
    public static DeliveryPolicy discord() {
        return new DeliveryPolicy(Duration.ZERO, 50, 4);
    }

    public static DeliveryPolicy unlimited() {
        return new DeliveryPolicy(Duration.ZERO, 1_000_000);
    }
}
