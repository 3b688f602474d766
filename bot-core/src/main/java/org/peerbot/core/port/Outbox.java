package org.peerbot.core.port;

import java.time.Instant;
import java.util.List;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Platform;

/**
 * Outgoing messages, written before sending and marked after. A sent row keeps no text. With
 * several instances, {@link #claimDue} hands each row to one of them at a time.
 */
public interface Outbox {

    void add(OutboxEntry entry);

    /**
     * Takes up to {@code limit} unsent entries for a platform that are due at {@code now}: urgent first,
     * then by due time, then creation order; each taken entry is hidden from other callers until
     * {@code leaseUntil}, when it becomes due again unless marked.
     */
    List<OutboxEntry> claimDue(Platform platform, Instant now, Instant leaseUntil, int limit);

    void markSent(String id, Instant at);

    /** After a passing failure: due again at {@code due}. */
    void retryAt(String id, Instant due, int attempts);

    /** Gives up on an entry (permanent failure). */
    void markFailed(String id, Instant at);

    /** Unsent entries for a platform (the backlog). */
    long backlog(Platform platform);

    /** Erases every entry, sent or not, of a conversation (for /forget). Returns rows removed. */
    int deleteFor(String conversationKey);

    /** Removes sent or failed entries older than {@code before}. Returns rows removed. */
    int purgeDoneBefore(Instant before);

    /** The earliest due time of any unsent entry for the platform, or null. */
    Instant nextDue(Platform platform);
}
