package org.peerbot.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.StoreUnavailableException;
import org.peerbot.core.port.Stores;

/**
 * What the core relies on from the transaction port, now that Spring's transaction manager keeps it: nested calls
 * join the outer transaction (its failure takes theirs back too), a nested failure the caller catches leaves the
 * outer outcome to the caller, and failures are classified as before (a lost database is "unavailable", a refused
 * row is not).
 */
class TransactionsTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path dir;
    private HikariDataSource ds;
    private Stores s;

    @BeforeEach
    void open() {
        ds = JdbcStores.embedded(dir);
        s = JdbcStores.migrateAndOpen(ds, "transactions-secret-0123456789").stores();
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private static Handoff handoff(String id) {
        return Handoff.request(id, "k-" + id, new ConversationRef(Platform.TELEGRAM, "1"), "A", null, null, T0);
    }

    @Test
    void nestedCallsJoinTheOuterTransactionAndGoWithIt() {
        assertThatThrownBy(() -> s.tx().run(() -> {
            s.tx().run(() -> s.handoffs().insert(handoff("h-inner")));
            s.events().markFirst("e1", T0);
            throw new IllegalStateException("the outer work fails after the nested call returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(s.handoffs().find("h-inner")).isEmpty();
        assertThat(s.events().markFirst("e1", T0)).isTrue();
    }

    @Test
    void aNestedFailureTheCallerCatchesLeavesTheCommitToTheCaller() {
        s.tx().run(() -> {
            s.handoffs().insert(handoff("h-kept"));
            try {
                s.tx().run(() -> {
                    throw new IllegalStateException("a nested step fails");
                });
            } catch (IllegalStateException expected) {
                // the caller carries on
            }
        });

        assertThat(s.handoffs().find("h-kept")).isPresent();
    }

    @Test
    void aRefusedRowIsAStoreFailureNotAnOutage() {
        s.handoffs().insert(handoff("h-twice"));

        assertThatThrownBy(() -> s.handoffs().insert(handoff("h-twice")))
                .isInstanceOf(JdbcStores.StoreException.class)
                .isNotInstanceOf(StoreUnavailableException.class);
        assertThat(s.handoffs().find("h-twice")).isPresent();
    }

    @Test
    void aDatabaseThatIsGoneIsUnavailableInsideAndOutsideATransaction() {
        ds.close();

        assertThatThrownBy(() -> s.handoffs().find("h")).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> s.tx().run(() -> s.handoffs().insert(handoff("h"))))
                .isInstanceOf(StoreUnavailableException.class);
    }
}
