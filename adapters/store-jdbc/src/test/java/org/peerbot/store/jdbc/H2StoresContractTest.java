package org.peerbot.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.contract.StoreContract;

/** The store contract on the embedded H2 database, in files, as PeerBot runs by default. */
class H2StoresContractTest extends StoreContract {

    @TempDir
    Path dir;
    private com.zaxxer.hikari.HikariDataSource ds;

    @Override
    protected Stores freshStores() {
        ds = JdbcStores.embedded(dir.resolve("db"));
        return JdbcStores.migrateAndOpen(ds, "contract-secret-0123456789").stores();
    }

    @AfterEach
    void close() {
        ds.close();
    }
}
