package org.peerbot.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the bot remembers about one member's private conversation. No message text is kept.
 *
 * @param key           keyed hash of the member's private chat; the only identifier at rest
 * @param address       where to write to the member (stores seal it at rest)
 * @param introduced    the honest introduction has been given
 * @param risk          the crisis kind flagged in this conversation, or null; sticky until a person clears it
 * @param riskSince     when risk was first flagged, or null
 * @param recentPrompts ids of the last prompts the bot used, newest last (at most {@link #RECENT_LIMIT})
 * @param mode          bot, waiting for a volunteer, or connected to one
 * @param handoffId     the open handoff, or null
 * @param pseudonym     the name volunteers see; stable for the conversation
 * @param quiet         the member said /stop: the bot stays quiet until they write again
 * @param lastMessageAt when the member last wrote
 * @param createdAt     when the conversation started
 * @param topics        directory topic ids noticed in the member's words, newest last (at most
 *                      {@link #TOPIC_LIMIT}); ids only, never the words they came from
 * @param language      the language the member asked for or said they speak ("pl"), or null for the pack's own
 * @param notes         what the conversation planner remembers between turns (no text)
 */
public record ConversationState(String key, ConversationRef address, boolean introduced, CrisisKind risk,
                                Instant riskSince, List<String> recentPrompts, Mode mode, String handoffId,
                                String pseudonym, boolean quiet, Instant lastMessageAt, Instant createdAt,
                                List<String> topics, String language, ListeningNotes notes) {

    /** How many recent topics are kept for matching a member with a volunteer. */
    public static final int TOPIC_LIMIT = 3;

    /** Enough for a long conversation never to hear the same sentence twice. */
    public static final int RECENT_LIMIT = 40;

    public ConversationState {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(address, "address");
        recentPrompts = List.copyOf(recentPrompts);
        mode = mode == null ? Mode.BOT : mode;
        topics = topics == null ? List.of() : List.copyOf(topics);
        notes = notes == null ? ListeningNotes.NONE : notes;
    }

    /** Without the planner's notes (as stored before the planner existed). */
    public ConversationState(String key, ConversationRef address, boolean introduced, CrisisKind risk,
                             Instant riskSince, List<String> recentPrompts, Mode mode, String handoffId,
                             String pseudonym, boolean quiet, Instant lastMessageAt, Instant createdAt,
                             List<String> topics, String language) {
        this(key, address, introduced, risk, riskSince, recentPrompts, mode, handoffId, pseudonym, quiet,
                lastMessageAt, createdAt, topics, language, ListeningNotes.NONE);
    }

    public ConversationState withNotes(ListeningNotes value) {
        return new ConversationState(key, address, introduced, risk, riskSince, recentPrompts, mode, handoffId,
                pseudonym, quiet, lastMessageAt, createdAt, topics, language, value);
    }

    /** Without topics or language (as stored before matching existed). */
    public ConversationState(String key, ConversationRef address, boolean introduced, CrisisKind risk,
                             Instant riskSince, List<String> recentPrompts, Mode mode, String handoffId,
                             String pseudonym, boolean quiet, Instant lastMessageAt, Instant createdAt) {
        this(key, address, introduced, risk, riskSince, recentPrompts, mode, handoffId, pseudonym, quiet,
                lastMessageAt, createdAt, List.of(), null, ListeningNotes.NONE);
    }

    /** Remembers topics noticed in a message (newest last, no repeats) and a language, when there is one. */
    public ConversationState noticed(List<String> newTopics, String newLanguage) {
        List<String> next = new ArrayList<>(topics);
        for (String t : newTopics) {
            next.remove(t);
            next.add(t);
        }
        while (next.size() > TOPIC_LIMIT) {
            next.remove(0);
        }
        return new ConversationState(key, address, introduced, risk, riskSince, recentPrompts, mode, handoffId,
                pseudonym, quiet, lastMessageAt, createdAt, next, newLanguage == null ? language : newLanguage,
                notes);
    }

    public static ConversationState fresh(String key, ConversationRef address, String pseudonym, Instant now) {
        return new ConversationState(key, address, false, null, null, List.of(), Mode.BOT, null, pseudonym,
                false, now, now, List.of(), null);
    }

    public boolean flagged() {
        return risk != null;
    }

    public ConversationState introduced(boolean value) {
        return new ConversationState(key, address, value, risk, riskSince, recentPrompts, mode, handoffId,
                pseudonym, quiet, lastMessageAt, createdAt, topics, language, notes);
    }

    /** Flags risk; the first kind flagged stays unless a more urgent one comes (sticky). */
    public ConversationState flag(CrisisKind kind, Instant now) {
        CrisisKind kept = risk == null ? kind : risk;
        Instant since = riskSince == null ? now : riskSince;
        return new ConversationState(key, address, introduced, kept, since, recentPrompts, mode, handoffId,
                pseudonym, quiet, lastMessageAt, createdAt, topics, language, notes);
    }

    /** Only a person (a volunteer ending with the risk cleared) calls this. */
    public ConversationState clearRisk() {
        return new ConversationState(key, address, introduced, null, null, recentPrompts, mode, handoffId,
                pseudonym, quiet, lastMessageAt, createdAt, topics, language, notes);
    }

    public ConversationState usedPrompt(String promptId) {
        List<String> next = new ArrayList<>(recentPrompts);
        next.add(promptId);
        while (next.size() > RECENT_LIMIT) {
            next.remove(0);
        }
        return new ConversationState(key, address, introduced, risk, riskSince, next, mode, handoffId,
                pseudonym, quiet, lastMessageAt, createdAt, topics, language, notes);
    }

    public ConversationState inMode(Mode newMode, String newHandoffId) {
        return new ConversationState(key, address, introduced, risk, riskSince, recentPrompts, newMode,
                newHandoffId, pseudonym, quiet, lastMessageAt, createdAt, topics, language, notes);
    }

    public ConversationState quiet(boolean value) {
        return new ConversationState(key, address, introduced, risk, riskSince, recentPrompts, mode, handoffId,
                pseudonym, value, lastMessageAt, createdAt, topics, language, notes);
    }

    public ConversationState seen(Instant now) {
        return new ConversationState(key, address, introduced, risk, riskSince, recentPrompts, mode, handoffId,
                pseudonym, quiet, now, createdAt, topics, language, notes);
    }
}
