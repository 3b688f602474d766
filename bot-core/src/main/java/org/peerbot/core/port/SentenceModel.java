package org.peerbot.core.port;

import java.util.Objects;
import java.util.Set;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Intent;

/**
 * A semantic reading of one message, beside the triage rules: it adds recall for paraphrase (a request for a person
 * or a service in other words, risk said without the rule book's words) and the planner's intents. The rules stay
 * first and give the reason code; triage takes the union for crisis, so a reading can add a crisis but never remove
 * one. Implementations run in process, are thread-safe and never throw for any text (an empty reading instead).
 */
public interface SentenceModel {
    /** What the model reads in {@code text}. Never null, never throws. */
    Reading read(String text);

    /**
     * @param risk    the model is confident the message tells of wanting to die or not to be here, in words the rules
     *                may not know (the implementation owns a high threshold: a false crisis costs a member's trust)
     * @param danger  another crisis the model is confident of (a medical emergency, abuse, a threat to someone else),
     *                or null; the same high bar
     * @param intents what the message is doing, for the conversation planner and for person / service recall
     */
    record Reading(boolean risk, CrisisKind danger, Set<Intent> intents) {
        public Reading {
            intents = Set.copyOf(Objects.requireNonNull(intents, "intents"));
        }

        public Reading(boolean risk, Set<Intent> intents) {
            this(risk, null, intents);
        }

        public static Reading none() {
            return new Reading(false, Set.of());
        }
    }
}
