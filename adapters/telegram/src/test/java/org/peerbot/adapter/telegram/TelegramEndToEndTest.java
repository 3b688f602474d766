package org.peerbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerbot.adapter.telegram.fake.FakeTelegramServer;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.memory.InMemoryStores;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.Stores;
import org.peerbot.core.signpost.DirectoryPack;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;
import org.peerbot.core.wording.CatalogPrompts;

/** The real TelegramBots library against a local Bot API fake, through the real engine and dispatcher. */
class TelegramEndToEndTest {

    private static final String TOKEN = "123456:TEST_token_abcdefghij";
    private static final long MEMBER = 1001;
    private static final long VOLUNTEER = 501;
    private static final long VOLUNTEERS_CHAT = -100777;
    private static final long GROUP = -100555;

    private FakeTelegramServer fake;
    private TelegramAdapter adapter;
    private Dispatcher dispatcher;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeTelegramServer(TOKEN);
        CatalogPrompts prompts = TestPacks.prompts();
        Triage triage = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
        PackDirectory directory = new PackDirectory(DirectoryPack.fromTree("uk",
                TestPacks.tree(String.format(DirectoryPack.RESOURCE_PATTERN, "uk"))), null);
        Stores stores = new InMemoryStores().stores();
        Dispatcher[] ref = new Dispatcher[1];
        ConversationEngine engine = new ConversationEngine(
                EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM)), triage::classify, prompts,
                directory, stores, new Roster(List.of(new Roster.Volunteer("ash", Platform.TELEGRAM,
                String.valueOf(VOLUNTEER), "Ash", Set.of(), Set.of(), 2))), new IdentityKeys("e2e-secret-0123456789"),
                Clock.systemUTC(), null, () -> ref[0].wake());
        adapter = new TelegramAdapter(new TelegramSettings(TOKEN, fake.apiUrl(), String.valueOf(VOLUNTEERS_CHAT), false, null), engine,
                prompts);
        dispatcher = new Dispatcher(stores, Map.of(Platform.TELEGRAM, adapter.sender()),
                Map.of(Platform.TELEGRAM, new DeliveryPolicy(Duration.ZERO, 30)), Clock.systemUTC(), null);
        ref[0] = dispatcher;
        dispatcher.start(Set.of(Platform.TELEGRAM));
        adapter.start();
    }

    @AfterEach
    void stop() {
        adapter.close();
        dispatcher.close();
        fake.close();
    }

    private List<String> to(long chat) {
        return fake.sentTo(String.valueOf(chat));
    }

    private void awaitSent(long chat, String fragment) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(String.join("\n---\n", to(chat))).contains(fragment));
    }

    @Test
    void startRegistersCommandsAndAMemberConversationWorks() {
        assertThat(fake.calls("setMyCommands")).singleElement().satisfies(c ->
                assertThat(c.params().path("commands").toString()).contains("talk").contains("forget"));
        fake.privateText(MEMBER, "hi");
        awaitSent(MEMBER, "I'm a bot");
        assertThat(fake.calls("sendMessage").get(0).params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        fake.privateText(MEMBER, "should I double my insulin?");
        awaitSent(MEMBER, "not a clinician");
    }

    @Test
    void aCrisisMessageGetsTheLinesAndAnUrgentCard() {
        fake.privateText(MEMBER, "I want to end it all tonight");
        awaitSent(MEMBER, "116 123");
        awaitSent(VOLUNTEERS_CHAT, "URGENT");
        assertThat(String.join("\n", to(VOLUNTEERS_CHAT))).doesNotContain("end it all").doesNotContain("1001");
    }

    @Test
    void aCrisisInAGroupGetsAPublicSafeLineAndAPrivateReply() {
        fake.groupText(GROUP, MEMBER, "honestly I want to kill myself");
        awaitSent(GROUP, "private message");
        assertThat(String.join("\n", to(GROUP))).doesNotContain("kill myself");
        awaitSent(MEMBER, "116 123");
        fake.groupText(GROUP, MEMBER + 1, "lovely weather today");
        fake.privateText(MEMBER + 2, "hi");
        awaitSent(MEMBER + 2, "I'm a bot");
        assertThat(to(GROUP)).hasSize(1);
    }

    @Test
    void aVolunteerClaimsAndTheRelayRunsBothWaysEscaped() {
        fake.groupText(VOLUNTEERS_CHAT, VOLUNTEER, "/duty on");
        awaitSent(VOLUNTEERS_CHAT, "on duty");
        fake.privateText(MEMBER, "/talk");
        awaitSent(VOLUNTEERS_CHAT, "would like to talk");
        FakeTelegramServer.Call card = fake.calls("sendMessage").stream()
                .filter(c -> FakeTelegramServer.unescape(c.text("text")).contains("would like to talk")).findFirst().orElseThrow();
        String data = card.params().path("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data")
                .asText();
        assertThat(data).startsWith("claim:");

        fake.callback(VOLUNTEERS_CHAT, null, 999, 1, data);
        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("answerCallbackQuery").isEmpty());
        assertThat(fake.calls("answerCallbackQuery").get(0).params().path("text").asText())
                .contains("only people on the team");

        fake.callback(VOLUNTEERS_CHAT, null, VOLUNTEER, 1, data);
        awaitSent(VOLUNTEER, "You are now with");
        awaitSent(MEMBER, "Ash, a peer volunteer, has joined");
        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("editMessageText").isEmpty());
        assertThat(fake.calls("editMessageText").get(0).text("text")).contains("claimed by Ash");

        fake.privateText(MEMBER, "<b>thanks</b> & <a href='x'>hi</a>");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(String.join("\n", fake.sentRawTo(String.valueOf(VOLUNTEER))))
                .contains("&lt;b&gt;thanks&lt;/b&gt; &amp; &lt;a href='x'&gt;hi&lt;/a&gt;"));
        fake.privateText(VOLUNTEER, "Hello, I'm here");
        awaitSent(MEMBER, "Ash: Hello, I'm here");

        String longText = ("I have been thinking about a lot of things this week. ").repeat(100);
        fake.privateText(MEMBER, longText);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(to(VOLUNTEER).stream().filter(t -> t.contains("thinking about")).count()).isEqualTo(2));
        assertThat(to(VOLUNTEER)).allMatch(t -> t.length() <= 4096);
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedAndNothingIsLost() {
        fake.failNextWith429("sendMessage", 1, 1);
        fake.failNextWith("sendMessage", 2, 502, "Bad Gateway");
        fake.privateText(MEMBER, "hi");
        awaitSent(MEMBER, "I'm a bot");
        assertThat(to(MEMBER).stream().filter(t -> t.contains("I'm a bot")).count()).as("delivered once").isEqualTo(1);
    }

    @Test
    void stickersGetAKindReplyAndJoinersAWelcome() {
        fake.privateSticker(MEMBER);
        awaitSent(MEMBER, "only read text");
        fake.newMembers(GROUP, 3003, 3003);
        awaitSent(GROUP, "ground rules");
        FakeTelegramServer.Call welcome = fake.calls("sendMessage").stream()
                .filter(c -> FakeTelegramServer.unescape(c.text("text")).contains("ground rules")).findFirst().orElseThrow();
        assertThat(welcome.params().path("reply_markup").toString()).contains("https://t.me/" + FakeTelegramServer.BOT_USERNAME + "?start=help");
    }

    @Test
    void aCrisisWrittenOnAPhotoGetsTheCrisisReplyFirst() {
        fake.privatePhotoWithCaption(MEMBER, "I want to end it all tonight");
        awaitSent(MEMBER, "116 123");
        awaitSent(MEMBER, "only read text");
        String all = String.join("\n", to(MEMBER));
        assertThat(all.indexOf("116 123")).isLessThan(all.indexOf("only read text"));
    }

    @Test
    void anErrorInOneUpdateDoesNotStopThePoller() {
        fake.privateText(MEMBER, "\u0000\u0001\uffff");
        fake.privateText(MEMBER + 5, "hi");
        awaitSent(MEMBER + 5, "I'm a bot");
    }
}
