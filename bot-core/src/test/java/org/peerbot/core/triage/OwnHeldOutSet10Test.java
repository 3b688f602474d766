package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the tenth own held-out part (own-heldout-10.jsonl, 600 messages written in session 11
 * by someone who had not read the rules, the head or any earlier set; committed before anything was measured;
 * docs/safety-eval.md, "Session 11"). The floors are the figures at the end of session 11, rounded down. The same
 * part with the model is held in adapters/triage-model (OwnHeldOut10ModelFloorTest).
 */
class OwnHeldOutSet10Test {
    private static final String SET = "peerbot/triage/own-heldout-10.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(600);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(200);
        // first measured blind with the session 10 rules: 109 of 200 crisis caught, 14 of 400 flagged, 367 of 600 right
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.67); // 135 of 200 since session 13 (118 in session 11)
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(15);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.665); // 0.670
    }
}
