package org.peerbot.store.jdbc;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.peerbot.core.port.Tallies;

/** Anonymous daily counts for the organisers' /stats: a day, a name and a number, nothing about anyone. */
record JdbcTallies(Sql sql) implements Tallies {

    /** Update first; insert when the row is new; if another instance inserted it first, update again. */
    @Override
    public void add(LocalDate day, String name, long amount) {
        String increment = "update tallies set amount = amount + ? where tally_day = ? and name = ?";
        long epochDay = day.toEpochDay();
        if (sql.update(increment, amount, epochDay, name) == 1) {
            return;
        }
        if (sql.update("insert into tallies (tally_day, name, amount) values (?, ?, ?) on conflict do nothing",
                epochDay, name, amount) == 0) {
            sql.update(increment, amount, epochDay, name);
        }
    }

    @Override
    public Map<String, Long> since(LocalDate firstDay) {
        Map<String, Long> out = new TreeMap<>();
        sql.query("select name, sum(amount) as total from tallies where tally_day >= ? group by name",
                (rs, row) -> Map.entry(rs.getString("name"), rs.getLong("total")), firstDay.toEpochDay())
                .forEach(t -> out.put(t.getKey(), t.getValue()));
        return out;
    }
}
