package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.adapter.telegram.fake.FakeTelegramServer;

/**
 * The packaged jar, started with only the Telegram keys (and the secret in the environment), against the
 * local Bot API fake: it serves a member, reports ready with metrics, survives kill -9 without losing a reply
 * (repeating at most the one in flight), and refuses bad configuration with a message that says what to fix.
 */
class TelegramJarIT {

    private static final String TOKEN = "123456:TEST_token_abcdefghij";

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private List<String> args(FakeTelegramServer fake, int port) {
        return List.of("--peerbot.telegram.token=" + TOKEN, "--peerbot.telegram.api-url=" + fake.apiUrl(),
                "--peerbot.telegram.volunteer-chat-id=-100777", "--peerbot.data-dir=" + dir.resolve("data"),
                "--server.port=" + port);
    }

    @Test
    void theJarServesTelegramMembersAndReportsHealthAndMetrics() throws Exception {
        int port = freePort();
        try (FakeTelegramServer fake = new FakeTelegramServer(TOKEN)) {
            Process p = JarRunner.start(args(fake, port), Map.of("PEERBOT_SECRET", "it-secret-0123456789abcdef"),
                    dir.resolve("out.txt"), dir.resolve("err.txt"));
            try {
                fake.privateText(1001, "hi");
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                        assertThat(String.join("\n", fake.sentTo("1001"))).contains("I'm a bot"));
                fake.privateText(1001, "I want to end it all");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(String.join("\n", fake.sentTo("1001"))).contains("116 123"));

                HttpClient http = HttpClient.newHttpClient();
                // Members can be answered a moment before the web server has opened its port.
                HttpResponse<String> ready = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString()),
                        r -> r.statusCode() == 200);
                assertThat(ready.body()).contains("\"telegram\":\"up\"").contains("\"database\":\"up\"");
                HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(metrics.body()).contains("peerbot_messages_total").contains("category=\"crisis\"")
                        .contains("peerbot_crisis_replies_total").contains("peerbot_outbox_backlog{").doesNotContain("1001").doesNotContain("end it all");
            } finally {
                p.destroyForcibly().waitFor();
            }
            String logs = Files.readString(dir.resolve("err.txt")) + Files.readString(dir.resolve("out.txt"));
            assertThat(logs).doesNotContain("end it all").doesNotContain("1001");
        }
    }

    @Test
    void webhookModeRegistersItselfAndChecksTheSecretToken() throws Exception {
        int port = freePort();
        try (FakeTelegramServer fake = new FakeTelegramServer(TOKEN)) {
            String hook = "http://127.0.0.1:" + port + "/telegram/webhook";
            Process p = JarRunner.start(List.of("--peerbot.telegram.token=" + TOKEN,
                    "--peerbot.telegram.api-url=" + fake.apiUrl(), "--peerbot.telegram.volunteer-chat-id=-100777",
                    "--peerbot.telegram.mode=webhook", "--peerbot.telegram.webhook-url=" + hook,
                    "--peerbot.telegram.webhook-secret=hook-secret-123", "--peerbot.data-dir=" + dir.resolve("data"),
                    "--server.port=" + port), Map.of("PEERBOT_SECRET", "it-secret-0123456789abcdef"),
                    dir.resolve("out.txt"), dir.resolve("err.txt"));
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> hook.equals(fake.webhookUrl()));
                HttpClient http = HttpClient.newHttpClient();
                String update = fake.privateTextUpdateJson(1001, "hi");
                // The webhook is registered while the application starts; the web server opens a moment later
                // (Telegram itself retries the same way).
                await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                    HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(hook))
                            .header("Content-Type", "application/json")
                            .header("X-Telegram-Bot-Api-Secret-Token", "nope")
                            .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(wrong.statusCode()).isEqualTo(401);
                });
                HttpResponse<String> right = http.send(HttpRequest.newBuilder(URI.create(hook))
                        .header("Content-Type", "application/json")
                        .header("X-Telegram-Bot-Api-Secret-Token", "hook-secret-123")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(right.statusCode()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(String.join("\n", fake.sentTo("1001"))).contains("I'm a bot"));
                assertThat(fake.calls("getUpdates")).as("no long polling in webhook mode").isEmpty();
            } finally {
                p.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void aKilledProcessLosesNoReplyAndRepeatsAtMostTheSendsInFlight() throws Exception {
        try (FakeTelegramServer fake = new FakeTelegramServer(TOKEN)) {
            Map<String, String> env = Map.of("PEERBOT_SECRET", "it-secret-0123456789abcdef");
            Process first = JarRunner.start(args(fake, freePort()), env, dir.resolve("o1.txt"), dir.resolve("e1.txt"));
            await().atMost(Duration.ofSeconds(90)).until(() -> !fake.calls("setMyCommands").isEmpty());
            for (int i = 0; i < 20; i++) {
                fake.privateText(2000 + i, "hi");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !fake.sentTo("2000").isEmpty());
            first.destroyForcibly().waitFor();

            Process second = JarRunner.start(args(fake, freePort()), env, dir.resolve("o2.txt"), dir.resolve("e2.txt"));
            try {
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                    for (int i = 0; i < 20; i++) {
                        assertThat(fake.sentTo(String.valueOf(2000 + i))).as("member %d", i).isNotEmpty();
                    }
                });
                // Delivery is at least once: the sends in flight at the kill (sent, but not yet marked sent) can go
                // twice, and Telegram's policy keeps at most inFlight of them going at once (to different chats).
                // Nothing is lost.
                int twice = 0;
                for (int i = 0; i < 20; i++) {
                    int n = fake.sentTo(String.valueOf(2000 + i)).size();
                    assertThat(n).as("member %d", i).isBetween(1, 2);
                    twice += n - 1;
                }
                assertThat(twice).as("replies sent twice").isLessThanOrEqualTo(
                        org.peerbot.core.delivery.DeliveryPolicy.telegram().inFlight());
            } finally {
                second.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void badConfigurationStopsWithAMessageThatSaysWhatToFix() throws Exception {
        JarRunner.Result noSecret = JarRunner.run("", List.of("--peerbot.telegram.token=" + TOKEN,
                "--peerbot.telegram.volunteer-chat-id=-100777", "--peerbot.data-dir=" + dir.resolve("d1"),
                "--server.port=0"));
        assertThat(noSecret.exit()).isNotZero();
        assertThat(noSecret.stderr()).contains("peerbot.secret is not set").contains("PEERBOT_SECRET");

        JarRunner.Result region = JarRunner.run("", List.of("--peerbot.region=mars",
                "--peerbot.data-dir=" + dir.resolve("d2")));
        assertThat(region.exit()).isNotZero();
        assertThat(region.stderr()).contains("peerbot.region 'mars'").contains("uk");

        JarRunner.Result token = JarRunner.run("", List.of("--peerbot.telegram.token=not-a-token",
                "--peerbot.telegram.volunteer-chat-id=-100777", "--peerbot.secret=it-secret-0123456789abcdef",
                "--peerbot.data-dir=" + dir.resolve("d3"), "--server.port=0"));
        assertThat(token.exit()).isNotZero();
        assertThat(token.stderr()).contains("peerbot.telegram.token");

        JarRunner.Result roster = JarRunner.run("", List.of("--peerbot.roster[0].id=sam",
                "--peerbot.roster[0].platform=carrier-pigeon", "--peerbot.roster[0].user-id=1",
                "--peerbot.roster[0].name=Sam", "--peerbot.data-dir=" + dir.resolve("d4")));
        assertThat(roster.exit()).isNotZero();
        assertThat(roster.stderr()).contains("carrier-pigeon").contains("telegram, discord or console");

        JarRunner.Result organisers = JarRunner.run("", List.of("--peerbot.organisers=bob",
                "--peerbot.data-dir=" + dir.resolve("d5")));
        assertThat(organisers.exit()).isNotZero();
        assertThat(organisers.stderr()).contains("peerbot.organisers entry 'bob'").contains("telegram:123456789");

        JarRunner.Result logFormat = JarRunner.run("", List.of("--peerbot.log-format=xml",
                "--peerbot.data-dir=" + dir.resolve("d6")));
        assertThat(logFormat.exit()).isNotZero();
        assertThat(logFormat.stderr()).contains("peerbot.log-format").contains("ecs, logstash or gelf");

        java.nio.file.Path pack = java.nio.file.Files.writeString(dir.resolve("our-services.yaml"),
                "region: uk\nservices:\n  - id: samaritans\n    name: Samaritans\n");
        JarRunner.Result directory = JarRunner.run("", List.of("--peerbot.wording.directory=" + pack,
                "--peerbot.data-dir=" + dir.resolve("d7")));
        assertThat(directory.exit()).isNotZero();
        assertThat(directory.stderr()).contains("Directory pack").contains("time_zone is missing")
                .contains("Fix the directory pack");
    }
}
