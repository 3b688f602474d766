package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the nineteenth own held-out part (own-heldout-19.jsonl, 589 messages written in session
 * 22 by three helpers who had read no rule, head or earlier set: people living with cancer at every stage, some in
 * palliative care, the newly widowed, and terse men and women with COPD or heart failure; people on Universal Credit,
 * in debt, facing eviction or sleeping rough, single dads, people drinking, using or gambling, and people in villages
 * and islands far from a hospital; people with depression, anxiety, an eating disorder or a history of self-harm who
 * write long diary posts with the key sentence buried, autistic and ADHD adults, and nurses, paramedics, teachers and
 * care workers who are now patients and speak their work's jargon. Eleven lines that copied earlier sets were dropped.
 * First measured before anything was changed (docs/safety-eval.md, "Session 22"); from session 23 it is a development
 * set, its missed kinds written in the project's own words in OrdinaryWordsCrisisKindsThirteenTest. The same part
 * with the model is held in adapters/triage-model (OwnHeldOut19ModelFloorTest). Floors may only rise.
 */
class OwnHeldOutSet19Test {
    private static final String SET = "peerbot/triage/own-heldout-19.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(589);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(198);
        // first measured blind at the start of session 22: 105 of 198 caught, 9 of 391 flagged, accuracy 0.710; the
        // rules written from part 18 in the same session moved one more to gold (106, 9, accuracy 0.718); with the
        // rules written from part 19 itself in session 23: 197, 1, accuracy 0.885
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(1);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.88);
    }
}
