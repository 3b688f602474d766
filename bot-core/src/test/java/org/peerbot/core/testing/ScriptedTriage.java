package org.peerbot.core.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/** A triage fake: exact texts map to results, everything else is sharing. Tests the engine apart from the rules. */
public final class ScriptedTriage implements Function<String, TriageResult> {

    private final Map<String, TriageResult> answers = new HashMap<>();

    public ScriptedTriage on(String text, Category category, Signal... signals) {
        answers.put(text, new TriageResult(category, null, List.of("scripted"), Set.of(signals), List.of()));
        return this;
    }

    public ScriptedTriage crisis(String text, CrisisKind kind, Signal... signals) {
        answers.put(text, new TriageResult(Category.CRISIS, kind, List.of("scripted"), Set.of(signals), List.of()));
        return this;
    }

    public ScriptedTriage feeling(String text, String feeling) {
        answers.put(text, new TriageResult(Category.SHARING, null, List.of("scripted"), Set.of(), List.of(feeling)));
        return this;
    }

    @Override
    public TriageResult apply(String text) {
        return answers.getOrDefault(text, TriageResult.sharing());
    }
}
