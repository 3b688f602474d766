package org.peerbot.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One outgoing message, written before it is sent and marked sent after, so a crash or an outage
 * loses nothing.
 *
 * @param id              unique, assigned by the engine (sortable: creation order)
 * @param conversationKey the member conversation it concerns, or null (volunteer-only notices); used by /forget
 * @param message         what to send
 * @param receipt         what to record when sent (a card's message id, a room), or null
 * @param due             not before this time
 * @param attempts        failed attempts so far
 * @param createdAt       when queued
 */
public record OutboxEntry(String id, String conversationKey, OutboundMessage message, Receipt receipt, Instant due,
                          int attempts, Instant createdAt) {
    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Platform platform() {
        return message.to().platform();
    }
}
