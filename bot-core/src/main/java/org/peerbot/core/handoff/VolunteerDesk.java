package org.peerbot.core.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.Button;
import org.peerbot.core.model.ChatEvent.MessageReceived;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.VolunteerStore.VolunteerState;
import org.peerbot.core.turn.Command;
import org.peerbot.core.turn.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The volunteer side of the queue: messages in rooms relayed to members (with the clinical nudge first when
 * they instruct), volunteer commands, and the chat commands that end, hand back, transfer, escalate, block or
 * clear. A volunteer acts only on their own chats.
 */
final class VolunteerDesk {

    private static final Logger log = LoggerFactory.getLogger(VolunteerDesk.class);

    /** Commands that act on one chat. */
    private static final java.util.Set<String> CHAT_COMMANDS = java.util.Set.of("end", "handback", "transfer",
            "escalate", "block", "clear");

    private final HandoffQueue queue;
    private final PromptCatalog catalog;
    private final Stores stores;
    private final Roster roster;
    private final Claims claims;

    VolunteerDesk(HandoffQueue queue, Claims claims) {
        this.queue = queue;
        this.catalog = queue.catalog;
        this.stores = queue.stores;
        this.roster = queue.roster;
        this.claims = claims;
    }

    // ---------------------------------------------------------------- volunteer side

    /** A private message from a rostered volunteer is theirs (not a member's) when it is a room or a volunteer command. */
    boolean isVolunteerTraffic(Roster.Volunteer v, MessageReceived m) {
        Command c = Command.parse(m.text());
        if (c != null && Handoffs.VOLUNTEER_COMMANDS.contains(c.name())) {
            return true;
        }
        return stores.handoffs().byRoom(m.where()).filter(h -> v.id().equals(h.volunteerId())).isPresent();
    }

    void onVolunteerMessage(MessageReceived m, Turn turn, Instant now) {
        Address here = new Address.Chat(m.where());
        Optional<Roster.Volunteer> found = roster.find(m.from());
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
            // Safety rule 14 (docs/safety-rules.md): peers, not clinicians. The nudge reaches the volunteer before their words reach the member.
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
                VolunteerState old = queue.duty(v.id());
                stores.volunteers().save(new VolunteerState(v.id(), on, old.coolDownUntil()));
                turn.say(here, catalog.text(on ? "volunteer.on_duty" : "volunteer.off_duty_set"), null);
                if (on) {
                    for (Handoff h : stores.handoffs().waiting()) {
                        turn.say(here, fill("volunteer.waiting_alert", Map.of("pseudonym", h.pseudonym(),
                                "waited", HandoffQueue.minutes(h.requestedAt(), now))), null);
                    }
                }
            }
            case "queue" -> turn.say(here, queueText(now), null);
            case "claim" -> {
                String id = c.args().isBlank() ? claims.nextFor(v, now).map(Handoff::id).orElse("") : c.args().strip();
                if (id.isEmpty()) {
                    turn.say(here, catalog.text("volunteer.queue_empty"), null);
                } else {
                    String outcome = claims.claim(v, id, turn, now);
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
                queue.close(h, HandoffStatus.ENDED, null, turn, now);
                turn.say(member, catalog.text("talk.ended"), h.conversationKey());
                turn.offer(member, catalog.text("talk.feedback_ask"), List.of(
                        new Action(catalog.text("button.feedback_yes"), new Button.Feedback(true)),
                        new Action(catalog.text("button.feedback_no"), new Button.Feedback(false))), h.conversationKey());
                turn.say(here, fill("volunteer.ended", who), null);
                queue.events.handoffEnded();
                if (h.urgent()) {
                    VolunteerState duty = queue.duty(v.id());
                    stores.volunteers().save(new VolunteerState(v.id(), duty.onDuty(),
                            now.plus(queue.settings.coolDownAfterUrgent())));
                    turn.say(here, catalog.text("volunteer.debrief"), null);
                }
            }
            case "handback" -> {
                queue.requeue(h, "talk.handed_back", turn, now);
                turn.say(here, fill("volunteer.handed_back", who), null);
            }
            case "transfer" -> {
                Optional<Roster.Volunteer> target = roster.byName(c.args());
                Optional<String> refusal = target.isEmpty() ? Optional.of("volunteer.transfer_unknown")
                        : claims.refusal(target.get(), h, now);
                if (refusal.isPresent() || target.get().id().equals(v.id())) {
                    turn.say(here, catalog.text(refusal.orElse("volunteer.transfer_unknown")), null);
                    return;
                }
                Roster.Volunteer t = target.get();
                Handoff moved = h.transferredTo(t.id(), now, now.plus(queue.settings.claimLease()));
                stores.handoffs().update(moved);
                turn.say(here, fill("volunteer.transferred", Map.of("pseudonym", h.pseudonym(), "volunteer",
                        t.name())), null);
                turn.say(member, fill("talk.transferred", Map.of("volunteer", t.name())), h.conversationKey());
                queue.openRoom(moved, t, "volunteer.transfer_in", turn, now);
            }
            case "escalate" -> {
                ConversationState state = queue.conversations.loadOrStart(h.memberAddress(), now);
                boolean told = queue.alertLead(state, h.crisisKind(), turn);
                turn.say(here, catalog.text(told ? "volunteer.escalated" : "volunteer.no_lead"), null);
            }
            case "block" -> {
                stores.blocks().block(h.conversationKey(), v.id(), "volunteer");
                queue.close(h, HandoffStatus.ENDED, null, turn, now);
                turn.say(member, catalog.text("talk.ended"), h.conversationKey());
                turn.say(here, fill("volunteer.blocked", who), null);
            }
            case "clear" -> {
                queue.conversations.find(h.conversationKey()).ifPresent(s -> queue.conversations.save(s.clearRisk()));
                turn.say(here, fill("volunteer.risk_cleared", who), null);
            }
            default -> throw new IllegalStateException("not a chat command: " + c.name());
        }
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
                    h.urgent() ? queue.urgentMark() : "", "pseudonym", h.pseudonym(),
                    "category", queue.categoryText(h), "waited", HandoffQueue.minutes(h.requestedAt(), now), "id", h.id())));
        }
        return String.join("\n", lines);
    }

    private String fill(String key, Map<String, String> values) {
        return queue.fill(key, values);
    }
}
