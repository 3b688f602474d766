package org.peerbot.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.Platform;

/** Durable handoff requests and claims. Safe with several application instances on one database. */
public interface HandoffStore {

    void insert(Handoff handoff);

    /** Replaces the row with this id. */
    void update(Handoff handoff);

    Optional<Handoff> find(String id);

    /** The open (waiting or claimed) handoff of a conversation, if any. */
    Optional<Handoff> openFor(String conversationKey);

    /** The claimed handoff whose room is this chat, if any. */
    Optional<Handoff> byRoom(ConversationRef room);

    /** Waiting requests: urgent first, then longest waiting first. */
    List<Handoff> waiting();

    /** Claimed handoffs held by a volunteer. */
    List<Handoff> claimedBy(String volunteerId);

    /** Every claimed handoff (lease checks, restarts). */
    List<Handoff> claimed();

    /**
     * Atomically claims a waiting request: succeeds for exactly one caller even across instances.
     *
     * @return true when this caller won
     */
    boolean claim(String id, String volunteerId, Instant now, Instant leaseUntil);

    /** Remembers the platform message id of the card posted for a handoff, to edit it later. */
    void recordCard(String id, Platform platform, String messageId);

    Map<Platform, String> cards(String id);

    /** Erases every handoff of a conversation and their cards (for /forget). Returns rows removed. */
    int deleteFor(String conversationKey);

    /** Removes closed handoffs that ended before {@code before} (retention). Returns rows removed. */
    int purgeClosedBefore(Instant before);
}
