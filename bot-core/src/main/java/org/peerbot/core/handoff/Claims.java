package org.peerbot.core.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ChatEvent.ButtonPressed;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.VolunteerStore.VolunteerState;
import org.peerbot.core.turn.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims: who may take a request now (on duty, not cooling down, under their cap, not blocked, and not held for
 * a volunteer who fits better), the atomic claim with its lease, and the member told who they are talking to.
 */
final class Claims {

    private static final Logger log = LoggerFactory.getLogger(Claims.class);

    private final HandoffQueue queue;
    private final PromptCatalog catalog;
    private final Stores stores;
    private final Roster roster;

    Claims(HandoffQueue queue) {
        this.queue = queue;
        this.catalog = queue.catalog;
        this.stores = queue.stores;
        this.roster = queue.roster;
    }

    /** A claim from a card's button; returns the short answer only the presser sees. */
    String claimFromButton(ButtonPressed b, String handoffId, Turn turn, Instant now) {
        if (b.space() != Space.VOLUNTEERS) {
            log.info("claim refused: pressed outside the volunteers' place");
            return catalog.text("volunteer.not_volunteer");
        }
        Optional<Roster.Volunteer> v = roster.find(b.from());
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
    String claim(Roster.Volunteer v, String handoffId, Turn turn, Instant now) {
        Optional<Handoff> found = stores.handoffs().find(handoffId);
        if (found.isEmpty() || !found.get().status().open()) {
            return catalog.text("volunteer.claim_gone");
        }
        Handoff h = found.get();
        if (h.status() == HandoffStatus.CLAIMED) {
            return catalog.text("volunteer.claim_lost");
        }
        Optional<String> refusal = refusal(v, h, now);
        if (refusal.isEmpty() && queue.heldForOthers(v, h, now)) {
            refusal = Optional.of("volunteer.held_for_match");
        }
        if (refusal.isPresent()) {
            String key = refusal.get();
            return switch (key) {
                case "volunteer.at_cap" -> fill(key, Map.of("count", String.valueOf(v.maxChats())));
                case "volunteer.cooling_down" -> fill(key, Map.of("minutes", String.valueOf(Math.max(1,
                        Duration.between(now, queue.duty(v.id()).coolDownUntil()).toMinutes() + 1))));
                case "volunteer.held_for_match" -> fill(key, Map.of("minutes", String.valueOf(Math.max(1,
                        Duration.between(now, queue.matchHoldUntil(h, now)).toMinutes() + 1))));
                default -> catalog.text(key);
            };
        }
        if (!stores.handoffs().claim(h.id(), v.id(), now, now.plus(queue.settings.claimLease()))) {
            return catalog.text("volunteer.claim_lost");
        }
        Handoff claimed = stores.handoffs().find(h.id()).orElseThrow();
        queue.events.handoffClaimed(Duration.between(h.requestedAt(), now));
        log.info("handoff {} claimed", h.id());
        ConversationState state = queue.conversations.loadOrStart(h.memberAddress(), now);
        queue.conversations.save(state.inMode(Mode.CONNECTED, h.id()));
        queue.editCards(claimed, fill("volunteer.card_claimed", Map.of("pseudonym", h.pseudonym(), "volunteer",
                v.name())), turn);
        // "They have been where you are" only when the volunteer lists the member's topic (issue 18).
        turn.say(new Address.Chat(h.memberAddress()), fill(Matching.topicFits(v, h) ? "talk.connected_match"
                : "talk.connected", Map.of("volunteer", v.name())), h.conversationKey());
        queue.openRoom(claimed, v, null, turn, now);
        return null;
    }

    /** Why this volunteer may not take this request now, as a catalogue key; empty when they may. */
    Optional<String> refusal(Roster.Volunteer v, Handoff h, Instant now) {
        VolunteerState duty = queue.duty(v.id());
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
    Optional<Handoff> nextFor(Roster.Volunteer v, Instant now) {
        List<Handoff> open = stores.handoffs().waiting().stream()
                .filter(h -> !stores.blocks().isBlocked(h.conversationKey(), v.id()))
                .filter(h -> !queue.heldForOthers(v, h, now)).toList();
        return open.stream().filter(h -> h.urgent() || Matching.wantsMatch(h) && Matching.fits(v, h)).findFirst()
                .or(() -> open.stream().findFirst());
    }

    private String fill(String key, Map<String, String> values) {
        return queue.fill(key, values);
    }
}
