package org.peerbot.core.port;

/**
 * Blocks between members and volunteers. A member's side is the keyed hash of their conversation,
 * so blocks that protect volunteers survive /forget without keeping anyone's identity.
 */
public interface BlockStore {

    void block(String conversationKey, String volunteerId, String by);

    boolean isBlocked(String conversationKey, String volunteerId);

    /** Whether any volunteer blocked this member. */
    boolean blockedByVolunteer(String conversationKey);
}
