package org.peerbot.adapter.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerbot.adapter.telegram.fake.FakeTelegramServer;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ChatEvent.MessageReceived;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.SendResult;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class TelegramWebhookAndLifecycleTest {

    static final String SECRET = "s3cret_Token-1";

    final FakeTelegramServer fake = new FakeTelegramServer();
    final RecordingHandler handler = new RecordingHandler();
    TelegramAdapter adapter;

    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
        fake.close();
    }

    private TelegramAdapter webhookAdapter() {
        return new TelegramAdapter(new TelegramSettings(fake.token(), fake.apiUrl(), "-100555", true, SECRET),
                handler, MapCatalog.commands());
    }

    private TelegramAdapter pollingAdapter() {
        return new TelegramAdapter(new TelegramSettings(fake.token(), fake.apiUrl(), "-100555", false, null),
                handler, MapCatalog.commands());
    }

    @Test
    void webhookRefusesAWrongSecretAndHandlesTheRightOne() {
        adapter = webhookAdapter();
        adapter.start();
        String body = fake.privateTextUpdateJson(4242, "hello by webhook");

        assertThat(adapter.onWebhookUpdate("wrong", body)).isFalse();
        assertThat(adapter.onWebhookUpdate(null, body)).isFalse();
        assertThat(adapter.onWebhookUpdate(SECRET + "x", body)).isFalse();
        assertThat(handler.events).isEmpty();

        assertThat(adapter.onWebhookUpdate(SECRET, body)).isTrue();
        assertThat(handler.all(MessageReceived.class)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("hello by webhook");
            assertThat(m.where()).isEqualTo(new ConversationRef(Platform.TELEGRAM, "4242"));
            assertThat(m.eventId()).startsWith("tg:");
        });
        // Telegram redelivers when unsure: the same update keeps its event id, the core dedupes.
        assertThat(adapter.onWebhookUpdate(SECRET, body)).isTrue();
        assertThat(handler.events).extracting(e -> e.eventId()).containsOnly(handler.events.get(0).eventId());
        assertThat(fake.calls("getUpdates")).as("webhook mode never polls").isEmpty();
    }

    @Test
    void unreadableWebhookBodyIsAcknowledgedAndDropped() {
        adapter = webhookAdapter();
        adapter.start();

        assertThat(adapter.onWebhookUpdate(SECRET, "{not json")).isTrue();
        assertThat(handler.events).isEmpty();
    }

    @Test
    void registerWebhookSendsTheUrlAndSecret() {
        adapter = webhookAdapter();
        adapter.start();

        adapter.registerWebhook("https://bot.example.org/telegram");

        assertThat(fake.webhookUrl()).isEqualTo("https://bot.example.org/telegram");
        assertThat(fake.webhookSecret()).isEqualTo(SECRET);
        assertThat(adapter.connected()).isTrue();
    }

    @Test
    void pollingModeRefusesWebhookCalls() {
        adapter = pollingAdapter();
        adapter.start();

        assertThat(adapter.onWebhookUpdate(SECRET, fake.privateTextUpdateJson(1, "x"))).isFalse();
        assertThatThrownBy(() -> adapter.registerWebhook("https://x.example")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("peerbot.telegram.webhook");
    }

    @Test
    void closeLeavesNoNonDaemonThreadsOfOurs() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        adapter = pollingAdapter();
        adapter.start();
        fake.privateText(4242, "hi");
        await().atMost(Duration.ofSeconds(10)).until(() -> !handler.events.isEmpty());
        adapter.sender().send(OutboundMessage.to(new ConversationRef(Platform.TELEGRAM, "4242"), "reply"));

        adapter.close();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(newLiveThreads(before))
                .noneMatch(t -> !t.isDaemon()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(newLiveThreads(before))
                .extracting(Thread::getName).noneMatch(n -> n.startsWith("peerbot-telegram")));
        assertThat(adapter.connected()).isFalse();
    }

    private static Set<Thread> newLiveThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                // Awaitility polls on a non-daemon thread of its own.
                .filter(t -> t.isAlive() && !before.contains(t) && !t.getName().startsWith("awaitility"))
                .collect(Collectors.toSet());
    }

    @Test
    void closeEndsAPollInFlightAtOnce() {
        fake.pollHold(Duration.ofSeconds(30));
        adapter = pollingAdapter();
        adapter.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("getUpdates").isEmpty());

        long t0 = System.nanoTime();
        adapter.close();

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void pollingStopsWhenTheGatewayLeaseIsLostAndResumesWithoutLosingAnUpdate() {
        adapter = pollingAdapter();
        adapter.start();
        fake.privateText(4242, "one");
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.events.size() == 1);

        adapter.stopPolling();
        assertThat(adapter.polling()).isFalse();
        int pollsWhenStopped = fake.calls("getUpdates").size();
        fake.privateText(4242, "two");
        // Nobody polls: the update waits at Telegram for whoever polls next.
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() ->
                handler.events.size() == 1 && fake.calls("getUpdates").size() <= pollsWhenStopped + 1);
        assertThat(fake.pendingUpdates()).isEqualTo(1);

        adapter.resumePolling();
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.events.size() == 2);
        assertThat(handler.all(MessageReceived.class)).extracting(MessageReceived::text).containsExactly("one", "two");
        adapter.resumePolling();
        assertThat(adapter.polling()).isTrue();
    }

    @Test
    void connectedFollowsThePoll() {
        adapter = pollingAdapter();
        adapter.start();
        assertThat(adapter.connected()).isTrue();

        fake.failNextWith("getUpdates", 3, 409, "Conflict: terminated by other getUpdates request");
        await().atMost(Duration.ofSeconds(10)).until(() -> !adapter.connected());
        await().atMost(Duration.ofSeconds(20)).until(adapter::connected);
    }

    @Test
    void aBadTokenFailsStartNamingTheSetting() {
        adapter = new TelegramAdapter(new TelegramSettings("1:wrong", fake.apiUrl(), null, false, null), handler,
                MapCatalog.commands());

        assertThatThrownBy(adapter::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("peerbot.telegram.token").hasMessageNotContaining("wrong");
    }

    @Test
    void anUnreachableApiFailsStartNamingTheSetting() {
        String url = fake.apiUrl();
        fake.close();
        adapter = new TelegramAdapter(new TelegramSettings(fake.token(), url, null, false, null), handler,
                MapCatalog.commands());

        assertThatThrownBy(adapter::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("peerbot.telegram.api-url");
    }

    @Test
    void anUnreachableApiIsAPassingFault() {
        adapter = pollingAdapter();
        adapter.start();
        fake.close();

        SendResult r = adapter.sender().send(OutboundMessage.to(new ConversationRef(Platform.TELEGRAM, "4242"), "hi"));

        assertThat(r).isInstanceOf(SendResult.RetryAfter.class);
        assertThat(((SendResult.RetryAfter) r).delay()).isZero();
    }

    @Test
    void missingCommandDescriptionsAreLeftOutOfTheMenu() {
        adapter = new TelegramAdapter(new TelegramSettings(fake.token(), fake.apiUrl(), null, false, null), handler,
                MapCatalog.commands().without("command.forget.description"));
        adapter.start();

        assertThat(fake.calls("setMyCommands").get(0).params().get("commands")).hasSize(8);
    }

    @Test
    void noMessageTextReachesTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            adapter = pollingAdapter();
            adapter.start();
            handler.explodeOn(e -> true);
            fake.blockBot("4243");
            fake.failNextWith429("sendMessage", 1, 3);
            fake.privateText(4242, "INBOUND-MARKER my private worry");
            fake.groupText(-100777, 4242, "INBOUND-MARKER in public");
            await().atMost(Duration.ofSeconds(10)).until(() -> handler.events.size() == 2);
            var sender = adapter.sender();
            sender.send(OutboundMessage.to(new ConversationRef(Platform.TELEGRAM, "4242"), "OUTBOUND-MARKER a"));
            sender.send(OutboundMessage.to(new ConversationRef(Platform.TELEGRAM, "4243"), "OUTBOUND-MARKER b"));
            sender.send(new OutboundMessage(new Address.Chat(new ConversationRef(Platform.TELEGRAM, "-1")), "",
                    List.of(), Priority.NORMAL, null));
            adapter.close();
        } finally {
            root.detachAppender(logs);
        }
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).allSatisfy(e -> {
            String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain("MARKER", "Name4242", "user4242");
        });
    }
}
