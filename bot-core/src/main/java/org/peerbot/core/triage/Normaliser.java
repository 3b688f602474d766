package org.peerbot.core.triage;

import java.text.Normalizer;
import java.util.Map;

/**
 * Puts a message into the one plain form the rules are written against: lower case, no accents, no
 * zero-width or control characters, emoji as words, stretched letters squeezed ("sooooo" to "so"),
 * text-speak and misspellings mapped to words ("kms" to "kill myself"), contractions expanded
 * ("i'm" to "i am"), digits split from units ("800mg" to "800 mg"), single spaces. One pass over the
 * text for plain ASCII; never throws.
 */
final class Normaliser {

    /** Longer input is cut: triage reads the first part of a very long message. */
    static final int MAX_CHARS = 20_000;

    private final Map<String, String> words;
    private final Map<String, String> emoji;

    Normaliser(Map<String, String> words, Map<String, String> emoji) {
        this.words = Map.copyOf(words);
        this.emoji = Map.copyOf(emoji);
    }

    String normalise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
        if (!ascii(text)) {
            text = foldUnicode(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        StringBuilder word = new StringBuilder(16);
        char lastPunct = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            boolean letter = c >= 'a' && c <= 'z';
            boolean digit = c >= '0' && c <= '9';
            if (letter || digit || (c == '\'' && word.length() > 0)) {
                int n = word.length();
                // Squeeze a run of three or more of the same letter to one ("sooooo" -> "so").
                if (letter) {
                    int j = i + 1;
                    while (j < text.length() && Character.toLowerCase(text.charAt(j)) == c) {
                        j++;
                    }
                    if (j - i >= 3) {
                        i = j - 1;
                    }
                }
                // "800mg" -> "800 mg": a letter after digits starts a new word.
                if (letter && n > 0 && Character.isDigit(word.charAt(n - 1))) {
                    flush(word, out);
                }
                word.append(c);
                continue;
            }
            flush(word, out);
            if (c == '?' || c == '.' || c == '!' || c == ',') {
                if (lastPunct != c) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                    out.append(c).append(' ');
                }
                lastPunct = c;
                continue;
            }
            lastPunct = 0;
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        flush(word, out);
        trimSpace(out);
        return out.toString();
    }

    private void flush(StringBuilder word, StringBuilder out) {
        if (word.length() == 0) {
            return;
        }
        while (word.length() > 0 && word.charAt(word.length() - 1) == '\'') {
            word.setLength(word.length() - 1);
        }
        String w = word.toString();
        word.setLength(0);
        if (w.isEmpty()) {
            return;
        }
        String mapped = words.get(w);
        if (mapped == null && w.endsWith("'s")) {
            String stem = words.get(w.substring(0, w.length() - 2));
            mapped = stem == null ? null : stem + "'s";
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        out.append(mapped != null ? mapped : w);
    }

    private static void trimSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Emoji to words, curly quotes to straight, format and control characters out, accents off. */
    private String foldUnicode(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            String asWord = cp > 127 ? emoji.get(text.substring(i, i + len)) : null;
            if (asWord != null) {
                b.append(' ').append(asWord).append(' ');
            } else if (cp == '\u2019' || cp == '\u2018' || cp == '`' || cp == '\u00b4') {
                b.append('\'');
            } else if (Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)) {
                b.append(Character.isWhitespace(cp) ? " " : "");
            } else {
                b.appendCodePoint(cp);
            }
            i += len;
        }
        String s = Normalizer.normalize(b, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.ENCLOSING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
