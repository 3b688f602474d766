package org.peerbot.core.model;

/** Where an event happened, as the adapter sees it. */
public enum Space {
    /** A one-to-one chat between a person and the bot (Telegram private chat, Discord DM, console). */
    PRIVATE,
    /** A shared group or server channel where members talk to each other. The bot stays quiet there. */
    GROUP,
    /** The volunteers' place, or a handoff room (thread or topic) inside it. */
    VOLUNTEERS
}
