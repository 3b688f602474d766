package org.peerbot.core.model;

import java.time.Instant;

/**
 * Everything an adapter can tell the engine. {@code eventId} is unique per platform event
 * (Telegram update id, Discord message or interaction id) so a redelivered event is handled once.
 */
public sealed interface ChatEvent
        permits ChatEvent.MessageReceived, ChatEvent.ButtonPressed, ChatEvent.UnsupportedContent,
                ChatEvent.MemberJoined {

    String eventId();

    /** Where it happened; replies to the sender in a private space go here. */
    ConversationRef where();

    Space space();

    Sender from();

    Instant at();

    /**
     * A text message, or a command typed as text ({@code /start payload}). Platform slash
     * commands arrive here too, as their text form.
     *
     * @param privateChat for a message in a group, the sender's private chat with the bot when the
     *                    adapter already knows it (Discord DM channel); otherwise null
     */
    record MessageReceived(String eventId, ConversationRef where, Space space, Sender from, String text,
                           Instant at, boolean edited, ConversationRef privateChat) implements ChatEvent {
        public MessageReceived {
            text = text == null ? "" : text;
        }

        public static MessageReceived inPrivate(String eventId, ConversationRef where, Sender from, String text,
                                                Instant at) {
            return new MessageReceived(eventId, where, Space.PRIVATE, from, text, at, false, null);
        }
    }

    /**
     * A button press. {@code data} is the action's data exactly as the core sent it; never trusted.
     * {@code replyHandle} is what the adapter needs to answer only the presser (Telegram callback query id,
     * Discord interaction id and token); {@code messageId} is the platform id of the message the button sat on.
     */
    record ButtonPressed(String eventId, ConversationRef where, Space space, Sender from, String data,
                         String replyHandle, String messageId, Instant at) implements ChatEvent {

        /** What the button means, or empty for data none of our buttons carries (forged or from an old version). */
        public java.util.Optional<Button> button() {
            return Button.parse(data);
        }
    }

    /** A sticker, photo, voice note or file: the bot says it can only read text for now. */
    record UnsupportedContent(String eventId, ConversationRef where, Space space, Sender from, ContentKind kind,
                              Instant at) implements ChatEvent {
    }

    /** Someone joined the group or server: an optional welcome with the ground rules. */
    record MemberJoined(String eventId, ConversationRef where, Space space, Sender from, Instant at)
            implements ChatEvent {
    }
}
