package org.peerbot.adapter.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text to Telegram HTML. The core sends plain text, so every {@code & < >} is escaped and nothing a
 * member or volunteer typed can become markup, a link or a mention. Long texts are split before escaping,
 * so a cut never falls inside an escape, and Telegram's limit (4096 characters after entity parsing)
 * applies to exactly the characters split here.
 */
final class TelegramText {

    /** Telegram's limit for a message text, in UTF-16 code units after entity parsing. */
    static final int MAX_MESSAGE = 4096;
    /** Telegram's limit for a callback-query answer. */
    static final int MAX_CALLBACK_ANSWER = 200;

    private TelegramText() {
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> {
                    out.append(c);
                    // Telegram turns "@name" into a mention that notifies, whatever the parse mode. A word joiner
                    // after "@" keeps relayed words from pinging anyone; e-mail addresses (a letter before) stay.
                    boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                    if (startsWord && i + 1 < text.length() && (Character.isLetterOrDigit(text.charAt(i + 1))
                            || text.charAt(i + 1) == '_')) {
                        out.append('\u2060');
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Splits plain text into parts of at most {@code max} UTF-16 units, preferring, within each window, the
     * last paragraph break, then line break, then sentence end, then space; a hard cut never separates a
     * surrogate pair. Breaks in the first half of a window are not used, so parts stay reasonably full.
     */
    static List<String> split(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2");
        }
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            String part = stripTrailing(rest.substring(0, cut));
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = stripLeadingBreaks(rest.substring(cut));
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** At most {@code max} characters, cut like {@link #split} and without breaking a surrogate pair. */
    static String truncate(String text, int max) {
        return text.length() <= max ? text : split(text, max).get(0);
    }

    private static int cutPoint(String s, int max) {
        int floor = max / 2;
        int at = s.lastIndexOf("\n\n", max - 2);
        if (at >= floor) {
            return at + 2;
        }
        at = s.lastIndexOf('\n', max - 1);
        if (at >= floor) {
            return at + 1;
        }
        for (int i = max - 1; i >= floor; i--) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '…') && i + 1 < s.length()
                    && Character.isWhitespace(s.charAt(i + 1)) && i + 1 <= max) {
                return i + 1;
            }
        }
        for (int i = max; i >= floor; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        int cut = max;
        if (Character.isHighSurrogate(s.charAt(cut - 1)) && Character.isLowSurrogate(s.charAt(cut))) {
            cut--;
        }
        return cut;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeadingBreaks(String s) {
        int start = 0;
        while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }
}
