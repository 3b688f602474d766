package org.peerbot.adapter.telegram;

import java.util.ArrayList;
import java.util.List;

/** Telegram's HTML parse mode, made safe: every character of our text is escaped, and long texts are split. */
final class Html {

    static final int LIMIT = 4096;

    private Html() {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Splits plain text so each part, once escaped, fits Telegram's limit: at a paragraph, a line, a sentence
     * or a word where it can, never inside a surrogate pair.
     */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (escape(rest).length() > limit) {
            int cut = cutPoint(rest, limit);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String s, int limit) {
        int max = 0;
        int escaped = 0;
        while (max < s.length()) {
            char c = s.charAt(max);
            int w = c == '&' ? 5 : (c == '<' || c == '>') ? 4 : 1;
            if (escaped + w > limit) {
                break;
            }
            escaped += w;
            max++;
        }
        if (max > 0 && Character.isHighSurrogate(s.charAt(max - 1))) {
            max--;
        }
        String window = s.substring(0, max);
        for (String boundary : new String[] {"\n\n", "\n", ". ", " "}) {
            int at = window.lastIndexOf(boundary);
            if (at > max / 2) {
                return at + boundary.length();
            }
        }
        return Math.max(1, max);
    }
}
