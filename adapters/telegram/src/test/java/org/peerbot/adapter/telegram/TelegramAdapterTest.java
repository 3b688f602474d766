package org.peerbot.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerbot.adapter.telegram.fake.FakeTelegramServer;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ChatEvent.ButtonPressed;
import org.peerbot.core.model.ChatEvent.MemberJoined;
import org.peerbot.core.model.ChatEvent.MessageReceived;
import org.peerbot.core.model.ChatEvent.UnsupportedContent;
import org.peerbot.core.model.ContentKind;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.model.Space;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real TelegramBots client and long poller against the fake Bot API, through the adapter. */
class TelegramAdapterTest {

    static final long MEMBER = 4242;
    static final long GROUP = -100777;
    static final long VOLUNTEERS = -100555;
    static final String VOLUNTEERS_ID = String.valueOf(VOLUNTEERS);

    FakeTelegramServer fake;
    RecordingHandler handler;
    TelegramAdapter adapter;

    @BeforeEach
    void start() {
        fake = new FakeTelegramServer();
        handler = new RecordingHandler();
        adapter = new TelegramAdapter(new TelegramSettings(fake.token(), fake.apiUrl(), VOLUNTEERS_ID, false, null),
                handler, MapCatalog.commands());
        adapter.start();
    }

    @AfterEach
    void stop() {
        adapter.close();
        fake.close();
    }

    private <T extends ChatEvent> T awaitOne(Class<T> type) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !handler.all(type).isEmpty());
        return handler.all(type).get(0);
    }

    private static ConversationRef tg(String chatId) {
        return new ConversationRef(Platform.TELEGRAM, chatId);
    }

    private SendResult send(Address to, String text, List<Action> actions) {
        return adapter.sender().send(new OutboundMessage(to, text, actions, Priority.NORMAL, null));
    }

    @Test
    void startAsksWhoItIsAndPublishesTheCommandMenu() {
        assertThat(adapter.botUsername()).isEqualTo(FakeTelegramServer.BOT_USERNAME);
        assertThat(adapter.connected()).isTrue();
        JsonNode commands = fake.calls("setMyCommands").get(0).params().get("commands");
        assertThat(commands).hasSize(9);
        assertThat(commands.get(0).get("command").asText()).isEqualTo("start");
        assertThat(commands.get(0).get("description").asText()).isEqualTo("Describes start");
        assertThat(fake.calls("deleteWebhook")).hasSize(1);
    }

    @Test
    void privateTextBecomesAPrivateMessageWithTheBotNameStripped() {
        int updateId = fake.privateText(MEMBER, "/start@PeerTestBot hello");

        MessageReceived m = awaitOne(MessageReceived.class);
        assertThat(m.eventId()).isEqualTo("tg:" + updateId);
        assertThat(m.space()).isEqualTo(Space.PRIVATE);
        assertThat(m.where()).isEqualTo(tg("4242"));
        assertThat(m.from().platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(m.from().userId()).isEqualTo("4242");
        assertThat(m.from().holdsVolunteerRole()).isFalse();
        assertThat(m.text()).isEqualTo("/start hello");
        assertThat(m.edited()).isFalse();
        assertThat(m.privateChat()).isNull();
        // Names and usernames arrive in every update; none reaches the core.
        assertThat(m.toString()).doesNotContain("Name4242", "user4242", "Surname");
    }

    @Test
    void groupTextIsAGroupMessageWithThePrivateChat() {
        fake.groupText(GROUP, MEMBER, "hello all");

        MessageReceived m = awaitOne(MessageReceived.class);
        assertThat(m.space()).isEqualTo(Space.GROUP);
        assertThat(m.where()).isEqualTo(tg("-100777"));
        assertThat(m.privateChat()).isEqualTo(tg("4242"));
    }

    @Test
    void volunteersChatAndItsTopicsAreTheVolunteersSpace() {
        fake.groupText(VOLUNTEERS, 9001, "anyone free?");
        fake.topicText(VOLUNTEERS, 77, 9001, "on it");

        await().atMost(Duration.ofSeconds(10)).until(() -> handler.all(MessageReceived.class).size() == 2);
        List<MessageReceived> ms = handler.all(MessageReceived.class);
        assertThat(ms).allSatisfy(m -> assertThat(m.space()).isEqualTo(Space.VOLUNTEERS));
        assertThat(ms.get(0).where()).isEqualTo(tg("-100555"));
        assertThat(ms.get(1).where()).isEqualTo(tg("-100555:77"));
    }

    @Test
    void buttonPressIsHandedOverAndTheEphemeralAnswerAnswersTheCallback() {
        String queryId = fake.callback(MEMBER, null, MEMBER, 31, "talk");

        ButtonPressed b = awaitOne(ButtonPressed.class);
        assertThat(b.data()).isEqualTo("talk");
        assertThat(b.replyHandle()).isEqualTo(queryId);
        assertThat(b.messageId()).isEqualTo("31");
        assertThat(b.where()).isEqualTo(tg("4242"));
        assertThat(b.space()).isEqualTo(Space.PRIVATE);
        assertThat(fake.calls("answerCallbackQuery")).as("the adapter never answers by itself").isEmpty();

        SendResult r = send(new Address.Ephemeral(Platform.TELEGRAM, b.replyHandle()), "Noted", List.of());

        assertThat(r).isInstanceOf(SendResult.Sent.class);
        FakeTelegramServer.Call answer = fake.calls("answerCallbackQuery").get(0);
        assertThat(answer.text("callback_query_id")).isEqualTo(queryId);
        assertThat(answer.text("text")).isEqualTo("Noted");
    }

    @Test
    void buttonInAVolunteerTopicKeepsTheTopic() {
        fake.callback(VOLUNTEERS, 88, 9001, 12, "claim:h1");

        ButtonPressed b = awaitOne(ButtonPressed.class);
        assertThat(b.space()).isEqualTo(Space.VOLUNTEERS);
        assertThat(b.where()).isEqualTo(tg("-100555:88"));
        assertThat(b.from().userId()).isEqualTo("9001");
    }

    @Test
    void emptyEphemeralJustAcknowledges() {
        String queryId = fake.callback(MEMBER, null, MEMBER, 31, "talk");
        awaitOne(ButtonPressed.class);

        assertThat(send(new Address.Ephemeral(Platform.TELEGRAM, queryId), "", List.of()))
                .isInstanceOf(SendResult.Sent.class);
        assertThat(fake.calls("answerCallbackQuery").get(0).params().has("text")).isFalse();
        // Telegram takes one answer per query; a second is a permanent failure, not a retry.
        assertThat(send(new Address.Ephemeral(Platform.TELEGRAM, queryId), "", List.of()))
                .isInstanceOf(SendResult.Failed.class);
    }

    @Test
    void stickerIsUnsupportedContent() {
        int updateId = fake.privateSticker(MEMBER);

        UnsupportedContent u = awaitOne(UnsupportedContent.class);
        assertThat(u.kind()).isEqualTo(ContentKind.STICKER);
        assertThat(u.eventId()).isEqualTo("tg:" + updateId);
        assertThat(u.space()).isEqualTo(Space.PRIVATE);
        assertThat(u.where()).isEqualTo(tg("4242"));
    }

    @Test
    void editedMessageIsMarkedEdited() {
        fake.privateEdit(MEMBER, 5, "changed my mind");

        MessageReceived m = awaitOne(MessageReceived.class);
        assertThat(m.edited()).isTrue();
        assertThat(m.text()).isEqualTo("changed my mind");
    }

    @Test
    void eachNewHumanMemberJoins() {
        fake.newMembers(GROUP, 1, 501, 502);
        fake.botJoined(GROUP, 1, 777);
        fake.privateText(MEMBER, "marker");

        awaitOne(MessageReceived.class);
        List<MemberJoined> joined = handler.all(MemberJoined.class);
        assertThat(joined).extracting(j -> j.from().userId()).containsExactly("501", "502");
        assertThat(joined).allSatisfy(j -> {
            assertThat(j.space()).isEqualTo(Space.GROUP);
            assertThat(j.where()).isEqualTo(tg("-100777"));
        });
        assertThat(joined.get(0).eventId()).isNotEqualTo(joined.get(1).eventId());
    }

    @Test
    void aRedeliveredUpdateKeepsItsEventId() {
        int updateId = fake.privateTextTwice(MEMBER, "twice");

        await().atMost(Duration.ofSeconds(10)).until(() -> handler.all(MessageReceived.class).size() == 2);
        assertThat(handler.all(MessageReceived.class)).extracting(ChatEvent::eventId)
                .containsExactly("tg:" + updateId, "tg:" + updateId);
    }

    @Test
    void aFailingHandlerDoesNotStopLaterUpdates() {
        handler.explodeOn(e -> e instanceof MessageReceived m && m.text().equals("first"));
        fake.privateText(MEMBER, "first");
        fake.privateText(MEMBER, "second");

        await().atMost(Duration.ofSeconds(10)).until(() -> handler.all(MessageReceived.class).size() == 2);
        fake.privateText(MEMBER, "third");
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.all(MessageReceived.class).size() == 3);
        assertThat(handler.all(MessageReceived.class)).extracting(MessageReceived::text)
                .containsExactly("first", "second", "third");
        assertThat(adapter.connected()).isTrue();
    }

    @Test
    void textIsEscapedForHtmlSoNothingBecomesMarkup() {
        String text = "<b>bold</b> & <a href=\"tg://user?id=1\">link</a> 1 < 2 > 0 &amp;";

        SendResult r = send(new Address.Chat(tg("4242")), text, List.of());

        assertThat(r).isInstanceOf(SendResult.Sent.class);
        FakeTelegramServer.Call call = fake.sentMessages().get(0);
        assertThat(call.text("parse_mode")).isEqualToIgnoringCase("HTML");
        assertThat(call.text("text")).doesNotContain("<", ">")
                .isEqualTo("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href=\"tg://user?id=1\"&gt;link&lt;/a&gt;"
                        + " 1 &lt; 2 &gt; 0 &amp;amp;");
        assertThat(FakeTelegramServer.unescape(call.text("text"))).isEqualTo(text);
    }

    @Test
    void aLongTextIsSplitInOrderAndTheFirstIdIsReturned() {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (sb.length() < 5000) {
            sb.append(("Paragraph " + n++ + " says something calm and ordinary.".repeat(4)).strip()).append("\n\n");
        }
        String text = sb.toString().strip();

        SendResult r = send(new Address.Chat(tg("4242")), text, List.of(new Action("Talk", "talk")));

        List<FakeTelegramServer.Call> parts = fake.sentMessages();
        assertThat(parts).hasSize(2);
        String first = FakeTelegramServer.unescape(parts.get(0).text("text"));
        String second = FakeTelegramServer.unescape(parts.get(1).text("text"));
        assertThat(first.length()).isLessThanOrEqualTo(4096);
        assertThat(first).startsWith("Paragraph 0 ").endsWith(".");
        assertThat(first + "\n\n" + second).isEqualTo(text);
        assertThat(parts.get(0).params().has("reply_markup")).isFalse();
        assertThat(parts.get(1).params().has("reply_markup")).as("buttons go on the last part").isTrue();
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        String firstId = ((SendResult.Sent) r).platformMessageId();
        assertThat(Integer.parseInt(firstId)).isLessThan(Integer.parseInt(nextSentId()));
    }

    private String nextSentId() {
        return ((SendResult.Sent) send(new Address.Chat(tg("4242")), "probe", List.of())).platformMessageId();
    }

    @Test
    void actionsBecomeAnInlineKeyboardAndOpenPrivateADeepLink() {
        send(new Address.Chat(tg("-100777")), "Talk privately?",
                List.of(new Action("Talk to a person", "talk"), new Action("Message me", Action.OPEN_PRIVATE)));

        JsonNode keyboard = fake.sentMessages().get(0).params().get("reply_markup").get("inline_keyboard");
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0)).hasSize(1);
        assertThat(keyboard.get(0).get(0).get("text").asText()).isEqualTo("Talk to a person");
        assertThat(keyboard.get(0).get(0).get("callback_data").asText()).isEqualTo("talk");
        assertThat(keyboard.get(1).get(0).get("url").asText()).isEqualTo("https://t.me/PeerTestBot?start=help");
        assertThat(keyboard.get(1).get(0).has("callback_data")).isFalse();
    }

    @Test
    void editOfEditsInPlace() {
        String id = ((SendResult.Sent) send(new Address.Chat(tg("-100555")), "Waiting: 1", List.of())).platformMessageId();

        SendResult r = adapter.sender().send(new OutboundMessage(new Address.Chat(tg("-100555")), "Claimed",
                List.of(new Action("Open", "open:h1")), Priority.NORMAL, id));

        assertThat(r).isEqualTo(new SendResult.Sent(id, tg("-100555")));
        FakeTelegramServer.Call edit = fake.calls("editMessageText").get(0);
        assertThat(edit.text("message_id")).isEqualTo(id);
        assertThat(edit.text("text")).isEqualTo("Claimed");
        assertThat(edit.params().get("reply_markup").get("inline_keyboard")).hasSize(1);
    }

    @Test
    void tooManyRequestsBecomesRetryAfterTelegramsDelay() {
        fake.failNextWith429("sendMessage", 1, 7);

        SendResult r = send(new Address.Chat(tg("4242")), "hello", List.of());

        assertThat(r).isInstanceOf(SendResult.RetryAfter.class);
        assertThat(((SendResult.RetryAfter) r).delay()).isEqualTo(Duration.ofSeconds(7));
        assertThat(send(new Address.Chat(tg("4242")), "hello", List.of())).isInstanceOf(SendResult.Sent.class);
    }

    @Test
    void serverErrorBecomesRetryAfterZero() {
        fake.failNextWith500("sendMessage", 1);

        SendResult r = send(new Address.Chat(tg("4242")), "hello", List.of());

        assertThat(r).isInstanceOf(SendResult.RetryAfter.class);
        assertThat(((SendResult.RetryAfter) r).delay()).isZero();
        assertThat(fake.sentMessages()).hasSize(1).as("one call, no retries inside the adapter");
    }

    @Test
    void blockedBotAndUnknownChatFailWithoutText() {
        fake.blockBot("4242").unknownChat("-1009");

        SendResult blocked = send(new Address.PrivateChatOf(Platform.TELEGRAM, "4242"), "secret words", List.of());
        SendResult unknown = send(new Address.Chat(tg("-1009")), "secret words", List.of());

        assertThat(blocked).isInstanceOf(SendResult.Failed.class);
        assertThat(((SendResult.Failed) blocked).reason()).contains("403").doesNotContain("secret");
        assertThat(unknown).isInstanceOf(SendResult.Failed.class);
        assertThat(((SendResult.Failed) unknown).reason()).contains("chat not found").doesNotContain("secret");
    }

    @Test
    void volunteerPlaceAndTopicRefsResolve() {
        fake.forum(VOLUNTEERS_ID, true);

        SendResult place = send(new Address.VolunteerPlace(Platform.TELEGRAM), "Someone is waiting", List.of());
        SendResult topic = send(new Address.Chat(tg("-100555:88")), "hi", List.of());

        assertThat(place).isInstanceOf(SendResult.Sent.class);
        assertThat(((SendResult.Sent) place).resolved()).isEqualTo(tg("-100555"));
        assertThat(((SendResult.Sent) topic).resolved()).isEqualTo(tg("-100555:88"));
        assertThat(fake.sentMessages().get(1).text("chat_id")).isEqualTo("-100555");
        assertThat(fake.sentMessages().get(1).text("message_thread_id")).isEqualTo("88");
    }

    @Test
    void handoffRoomInAForumIsANewTopic() {
        fake.forum(VOLUNTEERS_ID, true);
        Address room = new Address.HandoffRoom(Platform.TELEGRAM, "h1", "9001", "Handoff Robin");

        SendResult r = send(room, "You are now talking with Robin", List.of());

        assertThat(r).isInstanceOf(SendResult.Sent.class);
        ConversationRef resolved = ((SendResult.Sent) r).resolved();
        String thread = fake.calls("createForumTopic").get(0).text("name");
        assertThat(thread).isEqualTo("Handoff Robin");
        assertThat(resolved.chatId()).matches("-100555:\\d+");
        String threadId = resolved.chatId().substring(resolved.chatId().indexOf(':') + 1);
        assertThat(fake.sentMessages().get(0).text("message_thread_id")).isEqualTo(threadId);

        // A retried send for the same handoff reuses the topic.
        send(room, "again", List.of());
        assertThat(fake.calls("createForumTopic")).hasSize(1);
        assertThat(fake.calls("getChat")).hasSize(1);
    }

    @Test
    void handoffRoomWithoutAForumIsTheVolunteersPrivateChat() {
        SendResult r = send(new Address.HandoffRoom(Platform.TELEGRAM, "h2", "9001", "Handoff Sam"), "hi", List.of());

        assertThat(r).isInstanceOf(SendResult.Sent.class);
        assertThat(((SendResult.Sent) r).resolved()).isEqualTo(tg("9001"));
        assertThat(fake.calls("createForumTopic")).isEmpty();
        assertThat(fake.sentMessages().get(0).text("chat_id")).isEqualTo("9001");
    }

    @Test
    void aRetryAfterAFailedLaterPartResumesInsteadOfRepeating() {
        String text = "alpha ".repeat(450).strip() + "\n\n" + "beta ".repeat(500).strip(); // two parts
        fake.enforceRateLimits(true); // the second part hits Telegram's 1 message a second per chat

        SendResult first = send(new Address.Chat(tg("4242")), text, List.of());
        assertThat(first).isInstanceOf(SendResult.RetryAfter.class);
        assertThat(((SendResult.RetryAfter) first).delay()).isEqualTo(Duration.ofSeconds(1));
        fake.enforceRateLimits(false);

        SendResult retried = send(new Address.Chat(tg("4242")), text, List.of());

        assertThat(retried).isInstanceOf(SendResult.Sent.class);
        List<FakeTelegramServer.Call> calls = fake.sentMessages();
        assertThat(calls).hasSize(3); // part 1, part 2 refused, part 2 again
        assertThat(calls.get(2).text("text")).isEqualTo(calls.get(1).text("text")).isNotEqualTo(calls.get(0).text("text"));
        assertThat(fake.floodRefusals()).isEqualTo(1);
    }

    @Test
    void mediaKindsAreNamed() {
        var factory = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        fake.privateMedia(MEMBER, "photo", factory.arrayNode().add(factory.objectNode().put("file_id", "p")
                .put("file_unique_id", "u").put("width", 1).put("height", 1)));
        fake.privateMedia(MEMBER, "voice", factory.objectNode().put("file_id", "v").put("file_unique_id", "u")
                .put("duration", 3));
        fake.privateMedia(MEMBER, "location", factory.objectNode().put("latitude", 51.5).put("longitude", -0.1));
        fake.privateMedia(MEMBER, "contact", factory.objectNode().put("phone_number", "+447700900123")
                .put("first_name", "Someone"));
        fake.privateMedia(MEMBER, "document", factory.objectNode().put("file_id", "d").put("file_unique_id", "u"));

        await().atMost(Duration.ofSeconds(10)).until(() -> handler.all(UnsupportedContent.class).size() == 5);
        assertThat(handler.all(UnsupportedContent.class)).extracting(UnsupportedContent::kind).containsExactly(
                ContentKind.PHOTO, ContentKind.VOICE, ContentKind.LOCATION, ContentKind.CONTACT, ContentKind.DOCUMENT);
        assertThat(handler.events.toString()).doesNotContain("+447700900123", "Someone");
    }

    @Test
    void anEditThatChangesNothingCountsAsSent() {
        String id = ((SendResult.Sent) send(new Address.Chat(tg("4242")), "same", List.of())).platformMessageId();
        fake.failNextWith("editMessageText", 1, 400,
                "Bad Request: message is not modified: specified new message content and reply markup are exactly"
                        + " the same as a current content and reply markup of the message");

        SendResult r = adapter.sender().send(new OutboundMessage(new Address.Chat(tg("4242")), "same", List.of(),
                Priority.NORMAL, id));

        assertThat(r).isEqualTo(new SendResult.Sent(id, tg("4242")));
    }

    @Test
    void theFakeEnforcesFloodLimitsWhenAsked() {
        fake.enforceRateLimits(true, 3); // 3 a second overall keeps the test well inside one second

        assertThat(send(new Address.Chat(tg("1")), "a", List.of())).isInstanceOf(SendResult.Sent.class);
        assertThat(send(new Address.Chat(tg("1")), "b", List.of())).isInstanceOf(SendResult.RetryAfter.class);
        for (int i = 2; i <= 3; i++) {
            assertThat(send(new Address.Chat(tg(String.valueOf(i))), "c", List.of())).isInstanceOf(SendResult.Sent.class);
        }
        assertThat(send(new Address.Chat(tg("4")), "d", List.of())).as("4th in a second")
                .isInstanceOf(SendResult.RetryAfter.class);
        assertThat(fake.floodRefusals()).isEqualTo(2);
    }

    @Test
    void anEmptyTextIsAPermanentFailure() {
        SendResult r = send(new Address.Chat(tg("4242")), "", List.of());

        assertThat(r).isInstanceOf(SendResult.Failed.class);
        assertThat(fake.sentMessages()).isEmpty();
    }

    @Test
    void pollingAsksOnlyForTheUpdateTypesItTranslates() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("getUpdates").isEmpty());

        JsonNode allowed = fake.calls("getUpdates").get(0).params().get("allowed_updates");
        assertThat(allowed).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("message", "edited_message", "callback_query");
    }

    @Test
    void afterCloseItIsNotConnected() {
        adapter.close();
        assertThat(adapter.connected()).isFalse();
    }
}
