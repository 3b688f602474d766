package org.peerbot.core.model;

import java.util.Objects;

/**
 * A place the bot can write to: a private chat, a group, a channel, a thread or a forum topic.
 * {@code chatId} is opaque to the core; only the adapter that made it knows how to read it
 * (for example {@code "-100123:77"} for a Telegram forum topic).
 */
public record ConversationRef(Platform platform, String chatId) {
    public ConversationRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        if (chatId.isBlank()) {
            throw new IllegalArgumentException("chatId must not be blank");
        }
    }

    /** A stable string form, used for keyed hashing and as a storage key. */
    public String key() {
        return platform.name() + ":" + chatId;
    }
}
