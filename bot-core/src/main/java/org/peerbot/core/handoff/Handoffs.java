package org.peerbot.core.handoff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.Button;
import org.peerbot.core.model.ChatEvent.ButtonPressed;
import org.peerbot.core.model.ChatEvent.MessageReceived;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SlashCommand;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Stores;
import org.peerbot.core.turn.Conversations;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.Ids;
import org.peerbot.core.turn.Turn;
import org.peerbot.core.wording.ServiceLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handoff queue, as the conversation engine uses it: requests, cards in the volunteers' places, atomic
 * claims with a lease, relay under pseudonyms, volunteer actions and boundaries. Platform-neutral: a Telegram
 * member can be served by a Discord volunteer. Runs inside the engine's turn (its lock and transaction).
 */
public final class Handoffs {

    private static final Logger log = LoggerFactory.getLogger(Handoffs.class);

    /** Commands only volunteers may use ({@code /block} is a member's command too). */
    public static final java.util.Set<String> VOLUNTEER_COMMANDS = SlashCommand.volunteersNotMembers();

    private final HandoffQueue queue;
    private final PromptCatalog catalog;
    private final Stores stores;
    private final Roster roster;
    private final Claims claims;
    private final VolunteerDesk desk;

    public Handoffs(EngineSettings settings, PromptCatalog catalog, Directory directory, Stores stores,
                    Conversations conversations, Roster roster, EngineEvents events, Ids ids) {
        this.queue = new HandoffQueue(settings, catalog, directory, stores, conversations, roster, events, ids);
        this.catalog = catalog;
        this.stores = stores;
        this.roster = roster;
        this.claims = new Claims(queue);
        this.desk = new VolunteerDesk(queue, claims);
    }

    /**
     * A member asks for a person (or crisis asks for them for the member). Honest about position, wait and who is
     * on duty; {@code wish} carries the topics and language to match a volunteer on ("someone who has had chemo").
     * Returns the conversation in its new mode.
     */
    public ConversationState request(ConversationState state, CrisisKind crisis, Wish wish, Turn turn, Instant now) {
        Address me = new Address.Chat(state.address());
        if (stores.blocks().blockedByVolunteer(state.key())) {
            turn.say(me, catalog.text("talk.blocked") + "\n" + ServiceLines.of(catalog,
                    queue.directory.crisisLines(CrisisKind.SELF_HARM, now)), state.key());
            return state;
        }
        Optional<Handoff> open = stores.handoffs().openFor(state.key());
        if (open.isPresent()) {
            Handoff h = open.get();
            if (crisis != null && !h.urgent()) {
                h = h.markUrgent(crisis);
                stores.handoffs().update(h);
                if (h.status() == HandoffStatus.WAITING) {
                    queue.postCards(h, turn, now);
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
            } else if (queue.anyoneOnDuty()) {
                turn.say(me, fill("talk.already_waiting", queue.positionValues(h, now)), state.key());
            } else {
                turn.say(me, fill("talk.already_waiting_nobody", queue.positionValues(h, now)), state.key());
            }
            return state;
        }
        // Topic ids and a language code only: what the member said is never stored.
        Handoff h = Handoff.request(queue.ids.handoffId(), state.key(), state.address(), state.pseudonym(), crisis,
                wish.topics(), wish.language(), now);
        stores.handoffs().insert(h);
        queue.events.handoffRequested(h.urgent());
        log.info("handoff {} requested by conversation {} (urgent: {}, topics: {}, language: {})", h.id(),
                Conversations.shortKey(state.key()), h.urgent(), h.topics(), h.language());
        queue.postCards(h, turn, now);
        if (crisis == null) {
            List<Action> cancel = List.of(new Action(catalog.text("button.cancel"), new Button.Cancel()));
            if (queue.anyoneOnDuty()) {
                StringBuilder text = new StringBuilder(fill("talk.queued", queue.positionValues(h, now)));
                matchWording(h).forEach(line -> text.append(' ').append(line));
                turn.offer(me, text.toString(), cancel, state.key());
            } else {
                // Asking for a person is not a crisis: no emergency list, just the 24/7 listening line.
                turn.offer(me, catalog.text("talk.nobody_on_duty") + queue.listeningLineText(now), cancel,
                        state.key());
            }
        } else if (!queue.anyoneOnDuty()) {
            turn.urgent(me, catalog.text("talk.nobody_on_duty"), state.key());
        }
        return state.inMode(Mode.WAITING, h.id());
    }

    /** Tells the member honestly whether a volunteer with the experience or language they want is on duty. */
    private List<String> matchWording(Handoff h) {
        List<String> lines = new ArrayList<>();
        List<Roster.Volunteer> onDuty = queue.volunteersOnDuty();
        if (!h.topics().isEmpty()) {
            boolean any = onDuty.stream().anyMatch(v -> Matching.topicFits(v, h));
            lines.add(fill(any ? "talk.match_topic_on_duty" : "talk.match_topic_none",
                    Map.of("topic", queue.topicNames(h))));
        }
        if (!Handoff.ENGLISH.equals(h.language())) {
            boolean any = onDuty.stream().anyMatch(v -> Matching.languageFits(v, h));
            lines.add(fill(any ? "talk.match_language_on_duty" : "talk.match_language_none",
                    Map.of("language", queue.languageName(h.language()))));
        }
        return lines;
    }

    public ConversationState cancelByMember(ConversationState state, Turn turn, Instant now) {
        Address me = new Address.Chat(state.address());
        Optional<Handoff> open = stores.handoffs().openFor(state.key());
        if (open.isEmpty()) {
            turn.say(me, catalog.text("talk.nothing_to_cancel"), state.key());
            return state.inMode(Mode.BOT, null);
        }
        Handoff h = open.get();
        if (h.status() == HandoffStatus.WAITING) {
            queue.events.handoffAbandoned();
            queue.close(h, HandoffStatus.CANCELLED, "volunteer.member_cancelled", turn, now);
            turn.say(me, catalog.text("talk.cancelled"), state.key());
        } else {
            // Leaving a chat with a volunteer: the volunteer is told, the member hears it plainly.
            queue.close(h, HandoffStatus.ENDED, "volunteer.member_left", turn, now);
            queue.events.handoffEnded();
            turn.say(me, catalog.text("talk.left_chat"), state.key());
        }
        return state.inMode(Mode.BOT, null);
    }

    public ConversationState blockByMember(ConversationState state, Turn turn, Instant now) {
        Address me = new Address.Chat(state.address());
        Optional<Handoff> open = stores.handoffs().openFor(state.key())
                .filter(h -> h.status() == HandoffStatus.CLAIMED);
        if (open.isEmpty()) {
            turn.say(me, catalog.text("member.nothing_to_block"), state.key());
            return state;
        }
        Handoff h = open.get();
        stores.blocks().block(state.key(), h.volunteerId(), "member");
        queue.close(h, HandoffStatus.ENDED, "volunteer.member_left", turn, now);
        turn.say(me, catalog.text("member.blocked"), state.key());
        return state.inMode(Mode.BOT, null);
    }

    public ConversationState report(ConversationState state, Turn turn) {
        Optional<String> id = stores.handoffs().openFor(state.key()).map(Handoff::id);
        String text = id.isPresent() ? fill("volunteer.report_received", Map.of("id", id.get()))
                : fill("volunteer.report_received_no_chat", Map.of("pseudonym", state.pseudonym()));
        EngineSettings.Lead lead = queue.settings.safeguardingLead();
        if (lead != null) {
            turn.say(new Address.PrivateChatOf(lead.platform(), lead.userId()), text, null);
        } else {
            for (Platform p : queue.settings.volunteerPlatforms()) {
                turn.say(new Address.VolunteerPlace(p), text, null);
            }
        }
        turn.say(new Address.Chat(state.address()), catalog.text("member.reported"), state.key());
        return state;
    }

    public void closeForForget(ConversationState state, Turn turn, Instant now) {
        stores.handoffs().openFor(state.key()).ifPresent(h -> {
            if (h.status() == HandoffStatus.WAITING) {
                queue.events.handoffAbandoned();
            }
            queue.close(h, HandoffStatus.CANCELLED, "volunteer.member_forgot", turn, now);
        });
    }

    public void relayFromMember(ConversationState state, String text, Turn turn) {
        stores.handoffs().openFor(state.key()).filter(h -> h.status() == HandoffStatus.CLAIMED).ifPresent(h ->
                turn.say(queue.roomOf(h), fill("relay.from_member", Map.of("pseudonym", h.pseudonym(), "text", text)),
                        state.key()));
    }

    public void alertVolunteerInRoom(ConversationState state, Turn turn) {
        stores.handoffs().openFor(state.key()).filter(h -> h.status() == HandoffStatus.CLAIMED).ifPresent(h ->
                turn.urgent(queue.roomOf(h), fill("volunteer.crisis_alert", Map.of("pseudonym", h.pseudonym())),
                        state.key()));
    }

    /** Tells the safeguarding lead, if one is configured; returns whether anyone was told. */
    public boolean alertLead(ConversationState state, CrisisKind kind, Turn turn) {
        return queue.alertLead(state, kind, turn);
    }

    /** A private message from a rostered volunteer is theirs (not a member's) when it is a room or a volunteer command. */
    public boolean isVolunteerTraffic(Roster.Volunteer v, MessageReceived m) {
        return desk.isVolunteerTraffic(v, m);
    }

    /** A message from the volunteers' place or a volunteer's room: relayed, or a command acted on. */
    public void onVolunteerMessage(MessageReceived m, Turn turn, Instant now) {
        desk.onVolunteerMessage(m, turn, now);
    }

    /** A claim from a card's button; returns the short answer only the presser sees. */
    public String claim(ButtonPressed b, Button.Claim claim, Turn turn, Instant now) {
        return claims.claimFromButton(b, claim.handoffId(), turn, now);
    }

    /** Periodic work: holding messages, lapsed claims, session reminders. */
    public void tick(Turn turn, Instant now) {
        queue.tick(turn, now);
    }

    /** Whether any volunteer is on duty now. */
    public boolean anyoneOnDuty() {
        return queue.anyoneOnDuty();
    }

    private String fill(String key, Map<String, String> values) {
        return queue.fill(key, values);
    }
}
