package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the ninth own held-out part (own-heldout-9.jsonl, 600 messages written in session 10
 * by someone who had not read the rules, the head or any earlier set; committed before anything was measured;
 * docs/safety-eval.md, "Session 10"). The floors are the figures at the end of session 10, rounded down. The same
 * part with the model is held in adapters/triage-model (OwnHeldOut9ModelFloorTest).
 */
class OwnHeldOutSet9Test {
    private static final String SET = "peerbot/triage/own-heldout-9.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(600);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(200);
        // first measured blind with the session 9 rules: 108 of 200 crisis caught, 9 of 400 flagged, 390 of 600 right
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.81); // session 11: 163 of 200
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(9);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.80); // session 11: 0.807
    }
}
