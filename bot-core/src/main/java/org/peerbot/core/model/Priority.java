package org.peerbot.core.model;

/** Outgoing order: urgent (crisis) replies jump every queue. */
public enum Priority {
    URGENT, NORMAL
}
