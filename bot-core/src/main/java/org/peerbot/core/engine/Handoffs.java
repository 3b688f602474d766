package org.peerbot.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerbot.core.engine.ConversationEngine.Command;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ChatEvent.ButtonPressed;
import org.peerbot.core.model.ChatEvent.MessageReceived;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.SlashCommand;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.Directory.ServiceInfo;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.VolunteerStore.VolunteerState;
import org.peerbot.core.wording.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handoff queue: requests, cards in the volunteers' places, atomic claims with a lease, relay under
 * pseudonyms, volunteer actions and boundaries. Platform-neutral: a Telegram member can be served by a
 * Discord volunteer. Runs inside the engine's turn (its lock and transaction).
 */
final class Handoffs {

    private static final Logger log = LoggerFactory.getLogger(Handoffs.class);

    /** Commands only volunteers may use ({@code /block} is a member's command too). */
    static final java.util.Set<String> VOLUNTEER_COMMANDS = SlashCommand.volunteersNotMembers();

    /** Commands that act on one chat. */
    private static final java.util.Set<String> CHAT_COMMANDS = java.util.Set.of("end", "handback", "transfer",
            "escalate", "block", "clear");

    private final ConversationEngine engine;
    private final PromptCatalog catalog;
    private final Stores stores;

    Handoffs(ConversationEngine engine) {
        this.engine = engine;
        this.catalog = engine.catalog();
        this.stores = engine.stores();
    }

    // ---------------------------------------------------------------- member side

    /** A member asks for a person (or crisis asks for them). Honest about position, wait and who is on duty. */
    ConversationState request(ConversationState state, CrisisKind crisis, Turn turn, Instant now) {
        return request(state, crisis, null, turn, now);
    }

    /**
     * As {@link #request(ConversationState, CrisisKind, Turn, Instant)}, with the member's own words when they
     * asked in words: "someone who has had chemo" puts that topic on the request ahead of the conversation's.
     */
    ConversationState request(ConversationState state, CrisisKind crisis, String words, Turn turn, Instant now) {
        Address me = new Address.Chat(state.address());
        if (stores.blocks().blockedByVolunteer(state.key())) {
            turn.say(me, catalog.text("talk.blocked") + "\n" + engine.linesText(
                    engine.directory().crisisLines(CrisisKind.SELF_HARM, now)), state.key());
            return state;
        }
        Optional<Handoff> open = stores.handoffs().openFor(state.key());
        if (open.isPresent()) {
            Handoff h = open.get();
            if (crisis != null && !h.urgent()) {
                h = h.markUrgent(crisis);
                stores.handoffs().update(h);
                if (h.status() == HandoffStatus.WAITING) {
                    postCards(h, turn, now);
                }
            }
            if (crisis != null) {
                if (h.status() == HandoffStatus.CLAIMED) {
                    alertVolunteerInRoom(state, turn);
                }
                return state;
            }
            if (h.status() == HandoffStatus.CLAIMED) {
                turn.say(me, catalog.text("talk.already_connected"), state.key());
            } else if (anyoneOnDuty()) {
                turn.say(me, fill("talk.already_waiting", positionValues(h, now)), state.key());
            } else {
                turn.say(me, fill("talk.already_waiting_nobody", positionValues(h, now)), state.key());
            }
            return state;
        }
        // Topic ids and a language code only: what the member said is never stored.
        Handoff h = Handoff.request(engine.ids().handoffId(), state.key(), state.address(), state.pseudonym(), crisis,
                Matching.topicsFor(state, words), Matching.languageFor(state, words), now);
        stores.handoffs().insert(h);
        engine.events().handoffRequested(h.urgent());
        log.info("handoff {} requested by conversation {} (urgent: {}, topics: {}, language: {})", h.id(),
                ConversationEngine.shortKey(state.key()), h.urgent(), h.topics(), h.language());
        postCards(h, turn, now);
        if (crisis == null) {
            List<Action> cancel = List.of(new Action(catalog.text("button.cancel"), "cancel"));
            if (anyoneOnDuty()) {
                StringBuilder text = new StringBuilder(fill("talk.queued", positionValues(h, now)));
                matchWording(h).forEach(line -> text.append(' ').append(line));
                turn.say(me, text.toString(), cancel, Priority.NORMAL, state.key(), null, null);
            } else {
                // Asking for a person is not a crisis: no emergency list, just the 24/7 listening line.
                turn.say(me, catalog.text("talk.nobody_on_duty") + listeningLineText(now), cancel, Priority.NORMAL,
                        state.key(), null, null);
            }
        } else if (!anyoneOnDuty()) {
            turn.urgent(me, catalog.text("talk.nobody_on_duty"), state.key());
        }
        return state.inMode(Mode.WAITING, h.id());
    }

    /** The region's 24/7 listening line, after an introduction; empty when the pack has none. */
    private String listeningLineText(Instant now) {
        return engine.directory().listeningLine(now)
                .map(line -> "\n\n" + catalog.text("talk.listening_line_intro") + "\n"
                        + engine.linesText(List.of(line)))
                .orElse("");
    }

    /** Tells the member honestly whether a volunteer with the experience or language they want is on duty. */
    private List<String> matchWording(Handoff h) {
        List<String> lines = new ArrayList<>();
        List<Roster.Volunteer> onDuty = volunteersOnDuty();
        if (!h.topics().isEmpty()) {
            boolean any = onDuty.stream().anyMatch(v -> Matching.topicFits(v, h));
            lines.add(fill(any ? "talk.match_topic_on_duty" : "talk.match_topic_none",
                    Map.of("topic", topicNames(h))));
        }
        if (!Handoff.ENGLISH.equals(h.language())) {
            boolean any = onDuty.stream().anyMatch(v -> Matching.languageFits(v, h));
            lines.add(fill(any ? "talk.match_language_on_duty" : "talk.match_language_none",
                    Map.of("language", languageName(h.language()))));
        }
        return lines;
    }

    /** Volunteers on duty now, from the roster (role holders rebuilt from their ids). */
    private List<Roster.Volunteer> volunteersOnDuty() {
        List<Roster.Volunteer> out = new ArrayList<>();
        for (String id : stores.volunteers().onDuty()) {
            engine.roster().byId(id).ifPresent(out::add);
        }
        return out;
    }

    /**
     * While the match window is open, a request that asks for a topic or language is held for volunteers who
     * fit, when one is on duty. Never for crisis requests: anyone on duty may take those at once.
     */
    private boolean heldForOthers(Roster.Volunteer v, Handoff h, Instant now) {
        return matchHoldUntil(h, now) != null && !Matching.fits(v, h);
    }

    /** When the hold on this request ends, or null when it is not held. */
    private Instant matchHoldUntil(Handoff h, Instant now) {
        if (h.urgent() || !Matching.wantsMatch(h)) {
            return null;
        }
        Instant until = h.requestedAt().plus(engine.settings().matchWindow());
        if (!until.isAfter(now)) {
            return null;
        }
        return volunteersOnDuty().stream().anyMatch(v -> Matching.fits(v, h)) ? until : null;
    }

    private String topicNames(Handoff h) {
        List<String> names = new ArrayList<>();
        for (String t : h.topics()) {
            String key = "talk.topic_names." + t;
            names.add(catalog.has(key) ? catalog.text(key) : t.replace('_', ' '));
        }
        return String.join(" " + catalog.text("talk.topic_or") + " ", names);
    }

    private String languageName(String code) {
        String key = "talk.language_names." + code;
        return catalog.has(key) ? catalog.text(key) : code;
    }

    ConversationState cancelByMember(ConversationState state, Turn turn, Instant now) {
        Address me = new Address.Chat(state.address());
        Optional<Handoff> open = stores.handoffs().openFor(state.key());
        if (open.isEmpty()) {
            turn.say(me, catalog.text("talk.nothing_to_cancel"), state.key());
            return state.inMode(Mode.BOT, null);
        }
        Handoff h = open.get();
        if (h.status() == HandoffStatus.WAITING) {
            engine.events().handoffAbandoned();
            close(h, HandoffStatus.CANCELLED, "volunteer.member_cancelled", turn, now);
            turn.say(me, catalog.text("talk.cancelled"), state.key());
        } else {
            // Leaving a chat with a volunteer: the volunteer is told, the member hears it plainly.
            close(h, HandoffStatus.ENDED, "volunteer.member_left", turn, now);
            engine.events().handoffEnded();
            turn.say(me, catalog.text("talk.left_chat"), state.key());
        }
        return state.inMode(Mode.BOT, null);
    }

    ConversationState blockByMember(ConversationState state, Turn turn, Instant now) {
        Address me = new Address.Chat(state.address());
        Optional<Handoff> open = stores.handoffs().openFor(state.key())
                .filter(h -> h.status() == HandoffStatus.CLAIMED);
        if (open.isEmpty()) {
            turn.say(me, catalog.text("member.nothing_to_block"), state.key());
            return state;
        }
        Handoff h = open.get();
        stores.blocks().block(state.key(), h.volunteerId(), "member");
        close(h, HandoffStatus.ENDED, "volunteer.member_left", turn, now);
        turn.say(me, catalog.text("member.blocked"), state.key());
        return state.inMode(Mode.BOT, null);
    }

    ConversationState report(ConversationState state, Turn turn) {
        Optional<String> id = stores.handoffs().openFor(state.key()).map(Handoff::id);
        String text = id.isPresent() ? fill("volunteer.report_received", Map.of("id", id.get()))
                : fill("volunteer.report_received_no_chat", Map.of("pseudonym", state.pseudonym()));
        EngineSettings.Lead lead = engine.settings().safeguardingLead();
        if (lead != null) {
            turn.say(new Address.PrivateChatOf(lead.platform(), lead.userId()), text, null);
        } else {
            for (Platform p : engine.settings().volunteerPlatforms()) {
                turn.say(new Address.VolunteerPlace(p), text, null);
            }
        }
        turn.say(new Address.Chat(state.address()), catalog.text("member.reported"), state.key());
        return state;
    }

    void closeForForget(ConversationState state, Turn turn, Instant now) {
        stores.handoffs().openFor(state.key()).ifPresent(h -> {
            if (h.status() == HandoffStatus.WAITING) {
                engine.events().handoffAbandoned();
            }
            close(h, HandoffStatus.CANCELLED, "volunteer.member_forgot", turn, now);
        });
    }

    void relayFromMember(ConversationState state, String text, Turn turn) {
        stores.handoffs().openFor(state.key()).filter(h -> h.status() == HandoffStatus.CLAIMED).ifPresent(h ->
                turn.say(roomOf(h), fill("relay.from_member", Map.of("pseudonym", h.pseudonym(), "text", text)),
                        state.key()));
    }

    void alertVolunteerInRoom(ConversationState state, Turn turn) {
        stores.handoffs().openFor(state.key()).filter(h -> h.status() == HandoffStatus.CLAIMED).ifPresent(h ->
                turn.urgent(roomOf(h), fill("volunteer.crisis_alert", Map.of("pseudonym", h.pseudonym())),
                        state.key()));
    }

    /** Tells the safeguarding lead, if one is configured; returns whether anyone was told. */
    boolean alertLead(ConversationState state, CrisisKind kind, Turn turn) {
        EngineSettings.Lead lead = engine.settings().safeguardingLead();
        if (lead == null) {
            return false;
        }
        String what = kind == null ? catalog.text("volunteer.category.crisis")
                : catalog.text("volunteer.category.crisis") + " (" + kind.id().replace('_', ' ') + ")";
        turn.urgent(new Address.PrivateChatOf(lead.platform(), lead.userId()),
                fill("lead.alert", Map.of("pseudonym", state.pseudonym(), "kind", what)), null);
        return true;
    }

    // ---------------------------------------------------------------- volunteer side

    /** A private message from a rostered volunteer is theirs (not a member's) when it is a room or a volunteer command. */
    boolean isVolunteerTraffic(Roster.Volunteer v, MessageReceived m) {
        Command c = Command.parse(m.text());
        if (c != null && VOLUNTEER_COMMANDS.contains(c.name())) {
            return true;
        }
        return stores.handoffs().byRoom(m.where()).filter(h -> v.id().equals(h.volunteerId())).isPresent();
    }

    void onVolunteerMessage(MessageReceived m, Turn turn, Instant now) {
        Address here = new Address.Chat(m.where());
        Optional<Roster.Volunteer> found = engine.roster().find(m.from());
        Command c = Command.parse(m.text());
        if (found.isEmpty()) {
            if (c != null) {
                turn.say(here, catalog.text("volunteer.not_volunteer"), null);
            }
            return;
        }
        Roster.Volunteer v = found.get();
        Optional<Handoff> anyRoom = stores.handoffs().byRoom(m.where());
        Optional<Handoff> room = anyRoom.filter(h -> v.id().equals(h.volunteerId()));
        if (c != null) {
            if (anyRoom.isPresent() && room.isEmpty() && CHAT_COMMANDS.contains(c.name())) {
                // Another volunteer's chat: never act on it, and never fall back to one of this volunteer's own.
                log.info("volunteer command /{} refused: another volunteer's chat", c.name());
                turn.say(here, catalog.text("volunteer.not_your_chat"), null);
                return;
            }
            volunteerCommand(v, c, room, here, turn, now);
            return;
        }
        if (room.isPresent()) {
            relayFromVolunteer(v, room.get(), m.text(), here, turn, now);
        } else if (anyRoom.isEmpty()) {
            opening(v, now).ifPresent(h -> turn.say(here, fill("volunteer.room_opening",
                    Map.of("pseudonym", h.pseudonym())), null));
        }
    }

    /** How long after a claim a room may still be opening (its thread or topic not yet bound to the handoff). */
    private static final Duration ROOM_OPENING = Duration.ofMinutes(1);

    /**
     * The volunteer's just-claimed chat whose room is not bound yet. A message they write meanwhile (on Discord,
     * in the new thread within a second or two) cannot be tied to it, so it is answered, never dropped.
     */
    private Optional<Handoff> opening(Roster.Volunteer v, Instant now) {
        return stores.handoffs().claimedBy(v.id()).stream()
                .filter(h -> h.room() == null && h.claimedAt() != null
                        && h.claimedAt().plus(ROOM_OPENING).isAfter(now))
                .findFirst();
    }

    private void relayFromVolunteer(Roster.Volunteer v, Handoff h, String text, Address here, Turn turn,
                                    Instant now) {
        if (ClinicalInstruction.in(text)) {
            // SAFETY.md 14: peers, not clinicians. The nudge reaches the volunteer before their words reach the member.
            // Only for an instruction (a dose; start, stop or change a medicine), not for kind words about care.
            turn.urgent(here, catalog.text("volunteer.clinical_nudge"), null);
        }
        stores.handoffs().update(h.volunteerWrote(now));
        turn.say(new Address.Chat(h.memberAddress()), fill("relay.from_volunteer",
                Map.of("volunteer", v.name(), "text", text)), h.conversationKey());
    }

    private void volunteerCommand(Roster.Volunteer v, Command c, Optional<Handoff> room, Address here, Turn turn,
                                  Instant now) {
        switch (c.name()) {
            case "duty" -> {
                String arg = c.args().strip().toLowerCase(java.util.Locale.ROOT);
                if (!arg.equals("on") && !arg.equals("off")) {
                    turn.say(here, catalog.text("volunteer.duty_usage"), null);
                    return;
                }
                boolean on = arg.equals("on");
                VolunteerState old = engine.duty(v.id());
                stores.volunteers().save(new VolunteerState(v.id(), on, old.coolDownUntil()));
                turn.say(here, catalog.text(on ? "volunteer.on_duty" : "volunteer.off_duty_set"), null);
                if (on) {
                    for (Handoff h : stores.handoffs().waiting()) {
                        turn.say(here, fill("volunteer.waiting_alert", Map.of("pseudonym", h.pseudonym(),
                                "waited", minutes(h.requestedAt(), now))), null);
                    }
                }
            }
            case "queue" -> turn.say(here, queueText(now), null);
            case "claim" -> {
                String id = c.args().isBlank() ? nextFor(v, now).map(Handoff::id).orElse("") : c.args().strip();
                if (id.isEmpty()) {
                    turn.say(here, catalog.text("volunteer.queue_empty"), null);
                } else {
                    String outcome = claim(v, id, turn, now);
                    if (outcome != null) {
                        turn.say(here, outcome, null);
                    }
                }
            }
            case "end", "handback", "transfer", "escalate", "block", "clear" -> {
                Optional<Handoff> current = room.or(() -> {
                    List<Handoff> mine = stores.handoffs().claimedBy(v.id());
                    return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
                });
                if (current.isEmpty()) {
                    turn.say(here, catalog.text("volunteer.not_in_chat"), null);
                    return;
                }
                onChatCommand(v, c, current.get(), here, turn, now);
            }
            default -> turn.say(here, catalog.text("volunteer.unknown_command"), null);
        }
    }

    private void onChatCommand(Roster.Volunteer v, Command c, Handoff h, Address here, Turn turn, Instant now) {
        Map<String, String> who = Map.of("pseudonym", h.pseudonym());
        Address member = new Address.Chat(h.memberAddress());
        switch (c.name()) {
            case "end" -> {
                close(h, HandoffStatus.ENDED, null, turn, now);
                turn.say(member, catalog.text("talk.ended"), h.conversationKey());
                turn.say(member, catalog.text("talk.feedback_ask"), List.of(
                        new Action(catalog.text("button.feedback_yes"), "fb:yes"),
                        new Action(catalog.text("button.feedback_no"), "fb:no")), Priority.NORMAL,
                        h.conversationKey(), null, null);
                turn.say(here, fill("volunteer.ended", who), null);
                engine.events().handoffEnded();
                if (h.urgent()) {
                    VolunteerState duty = engine.duty(v.id());
                    stores.volunteers().save(new VolunteerState(v.id(), duty.onDuty(),
                            now.plus(engine.settings().coolDownAfterUrgent())));
                    turn.say(here, catalog.text("volunteer.debrief"), null);
                }
            }
            case "handback" -> {
                requeue(h, "talk.handed_back", turn, now);
                turn.say(here, fill("volunteer.handed_back", who), null);
            }
            case "transfer" -> {
                Optional<Roster.Volunteer> target = engine.roster().byName(c.args());
                Optional<String> refusal = target.isEmpty() ? Optional.of("volunteer.transfer_unknown")
                        : refusal(target.get(), h, now);
                if (refusal.isPresent() || target.get().id().equals(v.id())) {
                    turn.say(here, catalog.text(refusal.orElse("volunteer.transfer_unknown")), null);
                    return;
                }
                Roster.Volunteer t = target.get();
                Handoff moved = h.transferredTo(t.id(), now, now.plus(engine.settings().claimLease()));
                stores.handoffs().update(moved);
                turn.say(here, fill("volunteer.transferred", Map.of("pseudonym", h.pseudonym(), "volunteer",
                        t.name())), null);
                turn.say(member, fill("talk.transferred", Map.of("volunteer", t.name())), h.conversationKey());
                openRoom(moved, t, "volunteer.transfer_in", turn, now);
            }
            case "escalate" -> {
                ConversationState state = engine.loadOrStart(h.memberAddress(), now);
                boolean told = alertLead(state, h.crisisKind(), turn);
                turn.say(here, catalog.text(told ? "volunteer.escalated" : "volunteer.no_lead"), null);
            }
            case "block" -> {
                stores.blocks().block(h.conversationKey(), v.id(), "volunteer");
                close(h, HandoffStatus.ENDED, null, turn, now);
                turn.say(member, catalog.text("talk.ended"), h.conversationKey());
                turn.say(here, fill("volunteer.blocked", who), null);
            }
            case "clear" -> {
                stores.conversations().find(h.conversationKey()).ifPresent(s -> engine.save(s.clearRisk()));
                turn.say(here, fill("volunteer.risk_cleared", who), null);
            }
            default -> throw new IllegalStateException("not a chat command: " + c.name());
        }
    }

    /** A claim from a card's button; returns the short answer only the presser sees. */
    String claimFromButton(ButtonPressed b, String handoffId, Turn turn, Instant now) {
        if (b.space() != Space.VOLUNTEERS) {
            log.info("claim refused: pressed outside the volunteers' place");
            return catalog.text("volunteer.not_volunteer");
        }
        Optional<Roster.Volunteer> v = engine.roster().find(b.from());
        if (v.isEmpty()) {
            log.info("claim refused: not a volunteer");
            return catalog.text("volunteer.not_volunteer");
        }
        String outcome = claim(v.get(), handoffId, turn, now);
        if (outcome != null) {
            // The button's data may be forged: log the outcome only, never the data.
            log.info("claim refused for volunteer {}", v.get().id());
        }
        return outcome == null ? fill("volunteer.claimed_ok", Map.of("pseudonym",
                stores.handoffs().find(handoffId).map(Handoff::pseudonym).orElse(""))) : outcome;
    }

    /** Claims for a volunteer; null on success, else the refusal to show them. */
    private String claim(Roster.Volunteer v, String handoffId, Turn turn, Instant now) {
        Optional<Handoff> found = stores.handoffs().find(handoffId);
        if (found.isEmpty() || !found.get().status().open()) {
            return catalog.text("volunteer.claim_gone");
        }
        Handoff h = found.get();
        if (h.status() == HandoffStatus.CLAIMED) {
            return catalog.text("volunteer.claim_lost");
        }
        Optional<String> refusal = refusal(v, h, now);
        if (refusal.isEmpty() && heldForOthers(v, h, now)) {
            refusal = Optional.of("volunteer.held_for_match");
        }
        if (refusal.isPresent()) {
            String key = refusal.get();
            return switch (key) {
                case "volunteer.at_cap" -> fill(key, Map.of("count", String.valueOf(v.maxChats())));
                case "volunteer.cooling_down" -> fill(key, Map.of("minutes", String.valueOf(Math.max(1,
                        Duration.between(now, engine.duty(v.id()).coolDownUntil()).toMinutes() + 1))));
                case "volunteer.held_for_match" -> fill(key, Map.of("minutes", String.valueOf(Math.max(1,
                        Duration.between(now, matchHoldUntil(h, now)).toMinutes() + 1))));
                default -> catalog.text(key);
            };
        }
        if (!stores.handoffs().claim(h.id(), v.id(), now, now.plus(engine.settings().claimLease()))) {
            return catalog.text("volunteer.claim_lost");
        }
        Handoff claimed = stores.handoffs().find(h.id()).orElseThrow();
        engine.events().handoffClaimed(Duration.between(h.requestedAt(), now));
        log.info("handoff {} claimed", h.id());
        ConversationState state = engine.loadOrStart(h.memberAddress(), now);
        engine.save(state.inMode(Mode.CONNECTED, h.id()));
        editCards(claimed, fill("volunteer.card_claimed", Map.of("pseudonym", h.pseudonym(), "volunteer",
                v.name())), turn);
        // "They have been where you are" only when the volunteer lists the member's topic (issue 18).
        turn.say(new Address.Chat(h.memberAddress()), fill(Matching.topicFits(v, h) ? "talk.connected_match"
                : "talk.connected", Map.of("volunteer", v.name())), h.conversationKey());
        openRoom(claimed, v, null, turn, now);
        return null;
    }

    /** Why this volunteer may not take this request now, as a catalogue key; empty when they may. */
    private Optional<String> refusal(Roster.Volunteer v, Handoff h, Instant now) {
        VolunteerState duty = engine.duty(v.id());
        if (!duty.onDuty()) {
            return Optional.of("volunteer.off_duty");
        }
        if (duty.coolDownUntil() != null && duty.coolDownUntil().isAfter(now)) {
            return Optional.of("volunteer.cooling_down");
        }
        if (stores.handoffs().claimedBy(v.id()).size() >= v.maxChats()) {
            return Optional.of("volunteer.at_cap");
        }
        if (stores.blocks().isBlocked(h.conversationKey(), v.id())) {
            return Optional.of("volunteer.blocked_member");
        }
        return Optional.empty();
    }

    /** The next request this volunteer may take: not held for someone else; ones that fit them first. */
    private Optional<Handoff> nextFor(Roster.Volunteer v, Instant now) {
        List<Handoff> open = stores.handoffs().waiting().stream()
                .filter(h -> !stores.blocks().isBlocked(h.conversationKey(), v.id()))
                .filter(h -> !heldForOthers(v, h, now)).toList();
        return open.stream().filter(h -> h.urgent() || Matching.wantsMatch(h) && Matching.fits(v, h)).findFirst()
                .or(() -> open.stream().findFirst());
    }

    private void openRoom(Handoff h, Roster.Volunteer v, String extraKey, Turn turn, Instant now) {
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
        turn.say(room, text.toString(), List.of(), h.urgent() ? Priority.URGENT : Priority.NORMAL, null,
                "room:" + h.id(), null);
    }

    // ---------------------------------------------------------------- periodic

    void tick(Turn turn, Instant now) {
        EngineSettings s = engine.settings();
        boolean onDuty = anyoneOnDuty();
        for (Handoff h : stores.handoffs().waiting()) {
            Instant last = h.lastHoldingAt() == null ? h.requestedAt() : h.lastHoldingAt();
            if (!last.plus(s.holdingInterval()).isAfter(now)) {
                StringBuilder text = new StringBuilder(catalog.text(onDuty ? "talk.holding" : "talk.holding_nobody"));
                if (h.urgent()) {
                    text.append("\n").append(catalog.text("crisis.lines_intro")).append("\n").append(
                            engine.linesText(engine.directory().crisisLines(h.crisisKind() == null
                                    ? CrisisKind.SELF_HARM : h.crisisKind(), now)));
                } else {
                    // A plain request for a person is not a crisis: the listening line, not the emergency list.
                    text.append(listeningLineText(now));
                }
                turn.say(new Address.Chat(h.memberAddress()), text.toString(), List.of(),
                        h.urgent() ? Priority.URGENT : Priority.NORMAL, h.conversationKey(), null, null);
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

    // ---------------------------------------------------------------- shared

    private void requeue(Handoff h, String memberKey, Turn turn, Instant now) {
        Handoff back = h.backToQueue();
        stores.handoffs().update(back);
        stores.conversations().find(h.conversationKey()).ifPresent(s -> engine.save(s.inMode(Mode.WAITING,
                h.id())));
        turn.say(new Address.Chat(h.memberAddress()), catalog.text(memberKey), h.conversationKey());
        postCards(back, turn, now);
    }

    /** Ends or cancels; the member's state returns to the bot; cards say closed; the volunteer is told. */
    private void close(Handoff h, HandoffStatus status, String volunteerNoticeKey, Turn turn, Instant now) {
        stores.handoffs().update(h.closed(status, now));
        stores.conversations().find(h.conversationKey()).ifPresent(s -> engine.save(s.inMode(Mode.BOT, null)));
        editCards(h, fill("volunteer.card_closed", Map.of("pseudonym", h.pseudonym())), turn);
        if (volunteerNoticeKey != null && h.status() == HandoffStatus.CLAIMED) {
            turn.say(roomOf(h), fill(volunteerNoticeKey, Map.of("pseudonym", h.pseudonym())), null);
        }
        log.info("handoff {} {}", h.id(), status.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void postCards(Handoff h, Turn turn, Instant now) {
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
        for (Platform p : engine.settings().volunteerPlatforms()) {
            turn.say(new Address.VolunteerPlace(p), card,
                    List.of(new Action(catalog.text("button.claim"), "claim:" + h.id())),
                    h.urgent() ? Priority.URGENT : Priority.NORMAL, null, "card:" + h.id(), null);
        }
    }

    private void editCards(Handoff h, String text, Turn turn) {
        for (Map.Entry<Platform, String> card : stores.handoffs().cards(h.id()).entrySet()) {
            if (engine.settings().volunteerPlatforms().contains(card.getKey())) {
                turn.say(new Address.VolunteerPlace(card.getKey()), text, List.of(), Priority.NORMAL, null, null,
                        card.getValue());
            }
        }
    }

    private Address roomOf(Handoff h) {
        if (h.room() != null) {
            return new Address.Chat(h.room());
        }
        Roster.Volunteer v = engine.roster().byId(h.volunteerId()).orElseThrow();
        return new Address.HandoffRoom(v.platform(), h.id(), v.userId(),
                fill("volunteer.room_title", Map.of("pseudonym", h.pseudonym())));
    }

    private String queueText(Instant now) {
        List<Handoff> waiting = stores.handoffs().waiting();
        if (waiting.isEmpty()) {
            return catalog.text("volunteer.queue_empty");
        }
        List<String> lines = new ArrayList<>();
        int position = 1;
        for (Handoff h : waiting) {
            lines.add(fill("volunteer.queue_line", Map.of("position", String.valueOf(position++), "urgency",
                    h.urgent() ? urgentMark() : "", "pseudonym", h.pseudonym(),
                    "category", categoryText(h), "waited", minutes(h.requestedAt(), now), "id", h.id())));
        }
        return String.join("\n", lines);
    }

    boolean anyoneOnDuty() {
        return !stores.volunteers().onDuty().isEmpty();
    }

    private Map<String, String> positionValues(Handoff h, Instant now) {
        List<Handoff> waiting = stores.handoffs().waiting();
        int position = 1;
        for (Handoff w : waiting) {
            if (w.id().equals(h.id())) {
                break;
            }
            position++;
        }
        long minutes = engine.settings().typicalWaitPerPerson().toMinutes() * position;
        String wait = anyoneOnDuty() ? fill("talk.wait_minutes", Map.of("minutes", String.valueOf(minutes)))
                : catalog.text("talk.wait_unknown");
        return Map.of("position", String.valueOf(position), "wait", wait);
    }

    private String categoryText(Handoff h) {
        return catalog.text("volunteer.category." + (h.urgent() ? "crisis" : "human"));
    }

    private static String minutes(Instant from, Instant now) {
        long m = Math.max(0, Duration.between(from, now).toMinutes());
        return m + " min";
    }

    /** The catalogue strips sentences, so the space between the mark and the name is added here. */
    private String urgentMark() {
        return catalog.text("volunteer.card_urgent_mark") + " ";
    }

    private String fill(String key, Map<String, String> values) {
        return Templates.fill(catalog.text(key), values);
    }
}
