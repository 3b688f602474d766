package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twenty-third own held-out part (own-heldout-23.jsonl, 589 messages written in
 * session 26 by three helpers who had read no rule, head or earlier set: people in recovery from alcohol, gambling or
 * drugs, people in hostels, sleeping rough or sofa surfing, people out of prison or on probation, and care leavers;
 * autistic adults and adults with ADHD or a learning disability writing literally, in lists or Easy Read, and people
 * with early dementia and their families; refugees and asylum seekers writing English as a new language, new parents
 * with postnatal depression or a baby in special care, and night-shift workers with no sick pay. Eleven lines that
 * copied earlier sets were dropped. First measured before anything was changed, and no rule was written from it in
 * session 26; in session 27 it became a development set (docs/safety-eval.md, "Session 26" and "Session 27").
 * The same part with the model is a row of OwnHeldOutPartsModelFloorTest in adapters/triage-model. Floors may only
 * rise.
 */
class OwnHeldOutSet23Test {
    private static final String SET = "peerbot/triage/own-heldout-23.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(589);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(196);
        // first measured blind at the start of session 26: 106 of 196 caught, 5 of 393 flagged, accuracy 0.713; the
        // rules written from part 22 in the same session (the part unread): 107, 5, accuracy 0.715; read as a
        // development set in session 27: 193, 0, accuracy 0.956
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.98);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(1);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.95);
    }
}
