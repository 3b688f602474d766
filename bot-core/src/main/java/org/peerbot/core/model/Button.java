package org.peerbot.core.model;

import java.util.Optional;

/**
 * What a button means, typed. Its {@link #data()} is what travels through the platform (Telegram allows 64
 * bytes) and comes back in {@link ChatEvent.ButtonPressed}; {@link #parse} turns it back, so no feature
 * compares strings. Button data can be forged by a client: whoever acts on a button checks who pressed it
 * (a claim needs a rostered volunteer in the volunteers' place), and unknown data is ignored.
 */
public sealed interface Button {

    String data();

    /** A member asks for a person. */
    record Talk() implements Button {
        public String data() {
            return "talk";
        }
    }

    /** A member asks for the list of services. */
    record Services() implements Button {
        public String data() {
            return "services";
        }
    }

    /** A member withdraws a request for a person. */
    record Cancel() implements Button {
        public String data() {
            return "cancel";
        }
    }

    /** A member's answer to "did the chat help?". */
    record Feedback(boolean helped) implements Button {
        public String data() {
            return helped ? "fb:yes" : "fb:no";
        }
    }

    /** A volunteer takes a request from its card. */
    record Claim(String handoffId) implements Button {
        public Claim {
            if (handoffId == null || handoffId.isBlank() || handoffId.length() > 40) {
                throw new IllegalArgumentException("a claim names a handoff id of 1..40 characters");
            }
        }

        public String data() {
            return "claim:" + handoffId;
        }
    }

    /** Opens the member's private chat with the bot; adapters render it as a link, not a callback. */
    record OpenPrivate() implements Button {
        public String data() {
            return Action.OPEN_PRIVATE;
        }
    }

    /** The button this data came from, or empty for data no button of ours carries. */
    static Optional<Button> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        return switch (data) {
            case "talk" -> Optional.of(new Talk());
            case "services" -> Optional.of(new Services());
            case "cancel" -> Optional.of(new Cancel());
            case "fb:yes" -> Optional.of(new Feedback(true));
            case "fb:no" -> Optional.of(new Feedback(false));
            case Action.OPEN_PRIVATE -> Optional.of(new OpenPrivate());
            default -> data.startsWith("claim:") && data.length() > "claim:".length() && data.length() <= 46
                    ? Optional.of(new Claim(data.substring("claim:".length()))) : Optional.empty();
        };
    }
}
