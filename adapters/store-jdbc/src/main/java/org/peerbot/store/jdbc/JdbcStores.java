package org.peerbot.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.ListeningNotes;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.Receipt;
import org.peerbot.core.port.BlockStore;
import org.peerbot.core.port.ConversationStore;
import org.peerbot.core.port.HandoffStore;
import org.peerbot.core.port.Outbox;
import org.peerbot.core.port.ProcessedEvents;
import org.peerbot.core.port.StoreUnavailableException;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.Tallies;
import org.peerbot.core.port.Transactions;
import org.peerbot.core.port.VolunteerStore;

/**
 * Every store on one JDBC database (embedded H2 or PostgreSQL), with the same SQL on both. A transaction
 * binds one connection to the calling thread; nested calls join it; a store call outside any transaction
 * runs in its own. Safe with several application instances on one database: claims and outbox hand-outs
 * are conditional updates that exactly one caller wins.
 */
public final class JdbcStores implements Transactions {

    private final DataSource dataSource;
    private final Sealer sealer;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    private JdbcStores(DataSource dataSource, String secret) {
        this.dataSource = dataSource;
        this.sealer = new Sealer(secret);
    }

    /** Runs the Flyway migrations, then opens the stores. */
    public static JdbcStores migrateAndOpen(DataSource dataSource, String secret) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcStores(dataSource, secret);
    }

    /**
     * The embedded default: an H2 database in files under {@code dataDir}, created when missing. Every commit
     * is flushed to disk ({@code WRITE_DELAY=0}): Telegram forgets an update once it is acknowledged, so a
     * handled event must survive a kill -9.
     */
    public static HikariDataSource embedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath()
                    + " (peerbot.data-dir)", e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("peerbot")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        config.setUsername("peerbot");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        config.setPoolName("peerbot-embedded");
        return new HikariDataSource(config);
    }

    public Stores stores() {
        return new Stores(this, new Conversations(), new Handoffs(), new Volunteers(), new Blocks(), new OutboxImpl(),
                new Events(), new TallyRows());
    }

    /** The named leases several instances share (the gateway lease). */
    public Leases leases() {
        return new Leases();
    }

    /**
     * Named leases on the database, the only thing instances coordinate through: a lease is held by one holder
     * until {@code expires_at}; its holder extends it, anyone may take it once it has lapsed. Times come from the
     * callers' clocks, so the instances' clocks must agree to well within a lease (NTP does).
     */
    public final class Leases {

        private Leases() {
        }

        /**
         * Takes or extends the lease until {@code until}: true when the caller holds it now. One conditional update
         * (the holder itself, or a lapsed lease), else an insert that only the first caller wins.
         */
        public boolean tryAcquire(String name, String holder, Instant now, Instant until) {
            return inTransaction(() -> {
                if (update("update leases set holder = ?, expires_at = ? where name = ? and (holder = ? or expires_at < ?)",
                        holder, until, name, holder, now) == 1) {
                    return true;
                }
                return update("insert into leases (name, holder, expires_at) values (?, ?, ?) on conflict do nothing",
                        name, holder, until) == 1;
            });
        }

        /** Lets the lease go at once (a clean stop), so a standby need not wait for it to lapse. */
        public void release(String name, String holder) {
            update("update leases set expires_at = 0 where name = ? and holder = ?", name, holder);
        }

        /** Who holds the lease now, if anyone. */
        public Optional<String> holder(String name, Instant now) {
            return query("select holder from leases where name = ? and expires_at >= ?", rs -> rs.getString(1), name,
                    now).stream().findFirst();
        }
    }

    // ------------------------------------------------------------------ transactions

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(c);
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // Getting, committing or resetting the connection failed: the connection or the database is gone.
            throw new StoreUnavailableException("database unavailable (SQL state " + e.getSQLState() + "): "
                    + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }

    /**
     * A lost or refused connection (SQL state class 08, PostgreSQL shutting down 57P, a pool timeout, or no SQL
     * state at all, which only the pool and driver give, as in "Connection is closed") is
     * {@link StoreUnavailableException}: the turn can be tried again once the database is back. Anything else
     * is a {@link StoreException}.
     */
    private static RuntimeException failure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean unavailable = e instanceof java.sql.SQLTransientConnectionException
                || e instanceof java.sql.SQLNonTransientConnectionException
                || e instanceof java.sql.SQLRecoverableException
                || state.isEmpty() || state.startsWith("08") || state.startsWith("57P");
        String message = what + " (SQL state " + (state.isEmpty() ? "none" : state) + "): " + e.getMessage();
        return unavailable ? new StoreUnavailableException(message, e) : new StoreException(message, e);
    }

    /** A database failure, without any row content. */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @FunctionalInterface
    private interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private int update(String sql, Object... params) {
        return inTransaction(() -> {
            try (PreparedStatement ps = current.get().prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw failure("update failed", e);
            }
        });
    }

    private <T> List<T> query(String sql, Rows<T> rows, Object... params) {
        return inTransaction(() -> {
            try (PreparedStatement ps = current.get().prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(rows.map(rs));
                    }
                    return out;
                }
            } catch (SQLException e) {
                throw failure("query failed", e);
            }
        });
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (p instanceof NullLong) {
                ps.setNull(i + 1, Types.BIGINT);
            } else if (p instanceof Instant t) {
                ps.setLong(i + 1, t.toEpochMilli());
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /** Binds a nullable time as a bigint (setNull with the right type for PostgreSQL). */
    private static Object time(Instant t) {
        return t == null ? new NullLong() : t;
    }

    private static final class NullLong {
    }

    /** Topic ids stored comma-separated (ids are lower-case words with underscores). */
    private static List<String> ids(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    // ------------------------------------------------------------------ conversations

    private final class Conversations implements ConversationStore {
        @Override
        public Optional<ConversationState> find(String key) {
            return query("select * from conversations where conv_key = ?", this::state, key).stream().findFirst();
        }

        private ConversationState state(ResultSet rs) throws SQLException {
            String recent = rs.getString("recent_prompts");
            String risk = rs.getString("risk");
            return new ConversationState(rs.getString("conv_key"), Codec.ref(sealer.open(rs.getString("address"))),
                    rs.getBoolean("introduced"), risk == null ? null : CrisisKind.valueOf(risk),
                    instant(rs, "risk_since"), recent.isEmpty() ? List.of() : Arrays.asList(recent.split(",")),
                    Mode.valueOf(rs.getString("mode")), rs.getString("handoff_id"), rs.getString("pseudonym"),
                    rs.getBoolean("quiet"), instant(rs, "last_message_at"), instant(rs, "created_at"),
                    ids(rs.getString("topics")), rs.getString("language"), ListeningNotes.decode(rs.getString("notes")));
        }

        @Override
        public void save(ConversationState s) {
            inTransaction(() -> {
                Object[] values = {sealer.seal(Codec.ref(s.address())), s.introduced(),
                    s.risk() == null ? null : s.risk().name(), time(s.riskSince()), String.join(",", s.recentPrompts()),
                    s.mode().name(), s.handoffId(), s.pseudonym(), s.quiet(), s.lastMessageAt(), s.createdAt(),
                    String.join(",", s.topics()), s.language(), s.notes().encode(), s.key()};
                int n = update("update conversations set address = ?, introduced = ?, risk = ?, risk_since = ?, "
                        + "recent_prompts = ?, mode = ?, handoff_id = ?, pseudonym = ?, quiet = ?, last_message_at = ?, "
                        + "created_at = ?, topics = ?, language = ?, notes = ? where conv_key = ?", values);
                if (n == 0) {
                    update("insert into conversations (address, introduced, risk, risk_since, recent_prompts, mode, "
                            + "handoff_id, pseudonym, quiet, last_message_at, created_at, topics, language, notes, "
                            + "conv_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
                }
                return null;
            });
        }

        @Override
        public boolean delete(String key) {
            return update("delete from conversations where conv_key = ?", key) > 0;
        }

        @Override
        public List<String> idleSince(Instant before, int limit) {
            return query("select conv_key from conversations where last_message_at < ? and mode = 'BOT' "
                    + "and risk is null order by last_message_at limit " + Math.max(1, limit),
                    rs -> rs.getString(1), before);
        }
    }

    // ------------------------------------------------------------------ handoffs

    private final class Handoffs implements HandoffStore {
        private static final String COLUMNS = "conv_key, member_address, pseudonym, urgent, crisis_kind, topic, "
                + "requested_at, status, volunteer_id, room_platform, room_chat, claimed_at, lease_until, "
                + "last_holding_at, last_volunteer_at, ended_at, topics, language";

        private Object[] values(Handoff h) {
            return new Object[] {h.conversationKey(), sealer.seal(Codec.ref(h.memberAddress())), h.pseudonym(),
                h.urgent(), h.crisisKind() == null ? null : h.crisisKind().name(), h.topic(), h.requestedAt(),
                h.status().name(), h.volunteerId(), h.room() == null ? null : h.room().platform().name(),
                h.room() == null ? null : h.room().chatId(), time(h.claimedAt()), time(h.leaseUntil()),
                time(h.lastHoldingAt()), time(h.lastVolunteerAt()), time(h.endedAt()), String.join(",", h.topics()),
                h.language(), h.id()};
        }

        private Handoff handoff(ResultSet rs) throws SQLException {
            String kind = rs.getString("crisis_kind");
            String roomPlatform = rs.getString("room_platform");
            return new Handoff(rs.getString("id"), rs.getString("conv_key"),
                    Codec.ref(sealer.open(rs.getString("member_address"))), rs.getString("pseudonym"),
                    rs.getBoolean("urgent"), kind == null ? null : CrisisKind.valueOf(kind),
                    ids(rs.getString("topics")), rs.getString("language"),
                    instant(rs, "requested_at"), HandoffStatus.valueOf(rs.getString("status")),
                    rs.getString("volunteer_id"), roomPlatform == null ? null
                    : new ConversationRef(Platform.valueOf(roomPlatform), rs.getString("room_chat")),
                    instant(rs, "claimed_at"), instant(rs, "lease_until"), instant(rs, "last_holding_at"),
                    instant(rs, "last_volunteer_at"), instant(rs, "ended_at"));
        }

        @Override
        public void insert(Handoff h) {
            JdbcStores.this.update("insert into handoffs (" + COLUMNS + ", id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values(h));
        }

        @Override
        public void update(Handoff h) {
            JdbcStores.this.update("update handoffs set conv_key = ?, member_address = ?, pseudonym = ?, urgent = ?, "
                    + "crisis_kind = ?, topic = ?, requested_at = ?, status = ?, volunteer_id = ?, room_platform = ?, "
                    + "room_chat = ?, claimed_at = ?, lease_until = ?, last_holding_at = ?, last_volunteer_at = ?, "
                    + "ended_at = ?, topics = ?, language = ? where id = ?", values(h));
        }

        @Override
        public Optional<Handoff> find(String id) {
            return query("select * from handoffs where id = ?", this::handoff, id).stream().findFirst();
        }

        @Override
        public Optional<Handoff> openFor(String conversationKey) {
            return query("select * from handoffs where conv_key = ? and status in ('WAITING', 'CLAIMED') "
                    + "order by requested_at", this::handoff, conversationKey).stream().findFirst();
        }

        @Override
        public Optional<Handoff> byRoom(ConversationRef room) {
            return query("select * from handoffs where room_platform = ? and room_chat = ? and status = 'CLAIMED' "
                    + "order by claimed_at", this::handoff, room.platform().name(), room.chatId()).stream().findFirst();
        }

        @Override
        public List<Handoff> waiting() {
            return query("select * from handoffs where status = 'WAITING' order by urgent desc, requested_at, id",
                    this::handoff);
        }

        @Override
        public List<Handoff> claimedBy(String volunteerId) {
            return query("select * from handoffs where volunteer_id = ? and status = 'CLAIMED' order by claimed_at",
                    this::handoff, volunteerId);
        }

        @Override
        public List<Handoff> claimed() {
            return query("select * from handoffs where status = 'CLAIMED' order by claimed_at", this::handoff);
        }

        @Override
        public boolean claim(String id, String volunteerId, Instant now, Instant leaseUntil) {
            return JdbcStores.this.update("update handoffs set status = 'CLAIMED', volunteer_id = ?, claimed_at = ?, "
                    + "lease_until = ?, room_platform = null, room_chat = null, last_volunteer_at = null "
                    + "where id = ? and status = 'WAITING'", volunteerId, now, leaseUntil, id) == 1;
        }

        @Override
        public void recordCard(String id, Platform platform, String messageId) {
            inTransaction(() -> {
                if (JdbcStores.this.update("update handoff_cards set message_id = ? where handoff_id = ? and platform = ?",
                        messageId, id, platform.name()) == 0) {
                    JdbcStores.this.update("insert into handoff_cards (handoff_id, platform, message_id) values (?, ?, ?)",
                            id, platform.name(), messageId);
                }
                return null;
            });
        }

        @Override
        public Map<Platform, String> cards(String id) {
            Map<Platform, String> out = new EnumMap<>(Platform.class);
            query("select platform, message_id from handoff_cards where handoff_id = ?",
                    rs -> out.put(Platform.valueOf(rs.getString(1)), rs.getString(2)), id);
            return out;
        }

        @Override
        public int deleteFor(String conversationKey) {
            return inTransaction(() -> {
                JdbcStores.this.update("delete from handoff_cards where handoff_id in "
                        + "(select id from handoffs where conv_key = ?)", conversationKey);
                return JdbcStores.this.update("delete from handoffs where conv_key = ?", conversationKey);
            });
        }

        @Override
        public int purgeClosedBefore(Instant before) {
            return inTransaction(() -> {
                JdbcStores.this.update("delete from handoff_cards where handoff_id in (select id from handoffs where "
                        + "status in ('ENDED', 'CANCELLED') and ended_at < ?)", before);
                return JdbcStores.this.update("delete from handoffs where status in ('ENDED', 'CANCELLED') "
                        + "and ended_at < ?", before);
            });
        }
    }

    // ------------------------------------------------------------------ volunteers and blocks

    private final class Volunteers implements VolunteerStore {
        @Override
        public Optional<VolunteerState> find(String volunteerId) {
            return query("select * from volunteers where volunteer_id = ?", rs -> new VolunteerState(
                    rs.getString("volunteer_id"), rs.getBoolean("on_duty"), instant(rs, "cool_down_until")),
                    volunteerId).stream().findFirst();
        }

        @Override
        public void save(VolunteerState s) {
            inTransaction(() -> {
                if (update("update volunteers set on_duty = ?, cool_down_until = ? where volunteer_id = ?",
                        s.onDuty(), time(s.coolDownUntil()), s.volunteerId()) == 0) {
                    update("insert into volunteers (on_duty, cool_down_until, volunteer_id) values (?, ?, ?)",
                            s.onDuty(), time(s.coolDownUntil()), s.volunteerId());
                }
                return null;
            });
        }

        @Override
        public List<String> onDuty() {
            return query("select volunteer_id from volunteers where on_duty = true order by volunteer_id",
                    rs -> rs.getString(1));
        }
    }

    private final class Blocks implements BlockStore {
        @Override
        public void block(String conversationKey, String volunteerId, String by) {
            inTransaction(() -> {
                if (update("update blocks set blocked_by = ? where conv_key = ? and volunteer_id = ?", by,
                        conversationKey, volunteerId) == 0) {
                    update("insert into blocks (blocked_by, conv_key, volunteer_id) values (?, ?, ?)", by,
                            conversationKey, volunteerId);
                }
                return null;
            });
        }

        @Override
        public boolean isBlocked(String conversationKey, String volunteerId) {
            return !query("select 1 from blocks where conv_key = ? and volunteer_id = ?", rs -> 1, conversationKey,
                    volunteerId).isEmpty();
        }

        @Override
        public boolean blockedByVolunteer(String conversationKey) {
            return !query("select 1 from blocks where conv_key = ? and blocked_by = 'volunteer'", rs -> 1,
                    conversationKey).isEmpty();
        }
    }

    // ------------------------------------------------------------------ outbox

    private final class OutboxImpl implements Outbox {
        @Override
        public void add(OutboxEntry e) {
            update("insert into outbox (id, conv_key, platform, payload, urgent, tag, due, attempts, created_at, state) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')", e.id(), e.conversationKey(),
                    e.platform().name(), sealer.seal(Codec.message(e.message())),
                    e.message().priority() == Priority.URGENT, e.receipt() == null ? null : e.receipt().stored(), e.due(), e.attempts(), e.createdAt());
        }

        private OutboxEntry entry(ResultSet rs) throws SQLException {
            return new OutboxEntry(rs.getString("id"), rs.getString("conv_key"),
                    Codec.message(sealer.open(rs.getString("payload"))), Receipt.parse(rs.getString("tag")).orElse(null),
                    instant(rs, "due"),
                    rs.getInt("attempts"), instant(rs, "created_at"));
        }

        /**
         * Shared work across instances: the candidates are read {@code for update skip locked}, so a row another
         * instance is taking right now is passed over rather than waited for (PostgreSQL; H2 2.x accepts the same
         * clause), and each is then hidden until {@code leaseUntil} by moving its due time. The update is
         * conditional on the due time read, so even without row locks every row goes to exactly one caller. A
         * caller that dies holding rows loses them when the lease ends: they are due again for whoever looks.
         */
        @Override
        public List<OutboxEntry> claimDue(Platform platform, Instant now, Instant leaseUntil, int limit) {
            return inTransaction(() -> {
                List<OutboxEntry> candidates = query("select * from outbox where platform = ? and state = 'PENDING' "
                        + "and due <= ? order by urgent desc, due, id limit " + Math.max(1, limit)
                        + " for update skip locked", this::entry, platform.name(), now);
                List<OutboxEntry> taken = new ArrayList<>();
                for (OutboxEntry e : candidates) {
                    if (update("update outbox set due = ? where id = ? and due = ? and state = 'PENDING'", leaseUntil,
                            e.id(), e.due()) == 1) {
                        taken.add(e);
                    }
                }
                return taken;
            });
        }

        @Override
        public void markSent(String id, Instant at) {
            done(id, "SENT", at);
        }

        @Override
        public void markFailed(String id, Instant at) {
            done(id, "FAILED", at);
        }

        /** Nothing readable stays behind once a message is delivered or given up. */
        private void done(String id, String state, Instant at) {
            // The tag names a handoff; once acted on (in the same transaction as this) it is no longer needed.
            update("update outbox set state = ?, done_at = ?, payload = null, tag = null where id = ?", state, at,
                    id);
        }

        @Override
        public void retryAt(String id, Instant due, int attempts) {
            update("update outbox set due = ?, attempts = ? where id = ? and state = 'PENDING'", due, attempts, id);
        }

        @Override
        public long backlog(Platform platform) {
            return query("select count(*) from outbox where platform = ? and state = 'PENDING'", rs -> rs.getLong(1),
                    platform.name()).get(0);
        }

        @Override
        public int deleteFor(String conversationKey) {
            return update("delete from outbox where conv_key = ?", conversationKey);
        }

        @Override
        public int purgeDoneBefore(Instant before) {
            return update("delete from outbox where state <> 'PENDING' and done_at < ?", before);
        }

        @Override
        public Instant nextDue(Platform platform) {
            return query("select min(due) from outbox where platform = ? and state = 'PENDING'",
                    rs -> {
                        long v = rs.getLong(1);
                        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
                    }, platform.name()).get(0);
        }
    }

    private final class Events implements ProcessedEvents {
        /** {@code on conflict do nothing} keeps a duplicate from aborting the surrounding transaction. */
        @Override
        public boolean markFirst(String eventKey, Instant at) {
            return update("insert into processed_events (event_key, seen_at) values (?, ?) on conflict do nothing",
                    eventKey, at) == 1;
        }

        @Override
        public int purgeBefore(Instant before) {
            return update("delete from processed_events where seen_at < ?", before);
        }
    }

    // ------------------------------------------------------------------ tallies

    private final class TallyRows implements Tallies {
        /** Update first; insert when the row is new; if another instance inserted it first, update again. */
        @Override
        public void add(LocalDate day, String name, long amount) {
            String increment = "update tallies set amount = amount + ? where tally_day = ? and name = ?";
            long epochDay = day.toEpochDay();
            if (update(increment, amount, epochDay, name) == 1) {
                return;
            }
            if (update("insert into tallies (tally_day, name, amount) values (?, ?, ?) on conflict do nothing",
                    epochDay, name, amount) == 0) {
                update(increment, amount, epochDay, name);
            }
        }

        @Override
        public Map<String, Long> since(LocalDate firstDay) {
            Map<String, Long> out = new TreeMap<>();
            query("select name, sum(amount) as total from tallies where tally_day >= ? group by name",
                    rs -> out.put(rs.getString("name"), rs.getLong("total")), firstDay.toEpochDay());
            return out;
        }
    }
}
