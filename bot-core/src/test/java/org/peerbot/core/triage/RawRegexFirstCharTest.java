package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A /regex/ word turns most words away by their first character before making a matcher (session 12, for speed).
 * The filter must never turn away a word the regex matches.
 */
class RawRegexFirstCharTest {
    private static final List<String> WORDS = List.of("pneumonia", "numonia", "neumonie", "x", "nope", "p", "2019",
            "1987", "39.5", "41", "ibuprofen", "colitis", "itis", "Pneumonia", "élan", "zzz", "7", "a", "n");

    @Test
    void everyWordReadsAsThePlainRegexReadsIt() {
        for (String regex : List.of("p?n[eu]{1,2}mon(ia|ie|a)", "(19[5-9][0-9]|20[01][0-9]|202[0-3])",
                "(3[89]|4[0-2])(\\.[0-9]+)?", ".*itis", "(?i)pneu.*", "[^a-z].*", "a?", "(?=n).+", "\\w+")) {
            Pattern p = Pattern.compile(regex);
            Node.Raw raw = Node.Raw.of(p);
            for (String w : WORDS) {
                Vocab.Text x = new Vocab().text(new String[] {w});
                boolean filtered = raw.match(new Node.Ctx(x, 0, 1), 0, end -> end) >= 0;
                assertThat(filtered).as(regex + " on " + w).isEqualTo(p.matcher(w).matches());
            }
        }
    }

    @Test
    void wordsThatCannotStartAMatchAreTurnedAway() {
        Node.Raw raw = Node.Raw.of(Pattern.compile("p?n[eu]{1,2}mon(ia|ie|a)"));
        assertThat(raw.canStart()['p']).isTrue();
        assertThat(raw.canStart()['n']).isTrue();
        assertThat(raw.canStart()['x']).isFalse();
        assertThat(raw.canStart()['1']).isFalse();
    }
}
