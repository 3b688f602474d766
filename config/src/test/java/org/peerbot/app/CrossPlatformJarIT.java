package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.adapter.discord.fake.FakeDiscord;
import org.peerbot.adapter.telegram.fake.FakeTelegramServer;

/**
 * The packaged jar with both platforms on, each against its local fake: a Telegram member is claimed by a
 * Discord volunteer (a holder of the volunteer role) and they talk through a private thread, with no
 * mention ever able to ping anyone.
 */
class CrossPlatformJarIT {

    private static final String TG_TOKEN = "123456:TEST_token_abcdefghij";
    private static final String VOLUNTEER = "500000000000000007";
    private static final List<String> ROLES = List.of(FakeDiscord.VOLUNTEER_ROLE_ID);
    private static final Pattern CLAIM = Pattern.compile("claim:h[a-z0-9]+");

    @TempDir
    Path dir;

    @Test
    void aTelegramMemberTalksWithADiscordVolunteer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (FakeTelegramServer telegram = new FakeTelegramServer(TG_TOKEN); FakeDiscord discord = FakeDiscord.start()) {
            Process p = JarRunner.start(List.of("--peerbot.telegram.token=" + TG_TOKEN,
                    "--peerbot.telegram.api-url=" + telegram.apiUrl(), "--peerbot.telegram.volunteer-chat-id=-100777",
                    "--peerbot.discord.token=" + FakeDiscord.TOKEN, "--peerbot.discord.rest-url=" + discord.restUrl(),
                    "--peerbot.discord.gateway-url=" + discord.gatewayUrl(),
                    "--peerbot.discord.guild-id=" + FakeDiscord.GUILD_ID,
                    "--peerbot.discord.volunteer-channel-id=" + FakeDiscord.VOLUNTEER_CHANNEL_ID,
                    "--peerbot.discord.volunteer-role-id=" + FakeDiscord.VOLUNTEER_ROLE_ID,
                    "--peerbot.data-dir=" + dir.resolve("data"), "--server.port=" + port),
                    Map.of("PEERBOT_SECRET", "it-secret-0123456789abcdef"), dir.resolve("out.txt"),
                    dir.resolve("err.txt"));
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> !telegram.calls("setMyCommands").isEmpty()
                        && discord.saw(c -> c.path().contains("commands")));
                discord.pushGuildMessage(FakeDiscord.VOLUNTEER_CHANNEL_ID, VOLUNTEER, ROLES, "/duty on");
                await().atMost(Duration.ofSeconds(30)).until(() -> postedIn(discord, "on duty").isPresent());

                telegram.privateText(1001, "/talk");
                String cardChannel = FakeDiscord.VOLUNTEER_CHANNEL_ID;
                await().atMost(Duration.ofSeconds(30)).until(() -> claimData(discord).isPresent());
                String claim = claimData(discord).orElseThrow();
                assertThat(String.join("\n", discord.calls().stream().map(FakeDiscord.Call::raw).toList()))
                        .doesNotContain("1001");

                discord.pushButton(cardChannel, VOLUNTEER, ROLES, claim, "1");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(String.join("\n", telegram.sentTo("1001"))).contains("a peer volunteer, has joined"));
                String thread = await().atMost(Duration.ofSeconds(30)).until(() ->
                        postedIn(discord, "You are now with").orElse(null), t -> t != null);
                assertThat(thread).isNotEqualTo(FakeDiscord.VOLUNTEER_CHANNEL_ID);

                telegram.privateText(1001, "hello @everyone <@&" + FakeDiscord.VOLUNTEER_ROLE_ID + "> **there**");
                await().atMost(Duration.ofSeconds(30)).until(() -> discord.calls().stream().anyMatch(c ->
                        c.path().contains(thread) && c.raw().contains("everyone")));
                FakeDiscord.Call relayed = discord.calls().stream().filter(c -> c.path().contains(thread)
                        && c.raw().contains("everyone")).findFirst().orElseThrow();
                // No ping is possible: allowed mentions are empty, and @everyone is broken with a zero-width space.
                assertThat(relayed.body().getObject("allowed_mentions").getArray("parse").length()).isZero();
                assertThat(relayed.body().getString("content")).contains("@\u200beveryone")
                        .contains("\\*\\*there\\*\\*");

                discord.pushGuildMessage(thread, VOLUNTEER, ROLES, "hi from discord");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(String.join("\n", telegram.sentTo("1001"))).contains(": hi from discord"));
            } finally {
                p.destroyForcibly().waitFor();
                // Kept in the failsafe report to explain a failure; the assertion below checks it holds no text.
                System.out.println(Files.readString(dir.resolve("err.txt")));
            }
            assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("hi from discord")
                    .doesNotContain("@everyone");
        }
    }

    @Test
    void withOnlyTheDiscordKeysItServesMembersAndAnOrganiser() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String member = "500000000000000031";
        String organiser = "500000000000000041";
        try (FakeDiscord discord = FakeDiscord.start()) {
            Process p = JarRunner.start(List.of("--peerbot.discord.token=" + FakeDiscord.TOKEN,
                    "--peerbot.discord.rest-url=" + discord.restUrl(),
                    "--peerbot.discord.gateway-url=" + discord.gatewayUrl(),
                    "--peerbot.discord.guild-id=" + FakeDiscord.GUILD_ID,
                    "--peerbot.discord.volunteer-channel-id=" + FakeDiscord.VOLUNTEER_CHANNEL_ID,
                    "--peerbot.discord.volunteer-role-id=" + FakeDiscord.VOLUNTEER_ROLE_ID,
                    "--peerbot.organisers=discord:" + organiser,
                    "--peerbot.data-dir=" + dir.resolve("data"), "--server.port=" + port),
                    Map.of("PEERBOT_SECRET", "it-secret-0123456789abcdef"), dir.resolve("out.txt"),
                    dir.resolve("err.txt"));
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> discord.saw(c -> c.path().contains("commands")));
                discord.pushDm(member, "hi");
                await().atMost(Duration.ofSeconds(30)).until(() -> postedIn(discord, "I'm a bot")
                        .filter(discord.dmChannelOf(member)::equals).isPresent());
                discord.pushDm(member, "I want to end it all tonight");
                await().atMost(Duration.ofSeconds(30)).until(() -> postedIn(discord, "116 123").isPresent());
                await().atMost(Duration.ofSeconds(30)).until(() -> postedIn(discord, "URGENT")
                        .filter(FakeDiscord.VOLUNTEER_CHANNEL_ID::equals).isPresent());

                discord.pushDm(member, "/stats");
                await().atMost(Duration.ofSeconds(30)).until(() -> postedIn(discord, "only the people who run")
                        .isPresent());
                discord.pushDm(organiser, "/stats");
                await().atMost(Duration.ofSeconds(30)).until(() -> postedIn(discord, "Crisis replies: 1 (self harm 1)")
                        .filter(discord.dmChannelOf(organiser)::equals).isPresent());
            } finally {
                p.destroyForcibly().waitFor();
                System.out.println(Files.readString(dir.resolve("err.txt")));
            }
            assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("end it all");
        }
    }

    /** The channel of the first bot message whose body contains the text. */
    private static Optional<String> postedIn(FakeDiscord discord, String text) {
        Pattern channel = Pattern.compile("channels/(\\d+)/messages");
        return discord.calls().stream().filter(c -> c.method().equals("POST") && c.raw().contains(text))
                .map(c -> channel.matcher(c.path())).filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }

    private static Optional<String> claimData(FakeDiscord discord) {
        return discord.calls().stream().map(c -> CLAIM.matcher(c.raw())).filter(Matcher::find).map(Matcher::group)
                .findFirst();
    }
}
