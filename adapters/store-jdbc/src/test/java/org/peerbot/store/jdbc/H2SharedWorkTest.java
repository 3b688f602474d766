package org.peerbot.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Shared work and the gateway lease on the embedded H2 database. */
class H2SharedWorkTest extends SharedWorkContract {

    @TempDir
    Path dir;
    private HikariDataSource ds;

    @Override
    protected JdbcStores open() {
        ds = JdbcStores.embedded(dir.resolve("db"));
        return JdbcStores.migrateAndOpen(ds, "shared-work-secret-0123456789");
    }

    @Override
    protected void closeDatabase() {
        ds.close();
    }
}
