package org.peerbot.core.model;

import java.time.Duration;

/** What a platform said to one send. The dispatcher retries, reschedules or gives up from this. */
public sealed interface SendResult permits SendResult.Sent, SendResult.RetryAfter, SendResult.Failed {

    /**
     * Delivered. {@code platformMessageId} identifies the message for later edits (may be null);
     * {@code resolved} is where it went (the opened room for a {@link Address.HandoffRoom}).
     */
    record Sent(String platformMessageId, ConversationRef resolved) implements SendResult {
    }

    /** The platform asked us to wait (HTTP 429 retry_after) or had a passing fault (5xx, timeout). */
    record RetryAfter(Duration delay, String reason) implements SendResult {
    }

    /** Will never succeed (chat gone, bot blocked by the user, DMs closed). {@code reason} never holds text. */
    record Failed(String reason) implements SendResult {
    }
}
