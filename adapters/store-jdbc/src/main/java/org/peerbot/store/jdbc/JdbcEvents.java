package org.peerbot.store.jdbc;

import java.time.Instant;
import org.peerbot.core.port.ProcessedEvents;

/** The platform event ids already handled, so an update delivered twice is handled once. */
record JdbcEvents(Sql sql) implements ProcessedEvents {

    /** {@code on conflict do nothing} keeps a duplicate from aborting the surrounding transaction. */
    @Override
    public boolean markFirst(String eventKey, Instant at) {
        return sql.update("insert into processed_events (event_key, seen_at) values (?, ?) on conflict do nothing",
                eventKey, at) == 1;
    }

    @Override
    public int purgeBefore(Instant before) {
        return sql.update("delete from processed_events where seen_at < ?", before);
    }
}
