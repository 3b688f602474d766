package org.peerbot.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.ListeningNotes;
import org.peerbot.core.model.Mode;
import org.peerbot.core.port.ConversationStore;

/** Conversations, one row each, keyed by the keyed hash of the chat; the member's address is sealed. */
record JdbcConversations(Sql sql, Sealer sealer) implements ConversationStore {

    @Override
    public Optional<ConversationState> find(String key) {
        return sql.query("select * from conversations where conv_key = ?", this::state, key).stream().findFirst();
    }

    private ConversationState state(ResultSet rs, int row) throws SQLException {
        String recent = rs.getString("recent_prompts");
        String risk = rs.getString("risk");
        return new ConversationState(rs.getString("conv_key"), Codec.ref(sealer.open(rs.getString("address"))),
                rs.getBoolean("introduced"), risk == null ? null : CrisisKind.valueOf(risk),
                Sql.instant(rs, "risk_since"), recent.isEmpty() ? List.of() : Arrays.asList(recent.split(",")),
                Mode.valueOf(rs.getString("mode")), rs.getString("handoff_id"), rs.getString("pseudonym"),
                rs.getBoolean("quiet"), Sql.instant(rs, "last_message_at"), Sql.instant(rs, "created_at"),
                Sql.ids(rs.getString("topics")), rs.getString("language"),
                ListeningNotes.decode(rs.getString("notes")));
    }

    /** Update, else insert, in one transaction (the caller's, if it has one). */
    @Override
    public void save(ConversationState s) {
        sql.inTransaction(() -> {
            Object[] values = {sealer.seal(Codec.ref(s.address())), s.introduced(),
                s.risk() == null ? null : s.risk().name(), Sql.time(s.riskSince()),
                String.join(",", s.recentPrompts()), s.mode().name(), s.handoffId(), s.pseudonym(), s.quiet(),
                s.lastMessageAt(), s.createdAt(), String.join(",", s.topics()), s.language(), s.notes().encode(),
                s.key()};
            int n = sql.update("update conversations set address = ?, introduced = ?, risk = ?, risk_since = ?, "
                    + "recent_prompts = ?, mode = ?, handoff_id = ?, pseudonym = ?, quiet = ?, last_message_at = ?, "
                    + "created_at = ?, topics = ?, language = ?, notes = ? where conv_key = ?", values);
            if (n == 0) {
                sql.update("insert into conversations (address, introduced, risk, risk_since, recent_prompts, mode, "
                        + "handoff_id, pseudonym, quiet, last_message_at, created_at, topics, language, notes, "
                        + "conv_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
            }
            return null;
        });
    }

    @Override
    public boolean delete(String key) {
        return sql.update("delete from conversations where conv_key = ?", key) > 0;
    }

    @Override
    public List<String> idleSince(Instant before, int limit) {
        return sql.query("select conv_key from conversations where last_message_at < ? and mode = 'BOT' "
                + "and risk is null order by last_message_at limit " + Math.max(1, limit),
                (rs, row) -> rs.getString(1), before);
    }
}
