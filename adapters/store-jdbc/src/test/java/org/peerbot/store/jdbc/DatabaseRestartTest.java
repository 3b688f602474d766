package org.peerbot.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.conversation.PatientHandler;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.port.Stores;
import org.peerbot.core.signpost.DirectoryPack;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.testing.RecordingSender;
import org.peerbot.core.testing.ScriptedTriage;
import org.peerbot.core.testing.TestPacks;

/**
 * Issue 7, item 5: PostgreSQL restarts while PeerBot runs. Messages that arrive while it is down are held,
 * not dropped; the pool reconnects without restarting the application; every member gets each reply once,
 * and the queue is intact.
 */
class DatabaseRestartTest {

    @TempDir
    Path data;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private EmbeddedPostgres startPostgres(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Test
    void aDatabaseRestartLosesNothingAndNeedsNoRestartOfPeerBot() throws Exception {
        int port = freePort();
        EmbeddedPostgres pg = startPostgres(port);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setConnectionTimeout(1000);
        config.setMaximumPoolSize(4);
        RecordingSender telegram = new RecordingSender(Platform.TELEGRAM);
        Dispatcher dispatcher = null;
        try (HikariDataSource ds = new HikariDataSource(config)) {
            Stores stores = JdbcStores.migrateAndOpen(ds, "restart-secret-0123456789").stores();
            Dispatcher[] ref = new Dispatcher[1];
            ConversationEngine engine = new ConversationEngine(
                    EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM)), new ScriptedTriage(),
                    TestPacks.prompts(), new PackDirectory(DirectoryPack.fromTree("uk", TestPacks.tree(
                    String.format(DirectoryPack.RESOURCE_PATTERN, "uk"))), null), stores, new Roster(List.of()),
                    new IdentityKeys("restart-secret-0123456789"), Clock.systemUTC(), null, () -> {
                        if (ref[0] != null) {
                            ref[0].wake();
                        }
                    });
            PatientHandler patient = new PatientHandler(engine);
            dispatcher = new Dispatcher(stores, Map.of(Platform.TELEGRAM, telegram),
                    Map.of(Platform.TELEGRAM, DeliveryPolicy.unlimited()), Clock.systemUTC(), null);
            ref[0] = dispatcher;
            dispatcher.start(Set.of(Platform.TELEGRAM));

            ConversationRef alex = new ConversationRef(Platform.TELEGRAM, "7001");
            ConversationRef jo = new ConversationRef(Platform.TELEGRAM, "7002");
            patient.handle(message("u1", alex, "hello"));
            patient.handle(message("u2", alex, "/talk"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(telegram.to(alex))
                    .extracting(RecordingSender.Delivered::text).anyMatch(t -> t.contains("queue")
                            || t.contains("on duty")));

            int alexBefore = telegram.to(alex).size();
            pg.close();
            // Two members write while the database is down; the adapter's thread waits with the first.
            CompletableFuture<Void> held = CompletableFuture.runAsync(() -> {
                patient.handle(message("u3", jo, "hello"));
                patient.handle(message("u4", alex, "are you still there"));
            });
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !held.isDone());
            assertThat(telegram.to(jo)).isEmpty();

            EmbeddedPostgres again = startPostgres(port);
            try {
                held.get(60, java.util.concurrent.TimeUnit.SECONDS);
                // The platform gives the unacknowledged update again: it is recognised and not answered twice.
                patient.handle(message("u3", jo, "hello"));
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    assertThat(telegram.to(jo)).singleElement().extracting(RecordingSender.Delivered::text)
                            .asString().contains("I'm a bot");
                    assertThat(telegram.to(alex)).hasSize(alexBefore + 1);
                });
                dispatcher.drain(Platform.TELEGRAM);
                assertThat(telegram.to(jo)).as("the redelivered update is not answered twice").hasSize(1);
                assertThat(telegram.to(alex)).hasSize(alexBefore + 1);
                assertThat(stores.handoffs().waiting()).singleElement().satisfies(h ->
                        assertThat(h.status()).isEqualTo(HandoffStatus.WAITING));
            } finally {
                dispatcher.close();
                again.close();
            }
        }
    }

    private static ChatEvent message(String id, ConversationRef chat, String text) {
        return ChatEvent.MessageReceived.inPrivate(id, chat, Sender.of(Platform.TELEGRAM, chat.chatId()), text,
                Instant.now());
    }
}
