package org.peerbot.app;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;

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

    /** Organisers as {@code telegram:12345} or {@code discord:98765}, to the core's sender keys. */
    static Set<String> organisers(List<String> values) {
        Set<String> keys = new HashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            String v = value == null ? "" : value.strip();
            int colon = v.indexOf(':');
            if (colon <= 0 || colon == v.length() - 1) {
                throw new ConfigProblem("peerbot.organisers entry '" + value
                        + "' is not in the form platform:user-id.",
                        "Set each entry like telegram:123456789 or discord:112233445566778899.");
            }
            Platform p = platform(v.substring(0, colon), "peerbot.organisers entry '" + value + "'");
            keys.add(new Sender(p, v.substring(colon + 1).strip(), false).key());
        }
        return keys;
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
