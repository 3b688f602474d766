package org.peerbot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerbot.adapter.discord.fake.FakeDiscord;
import org.peerbot.adapter.discord.fake.FakeGateway;
import org.peerbot.adapter.discord.fake.JdaLogGuard;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ContentKind;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.PromptCatalog;

/** The real JDA against the fake Discord, through the adapter's public surface. */
class DiscordAdapterTest {

    static final String MEMBER = "500000000000000001";
    static final String VOLUNTEER = "500000000000000002";
    static final String SECRET = "my secret words";

    final List<ChatEvent> events = new CopyOnWriteArrayList<>();
    JdaLogGuard logs;
    FakeDiscord discord;
    DiscordAdapter adapter;

    static final PromptCatalog CATALOG = new PromptCatalog() {
        @Override
        public List<Prompt> variants(String key) {
            if (key.startsWith("command.") && key.endsWith(".description")) {
                return List.of(new Prompt(key, "Describe " + key.split("\\.")[1]));
            }
            return switch (key) {
                case "discord.continue_in_dm" -> List.of(new Prompt(key, "Continue in DM"));
                case "discord.command_received" -> List.of(new Prompt(key, "Received"));
                default -> List.of();
            };
        }

        @Override
        public Set<String> keys() {
            return Set.of();
        }
    };

    @BeforeEach
    void start() {
        logs = JdaLogGuard.install();
        discord = FakeDiscord.start();
        adapter = newAdapter(false, Duration.ofSeconds(5));
        adapter.start();
    }

    DiscordAdapter newAdapter(boolean welcome, Duration timeout) {
        DiscordSettings settings = new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(), discord.gatewayUrl(),
                FakeDiscord.GUILD_ID, FakeDiscord.VOLUNTEER_CHANNEL_ID, FakeDiscord.VOLUNTEER_ROLE_ID, welcome);
        return new DiscordAdapter(settings, events::add, CATALOG, timeout);
    }

    @AfterEach
    void stop() {
        try {
            // Problems while the test ran; shutdownNow then interrupts JDA's in-flight requests, and the
            // ERROR line JDA logs for that is expected noise, not a failure of the test.
            List<String> problems = List.copyOf(logs.problems());
            if (adapter != null) {
                adapter.close();
            }
            discord.close();
            assertThat(problems).as("JDA warnings/errors").isEmpty();
            assertThat(logs.lines()).as("no message text in logs").noneMatch(l -> l.contains(SECRET)
                    && !l.contains("net.dv8tion"));
        } finally {
            logs.close();
        }
    }

    <T extends ChatEvent> T awaitEvent(Class<T> type) {
        return await().atMost(Duration.ofSeconds(5)).until(
                () -> events.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null),
                e -> e != null);
    }

    // ------------------------------------------------------------------ inbound

    @Test
    void connectsWithContentIntentAndNoPresences() {
        assertThat(adapter.connected()).isTrue();
        int intents = discord.gateway().intents();
        assertThat(intents & FakeGateway.MESSAGE_CONTENT).isNotZero();
        assertThat(intents & GatewayIntent.GUILD_PRESENCES.getRawValue()).isZero();
        assertThat(intents & FakeGateway.GUILD_MEMBERS).as("no member intent without welcome").isZero();
        assertThat(discord.calls("PUT", "applications/" + FakeDiscord.APPLICATION_ID + "/commands")).hasSize(1);
        DataArray member = DataArray.fromJson(discord.calls("PUT", "applications/\\d+/commands").get(0).raw());
        assertThat(member.stream(DataArray::getObject).map(c -> c.getString("name")))
                .containsExactly("help", "services", "talk", "cancel", "stop", "forget", "block", "report");
        assertThat(member.getObject(0).getString("description")).isEqualTo("Describe help");
        List<FakeDiscord.Call> guild = discord.calls("PUT", "applications/\\d+/guilds/" + FakeDiscord.GUILD_ID
                + "/commands");
        assertThat(guild).hasSize(1);
        DataArray volunteer = DataArray.fromJson(guild.get(0).raw());
        assertThat(volunteer.stream(DataArray::getObject).map(c -> c.getString("name")))
                .containsExactly("duty", "queue", "claim", "end", "handback", "transfer", "escalate", "clear");
        DataObject transfer = volunteer.getObject(5);
        assertThat(transfer.getArray("options").getObject(0).getString("name")).isEqualTo("volunteer");
        assertThat(transfer.getArray("options").getObject(0).getInt("type")).as("user option").isEqualTo(6);
    }

    @Test
    void directMessageBecomesPrivateMessage() {
        String id = discord.pushDm(MEMBER, SECRET);
        ChatEvent.MessageReceived m = awaitEvent(ChatEvent.MessageReceived.class);
        assertThat(m.eventId()).isEqualTo("dc:" + id);
        assertThat(m.space()).isEqualTo(Space.PRIVATE);
        assertThat(m.where()).isEqualTo(Inbound.dmRef(MEMBER));
        assertThat(m.from().userId()).isEqualTo(MEMBER);
        assertThat(m.from().holdsVolunteerRole()).isFalse();
        assertThat(m.text()).isEqualTo(SECRET);
        assertThat(m.privateChat()).isNull();
    }

    @Test
    void guildMessageIsGroupWithTheAuthorsDm() {
        discord.pushGuildMessage(FakeDiscord.PUBLIC_CHANNEL_ID, MEMBER, List.of(), "hello all");
        ChatEvent.MessageReceived m = awaitEvent(ChatEvent.MessageReceived.class);
        assertThat(m.space()).isEqualTo(Space.GROUP);
        assertThat(m.where().chatId()).isEqualTo(FakeDiscord.PUBLIC_CHANNEL_ID);
        assertThat(m.text()).isEqualTo("hello all");
        assertThat(m.privateChat()).isEqualTo(Inbound.dmRef(MEMBER));
    }

    @Test
    void volunteerChannelAndThreadCarryTheRoleFlag() {
        discord.pushGuildMessage(FakeDiscord.VOLUNTEER_CHANNEL_ID, VOLUNTEER, List.of(FakeDiscord.VOLUNTEER_ROLE_ID),
                "/queue");
        String thread = discord.createThread("Handoff Robin");
        discord.pushGuildMessage(thread, MEMBER, List.of(), "in thread");
        await().atMost(Duration.ofSeconds(5)).until(() -> events.size() == 2);
        ChatEvent.MessageReceived inChannel = (ChatEvent.MessageReceived) events.get(0);
        ChatEvent.MessageReceived inThread = (ChatEvent.MessageReceived) events.get(1);
        assertThat(inChannel.space()).isEqualTo(Space.VOLUNTEERS);
        assertThat(inChannel.where().chatId()).isEqualTo(FakeDiscord.VOLUNTEER_CHANNEL_ID);
        assertThat(inChannel.from().holdsVolunteerRole()).isTrue();
        assertThat(inThread.space()).isEqualTo(Space.VOLUNTEERS);
        assertThat(inThread.where().chatId()).isEqualTo(thread);
        assertThat(inThread.from().holdsVolunteerRole()).isFalse();
    }

    @Test
    void attachmentWithoutTextIsUnsupportedAndEditsAreMarked() {
        discord.pushDmAttachment(MEMBER, "image/png");
        ChatEvent.UnsupportedContent u = awaitEvent(ChatEvent.UnsupportedContent.class);
        assertThat(u.kind()).isEqualTo(ContentKind.PHOTO);
        assertThat(u.space()).isEqualTo(Space.PRIVATE);

        String id = discord.pushDm(MEMBER, "first");
        discord.pushDmEdit(MEMBER, id, "second");
        await().atMost(Duration.ofSeconds(5)).until(() -> events.size() == 3);
        ChatEvent.MessageReceived edit = (ChatEvent.MessageReceived) events.get(2);
        assertThat(edit.edited()).isTrue();
        assertThat(edit.text()).isEqualTo("second");
        assertThat(edit.eventId()).startsWith("dc:" + id + ":edit:").isNotEqualTo(events.get(1).eventId());
    }

    @Test
    void buttonPressesAreDeferredAndCarryTheRole() {
        String byVolunteer = discord.pushButton(FakeDiscord.VOLUNTEER_CHANNEL_ID, VOLUNTEER,
                List.of(FakeDiscord.VOLUNTEER_ROLE_ID), "claim:h1", "600000000000000001");
        String byMember = discord.pushButton(null, MEMBER, List.of(), "talk", "600000000000000002");
        await().atMost(Duration.ofSeconds(5)).until(() -> events.size() == 2);
        ChatEvent.ButtonPressed v = (ChatEvent.ButtonPressed) events.get(0);
        ChatEvent.ButtonPressed m = (ChatEvent.ButtonPressed) events.get(1);
        assertThat(v.eventId()).isEqualTo("dc:" + byVolunteer);
        assertThat(v.space()).isEqualTo(Space.VOLUNTEERS);
        assertThat(v.from().holdsVolunteerRole()).isTrue();
        assertThat(v.data()).isEqualTo("claim:h1");
        assertThat(v.messageId()).isEqualTo("600000000000000001");
        assertThat(v.replyHandle()).isEqualTo(FakeDiscord.tokenOf(byVolunteer));
        assertThat(m.space()).isEqualTo(Space.PRIVATE);
        assertThat(m.from().holdsVolunteerRole()).isFalse();
        assertThat(m.where()).isEqualTo(Inbound.dmRef(MEMBER));
        await().atMost(Duration.ofSeconds(5)).until(() -> discord.calls("POST", "interactions/.*/callback").size() == 2);
        for (FakeDiscord.Call ack : discord.calls("POST", "interactions/.*/callback")) {
            assertThat(ack.body().getInt("type")).as("deferred channel message").isEqualTo(5);
            assertThat(ack.body().getObject("data").getInt("flags") & 64).as("ephemeral").isEqualTo(64);
        }
    }

    @Test
    void ephemeralAnswerIsAFollowUpAndEmptyDeletesThePlaceholder() {
        String id = discord.pushButton(null, MEMBER, List.of(), "talk", "600000000000000002");
        ChatEvent.ButtonPressed b = awaitEvent(ChatEvent.ButtonPressed.class);

        SendResult r = adapter.sender().send(new OutboundMessage(new Address.Ephemeral(Platform.DISCORD,
                b.replyHandle()), "Noted *ok*", List.of(), Priority.NORMAL, null));
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        List<FakeDiscord.Call> followUps = discord.calls("POST", "webhooks/" + FakeDiscord.APPLICATION_ID + "/"
                + FakeDiscord.tokenOf(id));
        assertThat(followUps).hasSize(1);
        assertThat(followUps.get(0).body().getString("content")).isEqualTo("Noted \\*ok\\*");
        assertThat(followUps.get(0).body().getInt("flags") & 64).isEqualTo(64);
        assertThat(followUps.get(0).body().getObject("allowed_mentions").getArray("parse").length()).isZero();

        SendResult empty = adapter.sender().send(new OutboundMessage(new Address.Ephemeral(Platform.DISCORD,
                b.replyHandle()), "", List.of(), Priority.NORMAL, null));
        assertThat(empty).isInstanceOf(SendResult.Sent.class);
        assertThat(discord.calls("DELETE", "webhooks/\\d+/" + FakeDiscord.tokenOf(id) + "/messages/@original"))
                .hasSize(1);
    }

    @Test
    void slashCommandInAServerIsAcknowledgedAndContinuesInTheDm() {
        discord.pushSlash(FakeDiscord.PUBLIC_CHANNEL_ID, MEMBER, List.of(), "talk", Map.of());
        ChatEvent.MessageReceived m = awaitEvent(ChatEvent.MessageReceived.class);
        assertThat(m.text()).isEqualTo("/talk");
        assertThat(m.space()).isEqualTo(Space.PRIVATE);
        assertThat(m.where()).isEqualTo(Inbound.dmRef(MEMBER));
        await().atMost(Duration.ofSeconds(5)).until(() -> !discord.calls("POST", "interactions/.*/callback").isEmpty());
        DataObject ack = discord.calls("POST", "interactions/.*/callback").get(0).body();
        assertThat(ack.getInt("type")).isEqualTo(4);
        assertThat(ack.getObject("data").getString("content")).isEqualTo("Continue in DM");
        assertThat(ack.getObject("data").getInt("flags") & 64).isEqualTo(64);
    }

    @Test
    void slashCommandInTheVolunteerChannelStaysThere() {
        discord.pushSlash(FakeDiscord.VOLUNTEER_CHANNEL_ID, VOLUNTEER, List.of(FakeDiscord.VOLUNTEER_ROLE_ID), "duty",
                Map.of("state", "on"));
        ChatEvent.MessageReceived m = awaitEvent(ChatEvent.MessageReceived.class);
        assertThat(m.text()).isEqualTo("/duty on");
        assertThat(m.space()).isEqualTo(Space.VOLUNTEERS);
        assertThat(m.where().chatId()).isEqualTo(FakeDiscord.VOLUNTEER_CHANNEL_ID);
        assertThat(m.from().holdsVolunteerRole()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> !discord.calls("POST", "interactions/.*/callback").isEmpty());
        assertThat(discord.calls("POST", "interactions/.*/callback").get(0).body().getObject("data")
                .getString("content")).isEqualTo("Received");
    }

    // ------------------------------------------------------------------ outbound

    @Test
    void outputCannotPingAndMarkdownIsEscaped() {
        String dm = discord.dmChannelOf(MEMBER);
        discord.pushDm(MEMBER, "hi");
        awaitEvent(ChatEvent.MessageReceived.class);
        SendResult r = adapter.sender().send(OutboundMessage.to(new ConversationRef(Platform.DISCORD, dm),
                "@everyone <@&123> **bold**"));
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        assertThat(((SendResult.Sent) r).resolved().chatId()).isEqualTo(dm);
        DataObject body = discord.messagesIn(dm).get(0);
        assertThat(body.getObject("allowed_mentions").getArray("parse").length()).isZero();
        String content = body.getString("content");
        assertThat(content).doesNotContain("**bold**").contains("\\*\\*bold\\*\\*").doesNotContain("@everyone");
    }

    @Test
    void longTextIsSplitWithButtonsOnTheLastPart() {
        String text = ("word ".repeat(99) + "end.\n\n").repeat(5); // about 2,500 characters
        assertThat(text.length()).isBetween(2400, 2600);
        SendResult r = adapter.sender().send(new OutboundMessage(new Address.PrivateChatOf(Platform.DISCORD, MEMBER),
                text, List.of(new Action("Talk to a person", "talk")), Priority.NORMAL, null));
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        String dm = discord.dmChannelOf(MEMBER);
        assertThat(((SendResult.Sent) r).resolved().chatId()).isEqualTo(dm);
        List<FakeDiscord.Call> posts = discord.calls("POST", "channels/" + dm + "/messages");
        assertThat(posts).hasSize(2);
        assertThat(posts).allSatisfy(p -> assertThat(p.body().getString("content").length()).isLessThanOrEqualTo(2000));
        assertThat(posts.get(0).body().getString("content")).endsWith("end.");
        assertThat(posts.get(0).body().optArray("components").map(DataArray::length).orElse(0)).isZero();
        assertThat(posts.get(1).body().getArray("components").length()).isEqualTo(1);
        assertThat(posts.get(0).body().getString("content") + "\n\n" + posts.get(1).body().getString("content"))
                .isEqualTo(text.strip());
    }

    @Test
    void volunteerPlaceGetsAnEmbedWithButtonsAndEditsPatchIt() {
        SendResult r = adapter.sender().send(new OutboundMessage(new Address.VolunteerPlace(Platform.DISCORD),
                "Someone is waiting", List.of(new Action("Claim", "claim:h1")), Priority.NORMAL, null));
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        SendResult.Sent sent = (SendResult.Sent) r;
        assertThat(sent.resolved().chatId()).isEqualTo(FakeDiscord.VOLUNTEER_CHANNEL_ID);
        DataObject body = discord.messagesIn(FakeDiscord.VOLUNTEER_CHANNEL_ID).get(0);
        assertThat(body.getArray("embeds").getObject(0).getString("description")).isEqualTo("Someone is waiting");
        DataObject button = body.getArray("components").getObject(0).getArray("components").getObject(0);
        assertThat(button.getString("custom_id")).isEqualTo("claim:h1");
        assertThat(button.getString("label")).isEqualTo("Claim");

        SendResult edited = adapter.sender().send(new OutboundMessage(new Address.VolunteerPlace(Platform.DISCORD),
                "Claimed", List.of(), Priority.NORMAL, sent.platformMessageId()));
        assertThat(edited).isInstanceOf(SendResult.Sent.class);
        List<FakeDiscord.Call> patches = discord.calls("PATCH", "channels/" + FakeDiscord.VOLUNTEER_CHANNEL_ID
                + "/messages/" + sent.platformMessageId());
        assertThat(patches).hasSize(1);
        assertThat(patches.get(0).body().getArray("embeds").getObject(0).getString("description")).isEqualTo("Claimed");
        assertThat(patches.get(0).body().getArray("components").length()).isZero();
    }

    @Test
    void handoffRoomOpensAPrivateThreadWithTheVolunteer() {
        SendResult r = adapter.sender().send(new OutboundMessage(new Address.HandoffRoom(Platform.DISCORD, "h1",
                VOLUNTEER, "Handoff Robin"), "You are now connected", List.of(), Priority.NORMAL, null));
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        List<FakeDiscord.Call> created = discord.calls("POST", "channels/" + FakeDiscord.VOLUNTEER_CHANNEL_ID
                + "/threads");
        assertThat(created).hasSize(1);
        assertThat(created.get(0).body().getInt("type")).as("private thread").isEqualTo(12);
        assertThat(created.get(0).body().getString("name")).isEqualTo("Handoff Robin");
        assertThat(created.get(0).body().getBoolean("invitable")).isFalse();
        assertThat(created.get(0).body().getInt("auto_archive_duration")).as("a week, the longest").isEqualTo(10080);
        String thread = ((SendResult.Sent) r).resolved().chatId();
        assertThat(discord.calls("PUT", "channels/" + thread + "/thread-members/" + VOLUNTEER)).hasSize(1);
        assertThat(discord.messagesIn(thread)).hasSize(1);

        // The same handoff again (a retry) reuses the thread; the core then writes there as a Chat.
        adapter.sender().send(new OutboundMessage(new Address.HandoffRoom(Platform.DISCORD, "h1", VOLUNTEER,
                "Handoff Robin"), "again", List.of(), Priority.NORMAL, null));
        assertThat(discord.calls("POST", "channels/\\d+/threads")).hasSize(1);
        assertThat(adapter.sender().send(OutboundMessage.to(new ConversationRef(Platform.DISCORD, thread), "later")))
                .isInstanceOf(SendResult.Sent.class);
        assertThat(discord.messagesIn(thread)).hasSize(3);
    }

    @Test
    void shortRateLimitIsWaitedOutByJda() {
        discord.rateLimitNext("POST", "channels/" + FakeDiscord.PUBLIC_CHANNEL_ID + "/messages", 1);
        SendResult r = adapter.sender().send(OutboundMessage.to(new ConversationRef(Platform.DISCORD,
                FakeDiscord.PUBLIC_CHANNEL_ID), "hello"));
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        assertThat(discord.calls("POST", "channels/" + FakeDiscord.PUBLIC_CHANNEL_ID + "/messages")).hasSize(2);
    }

    @Test
    void longRateLimitAnswersRetryAfterAndIsNotSentLater() {
        adapter.close();
        adapter = newAdapter(false, Duration.ofMillis(1500));
        adapter.start();
        discord.rateLimitNext("POST", "channels/" + FakeDiscord.PUBLIC_CHANNEL_ID + "/messages", 3);
        SendResult r = adapter.sender().send(OutboundMessage.to(new ConversationRef(Platform.DISCORD,
                FakeDiscord.PUBLIC_CHANNEL_ID), "hello"));
        assertThat(r).isInstanceOf(SendResult.RetryAfter.class);
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(discord.calls("POST", "channels/" + FakeDiscord.PUBLIC_CHANNEL_ID + "/messages"))
                .as("the cancelled request is not retried after we answered RetryAfter").hasSize(1);
    }

    @Test
    void closedDmsFailWithoutText() {
        discord.closeDms(MEMBER);
        SendResult r = adapter.sender().send(new OutboundMessage(new Address.PrivateChatOf(Platform.DISCORD, MEMBER),
                SECRET, List.of(), Priority.NORMAL, null));
        assertThat(r).isInstanceOf(SendResult.Failed.class);
        assertThat(((SendResult.Failed) r).reason()).contains("50007").doesNotContain(SECRET);
    }

    @Test
    void serverErrorIsRetryAfter() {
        discord.serverErrorNext("POST", "channels/\\d+/messages", 500, 1);
        SendResult r = adapter.sender().send(OutboundMessage.to(new ConversationRef(Platform.DISCORD,
                FakeDiscord.PUBLIC_CHANNEL_ID), "hello"));
        assertThat(r).isInstanceOf(SendResult.RetryAfter.class);
    }

    @Test
    void droppedGatewayResumesAndLaterEventsArrive() {
        discord.pushDm(MEMBER, "before");
        awaitEvent(ChatEvent.MessageReceived.class);
        discord.gateway().dropConnection();
        discord.pushDm(MEMBER, "while away");
        await().atMost(Duration.ofSeconds(10)).until(() -> discord.gateway().resumes() == 1);
        discord.pushDm(MEMBER, "after");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 3);
        assertThat(events).extracting(e -> ((ChatEvent.MessageReceived) e).text())
                .containsExactly("before", "while away", "after");
        assertThat(discord.gateway().identifies()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(adapter::connected);
    }

    @Test
    void memberJoinIsReportedOnlyWithWelcome() {
        discord.pushMemberAdd(MEMBER);
        adapter.close();
        adapter = newAdapter(true, Duration.ofSeconds(5));
        adapter.start();
        assertThat(discord.gateway().intents() & FakeGateway.GUILD_MEMBERS).isNotZero();
        discord.pushMemberAdd(MEMBER);
        ChatEvent.MemberJoined j = awaitEvent(ChatEvent.MemberJoined.class);
        assertThat(j.space()).isEqualTo(Space.GROUP);
        assertThat(j.where().chatId()).isEqualTo(FakeDiscord.PUBLIC_CHANNEL_ID);
        assertThat(j.from().userId()).isEqualTo(MEMBER);
        assertThat(events).hasSize(1);
    }
}
