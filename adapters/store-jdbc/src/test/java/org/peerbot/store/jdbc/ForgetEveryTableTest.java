package org.peerbot.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Handoff;
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

/**
 * Issue 7, item 3: after {@code /forget}, no row in any table (found from the database's own catalogue, so a
 * table added later is covered without touching this test) still relates to the member, except the
 * volunteer's block, which keeps the keyed hash only. On the embedded database and on PostgreSQL.
 */
class ForgetEveryTableTest {

    private static final String SECRET = "forget-secret-0123456789";
    private static final String MEMBER_ID = "987654321";
    private static final String WORDS = "zebra my week was hard";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final AtomicInteger events = new AtomicInteger();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void forgetLeavesNoRowAboutTheMemberInAnyTable(String database) throws Exception {
        try (HikariDataSource ds = database.equals("h2") ? JdbcStores.embedded(dir)
                : Postgres.pool(Postgres.freshDatabase())) {
            Stores stores = JdbcStores.migrateAndOpen(ds, SECRET).stores();
            RecordingSender telegram = new RecordingSender(Platform.TELEGRAM);
            PackDirectory directory = new PackDirectory(DirectoryPack.fromTree("uk",
                    TestPacks.tree(String.format(DirectoryPack.RESOURCE_PATTERN, "uk"))), null);
            ConversationEngine engine = new ConversationEngine(
                    EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM)), new ScriptedTriage(),
                    TestPacks.prompts(), directory, stores, new Roster(List.of(new Roster.Volunteer("ash",
                    Platform.TELEGRAM, "501", "Ash", Set.of(), Set.of(), 2))), new IdentityKeys(SECRET), clock,
                    null, null);
            Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);
            policies.put(Platform.TELEGRAM, DeliveryPolicy.unlimited());
            Dispatcher dispatcher = new Dispatcher(stores, Map.of(Platform.TELEGRAM, telegram), policies, clock,
                    null);
            ConversationRef member = new ConversationRef(Platform.TELEGRAM, MEMBER_ID);
            ConversationRef place = new ConversationRef(Platform.TELEGRAM, "volunteers");
            Sender ash = Sender.of(Platform.TELEGRAM, "501");

            // Touch every table: conversation, handoff and card, relay, feedback, a block, sent and unsent outbox
            // rows, processed events, tallies.
            memberSays(engine, member, "hello");
            memberSays(engine, member, WORDS);
            engine.handle(new ChatEvent.MessageReceived(next(), place, Space.VOLUNTEERS, ash, "/duty on",
                    clock.instant(), false, null));
            memberSays(engine, member, "/talk");
            dispatcher.drain(Platform.TELEGRAM);
            Handoff handoff = stores.handoffs().waiting().get(0);
            engine.handle(new ChatEvent.ButtonPressed(next(), place, Space.VOLUNTEERS, ash, "claim:" + handoff.id(),
                    "cb-1", "m1", clock.instant()));
            dispatcher.drain(Platform.TELEGRAM);
            ConversationRef room = stores.handoffs().find(handoff.id()).orElseThrow().room();
            assertThat(room).isNotNull();
            memberSays(engine, member, WORDS + " relayed");
            engine.handle(new ChatEvent.MessageReceived(next(), room, Space.VOLUNTEERS, ash, "zebra I hear you",
                    clock.instant(), false, null));
            dispatcher.drain(Platform.TELEGRAM);
            engine.handle(new ChatEvent.MessageReceived(next(), room, Space.VOLUNTEERS, ash, "/block",
                    clock.instant(), false, null));
            engine.handle(new ChatEvent.ButtonPressed(next(), member, Space.PRIVATE,
                    Sender.of(Platform.TELEGRAM, MEMBER_ID), "fb:yes", null, "m2", clock.instant()));
            dispatcher.drain(Platform.TELEGRAM);
            // The platform is down for the next reply: it stays in the outbox, unsent.
            telegram.failNext(new SendResult.RetryAfter(Duration.ofMinutes(5), "503"));
            memberSays(engine, member, WORDS + " again");
            dispatcher.drain(Platform.TELEGRAM);
            assertThat(stores.outbox().backlog(Platform.TELEGRAM)).as("unsent rows exist before /forget").isPositive();

            String key = new IdentityKeys(SECRET).hash(member.key());
            List<String> before = rowsMentioning(ds, List.of(key, handoff.id()));
            assertThat(before).as("the scenario wrote about the member in several tables")
                    .anyMatch(r -> r.startsWith("conversations:")).anyMatch(r -> r.startsWith("handoffs:"))
                    .anyMatch(r -> r.startsWith("outbox:")).anyMatch(r -> r.startsWith("blocks:"));

            clock.advance(Duration.ofMinutes(6));
            memberSays(engine, member, "/forget");
            dispatcher.drain(Platform.TELEGRAM);
            assertThat(telegram.to(member)).last().extracting(RecordingSender.Delivered::text).asString()
                    .contains("deleted everything");

            List<String> left = rowsMentioning(ds, List.of(key, handoff.id(), handoff.pseudonym(), MEMBER_ID,
                    "zebra"));
            assertThat(left).as("rows still about the member after /forget")
                    .allSatisfy(r -> assertThat(r).startsWith("blocks:"));
            assertThat(left).as("the volunteer's block is kept, as a hash only").singleElement().asString()
                    .contains(key).doesNotContain(MEMBER_ID).doesNotContain(handoff.pseudonym());
        }
    }

    private void memberSays(ConversationEngine engine, ConversationRef member, String text) {
        engine.handle(ChatEvent.MessageReceived.inPrivate(next(), member, Sender.of(Platform.TELEGRAM, MEMBER_ID),
                text, clock.instant()));
    }

    private String next() {
        return "ev" + events.incrementAndGet();
    }

    /** Every row, in every table of the application's schema, holding any of the needles, as "table: values". */
    private static List<String> rowsMentioning(HikariDataSource ds, List<String> needles) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (schema != null && schema.equalsIgnoreCase("public")
                            && !table.equals("flyway_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            assertThat(tables).as("the schema's tables").contains("conversations", "handoffs", "outbox",
                    "blocks", "processed_events", "tallies");
            try (Statement st = c.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = st.executeQuery("select * from " + table)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder(table).append(':');
                            for (int i = 1; i <= columns; i++) {
                                row.append(' ').append(rs.getString(i));
                            }
                            String text = row.toString();
                            if (needles.stream().anyMatch(text::contains)) {
                                found.add(text);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
