package org.peerbot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.peerbot.adapter.discord.fake.FakeDiscord;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.testing.HostileText;

/**
 * Issue 7, item 6, for Discord: hostile text through the real JDA (gateway JSON in, the adapter's mapping out)
 * arrives intact, and what the bot writes back is escaped, cannot ping and stays within Discord's limits.
 */
class DiscordMapperPropertiesTest {

    private static final String MEMBER = "500000000000000051";
    private static final List<ChatEvent> EVENTS = new CopyOnWriteArrayList<>();
    private static FakeDiscord discord;
    private static DiscordAdapter adapter;

    @BeforeContainer
    static void connect() {
        discord = FakeDiscord.start();
        adapter = new DiscordAdapter(new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(), discord.gatewayUrl(),
                FakeDiscord.GUILD_ID, FakeDiscord.VOLUNTEER_CHANNEL_ID, FakeDiscord.VOLUNTEER_ROLE_ID, false),
                EVENTS::add, DiscordAdapterTest.CATALOG, Duration.ofSeconds(5));
        adapter.start();
    }

    @AfterContainer
    static void disconnect() {
        adapter.close();
        discord.close();
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.any();
    }

    /** Discord carries at most 4,000 characters in a message; longer ones never reach a bot. */
    @Property(tries = 40)
    void aDirectMessageArrivesWithItsTextIntact(@ForAll("hostile") String generated) {
        String clipped = generated.length() > 4000 ? generated.substring(0, 4000) : generated;
        // What can travel as UTF-8 JSON at all (a lone surrogate cannot): exactly what Discord can deliver.
        String text = new String(clipped.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        String id = discord.pushDm(MEMBER, text);
        // A sentinel after it: once that is in, the message before it has been handled (or dropped).
        String sentinel = discord.pushDm(MEMBER, "sentinel");
        await().atMost(Duration.ofSeconds(10)).until(() -> EVENTS.stream()
                .anyMatch(e -> e.eventId().equals("dc:" + sentinel)));
        List<ChatEvent> mine = EVENTS.stream().filter(e -> e.eventId().equals("dc:" + id)).toList();
        if (text.isBlank()) {
            // No words and nothing attached: never an empty message for the engine.
            assertThat(mine).noneMatch(ChatEvent.MessageReceived.class::isInstance);
            return;
        }
        assertThat(mine).singleElement().isInstanceOfSatisfying(ChatEvent.MessageReceived.class, m -> {
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.where()).isEqualTo(Inbound.dmRef(MEMBER));
        });
    }

    @Property(tries = 300)
    void outputIsEscapedCannotPingAndFitsDiscordsLimit(@ForAll("hostile") String text) {
        String escaped = Render.escape(text);
        assertThat(escaped).doesNotContain("@everyone").doesNotContain("@here");
        assertThat(escaped.replace("\u200b", "").replace("\\", "")).as("escaping only adds, never loses")
                .isEqualTo(text.replace("\u200b", "").replace("\\", ""));
        assertThat(MarkdownSanitizer.sanitize(escaped)).as("nothing is left for Discord to format")
                .isEqualTo(escaped);
        List<String> parts = Render.split(escaped, Render.CONTENT_LIMIT);
        assertThat(parts).isNotEmpty().allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(
                Render.CONTENT_LIMIT));
        assertThat(String.join("", parts).replaceAll("\\s", "")).isEqualTo(escaped.replaceAll("\\s", ""));
    }
}
