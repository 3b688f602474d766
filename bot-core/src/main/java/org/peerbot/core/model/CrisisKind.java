package org.peerbot.core.model;

import java.util.Locale;

/** What kind of crisis, which shapes the reply. */
public enum CrisisKind {
    SELF_HARM, MEDICAL_EMERGENCY, HARM_TO_OTHERS, ABUSE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CrisisKind fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
