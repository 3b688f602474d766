package org.peerbot.core.turn;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.port.ConversationStore;

/**
 * A read-through, write-through Caffeine cache in front of the conversation store, so a busy
 * conversation costs no database read per message. The store stays the truth: every save goes
 * through, and the engine drops the cache when a turn fails (its transaction rolled back). With several
 * instances, each caches only briefly ({@code ttl}), so a member moved to another instance is re-read soon.
 */
public final class CachedConversations implements ConversationStore {

    /** Absent from the store: cached too, so a first message costs one read, not one per lookup. */
    private static final Optional<ConversationState> NONE = Optional.empty();

    private final ConversationStore store;
    private final Cache<String, Optional<ConversationState>> cache;
    /** Several instances taking events at once: every read goes to the store, which is the only truth then. */
    private volatile boolean bypass;

    public CachedConversations(ConversationStore store, Duration ttl, long maxSize) {
        this.store = store;
        // upkeep (eviction, expiry) runs on the caller's thread: every turn writes here, and waking a pool
        // thread per write cost more than the upkeep itself on a two-core machine (docs/benchmarks.md, session 11)
        this.cache = Caffeine.newBuilder().expireAfterAccess(ttl).maximumSize(maxSize).executor(Runnable::run).build();
    }

    @Override
    public Optional<ConversationState> find(String key) {
        if (bypass) {
            return store.find(key);
        }
        return cache.get(key, store::find);
    }

    @Override
    public void save(ConversationState state) {
        store.save(state);
        if (!bypass) {
            cache.put(state.key(), Optional.of(state));
        }
    }

    @Override
    public boolean delete(String key) {
        boolean removed = store.delete(key);
        if (!bypass) {
            cache.put(key, NONE);
        }
        return removed;
    }

    @Override
    public List<String> idleSince(Instant before, int limit) {
        return store.idleSince(before, limit);
    }

    /**
     * From now on reads go to the store and nothing is kept: for several instances that all take events (Telegram
     * webhook mode), where another instance may change a conversation between two of this one's turns.
     */
    public void bypass() {
        bypass = true;
        cache.invalidateAll();
    }

    /** After a failed turn: what the cache holds may not have been committed. */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    /** Entries held now, for the memory benchmark. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
