package org.peerbot.store.jdbc;

import org.peerbot.core.port.BlockStore;

/** Blocks between a conversation (its keyed hash) and a volunteer; kept after /forget, as the hash alone. */
record JdbcBlocks(Sql sql) implements BlockStore {

    @Override
    public void block(String conversationKey, String volunteerId, String by) {
        sql.inTransaction(() -> {
            if (sql.update("update blocks set blocked_by = ? where conv_key = ? and volunteer_id = ?", by,
                    conversationKey, volunteerId) == 0) {
                sql.update("insert into blocks (blocked_by, conv_key, volunteer_id) values (?, ?, ?)", by,
                        conversationKey, volunteerId);
            }
            return null;
        });
    }

    @Override
    public boolean isBlocked(String conversationKey, String volunteerId) {
        return !sql.query("select 1 from blocks where conv_key = ? and volunteer_id = ?", (rs, row) -> 1,
                conversationKey, volunteerId).isEmpty();
    }

    @Override
    public boolean blockedByVolunteer(String conversationKey) {
        return !sql.query("select 1 from blocks where conv_key = ? and blocked_by = 'volunteer'", (rs, row) -> 1,
                conversationKey).isEmpty();
    }
}
