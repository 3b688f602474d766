package org.peerbot.core.turn;

import java.util.Locale;

/**
 * A slash command as typed: its word (lower case, any {@code @BotName} removed) and the rest of the line.
 * Which commands exist, and who may use them, is {@link org.peerbot.core.model.SlashCommand}'s job.
 */
public record Command(String name, String args) {

    /** The command in a message such as {@code /claim@PeerBot h123}, or null when the message is not one. */
    public static Command parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() < 2 || t.charAt(0) != '/' || !Character.isLetter(t.charAt(1))) {
            return null;
        }
        int space = t.indexOf(' ');
        String word = space < 0 ? t.substring(1) : t.substring(1, space);
        int at = word.indexOf('@');
        if (at >= 0) {
            word = word.substring(0, at);
        }
        return new Command(word.toLowerCase(Locale.ROOT), space < 0 ? "" : t.substring(space + 1).strip());
    }
}
