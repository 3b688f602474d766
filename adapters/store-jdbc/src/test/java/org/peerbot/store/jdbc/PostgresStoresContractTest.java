package org.peerbot.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.contract.StoreContract;

/** The store contract on a real PostgreSQL. */
class PostgresStoresContractTest extends StoreContract {

    private HikariDataSource ds;

    @Override
    protected Stores freshStores() {
        ds = Postgres.pool(Postgres.freshDatabase());
        return JdbcStores.migrateAndOpen(ds, "contract-secret-0123456789").stores();
    }

    @AfterEach
    void close() {
        ds.close();
    }
}
