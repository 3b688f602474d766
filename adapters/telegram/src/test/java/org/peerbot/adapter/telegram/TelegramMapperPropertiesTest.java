package org.peerbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.Space;
import org.peerbot.core.testing.HostileText;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Issue 7, item 6, for Telegram's mappers: hostile text never breaks the update translator or the output
 * formatting, parts stay within Telegram's limit, HTML escaping is sound, and a crisis phrase in noise
 * reaches triage intact.
 */
class TelegramMapperPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Triage TRIAGE = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
    private final UpdateTranslator translator = new UpdateTranslator("-100777", () -> "PeerTestBot");

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.any();
    }

    @Provide
    Arbitrary<String> crisisInNoise() {
        Arbitrary<String> noise = HostileText.any().map(s -> s.length() > 300 ? s.substring(0, 300) : s)
                .map(s -> s.replaceAll("[\\p{L}\\p{N}]", " "));
        Arbitrary<String> phrase = Arbitraries.of("I want to kill myself", "i'm going to end my life tonight",
                "I have taken all my pills", "kms");
        return Combinators.combine(noise, phrase, noise).as((a, p, b) -> a + "\n" + p + "\n" + b);
    }

    private List<ChatEvent> privateText(String text) throws Exception {
        ObjectNode update = JSON.createObjectNode().put("update_id", 7);
        ObjectNode message = update.putObject("message").put("message_id", 3).put("date", 1_790_000_000L)
                .put("text", text);
        message.putObject("chat").put("id", 1001).put("type", "private");
        message.putObject("from").put("id", 1001).put("is_bot", false).put("first_name", "A");
        return translator.translate(JSON.treeToValue(update, Update.class));
    }

    @Property(tries = 200)
    void aPrivateMessageArrivesWithItsTextIntact(@ForAll("hostile") String text) throws Exception {
        List<ChatEvent> events = privateText(text);
        if (text.isEmpty()) {
            return; // Telegram never sends an empty text; whatever we make of it, it must not throw
        }
        assertThat(events).singleElement().isInstanceOfSatisfying(ChatEvent.MessageReceived.class, m -> {
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.space()).isEqualTo(Space.PRIVATE);
        });
    }

    @Property(tries = 100)
    void aCrisisPhraseInNoiseIsStillCaughtAfterTheMapper(@ForAll("crisisInNoise") String text) throws Exception {
        ChatEvent.MessageReceived m = (ChatEvent.MessageReceived) privateText(text).get(0);
        assertThat(TRIAGE.classify(m.text()).category()).isEqualTo(Category.CRISIS);
    }

    @Property(tries = 300)
    void escapingIsSoundAndLosesNothing(@ForAll("hostile") String text) {
        String html = TelegramText.escapeHtml(text);
        assertThat(html).doesNotContain("<").doesNotContain(">");
        assertThat(html.replaceAll("&(amp|lt|gt);", "")).doesNotContain("&");
        assertThat(html.replace("\u2060", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
                .isEqualTo(text.replace("\u2060", ""));
        assertThat(html).as("no @name can ping").doesNotContainPattern("(^|[^\\p{L}\\p{N}])@[\\p{L}\\p{N}_]");
    }

    @Property(tries = 300)
    void partsStayWithinTelegramsLimitAndKeepEveryWord(@ForAll("hostile") String text) {
        List<String> parts = TelegramText.split(text, TelegramText.MAX_MESSAGE);
        assertThat(parts).isNotEmpty().allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(
                TelegramText.MAX_MESSAGE));
        assertThat(String.join("", parts).replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
    }
}
