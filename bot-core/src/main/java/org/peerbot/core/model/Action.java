package org.peerbot.core.model;

/**
 * A button under a message. {@code data} comes back in {@link ChatEvent.ButtonPressed}; it is
 * short (Telegram allows 64 bytes) and carries no personal data.
 */
public record Action(String label, String data) {
    public Action {
        if (data == null || data.isEmpty() || data.length() > 64) {
            throw new IllegalArgumentException("action data must be 1..64 characters");
        }
    }
}
