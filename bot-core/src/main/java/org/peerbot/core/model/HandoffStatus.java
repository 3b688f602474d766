package org.peerbot.core.model;

/** The life of a request for a person. */
public enum HandoffStatus {
    WAITING, CLAIMED, ENDED, CANCELLED;

    public boolean open() {
        return this == WAITING || this == CLAIMED;
    }
}
