package org.peerbot.core.testing;

import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Text nobody should have to handle, for property tests of the core and of the adapters' mappers:
 * arbitrary Unicode, control characters, right-to-left runs, zalgo, 100 KB messages, empty and blank ones.
 */
public final class HostileText {

    private HostileText() {
    }

    public static Arbitrary<String> any() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(50);
        Arbitrary<String> rtl = Arbitraries.strings().withCharRange('\u0590', '\u06ff').ofMaxLength(200)
                .map(s -> "\u202e" + s + "\u202c");
        Arbitrary<String> zalgo = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30)
                .map(s -> s.chars().mapToObj(c -> (char) c + "\u0301\u0336\u0334\u0335")
                        .collect(Collectors.joining()));
        Arbitrary<String> huge = Arbitraries.strings().withCharRange('a', 'z').ofLength(5).map(s -> s.repeat(20_000));
        Arbitrary<String> markup = Arbitraries.strings().withChars("<>&@*_~`|\\#[]()".toCharArray())
                .withCharRange('a', 'c').ofMaxLength(300);
        Arbitrary<String> blank = Arbitraries.of("", " ", "\n\n", "\t", "\u200b\u200b", "/", "/ ", "/@", "{}", "<b>");
        return Arbitraries.oneOf(unicode, controls, rtl, zalgo, huge, markup, blank);
    }
}
