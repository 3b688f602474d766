package org.peerbot.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Priority;

/**
 * What one event makes the bot say. Consecutive sentences to the same place become one message
 * (fewer notifications, and the crisis lines arrive whole); a message with buttons, a tag or an edit
 * closes the run.
 */
final class Turn {

    private static final class Pending {
        final Address to;
        final StringBuilder text;
        List<Action> actions;
        Priority priority;
        final String conversationKey;
        final String tag;
        final String editOf;

        Pending(Address to, String text, List<Action> actions, Priority priority, String conversationKey, String tag,
                String editOf) {
            this.to = to;
            this.text = new StringBuilder(text);
            this.actions = actions;
            this.priority = priority;
            this.conversationKey = conversationKey;
            this.tag = tag;
            this.editOf = editOf;
        }

        boolean canAppend(Address otherTo, String otherKey) {
            return to.equals(otherTo) && actions.isEmpty() && tag == null && editOf == null
                    && Objects.equals(conversationKey, otherKey);
        }
    }

    private final List<Pending> pending = new ArrayList<>();

    void say(Address to, String text, String conversationKey) {
        say(to, text, List.of(), Priority.NORMAL, conversationKey, null, null);
    }

    void urgent(Address to, String text, String conversationKey) {
        say(to, text, List.of(), Priority.URGENT, conversationKey, null, null);
    }

    void say(Address to, String text, List<Action> actions, Priority priority, String conversationKey, String tag,
             String editOf) {
        if (text == null || text.isBlank()) {
            if (!(to instanceof Address.Ephemeral)) {
                return;
            }
        }
        if (tag == null && editOf == null && !pending.isEmpty()) {
            Pending last = pending.get(pending.size() - 1);
            if (last.canAppend(to, conversationKey)) {
                last.text.append("\n\n").append(text);
                last.actions = List.copyOf(actions);
                if (priority == Priority.URGENT) {
                    last.priority = Priority.URGENT;
                }
                return;
            }
        }
        pending.add(new Pending(to, text == null ? "" : text, List.copyOf(actions), priority, conversationKey, tag,
                editOf));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    List<OutboxEntry> entries(Ids ids, Instant now) {
        List<OutboxEntry> out = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            OutboundMessage m = new OutboundMessage(p.to, p.text.toString(), p.actions, p.priority, p.editOf);
            out.add(new OutboxEntry(ids.next(), p.conversationKey, m, p.tag, now, 0, now));
        }
        return out;
    }
}
