package org.peerbot.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;

/** Shared work and the gateway lease on a real PostgreSQL, where {@code for update skip locked} does the sharing. */
class PostgresSharedWorkTest extends SharedWorkContract {

    private HikariDataSource ds;

    @Override
    protected JdbcStores open() {
        ds = Postgres.pool(Postgres.freshDatabase());
        return JdbcStores.migrateAndOpen(ds, "shared-work-secret-0123456789");
    }

    @Override
    protected void closeDatabase() {
        ds.close();
    }
}
