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
 * @param intents  what the message is doing (news, a goodbye, a request), for the conversation planner; may be
 *                 empty, since the planner adds its own word cues
 */
public record TriageResult(Category category, CrisisKind kind, List<String> rules, Set<Signal> signals,
                           List<String> feelings, Set<Intent> intents) {
    /** Rule id recorded when the sentence model alone found paraphrased risk (the graded check-in). */
    public static final String MODEL_RISK = "model.risk";
    /** Rule id prefix of every reading the sentence model alone made: model.risk, model.abuse, model.person, ... */
    public static final String MODEL = "model.";
    /** Rule id recorded when the sentence model alone heard a wish for a person. */
    public static final String MODEL_PERSON = "model.person";
    /** Rule id recorded when the sentence model alone heard a goodbye. */
    public static final String MODEL_GOODBYE = "model.goodbye";
    /** Rule id prefix of the rule book's signal-only rules ("sig.thanks"), which read no category. */
    public static final String SIGNAL_RULE = "sig.";

    public TriageResult {
        Objects.requireNonNull(category, "category");
        if ((category == Category.CRISIS) != (kind != null)) {
            throw new IllegalArgumentException("a crisis kind goes with the crisis category, and only with it");
        }
        rules = List.copyOf(rules);
        signals = Set.copyOf(signals);
        feelings = List.copyOf(feelings);
        intents = intents == null || intents.isEmpty() ? Set.of() : Set.copyOf(intents);
    }

    /** A result with no intents (the rules alone). */
    public TriageResult(Category category, CrisisKind kind, List<String> rules, Set<Signal> signals,
                        List<String> feelings) {
        this(category, kind, rules, signals, feelings, Set.of());
    }

    public boolean has(Intent intent) {
        return intents.contains(intent);
    }

    /**
     * Whether no rule but the sentence model's read this (signal-only rules aside), and the model did read something:
     * the readings the engine trusts least.
     */
    public boolean readByModelAlone() {
        boolean any = false;
        for (String id : rules) {
            if (id.startsWith(MODEL)) {
                any = true;
            } else if (!id.startsWith(SIGNAL_RULE)) {
                return false;
            }
        }
        return any;
    }

    /**
     * Whether the crisis in this reading is the sentence model's alone: no crisis rule found it. A rule of the
     * project's own non-crisis families (clinical, a person, a service, a goodbye, a signal) beside the model does not
     * make the danger any surer, so "wobbly" read as clinical does not turn a model-only risk into a rule-backed one.
     * A rule id outside those families counts as a crisis rule, so an organiser's own rule is always trusted.
     */
    public boolean crisisReadByModelAlone() {
        boolean any = false;
        for (String id : rules) {
            if (id.startsWith(MODEL)) {
                any = true;
            } else if (nonCrisisFamily(id) == null) {
                return false;
            }
        }
        return any;
    }

    /**
     * What a rule of the project's own non-crisis families reads (a signal rule reads nothing, so sharing), or null
     * for a crisis rule, the model's, or any id outside those families.
     */
    public static Category nonCrisisFamily(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? null : switch (id.substring(0, dot + 1)) {
            case SIGNAL_RULE, "sharing." -> Category.SHARING;
            case "clin." -> Category.CLINICAL;
            case "human." -> Category.HUMAN;
            case "services." -> Category.SERVICES;
            case "goodbye." -> Category.GOODBYE;
            default -> null;
        };
    }

    /** The same result with more intents. */
    public TriageResult withIntents(Set<Intent> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<Intent> all = new java.util.HashSet<>(intents);
        all.addAll(more);
        return new TriageResult(category, kind, rules, signals, feelings, all);
    }

    public boolean has(Signal signal) {
        return signals.contains(signal);
    }

    public static TriageResult sharing() {
        return new TriageResult(Category.SHARING, null, List.of(), Set.of(), List.of());
    }
}
