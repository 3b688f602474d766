package org.peerbot.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.Stores;

/**
 * What several instances on one database rely on: every due outbox row is handed to exactly one of many
 * concurrent callers, a row whose taker died is handed out again once its claim lapses, and the gateway lease
 * has one holder at a time and passes on when it lapses or is let go.
 */
abstract class SharedWorkContract {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private JdbcStores jdbc;
    private Stores stores;

    protected abstract JdbcStores open();

    protected abstract void closeDatabase();

    @BeforeEach
    void setUp() {
        jdbc = open();
        stores = jdbc.stores();
    }

    @AfterEach
    void tearDown() {
        closeDatabase();
    }

    private static OutboxEntry entry(int i) {
        OutboundMessage m = OutboundMessage.to(new ConversationRef(Platform.TELEGRAM, "chat-" + (i % 40)), "m" + i);
        return new OutboxEntry(String.format("e%05d", i), "k" + (i % 40), m, null, T0, 0, T0);
    }

    @Test
    void concurrentCallersTakeEveryDueRowExactlyOnce() throws Exception {
        int rows = 600;
        for (int i = 0; i < rows; i++) {
            stores.outbox().add(entry(i));
        }
        Set<String> taken = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        int callers = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            done.add(pool.submit(() -> {
                go.await();
                // Each caller keeps asking until nothing is due, as a dispatcher's worker does.
                for (int round = 0; round < 200; round++) {
                    List<OutboxEntry> batch = stores.outbox().claimDue(Platform.TELEGRAM, T0.plusSeconds(1),
                            T0.plusSeconds(30), 25);
                    if (batch.isEmpty() && stores.outbox().nextDue(Platform.TELEGRAM).isAfter(T0.plusSeconds(1))) {
                        break;
                    }
                    for (OutboxEntry e : batch) {
                        if (!taken.add(e.id())) {
                            duplicates.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(duplicates).hasValue(0);
        assertThat(taken).hasSize(rows);
    }

    @Test
    void aRowWhoseTakerDiedIsHandedOutAgainWhenItsClaimLapses() {
        stores.outbox().add(entry(1));
        assertThat(stores.outbox().claimDue(Platform.TELEGRAM, T0, T0.plusSeconds(10), 10)).hasSize(1);
        // The taker is gone without marking it: hidden until the claim lapses, then anyone's.
        assertThat(stores.outbox().claimDue(Platform.TELEGRAM, T0.plusSeconds(9), T0.plusSeconds(19), 10)).isEmpty();
        assertThat(stores.outbox().claimDue(Platform.TELEGRAM, T0.plusSeconds(10), T0.plusSeconds(20), 10))
                .extracting(OutboxEntry::id).containsExactly("e00001");
    }

    @Test
    void theLeaseHasOneHolderAndPassesOnWhenItLapsesOrIsLetGo() {
        JdbcStores.Leases leases = jdbc.leases();
        assertThat(leases.tryAcquire("gateway", "a", T0, T0.plusSeconds(10))).isTrue();
        assertThat(leases.tryAcquire("gateway", "b", T0.plusSeconds(1), T0.plusSeconds(11))).isFalse();
        assertThat(leases.tryAcquire("gateway", "a", T0.plusSeconds(3), T0.plusSeconds(13))).isTrue();
        assertThat(leases.holder("gateway", T0.plusSeconds(12))).contains("a");
        // a stops renewing: b takes it only once it has lapsed.
        assertThat(leases.tryAcquire("gateway", "b", T0.plusSeconds(13), T0.plusSeconds(23))).isFalse();
        assertThat(leases.tryAcquire("gateway", "b", T0.plusMillis(13_001), T0.plusSeconds(23))).isTrue();
        assertThat(leases.tryAcquire("gateway", "a", T0.plusSeconds(14), T0.plusSeconds(24))).isFalse();
        // A clean stop lets it go at once.
        leases.release("gateway", "a");
        assertThat(leases.holder("gateway", T0.plusSeconds(15))).contains("b");
        leases.release("gateway", "b");
        assertThat(leases.holder("gateway", T0.plusSeconds(15))).isEmpty();
        assertThat(leases.tryAcquire("gateway", "a", T0.plusSeconds(15), T0.plusSeconds(25))).isTrue();
        // Other names are other leases.
        assertThat(leases.tryAcquire("other", "b", T0.plusSeconds(15), T0.plusSeconds(25))).isTrue();
    }

    @Test
    void concurrentFirstAcquiresHaveExactlyOneWinner() throws Exception {
        JdbcStores.Leases leases = jdbc.leases();
        int callers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<Boolean>> won = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            String me = "i" + c;
            won.add(pool.submit(() -> {
                go.await();
                return leases.tryAcquire("gateway", me, T0, T0.plusSeconds(10));
            }));
        }
        go.countDown();
        int winners = 0;
        for (Future<Boolean> f : won) {
            winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
    }
}
