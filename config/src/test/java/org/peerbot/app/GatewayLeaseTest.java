package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerbot.store.jdbc.JdbcStores;

/**
 * The gateway lease round by round, on a clock the test moves: one holder at a time, a standby taking a lapsed
 * or released lease, a holder stepping down before its lease can lapse when it cannot reach the database, and a
 * failed start letting the lease go.
 */
class GatewayLeaseTest {

    private static final Duration TTL = Duration.ofSeconds(10);
    private static final Duration RENEW = Duration.ofSeconds(3);

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Records what the lease switched on and off; can refuse to start. */
    private static class RecordingRole implements GatewayLease.Role {
        final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        boolean failStart;

        @Override
        public void activate() {
            log.add("on");
            if (failStart) {
                throw new IllegalStateException("Telegram could not be reached");
            }
        }

        @Override
        public void deactivate() {
            log.add("off");
        }
    }

    private final ManualClock clock = new ManualClock();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final String url = "jdbc:h2:mem:lease" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    /** Each instance has its own pool on the one database, as two processes would. */
    private HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setMaximumPoolSize(2);
        HikariDataSource ds = new HikariDataSource(config);
        pools.add(ds);
        return ds;
    }

    private GatewayLease lease(String id, HikariDataSource pool, RecordingRole role) {
        return new GatewayLease(JdbcStores.migrateAndOpen(pool, "lease-secret-0123456789").leases(), id, TTL, RENEW,
                clock, role);
    }

    @Test
    void oneHoldsAndTheOtherTakesOverOnlyOnceTheLeaseHasLapsed() {
        RecordingRole roleA = new RecordingRole();
        RecordingRole roleB = new RecordingRole();
        GatewayLease a = lease("a", pool(), roleA);
        GatewayLease b = lease("b", pool(), roleB);
        Instant start = clock.instant();
        a.round();
        b.round();
        await().atMost(Duration.ofSeconds(5)).until(a::held);
        assertThat(b.held()).isFalse();
        assertThat(roleA.log).containsExactly("on");

        // a renews; b keeps trying in vain.
        for (int s = 0; s < 20; s++) {
            clock.advance(Duration.ofSeconds(1));
            a.round();
            b.round();
            assertThat(b.held()).isFalse();
        }
        // a dies (no more rounds): b takes the lease once it lapses, and not before.
        // a renewed every 3 s: at 0, 3, ..., 18 s.
        Instant lastRenewal = start.plusSeconds(18);
        int waited = 0;
        while (!b.leaseHeld()) {
            clock.advance(Duration.ofSeconds(1));
            waited++;
            b.round();
        }
        assertThat(Duration.between(lastRenewal, clock.instant())).isGreaterThan(TTL)
                .isLessThanOrEqualTo(TTL.plusSeconds(1));
        assertThat(waited).isPositive();
        await().atMost(Duration.ofSeconds(5)).until(b::held);
        assertThat(roleB.log).containsExactly("on");

        // a comes back: it finds the lease taken and stays standby (it had not stepped down, being dead).
        a.round();
        assertThat(a.held()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> roleA.log.equals(List.of("on", "off")));
    }

    @Test
    void aCleanStopLetsTheLeaseGoAtOnce() {
        RecordingRole roleA = new RecordingRole();
        RecordingRole roleB = new RecordingRole();
        GatewayLease a = lease("a", pool(), roleA);
        GatewayLease b = lease("b", pool(), roleB);
        a.round();
        b.round();
        a.close();
        // Stopped before the lease was let go.
        assertThat(roleA.log).containsExactly("on", "off");
        clock.advance(Duration.ofSeconds(1));
        b.round();
        await().atMost(Duration.ofSeconds(5)).until(b::held);
    }

    @Test
    void aHolderThatCannotReachTheDatabaseStepsDownBeforeItsLeaseLapses() {
        RecordingRole roleA = new RecordingRole();
        HikariDataSource poolA = pool();
        GatewayLease a = lease("a", poolA, roleA);
        GatewayLease b = lease("b", pool(), new RecordingRole());
        a.round();
        await().atMost(Duration.ofSeconds(5)).until(a::held);
        Instant renewed = clock.instant();
        poolA.close();
        while (a.held()) {
            clock.advance(Duration.ofSeconds(1));
            a.round();
            b.round();
            assertThat(b.held()).as("never two holders").isFalse();
        }
        // Stepped down ttl - 2 * renew after the last renewal: well before the other may take over.
        assertThat(Duration.between(renewed, clock.instant())).isEqualTo(TTL.minus(RENEW.multipliedBy(2)));
        await().atMost(Duration.ofSeconds(5)).until(() -> roleA.log.equals(List.of("on", "off")));
        while (!b.leaseHeld()) {
            clock.advance(Duration.ofSeconds(1));
            b.round();
        }
        assertThat(Duration.between(renewed, clock.instant())).isGreaterThan(TTL);
        await().atMost(Duration.ofSeconds(5)).until(b::held);
    }

    @Test
    void aStartSlowerThanTheLeaseKeepsTheLease() throws Exception {
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        RecordingRole slow = new RecordingRole() {
            @Override
            public void activate() {
                super.activate();
                try {
                    // Discord not ready yet: the start waits, as DiscordAdapter.start does for READY.
                    ready.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        GatewayLease a = lease("a", pool(), slow);
        GatewayLease b = lease("b", pool(), new RecordingRole());
        a.round();
        await().atMost(Duration.ofSeconds(5)).until(() -> slow.log.contains("on"));
        for (int s = 0; s < 30; s++) {
            clock.advance(Duration.ofSeconds(1));
            a.round();
            b.round();
            assertThat(b.leaseHeld()).as("the lease is renewed while the gateway starts").isFalse();
        }
        assertThat(a.held()).as("not held until started").isFalse();
        ready.countDown();
        await().atMost(Duration.ofSeconds(5)).until(a::held);
    }

    @Test
    void aFailedStartLetsTheLeaseGoToTheOther() {
        RecordingRole roleA = new RecordingRole();
        roleA.failStart = true;
        GatewayLease a = lease("a", pool(), roleA);
        RecordingRole roleB = new RecordingRole();
        GatewayLease b = lease("b", pool(), roleB);
        a.round();
        await().atMost(Duration.ofSeconds(5)).until(() -> roleA.log.equals(List.of("on", "off")));
        assertThat(a.held()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        a.round();
        b.round();
        await().alias("a stays out of the way for a lease's length").atMost(Duration.ofSeconds(5)).until(b::held);
        assertThat(roleA.log).hasSize(2);
    }
}
