package org.peerbot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerbot.adapter.discord.fake.FakeDiscord;
import org.peerbot.adapter.discord.fake.JdaLogGuard;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.memory.InMemoryStores;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.signpost.DirectoryPack;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;
import org.peerbot.core.wording.CatalogPrompts;

/** Real JDA against the fake Discord, through the real engine, outbox and dispatcher. */
class DiscordEndToEndTest {

    private static final String MEMBER = "500000000000000011";
    private static final String OTHER = "500000000000000012";
    private static final String VOLUNTEER = "500000000000000021";
    private static final List<String> ROLE = List.of(FakeDiscord.VOLUNTEER_ROLE_ID);

    private final InMemoryStores memory = new InMemoryStores();
    /** How many times the engine has taken a message with this text (tests only; the engine never keeps text). */
    private final Map<String, Integer> handledTexts = new java.util.concurrent.ConcurrentHashMap<>();
    private final CatalogPrompts prompts = TestPacks.prompts();
    private JdaLogGuard logs;
    private FakeDiscord discord;
    private ConversationEngine engine;
    private DiscordAdapter adapter;
    private Dispatcher dispatcher;

    @BeforeEach
    void start() {
        logs = JdaLogGuard.install();
        discord = FakeDiscord.start();
        Triage triage = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
        PackDirectory directory = new PackDirectory(DirectoryPack.fromTree("uk",
                TestPacks.tree(String.format(DirectoryPack.RESOURCE_PATTERN, "uk"))), null);
        Dispatcher[] ref = new Dispatcher[1];
        engine = new ConversationEngine(EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.DISCORD)),
                triage::classify, prompts, directory, memory.stores(), new Roster(List.of()),
                new IdentityKeys("e2e-secret-0123456789"), Clock.systemUTC(), null, () -> {
                    if (ref[0] != null) {
                        ref[0].wake();
                    }
                });
        connect(ref);
    }

    /** A fresh JDA and dispatcher on the same stores: what a restart of the process looks like to Discord. */
    private void connect(Dispatcher[] ref) {
        adapter = new DiscordAdapter(new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(), discord.gatewayUrl(),
                FakeDiscord.GUILD_ID, FakeDiscord.VOLUNTEER_CHANNEL_ID, FakeDiscord.VOLUNTEER_ROLE_ID, false),
                event -> {
                    engine.handle(event);
                    if (event instanceof ChatEvent.MessageReceived m) {
                        handledTexts.merge(m.text(), 1, Integer::sum);
                    }
                }, prompts, Duration.ofSeconds(5));
        dispatcher = new Dispatcher(memory.stores(), Map.of(Platform.DISCORD, adapter.sender()),
                Map.of(Platform.DISCORD, new DeliveryPolicy(Duration.ZERO, 50)), Clock.systemUTC(), null);
        ref[0] = dispatcher;
        adapter.start();
        dispatcher.start(Set.of(Platform.DISCORD));
    }

    @AfterEach
    void stop() {
        try {
            dispatcher.close();
            adapter.close();
            discord.close();
        } finally {
            logs.close();
        }
    }

    private String inChannel(String channelId) {
        return String.join("\n---\n", discord.messagesIn(channelId).stream()
                .map(m -> m.optArray("embeds").filter(e -> e.length() > 0)
                        .map(e -> e.getObject(0).getString("description", "")).orElse(m.getString("content", "")))
                .toList());
    }

    private void awaitIn(String channelId, String fragment) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(inChannel(channelId)).contains(fragment));
    }

    private Handoff awaitWaiting() {
        return await().atMost(Duration.ofSeconds(10)).until(() -> memory.handoffs().waiting().stream().findFirst()
                .orElse(null), h -> h != null);
    }

    @Test
    void aMemberTalksInDmsAndAsksAHealthQuestion() {
        discord.pushDm(MEMBER, "hi");
        String dm = discord.dmChannelOf(MEMBER);
        awaitIn(dm, "I'm a bot");
        discord.pushDm(MEMBER, "should I double my insulin?");
        awaitIn(dm, "not a clinician");
        assertThat(logs.lines()).noneMatch(l -> l.contains("double my insulin"));
    }

    @Test
    void aCrisisInAServerChannelGetsOnePublicSafeLineAndTheRepliesInTheDm() {
        discord.pushGuildMessage(FakeDiscord.PUBLIC_CHANNEL_ID, MEMBER, List.of(), "honestly I want to kill myself");
        awaitIn(discord.dmChannelOf(MEMBER), "116 123");
        awaitIn(FakeDiscord.VOLUNTEER_CHANNEL_ID, "URGENT");
        assertThat(discord.messagesIn(FakeDiscord.PUBLIC_CHANNEL_ID)).singleElement().satisfies(m ->
                assertThat(m.getString("content")).doesNotContain("kill myself"));
        discord.pushGuildMessage(FakeDiscord.PUBLIC_CHANNEL_ID, OTHER, List.of(), "lovely weather today");
        discord.pushDm(OTHER, "hi");
        awaitIn(discord.dmChannelOf(OTHER), "I'm a bot");
        assertThat(discord.messagesIn(FakeDiscord.PUBLIC_CHANNEL_ID)).as("quiet in public otherwise").hasSize(1);
    }

    @Test
    void onlyARoleHolderCanClaimAndTheThreadRelaysBothWaysWithoutPings() {
        discord.pushGuildMessage(FakeDiscord.VOLUNTEER_CHANNEL_ID, VOLUNTEER, ROLE, "/duty on");
        awaitIn(FakeDiscord.VOLUNTEER_CHANNEL_ID, "on duty");
        discord.pushDm(MEMBER, "/talk");
        Handoff waiting = awaitWaiting();
        awaitIn(FakeDiscord.VOLUNTEER_CHANNEL_ID, waiting.pseudonym() + " would like to talk");

        discord.pushButton(FakeDiscord.VOLUNTEER_CHANNEL_ID, OTHER, List.of(), "claim:" + waiting.id(),
                discord.snowflake());
        await().atMost(Duration.ofSeconds(10)).until(() -> discord.calls("POST", "webhooks/.*").size() == 1);
        assertThat(discord.calls("POST", "webhooks/.*").get(0).body().getString("content"))
                .contains("only people on the team");
        assertThat(memory.handoffs().find(waiting.id()).orElseThrow().volunteerId()).isNull();

        discord.pushButton(FakeDiscord.VOLUNTEER_CHANNEL_ID, VOLUNTEER, ROLE, "claim:" + waiting.id(),
                discord.snowflake());
        String thread = await().atMost(Duration.ofSeconds(10)).until(() -> memory.handoffs().find(waiting.id())
                .map(Handoff::room).map(r -> r.chatId()).orElse(null), t -> t != null);
        awaitIn(discord.dmChannelOf(MEMBER), "a peer volunteer, has joined");

        discord.pushDm(MEMBER, "thanks @everyone <@&" + FakeDiscord.VOLUNTEER_ROLE_ID + "> **hi**");
        awaitIn(thread, "thanks");
        DataObject relayed = discord.messagesIn(thread).get(discord.messagesIn(thread).size() - 1);
        assertThat(relayed.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(relayed.getString("content")).doesNotContain("@everyone").contains("@\u200beveryone")
                .contains("\\*\\*hi\\*\\*");

        discord.pushGuildMessage(thread, VOLUNTEER, ROLE, "Hello, I'm here");
        awaitIn(discord.dmChannelOf(MEMBER), ": Hello, I'm here");
    }

    /**
     * Issue 18: a volunteer's first message in a new handoff thread, sent while the bot is still opening it (the
     * room is not yet bound to the handoff), is never dropped: it is relayed or answered with "one moment".
     */
    @Test
    void aVolunteersFirstMessageBeforeTheRoomIsBoundIsNotDropped() {
        discord.pushGuildMessage(FakeDiscord.VOLUNTEER_CHANNEL_ID, VOLUNTEER, ROLE, "/duty on");
        awaitIn(FakeDiscord.VOLUNTEER_CHANNEL_ID, "on duty");
        discord.pushDm(MEMBER, "/talk");
        Handoff waiting = awaitWaiting();
        awaitIn(FakeDiscord.VOLUNTEER_CHANNEL_ID, waiting.pseudonym() + " would like to talk");

        // The volunteer writes the moment they are added to the thread; Discord answers the bot only after the
        // engine has taken that message, so the binding cannot exist yet.
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        discord.onThreadMember(thread -> {
            discord.pushGuildMessage(thread, VOLUNTEER, ROLE, "Hello, I'm here");
            await().atMost(Duration.ofSeconds(10)).until(() -> handled("Hello, I'm here") == 1);
            seen.incrementAndGet();
        });
        discord.pushButton(FakeDiscord.VOLUNTEER_CHANNEL_ID, VOLUNTEER, ROLE, "claim:" + waiting.id(),
                discord.snowflake());
        String thread = await().atMost(Duration.ofSeconds(10)).until(() -> memory.handoffs().find(waiting.id())
                .map(Handoff::room).map(r -> r.chatId()).orElse(null), t -> t != null);
        assertThat(seen).hasValue(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                inChannel(discord.dmChannelOf(MEMBER)).contains(": Hello, I'm here")
                        || inChannel(thread).contains("One moment")).as("relayed or answered").isTrue());
        // Sent again once the room is bound, it is relayed.
        discord.pushGuildMessage(thread, VOLUNTEER, ROLE, "Hello again");
        awaitIn(discord.dmChannelOf(MEMBER), ": Hello again");
    }

    private int handled(String text) {
        return handledTexts.getOrDefault(text, 0);
    }

    @Test
    void aReplyQueuedBeforeARestartReachesADmTheNewConnectionHasNeverSeen() {
        discord.pushDm(MEMBER, "hi");
        String dm = discord.dmChannelOf(MEMBER);
        awaitIn(dm, "I'm a bot");
        int before = discord.messagesIn(dm).size();

        // The process goes down just after the engine committed a turn whose reply is still in the outbox.
        dispatcher.close();
        adapter.close();
        engine.handle(new ChatEvent.MessageReceived("dc:late-1", Inbound.dmRef(MEMBER), Space.PRIVATE,
                Sender.of(Platform.DISCORD, MEMBER), "I've had a rough week", Instant.now(), false, null));
        assertThat(discord.messagesIn(dm)).hasSize(before);

        connect(new Dispatcher[1]);
        await().atMost(Duration.ofSeconds(10)).until(() -> discord.messagesIn(dm).size() > before);
        await().atMost(Duration.ofSeconds(10)).until(() -> memory.outbox().nextDue(Platform.DISCORD) == null);
    }
}
