package org.peerbot.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A message the bot sends. Text is plain text: adapters escape it for their markup (HTML,
 * Markdown) and never let it ping anyone. {@code editOf}, when set, is the platform message id of
 * a message the bot sent earlier to the same chat, to be edited in place (handoff cards).
 */
public record OutboundMessage(Address to, String text, List<Action> actions, Priority priority, String editOf) {
    public OutboundMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        actions = actions == null ? List.of() : List.copyOf(actions);
        priority = priority == null ? Priority.NORMAL : priority;
    }

    public static OutboundMessage to(ConversationRef chat, String text) {
        return new OutboundMessage(new Address.Chat(chat), text, List.of(), Priority.NORMAL, null);
    }

    public OutboundMessage withActions(List<Action> newActions) {
        return new OutboundMessage(to, text, newActions, priority, editOf);
    }

    public OutboundMessage urgent() {
        return new OutboundMessage(to, text, actions, Priority.URGENT, editOf);
    }
}
