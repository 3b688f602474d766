package org.peerbot.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peerbot.core.engine.CachedConversations;
import org.peerbot.core.engine.IdentityKeys;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.ConversationStore;

/**
 * Retained heap per idle conversation: what one JVM keeps for a member who has talked and gone quiet. With
 * the JDBC store that is the conversation's cache entry (the database holds the rest), so this fills the
 * engine's Caffeine cache with N conversations shaped as after a first exchange and measures the heap after
 * full GCs. Usage: {@code IdleConversationFootprint [N]} (default 100000).
 */
public final class IdleConversationFootprint {

    private IdleConversationFootprint() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        IdentityKeys keys = new IdentityKeys("benchmark-secret-0123456789");
        ConversationStore discard = new ConversationStore() {
            @Override
            public Optional<ConversationState> find(String key) {
                return Optional.empty();
            }

            @Override
            public void save(ConversationState state) {
            }

            @Override
            public boolean delete(String key) {
                return false;
            }

            @Override
            public List<String> idleSince(Instant before, int limit) {
                return List.of();
            }
        };
        CachedConversations cache = new CachedConversations(discard, Duration.ofHours(1), n + 1);
        long before = usedAfterGc();
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        for (int i = 0; i < n; i++) {
            ConversationRef ref = new ConversationRef(Platform.TELEGRAM, String.valueOf(5_000_000_000L + i));
            String key = keys.hash(ref.key());
            ConversationState s = ConversationState.fresh(key, ref, "Robin " + (10 + i % 90), now)
                    .introduced(true).usedPrompt("listen.open_door#" + (i % 6)).usedPrompt("listen.reflect#2")
                    .usedPrompt("listen.open_question#" + (i % 6));
            cache.save(s);
        }
        long after = usedAfterGc();
        long held = cache.size();
        double perConversation = (after - before) / (double) held;
        System.out.printf("conversations=%d retained_bytes=%d bytes_per_conversation=%.0f%n", held, after - before,
                perConversation);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
