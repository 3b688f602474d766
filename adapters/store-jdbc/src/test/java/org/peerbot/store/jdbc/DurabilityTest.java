package org.peerbot.store.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.port.ConversationStore;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.Stores;
import org.peerbot.core.signpost.DirectoryPack;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.testing.MutableClock;
import org.peerbot.core.testing.RecordingSender;
import org.peerbot.core.testing.ScriptedTriage;
import org.peerbot.core.testing.TestPacks;

/** Restarts, rollbacks, several instances, and what is readable at rest. */
class DurabilityTest {

    private static final String SECRET = "durability-secret-0123456789";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @TempDir
    Path dir;

    /** One "process": stores on the given pool, an engine, a recording Telegram sender and a dispatcher. */
    private final class Process {
        final Stores stores;
        final RecordingSender telegram = new RecordingSender(Platform.TELEGRAM);
        final ConversationEngine engine;
        final Dispatcher dispatcher;

        Process(HikariDataSource ds) {
            stores = JdbcStores.migrateAndOpen(ds, SECRET).stores();
            PackDirectory directory = new PackDirectory(DirectoryPack.fromTree("uk",
                    TestPacks.tree(String.format(DirectoryPack.RESOURCE_PATTERN, "uk"))), null);
            engine = new ConversationEngine(EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM)),
                    new ScriptedTriage(), TestPacks.prompts(), directory, stores, new Roster(List.of(
                            new Roster.Volunteer("ash", Platform.TELEGRAM, "501", "Ash", Set.of(), Set.of(), 2))),
                    new IdentityKeys(SECRET), clock, null, null);
            Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);
            policies.put(Platform.TELEGRAM, DeliveryPolicy.unlimited());
            dispatcher = new Dispatcher(stores, Map.of(Platform.TELEGRAM, telegram), policies, clock, null);
        }

        void say(ConversationRef chat, String id, String text) {
            engine.handle(ChatEvent.MessageReceived.inPrivate(id, chat, Sender.of(Platform.TELEGRAM, chat.chatId()),
                    text, clock.instant()));
        }
    }

    @Test
    void queueClaimsAndUnsentRepliesSurviveARestartAndNothingIsSentTwice() {
        ConversationRef member = new ConversationRef(Platform.TELEGRAM, "9001");
        ConversationRef place = new ConversationRef(Platform.TELEGRAM, "volunteers");
        HikariDataSource first = JdbcStores.embedded(dir);
        Process a = new Process(first);
        a.say(member, "1", "hello");
        a.say(member, "2", "/talk");
        a.engine.handle(new ChatEvent.MessageReceived("3", place, Space.VOLUNTEERS, Sender.of(Platform.TELEGRAM,
                "501"), "/duty on", clock.instant(), false, null));
        a.dispatcher.drain(Platform.TELEGRAM);
        int sentBefore = a.telegram.all().size();
        a.engine.handle(new ChatEvent.MessageReceived("4", place, Space.VOLUNTEERS, Sender.of(Platform.TELEGRAM,
                "501"), "/claim", clock.instant(), false, null));
        // The platform is down: the claim's messages stay queued when the process dies.
        SendResult down = new SendResult.RetryAfter(Duration.ofSeconds(5), "503");
        a.telegram.failNext(down, down, down, down, down, down, down, down);
        a.dispatcher.drain(Platform.TELEGRAM);
        assertThat(a.telegram.all()).hasSize(sentBefore);
        first.close();

        clock.advance(Duration.ofSeconds(10));
        Process b = new Process(JdbcStores.embedded(dir));
        assertThat(b.stores.handoffs().claimed()).singleElement().satisfies(h -> {
            assertThat(h.volunteerId()).isEqualTo("ash");
            assertThat(h.status()).isEqualTo(HandoffStatus.CLAIMED);
        });
        b.dispatcher.drain(Platform.TELEGRAM);
        assertThat(b.telegram.to(member)).extracting(RecordingSender.Delivered::text)
                .anySatisfy(t -> assertThat(t).contains("Ash, a peer volunteer, has joined"));
        int delivered = b.telegram.all().size();
        b.dispatcher.drain(Platform.TELEGRAM);
        b.say(member, "2", "/talk");
        b.dispatcher.drain(Platform.TELEGRAM);
        assertThat(b.telegram.all()).as("a redelivered update and a second drain send nothing").hasSize(delivered);
    }

    @Test
    void aFailedTurnLeavesNothingBehind() {
        HikariDataSource ds = JdbcStores.embedded(dir);
        JdbcStores jdbc = JdbcStores.migrateAndOpen(ds, SECRET);
        Stores s = jdbc.stores();
        try {
            s.tx().run(() -> {
                s.events().markFirst("x", clock.instant());
                s.handoffs().insert(Handoff.request("h-roll", "k", new ConversationRef(Platform.TELEGRAM, "1"), "A",
                        null, null, clock.instant()));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(s.handoffs().find("h-roll")).isEmpty();
        assertThat(s.events().markFirst("x", clock.instant())).isTrue();
        ds.close();
    }

    @Test
    void aBatchThatFailsIsRolledBackAndHandledOneByOneSoOnlyTheFailingEventIsLost() {
        HikariDataSource ds = JdbcStores.embedded(dir);
        Stores real = JdbcStores.migrateAndOpen(ds, SECRET).stores();
        // A fault inside one member's turn only: saving their conversation fails.
        ConversationStore faulty = new ConversationStore() {
            public java.util.Optional<ConversationState> find(String key) {
                return real.conversations().find(key);
            }

            public void save(ConversationState state) {
                if (state.address().chatId().equals("9202")) {
                    throw new IllegalStateException("a fault in one turn");
                }
                real.conversations().save(state);
            }

            public boolean delete(String key) {
                return real.conversations().delete(key);
            }

            public List<String> idleSince(Instant before, int limit) {
                return real.conversations().idleSince(before, limit);
            }
        };
        Stores stores = new Stores(real.tx(), faulty, real.handoffs(), real.volunteers(), real.blocks(), real.outbox(),
                real.events(), real.tallies());
        PackDirectory directory = new PackDirectory(DirectoryPack.fromTree("uk",
                TestPacks.tree(String.format(DirectoryPack.RESOURCE_PATTERN, "uk"))), null);
        ConversationEngine engine = new ConversationEngine(EngineSettings.defaults(), new ScriptedTriage(),
                TestPacks.prompts(), directory, stores, new Roster(List.of()), new IdentityKeys(SECRET), clock, null,
                null);
        RecordingSender telegram = new RecordingSender(Platform.TELEGRAM);
        Dispatcher dispatcher = new Dispatcher(real, Map.of(Platform.TELEGRAM, telegram),
                Map.of(Platform.TELEGRAM, DeliveryPolicy.unlimited()), clock, null);
        List<ChatEvent> batch = new java.util.ArrayList<>();
        for (String who : List.of("9201", "9202", "9203")) {
            ConversationRef chat = new ConversationRef(Platform.TELEGRAM, who);
            batch.add(ChatEvent.MessageReceived.inPrivate("b" + who, chat, Sender.of(Platform.TELEGRAM, who),
                    "hello, it has been a long week", clock.instant()));
        }

        assertThatThrownBy(() -> engine.handleAll(batch)).isInstanceOf(IllegalStateException.class);
        dispatcher.drain(Platform.TELEGRAM);

        assertThat(telegram.to(new ConversationRef(Platform.TELEGRAM, "9201"))).as("rolled back, then handled alone")
                .isNotEmpty();
        assertThat(telegram.to(new ConversationRef(Platform.TELEGRAM, "9203"))).isNotEmpty();
        assertThat(telegram.to(new ConversationRef(Platform.TELEGRAM, "9202"))).isEmpty();
        assertThat(telegram.all()).as("nothing from the failed batch was sent twice").hasSize(2);
        ds.close();
    }

    @Test
    void membersIdsAndTextAreNotReadableAtRest() throws Exception {
        HikariDataSource ds = JdbcStores.embedded(dir);
        Process p = new Process(ds);
        ConversationRef member = new ConversationRef(Platform.TELEGRAM, "733311");
        p.say(member, "1", "hello");
        p.say(member, "2", "quokka-secret-words");
        p.telegram.failNext(new SendResult.RetryAfter(Duration.ofMinutes(5), "down"));
        p.say(member, "3", "/talk");
        p.dispatcher.drain(Platform.TELEGRAM);
        StringBuilder everything = new StringBuilder();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String table : List.of("conversations", "handoffs", "handoff_cards", "outbox", "processed_events",
                    "volunteers", "blocks")) {
                try (ResultSet rs = st.executeQuery("select * from " + table)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            everything.append(rs.getString(i)).append('|');
                        }
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("select count(*) from outbox where state <> 'PENDING' "
                    + "and payload is not null")) {
                rs.next();
                assertThat(rs.getInt(1)).as("sent rows keep no text").isZero();
            }
        }
        assertThat(everything).isNotEmpty();
        assertThat(everything.toString()).doesNotContain("733311").doesNotContain("quokka")
                .doesNotContain("queue").doesNotContain("Samaritans");
        ds.close();
    }

    @Test
    void twoInstancesOnOnePostgresNeverBothWinAClaim() throws Exception {
        String db = Postgres.freshDatabase();
        HikariDataSource one = Postgres.pool(db);
        HikariDataSource two = Postgres.pool(db);
        Stores a = JdbcStores.migrateAndOpen(one, SECRET).stores();
        Stores b = JdbcStores.migrateAndOpen(two, SECRET).stores();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Handoff h = Handoff.request("h" + i, "k" + i, new ConversationRef(Platform.TELEGRAM, "m" + i), "A", null,
                    null, clock.instant());
            a.handoffs().insert(h);
            ids.add(h.id());
        }
        AtomicInteger wins = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < 16; t++) {
            Stores mine = t % 2 == 0 ? a : b;
            String volunteer = "v" + t;
            pool.submit(() -> {
                go.await();
                for (String id : ids) {
                    if (mine.handoffs().claim(id, volunteer, clock.instant(), clock.instant().plusSeconds(60))) {
                        wins.incrementAndGet();
                    }
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(wins).hasValue(10);
        assertThat(a.handoffs().claimed()).hasSize(10);
        one.close();
        two.close();
    }
}
