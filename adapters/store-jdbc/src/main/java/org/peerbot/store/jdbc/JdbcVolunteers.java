package org.peerbot.store.jdbc;

import java.util.List;
import java.util.Optional;
import org.peerbot.core.port.VolunteerStore;

/** Each volunteer's duty and cool-down (the roster itself is configuration, not stored). */
record JdbcVolunteers(Sql sql) implements VolunteerStore {

    @Override
    public Optional<VolunteerState> find(String volunteerId) {
        return sql.query("select * from volunteers where volunteer_id = ?", (rs, row) -> new VolunteerState(
                rs.getString("volunteer_id"), rs.getBoolean("on_duty"), Sql.instant(rs, "cool_down_until")),
                volunteerId).stream().findFirst();
    }

    @Override
    public void save(VolunteerState s) {
        sql.inTransaction(() -> {
            if (sql.update("update volunteers set on_duty = ?, cool_down_until = ? where volunteer_id = ?",
                    s.onDuty(), Sql.time(s.coolDownUntil()), s.volunteerId()) == 0) {
                sql.update("insert into volunteers (on_duty, cool_down_until, volunteer_id) values (?, ?, ?)",
                        s.onDuty(), Sql.time(s.coolDownUntil()), s.volunteerId());
            }
            return null;
        });
    }

    @Override
    public List<String> onDuty() {
        return sql.query("select volunteer_id from volunteers where on_duty = true order by volunteer_id",
                (rs, row) -> rs.getString(1));
    }
}
