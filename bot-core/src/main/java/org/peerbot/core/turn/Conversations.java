package org.peerbot.core.turn;

import java.util.Optional;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.port.ConversationStore;

/**
 * Member conversations as every feature sees them inside a turn: found by where the member writes (through the
 * keyed hash, so no platform id is ever a key) or by key, started fresh on first contact, saved back.
 */
public final class Conversations {

    private final ConversationStore store;
    private final IdentityKeys keys;

    public Conversations(ConversationStore store, IdentityKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    /** The member's conversation, or a fresh one (not yet saved) with a pseudonym from its key. */
    public ConversationState loadOrStart(ConversationRef where, java.time.Instant now) {
        String key = keys.hash(where.key());
        return store.find(key).orElseGet(() -> ConversationState.fresh(key, where, Pseudonyms.of(key), now));
    }

    public Optional<ConversationState> find(String key) {
        return store.find(key);
    }

    /** Saves; null (a conversation just forgotten) is ignored. */
    public void save(ConversationState state) {
        if (state != null) {
            store.save(state);
        }
    }

    /** The first characters of a key, for logs: enough to follow one conversation, never its identity. */
    public static String shortKey(String key) {
        return key.length() > 8 ? key.substring(0, 8) : key;
    }
}
