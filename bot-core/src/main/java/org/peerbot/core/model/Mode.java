package org.peerbot.core.model;

/** Who the member is talking to. */
public enum Mode {
    /** The bot: listening and signposting. */
    BOT,
    /** Waiting in the queue for a volunteer; the bot keeps them company. */
    WAITING,
    /** Connected to a volunteer; the bot relays and keeps watching for crisis. */
    CONNECTED
}
