package org.peerbot.core.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peerbot.core.memory.InMemoryStores;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.ConversationStore;

/**
 * The conversation cache with several instances (issue 18): what another instance writes to the shared store is
 * not seen through the cache until it is dropped (a new term holding the gateway), and never missed once it is
 * bypassed (every instance taking events).
 */
class CachedConversationsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private final ConversationStore shared = new InMemoryStores().stores().conversations();
    private final CachedConversations cached = new CachedConversations(shared, Duration.ofMinutes(10), 1000);

    private static ConversationState state() {
        return ConversationState.fresh("k1", new ConversationRef(Platform.TELEGRAM, "1"), "Robin 12", NOW);
    }

    @Test
    void anotherInstancesWriteIsSeenOnceTheCacheIsDropped() {
        cached.save(state());
        // Another instance, on the same database, moves the conversation on.
        shared.save(state().introduced(true));
        assertThat(cached.find("k1")).hasValueSatisfying(s -> assertThat(s.introduced()).isFalse());
        cached.invalidateAll();
        assertThat(cached.find("k1")).hasValueSatisfying(s -> assertThat(s.introduced()).isTrue());
    }

    @Test
    void bypassedEveryReadGoesToTheStore() {
        cached.bypass();
        cached.save(state());
        shared.save(state().introduced(true));
        assertThat(cached.find("k1")).hasValueSatisfying(s -> assertThat(s.introduced()).isTrue());
        shared.delete("k1");
        assertThat(cached.find("k1")).isEmpty();
        assertThat(cached.size()).isZero();
    }
}
