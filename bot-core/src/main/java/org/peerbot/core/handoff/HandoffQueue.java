package org.peerbot.core.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.Button;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.Receipt;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.VolunteerStore.VolunteerState;
import org.peerbot.core.turn.Conversations;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.Ids;
import org.peerbot.core.turn.Turn;
import org.peerbot.core.wording.ServiceLines;
import org.peerbot.core.wording.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handoff queue's shared parts: cards in the volunteers' places, rooms, closing and requeueing, the match
 * hold, and the periodic work (holding messages, lapsed claims, session reminders). The member side
 * ({@link Handoffs}), the volunteer side ({@link VolunteerDesk}) and {@link Claims} all act through it, inside
 * the engine's turn (its lock and transaction).
 */
final class HandoffQueue {

    private static final Logger log = LoggerFactory.getLogger(HandoffQueue.class);

    final EngineSettings settings;
    final PromptCatalog catalog;
    final Directory directory;
    final Stores stores;
    final Conversations conversations;
    final Roster roster;
    final EngineEvents events;
    final Ids ids;

    HandoffQueue(EngineSettings settings, PromptCatalog catalog, Directory directory, Stores stores,
                 Conversations conversations, Roster roster, EngineEvents events, Ids ids) {
        this.settings = settings;
        this.catalog = catalog;
        this.directory = directory;
        this.stores = stores;
        this.conversations = conversations;
        this.roster = roster;
        this.events = events;
        this.ids = ids;
    }

    /** A volunteer's duty state, off duty when never set. */
    VolunteerState duty(String volunteerId) {
        return stores.volunteers().find(volunteerId).orElse(new VolunteerState(volunteerId, false, null));
    }

    // ---------------------------------------------------------------- periodic

    void tick(Turn turn, Instant now) {
        EngineSettings s = settings;
        boolean onDuty = anyoneOnDuty();
        for (Handoff h : stores.handoffs().waiting()) {
            Instant last = h.lastHoldingAt() == null ? h.requestedAt() : h.lastHoldingAt();
            if (!last.plus(s.holdingInterval()).isAfter(now)) {
                StringBuilder text = new StringBuilder(catalog.text(onDuty ? "talk.holding" : "talk.holding_nobody"));
                if (h.urgent()) {
                    text.append("\n").append(catalog.text("crisis.lines_intro")).append("\n").append(
                            ServiceLines.of(catalog, directory.crisisLines(h.crisisKind() == null
                                    ? CrisisKind.SELF_HARM : h.crisisKind(), now)));
                } else {
                    // A plain request for a person is not a crisis: the listening line, not the emergency list.
                    text.append(listeningLineText(now));
                }
                if (h.urgent()) {
                    turn.urgent(new Address.Chat(h.memberAddress()), text.toString(), h.conversationKey());
                } else {
                    turn.say(new Address.Chat(h.memberAddress()), text.toString(), h.conversationKey());
                }
                stores.handoffs().update(h.holdingSent(now));
            }
        }
        for (Handoff h : stores.handoffs().claimed()) {
            if (h.leaseUntil() != null && !h.leaseUntil().isAfter(now)) {
                log.info("handoff {} claim lapsed", h.id());
                if (h.room() != null) {
                    turn.say(new Address.Chat(h.room()), fill("volunteer.handed_back",
                            Map.of("pseudonym", h.pseudonym())), null);
                }
                requeue(h, "talk.lapsed", turn, now);
                continue;
            }
            Instant since = h.lastHoldingAt() != null && h.lastHoldingAt().isAfter(h.claimedAt())
                    ? h.lastHoldingAt() : h.claimedAt();
            if (h.claimedAt() != null && !since.plus(s.sessionReminder()).isAfter(now) && h.room() != null) {
                turn.say(new Address.Chat(h.room()), fill("volunteer.session_reminder", Map.of("minutes",
                        String.valueOf(Duration.between(h.claimedAt(), now).toMinutes()))), null);
                stores.handoffs().update(h.holdingSent(now));
            }
        }
    }

    /** The region's 24/7 listening line, after an introduction; empty when the pack has none. */
    String listeningLineText(Instant now) {
        return directory.listeningLine(now)
                .map(line -> "\n\n" + catalog.text("talk.listening_line_intro") + "\n"
                        + ServiceLines.of(catalog, List.of(line)))
                .orElse("");
    }

    /** Volunteers on duty now, from the roster (role holders rebuilt from their ids). */
    List<Roster.Volunteer> volunteersOnDuty() {
        List<Roster.Volunteer> out = new ArrayList<>();
        for (String id : stores.volunteers().onDuty()) {
            roster.byId(id).ifPresent(out::add);
        }
        return out;
    }

    boolean anyoneOnDuty() {
        return !stores.volunteers().onDuty().isEmpty();
    }

    /**
     * While the match window is open, a request that asks for a topic or language is held for volunteers who
     * fit, when one is on duty. Never for crisis requests: anyone on duty may take those at once.
     */
    boolean heldForOthers(Roster.Volunteer v, Handoff h, Instant now) {
        return matchHoldUntil(h, now) != null && !Matching.fits(v, h);
    }

    /** When the hold on this request ends, or null when it is not held. */
    Instant matchHoldUntil(Handoff h, Instant now) {
        if (h.urgent() || !Matching.wantsMatch(h)) {
            return null;
        }
        Instant until = h.requestedAt().plus(settings.matchWindow());
        if (!until.isAfter(now)) {
            return null;
        }
        return volunteersOnDuty().stream().anyMatch(v -> Matching.fits(v, h)) ? until : null;
    }

    String topicNames(Handoff h) {
        List<String> names = new ArrayList<>();
        for (String t : h.topics()) {
            String key = "talk.topic_names." + t;
            names.add(catalog.has(key) ? catalog.text(key) : t.replace('_', ' '));
        }
        return String.join(" " + catalog.text("talk.topic_or") + " ", names);
    }

    String languageName(String code) {
        String key = "talk.language_names." + code;
        return catalog.has(key) ? catalog.text(key) : code;
    }

    /** Tells the safeguarding lead, if one is configured; returns whether anyone was told. */
    boolean alertLead(ConversationState state, CrisisKind kind, Turn turn) {
        EngineSettings.Lead lead = settings.safeguardingLead();
        if (lead == null) {
            return false;
        }
        String what = kind == null ? catalog.text("volunteer.category.crisis")
                : catalog.text("volunteer.category.crisis") + " (" + kind.id().replace('_', ' ') + ")";
        turn.urgent(new Address.PrivateChatOf(lead.platform(), lead.userId()),
                fill("lead.alert", Map.of("pseudonym", state.pseudonym(), "kind", what)), null);
        return true;
    }

    void openRoom(Handoff h, Roster.Volunteer v, String extraKey, Turn turn, Instant now) {
        Map<String, String> values = new HashMap<>(Map.of("pseudonym", h.pseudonym(), "category",
                categoryText(h), "waited", minutes(h.requestedAt(), now)));
        StringBuilder text = new StringBuilder();
        if (extraKey != null) {
            text.append(fill(extraKey, values)).append("\n");
        }
        text.append(fill("volunteer.room_intro", values));
        if (h.urgent()) {
            text.append("\n").append(catalog.text("volunteer.room_urgent"));
        }
        Address room = new Address.HandoffRoom(v.platform(), h.id(), v.userId(),
                fill("volunteer.room_title", values));
        turn.recorded(room, text.toString(), List.of(), h.urgent() ? Priority.URGENT : Priority.NORMAL,
                new Receipt.RoomOpened(h.id()));
    }

    // ---------------------------------------------------------------- shared

    void requeue(Handoff h, String memberKey, Turn turn, Instant now) {
        Handoff back = h.backToQueue();
        stores.handoffs().update(back);
        conversations.find(h.conversationKey()).ifPresent(s -> conversations.save(s.inMode(Mode.WAITING,
                h.id())));
        turn.say(new Address.Chat(h.memberAddress()), catalog.text(memberKey), h.conversationKey());
        postCards(back, turn, now);
    }

    /** Ends or cancels; the member's state returns to the bot; cards say closed; the volunteer is told. */
    void close(Handoff h, HandoffStatus status, String volunteerNoticeKey, Turn turn, Instant now) {
        stores.handoffs().update(h.closed(status, now));
        conversations.find(h.conversationKey()).ifPresent(s -> conversations.save(s.inMode(Mode.BOT, null)));
        editCards(h, fill("volunteer.card_closed", Map.of("pseudonym", h.pseudonym())), turn);
        if (volunteerNoticeKey != null && h.status() == HandoffStatus.CLAIMED) {
            turn.say(roomOf(h), fill(volunteerNoticeKey, Map.of("pseudonym", h.pseudonym())), null);
        }
        log.info("handoff {} {}", h.id(), status.name().toLowerCase(java.util.Locale.ROOT));
    }

    void postCards(Handoff h, Turn turn, Instant now) {
        Map<String, String> values = new HashMap<>(Map.of("pseudonym", h.pseudonym(), "category", categoryText(h),
                "topic", h.topics().isEmpty() ? catalog.text("volunteer.topic_general") : String.join(", ",
                        h.topics().stream().map(t -> t.replace('_', ' ')).toList()),
                "language", languageName(h.language()),
                "waited", minutes(h.requestedAt(), now), "urgency", h.urgent() ? urgentMark() : ""));
        String card = fill("volunteer.card", values);
        Instant hold = matchHoldUntil(h, now);
        if (hold != null) {
            card += "\n" + fill("volunteer.card_match_first", Map.of("minutes", String.valueOf(Math.max(1,
                    Duration.between(now, hold).toMinutes()))));
        }
        for (Platform p : settings.volunteerPlatforms()) {
            turn.recorded(new Address.VolunteerPlace(p), card,
                    List.of(new Action(catalog.text("button.claim"), new Button.Claim(h.id()))),
                    h.urgent() ? Priority.URGENT : Priority.NORMAL, new Receipt.CardPosted(h.id()));
        }
    }

    void editCards(Handoff h, String text, Turn turn) {
        for (Map.Entry<Platform, String> card : stores.handoffs().cards(h.id()).entrySet()) {
            if (settings.volunteerPlatforms().contains(card.getKey())) {
                turn.edit(new Address.VolunteerPlace(card.getKey()), card.getValue(), text);
            }
        }
    }

    Address roomOf(Handoff h) {
        if (h.room() != null) {
            return new Address.Chat(h.room());
        }
        Roster.Volunteer v = roster.byId(h.volunteerId()).orElseThrow();
        return new Address.HandoffRoom(v.platform(), h.id(), v.userId(),
                fill("volunteer.room_title", Map.of("pseudonym", h.pseudonym())));
    }

    Map<String, String> positionValues(Handoff h, Instant now) {
        List<Handoff> waiting = stores.handoffs().waiting();
        int position = 1;
        for (Handoff w : waiting) {
            if (w.id().equals(h.id())) {
                break;
            }
            position++;
        }
        long minutes = settings.typicalWaitPerPerson().toMinutes() * position;
        String wait = anyoneOnDuty() ? fill("talk.wait_minutes", Map.of("minutes", String.valueOf(minutes)))
                : catalog.text("talk.wait_unknown");
        return Map.of("position", String.valueOf(position), "wait", wait);
    }

    String categoryText(Handoff h) {
        return catalog.text("volunteer.category." + (h.urgent() ? "crisis" : "human"));
    }

    static String minutes(Instant from, Instant now) {
        long m = Math.max(0, Duration.between(from, now).toMinutes());
        return m + " min";
    }

    /** The catalogue strips sentences, so the space between the mark and the name is added here. */
    String urgentMark() {
        return catalog.text("volunteer.card_urgent_mark") + " ";
    }

    String fill(String key, Map<String, String> values) {
        return Templates.fill(catalog.text(key), values);
    }
}
