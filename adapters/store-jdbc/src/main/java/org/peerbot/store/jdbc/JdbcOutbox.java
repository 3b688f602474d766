package org.peerbot.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.Receipt;
import org.peerbot.core.port.Outbox;

/** Messages waiting to be sent, shared by every instance on the database; the text is sealed until sent. */
record JdbcOutbox(Sql sql, Sealer sealer) implements Outbox {

    @Override
    public void add(OutboxEntry e) {
        sql.update("insert into outbox (id, conv_key, platform, payload, urgent, tag, due, attempts, created_at, "
                + "state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')", e.id(), e.conversationKey(),
                e.platform().name(), sealer.seal(Codec.message(e.message())),
                e.message().priority() == Priority.URGENT, e.receipt() == null ? null : e.receipt().stored(), e.due(),
                e.attempts(), e.createdAt());
    }

    private OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getString("id"), rs.getString("conv_key"),
                Codec.message(sealer.open(rs.getString("payload"))), Receipt.parse(rs.getString("tag")).orElse(null),
                Sql.instant(rs, "due"), rs.getInt("attempts"), Sql.instant(rs, "created_at"));
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
        return sql.inTransaction(() -> {
            List<OutboxEntry> candidates = sql.query("select * from outbox where platform = ? and state = 'PENDING' "
                    + "and due <= ? order by urgent desc, due, id limit " + Math.max(1, limit)
                    + " for update skip locked", this::entry, platform.name(), now);
            List<OutboxEntry> taken = new ArrayList<>();
            for (OutboxEntry e : candidates) {
                if (sql.update("update outbox set due = ? where id = ? and due = ? and state = 'PENDING'", leaseUntil,
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
        sql.update("update outbox set state = ?, done_at = ?, payload = null, tag = null where id = ?", state, at,
                id);
    }

    @Override
    public void retryAt(String id, Instant due, int attempts) {
        sql.update("update outbox set due = ?, attempts = ? where id = ? and state = 'PENDING'", due, attempts, id);
    }

    @Override
    public long backlog(Platform platform) {
        return sql.query("select count(*) from outbox where platform = ? and state = 'PENDING'",
                (rs, row) -> rs.getLong(1), platform.name()).get(0);
    }

    @Override
    public int deleteFor(String conversationKey) {
        return sql.update("delete from outbox where conv_key = ?", conversationKey);
    }

    @Override
    public int purgeDoneBefore(Instant before) {
        return sql.update("delete from outbox where state <> 'PENDING' and done_at < ?", before);
    }

    /** The earliest due time of a pending row, or null when none is pending. */
    @Override
    public Instant nextDue(Platform platform) {
        return sql.query("select min(due) from outbox where platform = ? and state = 'PENDING'", (rs, row) -> {
            long v = rs.getLong(1);
            return rs.wasNull() ? null : Instant.ofEpochMilli(v);
        }, platform.name()).get(0);
    }
}
