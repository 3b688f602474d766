package org.peerbot.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.Transactions;

/**
 * Every store on one JDBC database (embedded H2 or PostgreSQL), with the same SQL on both, through Spring's
 * {@code JdbcClient} and a {@code DataSourceTransactionManager} on the pool it is given ({@link Sql}). A transaction
 * holds one connection for the calling thread; nested calls join it; a store call outside any transaction runs on
 * its own. Safe with several application instances on one database: claims and outbox hand-outs are conditional
 * updates that exactly one caller wins. One class per store port, all package-private.
 */
public final class JdbcStores implements Transactions {

    /** The user name of the embedded database. */
    public static final String EMBEDDED_USER = "peerbot";
    /** The embedded database's pool size, here and in the application (config builds the same pool). */
    public static final int EMBEDDED_POOL_SIZE = 8;

    private final Sql sql;
    private final Sealer sealer;

    private JdbcStores(DataSource dataSource, String secret) {
        this.sql = new Sql(dataSource);
        this.sealer = new Sealer(secret);
    }

    /** Runs the Flyway migrations, then opens the stores. */
    public static JdbcStores migrateAndOpen(DataSource dataSource, String secret) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcStores(dataSource, secret);
    }

    /**
     * The embedded default's JDBC URL: an H2 database in files under {@code dataDir}, which is created when missing.
     * Every commit is flushed to disk ({@code WRITE_DELAY=0}): Telegram forgets an update once it is acknowledged,
     * so a handled event must survive a kill -9. PostgreSQL mode, so the same SQL runs on both.
     */
    public static String embeddedUrl(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath()
                    + " (peerbot.data-dir)", e);
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("peerbot")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    /**
     * A pool on the embedded database, for tools, tests and benchmarks; the application builds the same one through
     * Spring Boot (config's {@code PeerBotConfiguration}).
     */
    public static HikariDataSource embedded(Path dataDir) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(embeddedUrl(dataDir));
        config.setUsername(EMBEDDED_USER);
        config.setPassword("");
        config.setMaximumPoolSize(EMBEDDED_POOL_SIZE);
        config.setPoolName("peerbot-embedded");
        return new HikariDataSource(config);
    }

    public Stores stores() {
        return new Stores(this, new JdbcConversations(sql, sealer), new JdbcHandoffs(sql, sealer),
                new JdbcVolunteers(sql), new JdbcBlocks(sql), new JdbcOutbox(sql, sealer), new JdbcEvents(sql),
                new JdbcTallies(sql));
    }

    /** The named leases several instances share (the gateway lease). */
    public Leases leases() {
        return new Leases(sql);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return sql.inTransaction(work);
    }

    /**
     * Named leases on the database, the only thing instances coordinate through: a lease is held by one holder
     * until {@code expires_at}; its holder extends it, anyone may take it once it has lapsed. Times come from the
     * callers' clocks, so the instances' clocks must agree to well within a lease (NTP does).
     */
    public static final class Leases {

        private final Sql sql;

        private Leases(Sql sql) {
            this.sql = sql;
        }

        /**
         * Takes or extends the lease until {@code until}: true when the caller holds it now. One conditional update
         * (the holder itself, or a lapsed lease), else an insert that only the first caller wins.
         */
        public boolean tryAcquire(String name, String holder, Instant now, Instant until) {
            return sql.inTransaction(() -> {
                if (sql.update("update leases set holder = ?, expires_at = ? where name = ? "
                        + "and (holder = ? or expires_at < ?)", holder, until, name, holder, now) == 1) {
                    return true;
                }
                return sql.update("insert into leases (name, holder, expires_at) values (?, ?, ?) "
                        + "on conflict do nothing", name, holder, until) == 1;
            });
        }

        /** Lets the lease go at once (a clean stop), so a standby need not wait for it to lapse. */
        public void release(String name, String holder) {
            sql.update("update leases set expires_at = 0 where name = ? and holder = ?", name, holder);
        }

        /** Who holds the lease now, if anyone. */
        public Optional<String> holder(String name, Instant now) {
            return sql.query("select holder from leases where name = ? and expires_at >= ?",
                    (rs, row) -> rs.getString(1), name, now).stream().findFirst();
        }
    }

    /** A database failure, without any row content. */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
