package org.peerbot.core.handoff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;

/** The volunteers an organiser has trained, from configuration. The console volunteer is always on it. */
public final class Roster {

    /**
     * One volunteer.
     *
     * @param id       stable roster id (stored with claims), e.g. {@code sam}
     * @param name     the name members see, chosen by the volunteer
     * @param maxChats how many chats at once
     */
    public record Volunteer(String id, Platform platform, String userId, String name, Set<String> topics,
                            Set<String> languages, int maxChats) {
        public Volunteer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(userId, "userId");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Roster entry '" + id + "' needs a display name");
            }
            // Lower-case ids, so "Cancer" in an organiser's roster matches the directory's "cancer".
            topics = topics == null ? Set.of() : lowerCase(topics);
            languages = languages == null || languages.isEmpty() ? Set.of("en") : lowerCase(languages);
            if (maxChats < 1) {
                throw new IllegalArgumentException("Roster entry '" + id + "' needs max-chats of at least 1");
            }
        }
    }

    private static Set<String> lowerCase(Set<String> words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(w.strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
        }
        return Set.copyOf(out);
    }

    public static final Volunteer CONSOLE_VOLUNTEER = new Volunteer("console", Platform.CONSOLE, "volunteer",
            "Sam", Set.of(), Set.of("en"), 3);

    /** Chats at once for a Discord role holder who is not on the roster. */
    static final int DEFAULT_MAX_CHATS = 2;

    private final Map<String, Volunteer> byId = new HashMap<>();
    private final Map<String, Volunteer> byPlatformUser = new HashMap<>();

    public Roster(List<Volunteer> volunteers) {
        List<Volunteer> all = new ArrayList<>(volunteers);
        all.add(CONSOLE_VOLUNTEER);
        for (Volunteer v : all) {
            if (byId.putIfAbsent(v.id(), v) != null) {
                throw new IllegalArgumentException("Two roster entries have the id '" + v.id() + "'");
            }
            if (byPlatformUser.putIfAbsent(v.platform() + ":" + v.userId(), v) != null) {
                throw new IllegalArgumentException("Two roster entries have the same " + v.platform()
                        + " user id (entry '" + v.id() + "')");
            }
        }
    }

    /**
     * The volunteer behind a sender: a roster entry, or a Discord holder of the volunteer role (who gets a
     * roster id of their own and the default limits).
     */
    public Optional<Volunteer> find(Sender sender) {
        Volunteer v = byPlatformUser.get(sender.platform() + ":" + sender.userId());
        if (v != null) {
            return Optional.of(v);
        }
        if (sender.holdsVolunteerRole()) {
            String id = sender.platform().name().toLowerCase(Locale.ROOT) + "-" + sender.userId();
            return Optional.of(new Volunteer(id, sender.platform(), sender.userId(), "Volunteer " + shortTag(sender),
                    Set.of(), Set.of("en"), DEFAULT_MAX_CHATS));
        }
        return Optional.empty();
    }

    private static String shortTag(Sender sender) {
        String u = sender.userId();
        return u.length() <= 4 ? u : u.substring(u.length() - 4);
    }

    public Optional<Volunteer> byId(String id) {
        return Optional.ofNullable(byId.get(id)).or(() -> fromRoleId(id));
    }

    /** Role holders' ids are {@code <platform>-<userId>}; rebuild their entry from it. */
    private Optional<Volunteer> fromRoleId(String id) {
        int dash = id.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            Platform p = Platform.valueOf(id.substring(0, dash).toUpperCase(Locale.ROOT));
            return find(new Sender(p, id.substring(dash + 1), true));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<Volunteer> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return byId.values().stream()
                .filter(v -> v.name().toLowerCase(Locale.ROOT).equals(wanted) || v.id().equals(wanted)).findFirst();
    }

    public List<Volunteer> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(Volunteer::id)).toList();
    }
}
