package org.peerbot.core.handoff;

import java.util.List;
import java.util.Objects;
import org.peerbot.core.model.Handoff;

/**
 * What a member's request for a person asks for, to match a volunteer on: directory topic ids (the words
 * organisers use in the roster) and a language code. Ids and a code only, never the member's words.
 */
public record Wish(List<String> topics, String language) {

    public Wish {
        topics = List.copyOf(topics);
        Objects.requireNonNull(language, "language");
    }

    /** No topic, in English: anyone on duty fits. */
    public static Wish anyone() {
        return new Wish(List.of(), Handoff.ENGLISH);
    }
}
