package org.peerbot.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.HandoffStore;

/**
 * Handoffs and the cards posted for them. A claim is one conditional update, so of several volunteers (on several
 * instances) pressing at once exactly one wins. The member's address is sealed.
 */
record JdbcHandoffs(Sql sql, Sealer sealer) implements HandoffStore {

    private static final String COLUMNS = "conv_key, member_address, pseudonym, urgent, crisis_kind, topic, "
            + "requested_at, status, volunteer_id, room_platform, room_chat, claimed_at, lease_until, "
            + "last_holding_at, last_volunteer_at, ended_at, topics, language";

    /** In the order of {@link #COLUMNS}, then the id. */
    private Object[] values(Handoff h) {
        return new Object[] {h.conversationKey(), sealer.seal(Codec.ref(h.memberAddress())), h.pseudonym(),
            h.urgent(), h.crisisKind() == null ? null : h.crisisKind().name(), h.topic(), h.requestedAt(),
            h.status().name(), h.volunteerId(), h.room() == null ? null : h.room().platform().name(),
            h.room() == null ? null : h.room().chatId(), Sql.time(h.claimedAt()), Sql.time(h.leaseUntil()),
            Sql.time(h.lastHoldingAt()), Sql.time(h.lastVolunteerAt()), Sql.time(h.endedAt()),
            String.join(",", h.topics()), h.language(), h.id()};
    }

    private Handoff handoff(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("crisis_kind");
        String roomPlatform = rs.getString("room_platform");
        return new Handoff(rs.getString("id"), rs.getString("conv_key"),
                Codec.ref(sealer.open(rs.getString("member_address"))), rs.getString("pseudonym"),
                rs.getBoolean("urgent"), kind == null ? null : CrisisKind.valueOf(kind),
                Sql.ids(rs.getString("topics")), rs.getString("language"),
                Sql.instant(rs, "requested_at"), HandoffStatus.valueOf(rs.getString("status")),
                rs.getString("volunteer_id"), roomPlatform == null ? null
                : new ConversationRef(Platform.valueOf(roomPlatform), rs.getString("room_chat")),
                Sql.instant(rs, "claimed_at"), Sql.instant(rs, "lease_until"), Sql.instant(rs, "last_holding_at"),
                Sql.instant(rs, "last_volunteer_at"), Sql.instant(rs, "ended_at"));
    }

    @Override
    public void insert(Handoff h) {
        sql.update("insert into handoffs (" + COLUMNS + ", id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?)", values(h));
    }

    @Override
    public void update(Handoff h) {
        sql.update("update handoffs set conv_key = ?, member_address = ?, pseudonym = ?, urgent = ?, "
                + "crisis_kind = ?, topic = ?, requested_at = ?, status = ?, volunteer_id = ?, room_platform = ?, "
                + "room_chat = ?, claimed_at = ?, lease_until = ?, last_holding_at = ?, last_volunteer_at = ?, "
                + "ended_at = ?, topics = ?, language = ? where id = ?", values(h));
    }

    @Override
    public Optional<Handoff> find(String id) {
        return sql.query("select * from handoffs where id = ?", this::handoff, id).stream().findFirst();
    }

    @Override
    public Optional<Handoff> openFor(String conversationKey) {
        return sql.query("select * from handoffs where conv_key = ? and status in ('WAITING', 'CLAIMED') "
                + "order by requested_at", this::handoff, conversationKey).stream().findFirst();
    }

    @Override
    public Optional<Handoff> byRoom(ConversationRef room) {
        return sql.query("select * from handoffs where room_platform = ? and room_chat = ? and status = 'CLAIMED' "
                + "order by claimed_at", this::handoff, room.platform().name(), room.chatId()).stream().findFirst();
    }

    @Override
    public List<Handoff> waiting() {
        return sql.query("select * from handoffs where status = 'WAITING' order by urgent desc, requested_at, id",
                this::handoff);
    }

    @Override
    public List<Handoff> claimedBy(String volunteerId) {
        return sql.query("select * from handoffs where volunteer_id = ? and status = 'CLAIMED' order by claimed_at",
                this::handoff, volunteerId);
    }

    @Override
    public List<Handoff> claimed() {
        return sql.query("select * from handoffs where status = 'CLAIMED' order by claimed_at", this::handoff);
    }

    @Override
    public boolean claim(String id, String volunteerId, Instant now, Instant leaseUntil) {
        return sql.update("update handoffs set status = 'CLAIMED', volunteer_id = ?, claimed_at = ?, "
                + "lease_until = ?, room_platform = null, room_chat = null, last_volunteer_at = null "
                + "where id = ? and status = 'WAITING'", volunteerId, now, leaseUntil, id) == 1;
    }

    @Override
    public void recordCard(String id, Platform platform, String messageId) {
        sql.inTransaction(() -> {
            if (sql.update("update handoff_cards set message_id = ? where handoff_id = ? and platform = ?",
                    messageId, id, platform.name()) == 0) {
                sql.update("insert into handoff_cards (handoff_id, platform, message_id) values (?, ?, ?)",
                        id, platform.name(), messageId);
            }
            return null;
        });
    }

    @Override
    public Map<Platform, String> cards(String id) {
        Map<Platform, String> out = new EnumMap<>(Platform.class);
        sql.query("select platform, message_id from handoff_cards where handoff_id = ?",
                (rs, row) -> Map.entry(Platform.valueOf(rs.getString(1)), rs.getString(2)), id)
                .forEach(card -> out.put(card.getKey(), card.getValue()));
        return out;
    }

    /** The cards first, then the handoffs they belong to, together. */
    @Override
    public int deleteFor(String conversationKey) {
        return sql.inTransaction(() -> {
            sql.update("delete from handoff_cards where handoff_id in "
                    + "(select id from handoffs where conv_key = ?)", conversationKey);
            return sql.update("delete from handoffs where conv_key = ?", conversationKey);
        });
    }

    @Override
    public int purgeClosedBefore(Instant before) {
        return sql.inTransaction(() -> {
            sql.update("delete from handoff_cards where handoff_id in (select id from handoffs where "
                    + "status in ('ENDED', 'CANCELLED') and ended_at < ?)", before);
            return sql.update("delete from handoffs where status in ('ENDED', 'CANCELLED') and ended_at < ?",
                    before);
        });
    }
}
