package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerbot.adapter.discord.fake.FakeDiscord;
import org.peerbot.adapter.telegram.fake.FakeTelegramServer;
import org.peerbot.core.port.EngineEvents;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Issue 18, several instances: two PeerBot runtimes (two engines, each with its own connection pool, as two
 * processes would have) on one real PostgreSQL and one Telegram bot (the local Bot API fake). A burst of members
 * and volunteers runs while the instance holding the gateway is stopped half-way; every reply and every relayed
 * message reaches Telegram exactly once (counted at the fake), no handoff is lost, and the standby holds the
 * gateway within the stated time.
 */
class TwoInstancesTest {

    private static final String TOKEN = "123456:TEST_two_instances_abc";
    private static final long VOLUNTEERS_CHAT = -100777;
    private static final String[] NAMES = {"Ash", "Bea", "Cal", "Dee"};
    private static final int VOLUNTEERS = NAMES.length;
    /** Volunteers who claim while the first instance holds the gateway; the rest claim through the second. */
    private static final int CLAIMED_EARLY = VOLUNTEERS / 2;
    private static final int MEMBERS = 40;
    /** The stated time (docs/several-instances.md): a standby holds the gateway within 15 s of the holder going. */
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(15);

    private static EmbeddedPostgres postgres;
    private FakeTelegramServer fake;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final List<PeerBotRuntime> runtimes = new ArrayList<>();
    private String database;

    @BeforeEach
    void setUp() throws Exception {
        synchronized (TwoInstancesTest.class) {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (Exception ignored) {
                        // The JVM is going anyway.
                    }
                }));
            }
        }
        database = "two_" + System.nanoTime();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        fake = new FakeTelegramServer(TOKEN).enforceRateLimits(true);
    }

    @AfterEach
    void tearDown() {
        runtimes.forEach(PeerBotRuntime::close);
        pools.forEach(HikariDataSource::close);
        fake.close();
    }

    private HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
        config.setMaximumPoolSize(8);
        HikariDataSource ds = new HikariDataSource(config);
        pools.add(ds);
        return ds;
    }

    private static long volunteer(int i) {
        return 501 + i;
    }

    private static long member(int i) {
        return 10_001 + i;
    }

    private PeerBotProperties props(String id) {
        return props(id, Map.of());
    }

    private PeerBotProperties props(String id, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>(extra);
        m.put("peerbot.secret", "two-instances-secret-0123456789");
        m.putIfAbsent("peerbot.telegram.token", TOKEN);
        m.put("peerbot.telegram.api-url", fake.apiUrl());
        m.put("peerbot.telegram.volunteer-chat-id", String.valueOf(VOLUNTEERS_CHAT));
        m.put("peerbot.instance.shared", "true");
        m.put("peerbot.instance.id", id);
        for (int i = 0; i < VOLUNTEERS; i++) {
            m.put("peerbot.roster[" + i + "].id", NAMES[i].toLowerCase());
            m.put("peerbot.roster[" + i + "].platform", "telegram");
            m.put("peerbot.roster[" + i + "].user-id", String.valueOf(volunteer(i)));
            m.put("peerbot.roster[" + i + "].name", NAMES[i]);
        }
        return new Binder(new MapConfigurationPropertySource(m)).bind("peerbot", PeerBotProperties.class).get();
    }

    private PeerBotRuntime instance(String id) {
        return instance(id, pool());
    }

    private PeerBotRuntime instance(String id, HikariDataSource pool) {
        return instance(props(id), pool);
    }

    private PeerBotRuntime instance(PeerBotProperties props, HikariDataSource pool) {
        PeerBotRuntime r = new PeerBotRuntime(props, pool, Clock.systemUTC(), EngineEvents.NONE,
                new PrintStream(new ByteArrayOutputStream()));
        runtimes.add(r);
        r.start();
        return r;
    }

    private long count(long chat, String fragment) {
        return fake.sentTo(String.valueOf(chat)).stream().filter(t -> t.contains(fragment)).count();
    }

    private void awaitCount(long chat, String fragment, long n) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(count(chat, fragment)).isEqualTo(n));
    }

    /** The claim button's data of every card sent so far, in order. */
    private List<String> cards() {
        List<String> out = new ArrayList<>();
        for (FakeTelegramServer.Call c : fake.delivered("sendMessage")) {
            String data = c.params().path("reply_markup").path("inline_keyboard").path(0).path(0)
                    .path("callback_data").asText("");
            if (data.startsWith("claim:") && String.valueOf(VOLUNTEERS_CHAT).equals(c.text("chat_id"))) {
                out.add(data);
            }
        }
        return out;
    }

    private long sql(String query) throws SQLException {
        try (Connection c = pools.get(pools.size() - 1).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aBurstSurvivesTheHolderStoppingHalfWayWithEveryMessageDeliveredOnce() throws Exception {
        PeerBotRuntime a = instance("a");
        await().atMost(Duration.ofSeconds(10)).until(a::holdsGateway);
        PeerBotRuntime b = instance("b");
        // b stands by: it neither polls nor sends while a holds the lease.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !b.holdsGateway());
        assertThat(b.dispatcher()).isNull();

        for (int i = 0; i < VOLUNTEERS; i++) {
            fake.groupText(VOLUNTEERS_CHAT, volunteer(i), "/duty on");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fake.sentTo(String.valueOf(VOLUNTEERS_CHAT))
                .stream().filter(t -> t.contains("on duty")).count()).isGreaterThanOrEqualTo(VOLUNTEERS));

        // Members ask for a person; half of them are claimed while a holds the gateway.
        for (int i = 0; i < VOLUNTEERS; i++) {
            fake.privateText(member(i), "/talk");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> cards().size() == VOLUNTEERS);
        List<String> cards = cards();
        for (int i = 0; i < CLAIMED_EARLY; i++) {
            fake.callback(VOLUNTEERS_CHAT, null, volunteer(i), 1, cards.get(i));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(countAll("a peer volunteer, has joined"))
                .isEqualTo(CLAIMED_EARLY));

        // The burst: every member writes, and those with a volunteer write to them.
        for (int i = 0; i < MEMBERS; i++) {
            fake.privateText(member(VOLUNTEERS + i), "hi");
        }
        for (int i = 0; i < VOLUNTEERS; i++) {
            fake.privateText(member(i), "first-" + i);
        }
        // Half-way through it, the holder stops.
        await().atMost(Duration.ofSeconds(30)).until(() -> countAll("I'm PeerBot") >= MEMBERS / 4);
        long introsBefore = countAll("I'm PeerBot");
        long stoppedAt = System.nanoTime();
        a.close();
        runtimes.remove(a);
        await().atMost(TAKEOVER_LIMIT).until(b::holdsGateway);
        Duration takeover = Duration.ofNanos(System.nanoTime() - stoppedAt);
        System.out.printf("TwoInstancesTest: a stopped with %d of %d first replies sent; b held the gateway %d ms "
                + "after a began to stop%n", introsBefore, MEMBERS, takeover.toMillis());
        assertThat(introsBefore).as("a was stopped half-way through the burst").isLessThan(MEMBERS);

        // The other cards are claimed through b; then everyone talks through b.
        for (int i = CLAIMED_EARLY; i < VOLUNTEERS; i++) {
            fake.callback(VOLUNTEERS_CHAT, null, volunteer(i), 1, cards.get(i));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(countAll("a peer volunteer, has joined"))
                .isEqualTo(VOLUNTEERS));
        Map<Integer, Integer> volunteerOf = new HashMap<>();
        for (int i = 0; i < VOLUNTEERS; i++) {
            fake.privateText(member(i), "second-" + i);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int i = 0; i < VOLUNTEERS; i++) {
                assertThat(holderOf("second-" + i)).as("second-" + i).isNotNull();
            }
        });
        for (int i = 0; i < VOLUNTEERS; i++) {
            volunteerOf.put(i, holderOf("second-" + i));
            fake.privateText(volunteer(volunteerOf.get(i)), "reply-" + i);
        }

        // Everything arrives, once.
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertThat(countAll("I'm PeerBot")).isEqualTo(MEMBERS + VOLUNTEERS);
            for (int i = 0; i < VOLUNTEERS; i++) {
                assertThat(count(member(i), NAMES[volunteerOf.get(i)] + ": reply-" + i)).isEqualTo(1);
            }
            assertThat(b.backlog()).isZero();
        });
        for (int i = 0; i < MEMBERS + VOLUNTEERS; i++) {
            assertThat(count(member(i), "I'm PeerBot")).as("first reply to member %d", i).isEqualTo(1);
        }
        for (int i = 0; i < VOLUNTEERS; i++) {
            assertThat(count(member(i), "a peer volunteer, has joined")).as("joined, member %d", i).isEqualTo(1);
            int v = volunteerOf.get(i);
            // The members claimed late wrote "first-" while still waiting (nothing to relay to yet).
            assertThat(count(volunteer(v), "first-" + i)).as("first relay of member %d", i)
                    .isEqualTo(i < CLAIMED_EARLY ? 1 : 0);
            assertThat(count(volunteer(v), "second-" + i)).as("second relay of member %d", i).isEqualTo(1);
            assertThat(count(member(i), "reply-" + i)).as("reply to member %d", i).isEqualTo(1);
        }
        // No handoff lost: every request claimed, each by a different volunteer.
        assertThat(sql("select count(*) from handoffs where status = 'CLAIMED'")).isEqualTo(VOLUNTEERS);
        assertThat(Set.copyOf(volunteerOf.values())).hasSize(VOLUNTEERS);
        // Every Bot API call that delivered something is one outbox row marked sent: nothing went twice.
        long delivered = fake.delivered("sendMessage").size() + fake.delivered("editMessageText").size()
                + fake.delivered("answerCallbackQuery").size();
        assertThat(delivered).isEqualTo(sql("select count(*) from outbox where state = 'SENT'"));
        assertThat(takeover).isLessThanOrEqualTo(TAKEOVER_LIMIT);
    }

    /**
     * The holder is cut off from the database without letting the lease go (as when its machine or network goes):
     * it cannot renew, so it steps down on its own, and the standby takes over once the lease has lapsed, within
     * the stated time and never while the other still polls. Nothing is lost; a reply the cut-off instance had
     * sent but could not mark as sent goes again (at least once, here, rather than exactly once).
     */
    @Test
    void whenTheHolderLosesTheDatabaseTheStandbyTakesOverInTimeAndNoReplyIsLost() throws Exception {
        HikariDataSource aPool = pool();
        PeerBotRuntime a = instance("a", aPool);
        await().atMost(Duration.ofSeconds(10)).until(a::holdsGateway);
        PeerBotRuntime b = instance("b");
        int members = 20;
        for (int i = 0; i < members; i++) {
            fake.privateText(member(i), "hi");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> countAll("I'm PeerBot") >= members / 4);
        long cutAt = System.nanoTime();
        aPool.close();
        for (int i = members; i < 2 * members; i++) {
            fake.privateText(member(i), "hi");
        }
        AtomicBoolean both = new AtomicBoolean();
        await().atMost(TAKEOVER_LIMIT).pollInterval(Duration.ofMillis(50)).until(() -> {
            if (a.holdsGateway() && b.holdsGateway()) {
                both.set(true);
            }
            return b.holdsGateway();
        });
        Duration takeover = Duration.ofNanos(System.nanoTime() - cutAt);
        assertThat(both).as("never two holders").isFalse();
        assertThat(a.holdsGateway()).isFalse();

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            for (int i = 0; i < 2 * members; i++) {
                assertThat(count(member(i), "I'm PeerBot")).as("first reply to member %d", i).isPositive();
            }
            assertThat(b.backlog()).isZero();
        });
        long again = 0;
        for (int i = 0; i < 2 * members; i++) {
            again += count(member(i), "I'm PeerBot") - 1;
        }
        System.out.printf("TwoInstancesTest: a lost the database; b held the gateway %d ms after the cut; "
                + "%d of %d first replies went twice%n", takeover.toMillis(), again, 2 * members);
        assertThat(takeover).isLessThanOrEqualTo(TAKEOVER_LIMIT);
    }

    /**
     * Telegram webhook mode: every instance takes updates (a load balancer spreads them), only the holder sends,
     * and an update Telegram delivers twice, to both instances at once, is handled once: the processed-update ids
     * are in the shared database.
     */
    @Test
    void inWebhookModeEveryInstanceTakesUpdatesAndARedeliveredOneIsHandledOnce() throws Exception {
        Map<String, Object> webhook = Map.of("peerbot.telegram.mode", "webhook",
                "peerbot.telegram.webhook-url", "https://bot.example.org/telegram/webhook",
                "peerbot.telegram.webhook-secret", "hook-secret-1");
        PeerBotRuntime a = instance(props("a", webhook), pool());
        await().atMost(Duration.ofSeconds(10)).until(a::holdsGateway);
        PeerBotRuntime b = instance(props("b", webhook), pool());
        assertThat(b.platformsConnected()).as("a standby in webhook mode is ready for updates").containsKey("telegram");
        assertThat(fake.calls("setWebhook")).hasSize(2);

        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> deliveries = new ArrayList<>();
        int members = 6;
        for (int i = 0; i < members; i++) {
            String body = fake.privateTextUpdateJson(member(i), "hi");
            // Telegram was not sure: the same update reaches both instances at the same moment.
            for (PeerBotRuntime r : List.of(a, b)) {
                deliveries.add(senders.submit(() -> r.telegram().onWebhookUpdate("hook-secret-1", body)));
            }
            // And an update of its own to each, as a load balancer spreads them.
            String other = fake.privateTextUpdateJson(member(members + i), "hi");
            PeerBotRuntime r = i % 2 == 0 ? a : b;
            deliveries.add(senders.submit(() -> r.telegram().onWebhookUpdate("hook-secret-1", other)));
        }
        for (Future<Boolean> f : deliveries) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
        }
        senders.shutdown();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(countAll("I'm PeerBot")).isEqualTo(2 * members);
            assertThat(a.backlog()).isZero();
        });
        for (int i = 0; i < 2 * members; i++) {
            assertThat(count(member(i), "I'm PeerBot")).as("first reply to member %d", i).isEqualTo(1);
        }
        assertThat(fake.calls("getUpdates")).as("webhook mode never polls").isEmpty();
        assertThat(b.dispatcher()).as("only the holder sends").isNull();
    }

    /**
     * Discord: only the holder is connected to the gateway (one IDENTIFY while the standby waits), and the standby
     * connects afresh when it takes over and answers members from then on, once each.
     */
    @Test
    void onDiscordOnlyTheHolderIsConnectedAndTheStandbyConnectsWhenItTakesOver() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            Map<String, Object> onDiscord = new LinkedHashMap<>();
            onDiscord.put("peerbot.telegram.token", "");
            onDiscord.put("peerbot.discord.token", FakeDiscord.TOKEN);
            onDiscord.put("peerbot.discord.rest-url", discord.restUrl());
            onDiscord.put("peerbot.discord.gateway-url", discord.gatewayUrl());
            onDiscord.put("peerbot.discord.guild-id", FakeDiscord.GUILD_ID);
            onDiscord.put("peerbot.discord.volunteer-channel-id", FakeDiscord.VOLUNTEER_CHANNEL_ID);
            onDiscord.put("peerbot.discord.volunteer-role-id", FakeDiscord.VOLUNTEER_ROLE_ID);
            PeerBotRuntime a = instance(props("a", onDiscord), pool());
            await().atMost(Duration.ofSeconds(20)).until(() -> a.holdsGateway() && discord.gateway().identifies() == 1);
            PeerBotRuntime b = instance(props("b", onDiscord), pool());
            discord.pushDm("600001", "hi");
            await().atMost(Duration.ofSeconds(20)).until(() -> dmCount(discord, "600001") == 1);
            assertThat(discord.gateway().identifies()).as("the standby stays off the gateway").isEqualTo(1);
            assertThat(b.platformsConnected()).doesNotContainKey("discord");

            a.close();
            runtimes.remove(a);
            await().atMost(TAKEOVER_LIMIT).until(() -> b.holdsGateway()
                    && Boolean.TRUE.equals(b.platformsConnected().get("discord")));
            assertThat(discord.gateway().identifies()).isEqualTo(2);
            discord.pushDm("600002", "hi");
            await().atMost(Duration.ofSeconds(20)).until(() -> dmCount(discord, "600002") == 1);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() ->
                    dmCount(discord, "600001") == 1 && dmCount(discord, "600002") == 1);
        }
    }

    private static long dmCount(FakeDiscord discord, String userId) {
        return discord.messagesIn(discord.dmChannelOf(userId)).stream()
                .filter(m -> m.getString("content", "").contains("I'm PeerBot")).count();
    }

    /** Which volunteer's private chat received this text (null while none has). */
    private Integer holderOf(String text) {
        for (int v = 0; v < VOLUNTEERS; v++) {
            if (count(volunteer(v), text) > 0) {
                return v;
            }
        }
        return null;
    }

    private long countAll(String fragment) {
        long n = 0;
        for (int i = 0; i < MEMBERS + VOLUNTEERS; i++) {
            n += count(member(i), fragment);
        }
        return n;
    }
}
