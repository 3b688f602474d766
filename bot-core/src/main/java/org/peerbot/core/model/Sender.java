package org.peerbot.core.model;

import java.util.Objects;

/**
 * Who wrote. {@code userId} is the platform's opaque user id; adapters never pass names.
 * {@code holdsVolunteerRole} is true when the platform itself says so (Discord's volunteer role);
 * the core also checks its own roster.
 */
public record Sender(Platform platform, String userId, boolean holdsVolunteerRole) {
    public Sender {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
    }

    public static Sender of(Platform platform, String userId) {
        return new Sender(platform, userId, false);
    }

    /** A stable string form, used for keyed hashing. */
    public String key() {
        return platform.name() + ":" + userId;
    }
}
