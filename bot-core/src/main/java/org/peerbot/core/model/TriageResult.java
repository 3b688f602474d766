package org.peerbot.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of triaging one message.
 *
 * @param category the highest-precedence category that matched
 * @param kind     the crisis kind when {@code category} is {@link Category#CRISIS}, otherwise null
 * @param rules    ids of the rules that matched, for evaluation and audit (never the text)
 * @param signals  extra cues for shaping the reply
 * @param feelings feeling words named in the message, as catalogue keys ("lonely", "scared", ...)
 */
public record TriageResult(Category category, CrisisKind kind, List<String> rules, Set<Signal> signals,
                           List<String> feelings) {
    public TriageResult {
        Objects.requireNonNull(category, "category");
        if ((category == Category.CRISIS) != (kind != null)) {
            throw new IllegalArgumentException("a crisis kind goes with the crisis category, and only with it");
        }
        rules = List.copyOf(rules);
        signals = Set.copyOf(signals);
        feelings = List.copyOf(feelings);
    }

    public boolean has(Signal signal) {
        return signals.contains(signal);
    }

    public static TriageResult sharing() {
        return new TriageResult(Category.SHARING, null, List.of(), Set.of(), List.of());
    }
}
