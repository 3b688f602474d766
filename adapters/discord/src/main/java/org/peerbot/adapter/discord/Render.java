package org.peerbot.adapter.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.peerbot.core.model.Action;

/** Turns core plain text and actions into safe Discord pieces. Pure functions, no JDA session needed. */
final class Render {

    /** Discord's limit for message content. */
    static final int CONTENT_LIMIT = 2000;
    /** Discord's limit for an embed description. */
    static final int EMBED_LIMIT = 4096;
    static final int BUTTONS_PER_ROW = 5;
    static final int ROWS_PER_MESSAGE = 5;
    static final int LABEL_LIMIT = 80;

    private Render() {
    }

    /**
     * Escapes Markdown so member or volunteer words are shown, not interpreted. Mentions cannot ping
     * anyway (every message sets allowed mentions to none), but {@code @everyone} also gets a zero-width
     * joiner so that it does not even look like a ping to readers.
     */
    static String escape(String text) {
        String t = text == null ? "" : text;
        // Every character Discord may read as formatting gets a backslash (JDA's MarkdownSanitizer leaves some
        // mixes, such as "*_*_", formatted); headings, quotes and lists only matter at the start of a line.
        StringBuilder out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean lineStart = i == 0 || t.charAt(i - 1) == '\n';
            if ("\\*_~`|[]".indexOf(c) >= 0 || lineStart && (c == '>' || c == '#' || c == '-')) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString().replace("@everyone", "@\u200beveryone").replace("@here", "@\u200bhere");
    }

    /**
     * Splits text into parts of at most {@code limit} characters, preferring a paragraph break, then a
     * line break, then a space, and never cutting right after an escaping backslash or inside a
     * surrogate pair. An empty text gives one empty part.
     */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text == null ? "" : text;
        while (rest.length() > limit) {
            int cut = bestCut(rest, limit);
            String head = rest.substring(0, cut).stripTrailing();
            if (!head.isEmpty()) {
                parts.add(head);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int bestCut(String text, int limit) {
        int min = limit / 2;
        int at = text.lastIndexOf("\n\n", limit);
        if (at >= min) {
            return at;
        }
        at = text.lastIndexOf('\n', limit);
        if (at >= min) {
            return at;
        }
        at = text.lastIndexOf(' ', limit);
        if (at >= min) {
            return at;
        }
        int cut = limit;
        while (cut > 1 && (text.charAt(cut - 1) == '\\' || Character.isHighSurrogate(text.charAt(cut - 1)))) {
            cut--;
        }
        return cut;
    }

    /** Rows of at most five buttons; at most five rows. Labels are trimmed to Discord's limit. */
    static List<ActionRow> rows(List<Action> actions) {
        List<ActionRow> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Action action : actions) {
            if (rows.size() == ROWS_PER_MESSAGE) {
                break;
            }
            row.add(button(action));
            if (row.size() == BUTTONS_PER_ROW) {
                rows.add(ActionRow.of(row));
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty() && rows.size() < ROWS_PER_MESSAGE) {
            rows.add(ActionRow.of(row));
        }
        return rows;
    }

    /**
     * A callback button whose custom id is the action's data. {@link Action#OPEN_PRIVATE} is a normal
     * button too: Discord has no link that opens a DM with a bot, so the press is reported and the
     * adapter turns it into a private event (see {@code Inbound}).
     */
    static Button button(Action action) {
        String label = action.label() == null || action.label().isBlank() ? action.data() : action.label();
        if (label.length() > LABEL_LIMIT) {
            label = label.substring(0, LABEL_LIMIT - 1) + "\u2026";
        }
        return action.data().equals(Action.OPEN_PRIVATE)
                ? Button.primary(action.data(), label)
                : Button.secondary(action.data(), label);
    }
}
