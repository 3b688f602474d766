package org.peerbot.core.model;

/** Where an outbound message goes, as the core knows it; the adapter resolves logical places. */
public sealed interface Address permits Address.Chat, Address.PrivateChatOf, Address.VolunteerPlace, Address.HandoffRoom,
        Address.Ephemeral {

    Platform platform();

    /** A known chat (a member's private chat, a volunteer's chat, an opened handoff room). */
    record Chat(ConversationRef ref) implements Address {
        @Override
        public Platform platform() {
            return ref.platform();
        }
    }

    /**
     * The private chat with a user seen in a group or server, opened on demand (a Discord DM; on
     * Telegram the user's private chat, which works only once they have started the bot). A failure
     * answers {@link SendResult.Failed}, and the public line already says how to reach help.
     */
    record PrivateChatOf(Platform platform, String userId) implements Address {
    }

    /** The volunteers' shared place on a platform (Telegram group, Discord channel, console volunteer seat). */
    record VolunteerPlace(Platform platform) implements Address {
    }

    /**
     * A private room for one handoff, opened on first use: a Discord private thread, a Telegram forum
     * topic, or the volunteer's private chat. The adapter answers with the room it opened
     * ({@link SendResult.Sent#resolved()}); the core writes there afterwards.
     *
     * @param volunteerUserId the volunteer's platform user id (to add them to the thread)
     * @param title           a short, non-identifying title such as "Handoff Robin"
     */
    record HandoffRoom(Platform platform, String handoffId, String volunteerUserId, String title)
            implements Address {
    }

    /**
     * A short answer to a button press that only the presser sees: a Telegram callback-query answer,
     * a Discord ephemeral follow-up. {@code handle} is {@link ChatEvent.ButtonPressed#replyHandle()}.
     * The engine answers every button press with exactly one of these (empty text just acknowledges).
     */
    record Ephemeral(Platform platform, String handle) implements Address {
    }
}
