package org.peerbot.adapter.telegram;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerbot.adapter.telegram.fake.FakeTelegramServer;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.model.Platform;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.ScriptedTriage;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real engine and dispatcher behind the adapter: a member's first message is answered in their chat. */
class TelegramWithEngineTest {

    final FakeTelegramServer fake = new FakeTelegramServer();
    final Harness h = new Harness(new ScriptedTriage());
    TelegramAdapter adapter;

    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
        fake.close();
    }

    @Test
    void firstContactIsAnsweredThroughTheFakeBotApi() {
        adapter = new TelegramAdapter(new TelegramSettings(fake.token(), fake.apiUrl(), "-100555", false, null),
                h.engine, h.prompts);
        adapter.start();
        Dispatcher dispatcher = new Dispatcher(h.stores, Map.of(Platform.TELEGRAM, adapter.sender()),
                Map.of(Platform.TELEGRAM, DeliveryPolicy.unlimited()), h.clock, null);
        long t0 = System.nanoTime();

        fake.privateText(4242, "/start");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            dispatcher.drain(Platform.TELEGRAM);
            assertThat(fake.sentMessages()).isNotEmpty();
        });
        assertThat(fake.sentMessages()).allSatisfy(c -> {
            assertThat(c.text("chat_id")).isEqualTo("4242");
            assertThat(c.text("parse_mode")).isEqualToIgnoringCase("HTML");
        });
        System.out.printf("update to first reply through engine and dispatcher: %d ms%n",
                Duration.ofNanos(System.nanoTime() - t0).toMillis());
    }
}
