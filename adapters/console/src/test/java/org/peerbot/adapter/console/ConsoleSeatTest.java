package org.peerbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.port.PromptCatalog;

class ConsoleSeatTest {

    private static final Map<String, String> TEXTS = Map.of(
            "console.hint", "How to type here.\nType /help.",
            "console.seat_volunteer", "Now the volunteer.",
            "console.seat_member", "Now the member.");

    private final PromptCatalog catalog = new PromptCatalog() {
        @Override
        public List<Prompt> variants(String key) {
            String t = TEXTS.get(key);
            return t == null ? List.of() : List.of(new Prompt(key, t));
        }

        @Override
        public Set<String> keys() {
            return TEXTS.keySet();
        }
    };
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<ChatEvent> handled = new ArrayList<>();
    private final ConsoleSeat seat = new ConsoleSeat(handled::add, () -> { }, catalog,
            new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.systemUTC());

    private List<String> printed() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theGreetingIsTheCataloguesHintWithoutABotPrefix() {
        seat.greet();
        assertThat(printed()).containsExactly("How to type here.", "Type /help.");
    }

    @Test
    void pipedInputPrintsOnlyPrefixedLines() throws IOException {
        seat.run(new BufferedReader(new StringReader("hi\n/seat volunteer\n/seat member\n")));
        assertThat(printed()).containsExactly("vol> Now the volunteer.", "bot> Now the member.");
        assertThat(handled).hasSize(1);
    }
}
