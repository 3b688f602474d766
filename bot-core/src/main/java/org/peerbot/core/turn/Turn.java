package org.peerbot.core.turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.Receipt;

/**
 * What one event makes the bot say. Consecutive sentences to the same place become one message
 * (fewer notifications, and the crisis lines arrive whole); a message with buttons, a receipt or an edit
 * closes the run. Every feature writes here; the engine turns it into outbox entries in the turn's transaction.
 */
public final class Turn {

    private static final class Pending {
        final Address to;
        final StringBuilder text;
        List<Action> actions;
        Priority priority;
        final String conversationKey;
        final Receipt receipt;
        final String editOf;

        Pending(Address to, String text, List<Action> actions, Priority priority, String conversationKey,
                Receipt receipt, String editOf) {
            this.to = to;
            this.text = new StringBuilder(text);
            this.actions = actions;
            this.priority = priority;
            this.conversationKey = conversationKey;
            this.receipt = receipt;
            this.editOf = editOf;
        }

        boolean canAppend(Address otherTo, String otherKey) {
            return to.equals(otherTo) && actions.isEmpty() && receipt == null && editOf == null
                    && Objects.equals(conversationKey, otherKey);
        }
    }

    private final List<Pending> pending = new ArrayList<>();
    /** Set between two events of one batch: what the next event says never joins what this one said. */
    private boolean boundary;

    /** Ends one event's messages: those of the next event (in the same batch) start messages of their own. */
    public void endOfEvent() {
        boundary = true;
    }

    /** A sentence to a place; {@code conversationKey} ties it to a member for {@code /forget} (null for none). */
    public void say(Address to, String text, String conversationKey) {
        add(to, text, List.of(), Priority.NORMAL, conversationKey, null, null);
    }

    /** As {@link #say}, sent ahead of ordinary messages. */
    public void urgent(Address to, String text, String conversationKey) {
        add(to, text, List.of(), Priority.URGENT, conversationKey, null, null);
    }

    /** A message with buttons under it. */
    public void offer(Address to, String text, List<Action> actions, String conversationKey) {
        add(to, text, actions, Priority.NORMAL, conversationKey, null, null);
    }

    /** A message whose sending is recorded (a card's id, a room); never merged with another. */
    public void recorded(Address to, String text, List<Action> actions, Priority priority, Receipt receipt) {
        add(to, text, actions, priority, null, Objects.requireNonNull(receipt, "receipt"), null);
    }

    /** Replaces the text of a message already sent (a card), leaving no buttons. */
    public void edit(Address to, String platformMessageId, String text) {
        add(to, text, List.of(), Priority.NORMAL, null, null, Objects.requireNonNull(platformMessageId, "id"));
    }

    /** The short answer only the presser of a button sees; it may be empty (just stops the spinner). */
    public void answerPress(Address.Ephemeral to, String text) {
        add(to, text, List.of(), Priority.NORMAL, null, null, null);
    }

    private void add(Address to, String text, List<Action> actions, Priority priority, String conversationKey,
                     Receipt receipt, String editOf) {
        if ((text == null || text.isBlank()) && !(to instanceof Address.Ephemeral)) {
            return;
        }
        boolean mayJoin = !boundary;
        boundary = false;
        if (mayJoin && receipt == null && editOf == null && !pending.isEmpty()) {
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
        pending.add(new Pending(to, text == null ? "" : text, List.copyOf(actions), priority, conversationKey, receipt,
                editOf));
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    public List<OutboxEntry> entries(Ids ids, Instant now) {
        List<OutboxEntry> out = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            OutboundMessage m = new OutboundMessage(p.to, p.text.toString(), p.actions, p.priority, p.editOf);
            out.add(new OutboxEntry(ids.next(), p.conversationKey, m, p.receipt, now, 0, now));
        }
        return out;
    }
}
