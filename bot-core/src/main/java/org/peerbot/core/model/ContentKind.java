package org.peerbot.core.model;

/** Content the bot cannot read: it gets a kind reply instead of silence. */
public enum ContentKind {
    STICKER, PHOTO, VOICE, VIDEO, DOCUMENT, LOCATION, CONTACT, POLL, OTHER
}
