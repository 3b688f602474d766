package org.peerbot.adapter.telegram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramTextTest {

    @Test
    void escapesOnlyWhatHtmlNeeds() {
        assertThat(TelegramText.escapeHtml("a<b>&c\"d'e")).isEqualTo("a&lt;b&gt;&amp;c\"d'e");
    }

    @Test
    void mentionsCannotPingButEmailAddressesStayIntact() {
        assertThat(TelegramText.escapeHtml("hi @everyone and @admin_1, mail jo@example.org @"))
                .isEqualTo("hi @\u2060everyone and @\u2060admin_1, mail jo@example.org @");
    }

    @Test
    void shortTextIsOnePart() {
        assertThat(TelegramText.split("hello", 10)).containsExactly("hello");
        assertThat(TelegramText.split("", 10)).containsExactly("");
    }

    @Test
    void prefersParagraphThenLineThenSentenceThenWord() {
        assertThat(TelegramText.split("aaaa aaa\n\nbbb\nccc", 14)).containsExactly("aaaa aaa", "bbb\nccc");
        assertThat(TelegramText.split("aaaa aaa\nbbb ccc dd", 14)).containsExactly("aaaa aaa", "bbb ccc dd");
        assertThat(TelegramText.split("One two. Three four five", 14)).containsExactly("One two.", "Three four", "five");
        assertThat(TelegramText.split("one two three four", 10)).containsExactly("one two", "three four");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 units
        String text = "x" + emoji.repeat(10); // 21 units, no spaces
        List<String> parts = TelegramText.split(text, 4);

        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(4);
            assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
        });
    }

    @Test
    void partsKeepTheLimitAfterEscapingBecauseTelegramCountsParsedText() {
        String text = "<&>".repeat(3000);
        List<String> parts = TelegramText.split(text, TelegramText.MAX_MESSAGE);

        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void truncateKeepsTheFirstPart() {
        assertThat(TelegramText.truncate("short", 200)).isEqualTo("short");
        assertThat(TelegramText.truncate("word ".repeat(100), 200)).hasSizeLessThanOrEqualTo(200).endsWith("word");
    }
}
