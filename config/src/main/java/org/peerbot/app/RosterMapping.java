package org.peerbot.app;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.peerbot.core.engine.EngineSettings;
import org.peerbot.core.engine.Roster;
import org.peerbot.core.model.Platform;

/** Maps the roster and the safeguarding lead from configuration to core objects, with clear errors. */
final class RosterMapping {

    private RosterMapping() {
    }

    static Roster roster(List<PeerBotProperties.RosterEntry> entries) {
        try {
            return new Roster(entries == null ? List.of() : entries.stream().map(RosterMapping::volunteer).toList());
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem(e.getMessage(), "Fix the entry in peerbot.roster.");
        }
    }

    private static Roster.Volunteer volunteer(PeerBotProperties.RosterEntry e) {
        return new Roster.Volunteer(e.id(), platform(e.platform(), "peerbot.roster entry '" + e.id() + "'"),
                e.userId(), e.name(), e.topics() == null ? null : new HashSet<>(e.topics()),
                e.languages() == null ? null : new HashSet<>(e.languages()), e.maxChats());
    }

    /** {@code telegram:12345} or {@code discord:98765}. */
    static EngineSettings.Lead lead(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new ConfigProblem("peerbot.safeguarding-lead '" + value + "' is not in the form platform:user-id.",
                    "Set it like telegram:123456789 or discord:112233445566778899.");
        }
        return new EngineSettings.Lead(platform(value.substring(0, colon), "peerbot.safeguarding-lead"),
                value.substring(colon + 1));
    }

    static Platform platform(String name, String where) {
        try {
            return Platform.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem(where + " names the platform '" + name + "', which PeerBot does not know.",
                    "Use telegram, discord or console.");
        }
    }
}
