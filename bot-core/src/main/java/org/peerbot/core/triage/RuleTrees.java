package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads of a parsed rule tree; each failure names the {@link Place} and says what the entry must be. */
final class RuleTrees {
    private RuleTrees() {
    }

    /** A map with text keys, or null when absent. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Place p, Object v) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw p.fail("must be a map (key: value lines)");
        }
        for (Object k : m.keySet()) {
            if (!(k instanceof String)) {
                throw p.at(m, k, p.label()).fail("has a non-text key " + k + "; quote it");
            }
        }
        return (Map<String, Object>) m;
    }

    /** {@code dropAllowed}: an empty text ('') is a replacement that drops the word (normalise.words only). */
    static Map<String, String> stringMap(Place p, Object v, boolean dropAllowed) {
        Map<String, Object> m = map(p, v);
        Map<String, String> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, val) -> {
                if (!(val instanceof String s) || (s.isBlank() && !(dropAllowed && s.isEmpty()))) {
                    throw p.at(m, k, p.label() + "." + k).fail("must be a non-empty text (quote it)");
                }
                out.put(k, s);
            });
        }
        return out;
    }

    /** A list of texts (a single text counts as a list of one), or an empty list when absent. */
    static List<String> strings(Place p, Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (!(v instanceof Collection<?> c)) {
            throw p.fail("must be a list of texts");
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Object o : c) {
            if (!(o instanceof String s)) {
                throw p.at(c, i, p.label()).fail("must hold only texts (got " + o
                        + "); quote numbers and words like yes/no");
            }
            out.add(s);
            i++;
        }
        return out;
    }

    static int integer(Place p, Object v, int min, int max) {
        if (v instanceof Number n && n.intValue() >= min && n.intValue() <= max) {
            return n.intValue();
        }
        throw p.fail("must be a whole number from " + min + " to " + max);
    }

    /** The pattern as written, cut short for a message (an expanded pattern can be thousands of characters). */
    static String shorten(String pattern) {
        String s = pattern.strip();
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
