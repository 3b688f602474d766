package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.adapter.telegram.fake.FakeTelegramServer;

/**
 * Issue 18 with two real jars, as deploy/compose.several.yaml runs them: two PeerBot processes on one PostgreSQL
 * and one Telegram bot (the local Bot API fake). The holder is stopped cleanly (SIGTERM) in the middle of a burst,
 * then the new holder is killed (kill -9) in the middle of another: each time the other process holds the gateway
 * (polls Telegram) within 15 s, no member goes unanswered, a clean stop repeats nothing and a kill repeats at most
 * the sends in flight. Prints the measured times (docs/several-instances.md).
 */
class TwoJarsIT {

    private static final String TOKEN = "123456:TEST_two_jars_abcdefghij";
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(15);
    /** Sends the dispatcher keeps in flight at once on Telegram (DeliveryPolicy.telegram()). */
    private static final int IN_FLIGHT = 8;

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Process jar(String id, FakeTelegramServer fake, EmbeddedPostgres pg) throws Exception {
        return JarRunner.start(List.of("--peerbot.telegram.token=" + TOKEN, "--peerbot.telegram.api-url=" + fake.apiUrl(),
                "--peerbot.telegram.volunteer-chat-id=-100777", "--peerbot.instance.shared=true",
                "--peerbot.instance.id=" + id, "--peerbot.triage.model=false", "--server.port=" + freePort()),
                Map.of("PEERBOT_SECRET", "it-secret-0123456789abcdef",
                        "SPRING_DATASOURCE_URL", pg.getJdbcUrl("postgres", "postgres"),
                        "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", ""),
                dir.resolve(id + "-out.txt"), dir.resolve(id + "-err.txt"));
    }

    private static String holder(EmbeddedPostgres pg) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement ps = c.prepareStatement("select holder from leases where name = 'gateway' "
                     + "and expires_at >= ?")) {
            ps.setLong(1, System.currentTimeMillis());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * How long after {@code sinceNanos} the new holder first polled: the first poll the fake saw once the lease
     * names {@code newHolder} (so a poll of the old holder on its way out does not count).
     */
    private static Duration takeover(FakeTelegramServer fake, EmbeddedPostgres pg, String newHolder, long sinceNanos) {
        await().atMost(TAKEOVER_LIMIT.plusSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> newHolder.equals(holder(pg)));
        long heldAt = System.nanoTime();
        return await().atMost(TAKEOVER_LIMIT.plusSeconds(5)).until(() -> fake.calls("getUpdates").stream()
                .filter(c -> c.atNanos() > heldAt).findFirst()
                .map(c -> Duration.ofNanos(c.atNanos() - sinceNanos)).orElse(null), d -> d != null);
    }

    private static long answered(FakeTelegramServer fake, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n += fake.sentTo(String.valueOf(i)).stream().filter(t -> t.contains("I'm PeerBot")).count();
        }
        return n;
    }

    @Test
    void theStandbyJarTakesOverOnACleanStopAndOnAKill() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             FakeTelegramServer fake = new FakeTelegramServer(TOKEN)) {
            Process a = jar("jar-a", fake, pg);
            Process b = null;
            Process c = null;
            try {
                // The table appears once the first process has migrated the database.
                await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> "jar-a".equals(holder(pg)));
                b = jar("jar-b", fake, pg);
                await().atMost(Duration.ofSeconds(120)).until(() -> started("jar-b"));

                // A burst, and the holder is stopped cleanly in the middle of it.
                for (int i = 2000; i < 2030; i++) {
                    fake.privateText(i, "hi");
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> answered(fake, 2000, 2030) >= 5);
                long stop = System.nanoTime();
                a.destroy();
                Duration clean = takeover(fake, pg, "jar-b", stop);
                assertThat(a.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    for (int i = 2000; i < 2030; i++) {
                        assertThat(fake.sentTo(String.valueOf(i))).as("member %d", i)
                                .filteredOn(t -> t.contains("I'm PeerBot")).hasSize(1);
                    }
                });
                assertThat(holder(pg)).isEqualTo("jar-b");

                // A third process stands by; the holder is killed in the middle of another burst.
                c = jar("jar-c", fake, pg);
                await().atMost(Duration.ofSeconds(120)).until(() -> started("jar-c"));
                for (int i = 3000; i < 3030; i++) {
                    fake.privateText(i, "hi");
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> answered(fake, 3000, 3030) >= 5);
                long kill = System.nanoTime();
                b.destroyForcibly().waitFor();
                Duration killed = takeover(fake, pg, "jar-c", kill);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    for (int i = 3000; i < 3030; i++) {
                        assertThat(fake.sentTo(String.valueOf(i))).as("member %d", i)
                                .filteredOn(t -> t.contains("I'm PeerBot")).isNotEmpty();
                    }
                });
                long repeated = answered(fake, 3000, 3030) - 30;
                System.out.printf("TwoJarsIT: clean stop -> the standby polled after %d ms; kill -9 -> after %d ms; "
                        + "%d of 30 first replies repeated after the kill%n", clean.toMillis(), killed.toMillis(),
                        repeated);
                assertThat(clean).isLessThanOrEqualTo(TAKEOVER_LIMIT);
                assertThat(killed).isLessThanOrEqualTo(TAKEOVER_LIMIT);
                assertThat(repeated).isLessThanOrEqualTo(IN_FLIGHT);
                assertThat(holder(pg)).isEqualTo("jar-c");
            } finally {
                for (Process p : new Process[] {a, b, c}) {
                    if (p != null) {
                        p.destroyForcibly().waitFor();
                    }
                }
            }
        }
    }

    /** Whether the process has started (a standby leaves no row in the lease table, so read its log). */
    private boolean started(String id) throws Exception {
        return (java.nio.file.Files.readString(dir.resolve(id + "-err.txt"))
                + java.nio.file.Files.readString(dir.resolve(id + "-out.txt"))).contains("PeerBot started");
    }
}
