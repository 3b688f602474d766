package org.peerbot.core.model;

/** The chat platforms PeerBot speaks on. The console is the terminal seat used for demos and tests. */
public enum Platform {
    CONSOLE, TELEGRAM, DISCORD
}
