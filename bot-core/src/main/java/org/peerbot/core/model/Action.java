package org.peerbot.core.model;

/**
 * A button under a message. {@code data} comes back in {@link ChatEvent.ButtonPressed}; it is
 * short (Telegram allows 64 bytes) and carries no personal data.
 */
public record Action(String label, String data) {

    /**
     * Data of a button that opens the member's private chat with the bot (a Telegram deep link
     * {@code t.me/<bot>?start=help}; on Discord a DM prompt). Adapters render it as a link, not a callback.
     */
    public static final String OPEN_PRIVATE = "open-private";

    /** A button of ours, typed: its data is the payload's. */
    public Action(String label, Button button) {
        this(label, button.data());
    }

    public Action {
        if (data == null || data.isEmpty() || data.length() > 64) {
            throw new IllegalArgumentException("action data must be 1..64 characters");
        }
    }
}
