package org.peerbot.core.organising;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.SlashCommand;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Reloader;
import org.peerbot.core.port.Stores;
import org.peerbot.core.turn.Command;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.Turn;
import org.peerbot.core.wording.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisers' commands: {@code /queue} (anonymous), {@code /stats} (the last 7 days, anonymous),
 * {@code /roster} and {@code /reload}. Organisers are the senders listed in
 * {@link EngineSettings#organisers()} and whoever sits at the console. Everyone else is refused with a
 * clear sentence; the refusal is logged with the command word only.
 */
public final class Organising {

    private static final Logger log = LoggerFactory.getLogger(Organising.class);

    /** Commands nobody but an organiser may use. {@code /queue} is also a volunteer's command (with ids to claim). */
    private static final Set<String> ORGANISER_ONLY = SlashCommand.organisersOnly();

    static final int STATS_DAYS = 7;

    private final EngineSettings settings;
    private final PromptCatalog catalog;
    private final Stores stores;
    private final Roster roster;
    private volatile Reloader reloader = Reloader.NONE;

    public Organising(EngineSettings settings, PromptCatalog catalog, Stores stores, Roster roster) {
        this.settings = settings;
        this.catalog = catalog;
        this.stores = stores;
        this.roster = roster;
    }

    public void reloader(Reloader r) {
        this.reloader = r == null ? Reloader.NONE : r;
    }

    public boolean isOrganiser(Sender sender) {
        return sender.platform() == Platform.CONSOLE || settings.organisers().contains(sender.key());
    }

    /** Handles the message when it is an organiser command (answered or refused); false when it is not one. */
    public boolean handle(Sender from, Address here, Space space, Command c, Instant now, Turn turn) {
        if (c == null || space == Space.GROUP) {
            return false;
        }
        boolean organiser = isOrganiser(from);
        boolean anonymousQueue = c.name().equals("queue") && organiser && roster.find(from).isEmpty();
        if (!ORGANISER_ONLY.contains(c.name()) && !anonymousQueue) {
            return false;
        }
        if (!organiser) {
            log.info("organiser command /{} refused: the sender is not an organiser", c.name());
            turn.say(here, catalog.text("organiser.only"), null);
            return true;
        }
        log.info("organiser command /{}", c.name());
        switch (c.name()) {
            case "queue" -> turn.say(here, queue(now), null);
            case "stats" -> turn.say(here, stats(now), null);
            case "roster" -> turn.say(here, roster(from.platform() == Platform.CONSOLE), null);
            default -> turn.say(here, reload(), null);
        }
        return true;
    }

    private String queue(Instant now) {
        List<Handoff> waiting = stores.handoffs().waiting();
        long urgent = waiting.stream().filter(Handoff::urgent).count();
        long longest = waiting.stream().mapToLong(h -> Duration.between(h.requestedAt(), now).toMinutes())
                .max().orElse(0);
        return fill("organiser.queue", Map.of(
                "waiting", String.valueOf(waiting.size()),
                "urgent", String.valueOf(urgent),
                "longest", String.valueOf(Math.max(0, longest)),
                "claimed", String.valueOf(stores.handoffs().claimed().size()),
                "on_duty", String.valueOf(stores.volunteers().onDuty().size())));
    }

    private String stats(Instant now) {
        LocalDate first = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(STATS_DAYS - 1);
        Map<String, Long> t = stores.tallies().since(first);
        long claimed = t.getOrDefault(TallyingEvents.CLAIMED, 0L);
        long waitSeconds = t.getOrDefault(TallyingEvents.WAIT_SECONDS, 0L);
        List<String> kinds = new ArrayList<>();
        long crisisReplies = 0;
        for (CrisisKind kind : CrisisKind.values()) {
            long n = t.getOrDefault(TallyingEvents.CRISIS + kind.id(), 0L);
            if (n > 0) {
                kinds.add(fill("organiser.stats_kind", Map.of("kind", kind.id().replace('_', ' '),
                        "count", String.valueOf(n))));
                crisisReplies += n;
            }
        }
        return fill("organiser.stats", Map.ofEntries(
                Map.entry("days", String.valueOf(STATS_DAYS)),
                Map.entry("messages", n(t, TallyingEvents.MESSAGES)),
                Map.entry("crisis", n(t, TallyingEvents.CATEGORY + "crisis")),
                Map.entry("clinical", n(t, TallyingEvents.CATEGORY + "clinical")),
                Map.entry("crisis_replies", String.valueOf(crisisReplies)),
                Map.entry("crisis_kinds", kinds.isEmpty() ? catalog.text("organiser.stats_none")
                        : String.join(", ", kinds)),
                Map.entry("requested", n(t, TallyingEvents.REQUESTED)),
                Map.entry("urgent", n(t, TallyingEvents.URGENT)),
                Map.entry("claimed", String.valueOf(claimed)),
                Map.entry("average_wait", claimed == 0 ? "-" : String.valueOf(Math.round(waitSeconds / 60.0
                        / claimed))),
                Map.entry("abandoned", n(t, TallyingEvents.ABANDONED)),
                Map.entry("ended", n(t, TallyingEvents.ENDED)),
                Map.entry("helpful", n(t, TallyingEvents.HELPFUL)),
                Map.entry("not_helpful", n(t, TallyingEvents.NOT_HELPFUL))));
    }

    private static String n(Map<String, Long> tallies, String name) {
        return String.valueOf(tallies.getOrDefault(name, 0L));
    }

    private String roster(boolean includeConsole) {
        Set<String> onDuty = new HashSet<>(stores.volunteers().onDuty());
        List<Handoff> claimed = stores.handoffs().claimed();
        List<String> lines = new ArrayList<>();
        lines.add(catalog.text("organiser.roster_intro"));
        Set<String> listed = new HashSet<>();
        for (Roster.Volunteer v : roster.all()) {
            if (v.platform() == Platform.CONSOLE && !includeConsole) {
                continue;
            }
            listed.add(v.id());
            lines.add(fill("organiser.roster_line", Map.of("name", v.name(), "id", v.id(),
                    "platform", v.platform().name().toLowerCase(java.util.Locale.ROOT),
                    "duty", catalog.text(onDuty.contains(v.id()) ? "organiser.on_duty" : "organiser.off_duty"),
                    "chats", String.valueOf(claimed.stream().filter(h -> v.id().equals(h.volunteerId())).count()),
                    "max", String.valueOf(v.maxChats()))));
        }
        // Discord holders of the volunteer role are not on the roster; show the ones on duty now.
        for (String id : onDuty.stream().sorted().toList()) {
            if (!listed.contains(id)) {
                lines.add(fill("organiser.roster_role_line", Map.of("id", id, "chats", String.valueOf(
                        claimed.stream().filter(h -> id.equals(h.volunteerId())).count()))));
            }
        }
        return String.join("\n", lines);
    }

    private String reload() {
        try {
            Reloader.Reloaded r = reloader.reload();
            log.info("packs reloaded by an organiser");
            return fill("organiser.reloaded", Map.of("sentences", String.valueOf(r.sentences()),
                    "region", r.region()));
        } catch (IllegalArgumentException e) {
            log.warn("reload refused, nothing changed: {}", e.getMessage());
            return fill("organiser.reload_failed", Map.of("problem", String.valueOf(e.getMessage())));
        }
    }

    private String fill(String key, Map<String, String> values) {
        return Templates.fill(catalog.text(key), values);
    }
}
