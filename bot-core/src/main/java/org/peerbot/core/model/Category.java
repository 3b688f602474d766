package org.peerbot.core.model;

import java.util.Locale;

/** Triage categories, highest precedence first. */
public enum Category {
    CRISIS, CLINICAL, HUMAN, SERVICES, GOODBYE, SHARING;

    /** The lower-case id used in data files and JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
