package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.peerbot.core.model.Category;
import org.peerbot.core.model.TriageResult;

/** The two checks of the rule-family tests, each failing with the message and how the shipped rules read it. */
final class CrisisChecks {
    private final Triage triage = TestRules.triage();

    /** The message is crisis; its reading is returned for the kind and signals. */
    TriageResult crisis(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        return r;
    }

    void notCrisis(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isNotEqualTo(Category.CRISIS);
    }
}
