package org.peerbot.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A member's request for a person, from queueing to the end of the chat. Holds no message text
 * and no member platform identity: only the conversation's keyed hash and its (sealed) address.
 *
 * @param id                  random, opaque id; also the key volunteers' buttons carry
 * @param conversationKey     the member's conversation
 * @param memberAddress       where the member is (sealed at rest by the store)
 * @param pseudonym           what volunteers call the member
 * @param urgent              crisis: head of the queue
 * @param crisisKind          the crisis kind when urgent, else null
 * @param topics              directory topic ids the member's request is about ("cancer"); empty for none
 * @param language            the language the member asked for ("en" unless they said otherwise)
 * @param requestedAt         when the member asked; waiting time counts from here (and again from a hand-back)
 * @param status              waiting, claimed, ended or cancelled
 * @param volunteerId         the claiming volunteer's roster id, or null
 * @param room                the handoff room once opened, or null
 * @param claimedAt           when claimed, or null
 * @param leaseUntil          while claimed and the volunteer has not yet written: when the claim lapses
 * @param lastHoldingAt       when the member was last sent a holding message while waiting
 * @param lastVolunteerAt     when the volunteer last wrote
 * @param endedAt             when ended or cancelled, or null
 */
public record Handoff(String id, String conversationKey, ConversationRef memberAddress, String pseudonym,
                      boolean urgent, CrisisKind crisisKind, List<String> topics, String language,
                      Instant requestedAt,
                      HandoffStatus status, String volunteerId, ConversationRef room, Instant claimedAt,
                      Instant leaseUntil, Instant lastHoldingAt, Instant lastVolunteerAt, Instant endedAt) {

    public Handoff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(memberAddress, "memberAddress");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        topics = topics == null ? List.of() : List.copyOf(topics);
        language = language == null || language.isBlank() ? ENGLISH : language;
    }

    /** The language assumed when a member has not asked for another. */
    public static final String ENGLISH = "en";

    /** A request with no topic, in English. */
    public static Handoff request(String id, String conversationKey, ConversationRef memberAddress,
                                  String pseudonym, CrisisKind crisisKind, String topic, Instant now) {
        return request(id, conversationKey, memberAddress, pseudonym, crisisKind,
                topic == null ? List.of() : List.of(topic), ENGLISH, now);
    }

    /** The first topic, or null. */
    public String topic() {
        return topics.isEmpty() ? null : topics.get(0);
    }

    public static Handoff request(String id, String conversationKey, ConversationRef memberAddress,
                                  String pseudonym, CrisisKind crisisKind, List<String> topics, String language,
                                  Instant now) {
        return new Handoff(id, conversationKey, memberAddress, pseudonym, crisisKind != null, crisisKind, topics,
                language, now, HandoffStatus.WAITING, null, null, null, null, now, null, null);
    }

    public Handoff markUrgent(CrisisKind kind) {
        return new Handoff(id, conversationKey, memberAddress, pseudonym, true,
                crisisKind == null ? kind : crisisKind, topics, language,
                requestedAt, status, volunteerId, room, claimedAt,
                leaseUntil, lastHoldingAt, lastVolunteerAt, endedAt);
    }

    public Handoff withRoom(ConversationRef newRoom) {
        return new Handoff(id, conversationKey, memberAddress, pseudonym, urgent, crisisKind, topics, language,
                requestedAt,
                status, volunteerId, newRoom, claimedAt, leaseUntil, lastHoldingAt, lastVolunteerAt, endedAt);
    }

    public Handoff holdingSent(Instant now) {
        return new Handoff(id, conversationKey, memberAddress, pseudonym, urgent, crisisKind, topics, language,
                requestedAt,
                status, volunteerId, room, claimedAt, leaseUntil, now, lastVolunteerAt, endedAt);
    }

    public Handoff volunteerWrote(Instant now) {
        return new Handoff(id, conversationKey, memberAddress, pseudonym, urgent, crisisKind, topics, language,
                requestedAt,
                status, volunteerId, room, claimedAt, null, lastHoldingAt, now, endedAt);
    }

    /** Back to the queue, at the head of its band: waiting time keeps counting from the first request. */
    public Handoff backToQueue() {
        return new Handoff(id, conversationKey, memberAddress, pseudonym, urgent, crisisKind, topics, language,
                requestedAt,
                HandoffStatus.WAITING, null, null, null, null, lastHoldingAt, null, null);
    }

    public Handoff closed(HandoffStatus finalStatus, Instant now) {
        if (finalStatus.open()) {
            throw new IllegalArgumentException("closed() needs ENDED or CANCELLED");
        }
        return new Handoff(id, conversationKey, memberAddress, pseudonym, urgent, crisisKind, topics, language,
                requestedAt,
                finalStatus, volunteerId, room, claimedAt, null, lastHoldingAt, lastVolunteerAt, now);
    }

    public Handoff transferredTo(String newVolunteerId, Instant now, Instant newLease) {
        return new Handoff(id, conversationKey, memberAddress, pseudonym, urgent, crisisKind, topics, language,
                requestedAt,
                HandoffStatus.CLAIMED, newVolunteerId, null, now, newLease, lastHoldingAt, null, null);
    }
}
