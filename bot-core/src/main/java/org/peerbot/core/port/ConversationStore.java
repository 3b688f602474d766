package org.peerbot.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peerbot.core.model.ConversationState;

/** Members' conversation state, keyed by the keyed hash of their private chat. */
public interface ConversationStore {

    Optional<ConversationState> find(String key);

    /** Inserts or replaces. */
    void save(ConversationState state);

    /** Erases the conversation (for /forget). Returns whether a row was removed. */
    boolean delete(String key);

    /** Keys of conversations with no message since {@code before} and no open handoff or risk flag. */
    List<String> idleSince(Instant before, int limit);
}
