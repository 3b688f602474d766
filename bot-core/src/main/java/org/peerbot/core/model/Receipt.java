package org.peerbot.core.model;

import java.util.Optional;

/**
 * What the dispatcher records once an outbox entry is sent, typed: the platform's id of a handoff card (so it
 * can be edited when claimed or closed), or the room a handoff chat was opened in (so relays find it). Kept in
 * the outbox row as {@link #stored()} and read back with {@link #parse}.
 */
public sealed interface Receipt {

    String handoffId();

    /** The stored form, at most 64 characters. */
    String stored();

    /** A card for this handoff in a volunteers' place. */
    record CardPosted(String handoffId) implements Receipt {
        public String stored() {
            return "card:" + handoffId;
        }
    }

    /** The private room (thread or chat) for this handoff's volunteer. */
    record RoomOpened(String handoffId) implements Receipt {
        public String stored() {
            return "room:" + handoffId;
        }
    }

    /** The receipt a stored form names; empty for null or a form this version does not know. */
    static Optional<Receipt> parse(String stored) {
        if (stored == null || stored.length() <= 5) {
            return Optional.empty();
        }
        String id = stored.substring(5);
        if (stored.startsWith("card:")) {
            return Optional.of(new CardPosted(id));
        }
        if (stored.startsWith("room:")) {
            return Optional.of(new RoomOpened(id));
        }
        return Optional.empty();
    }
}
