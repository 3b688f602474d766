package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the eighth own held-out part (own-heldout-8.jsonl, 600 messages written in session 9
 * by someone who had not read the rules, the head or any earlier set; committed before anything was measured;
 * docs/safety-eval.md, "Session 9"). The floors are the figures at the end of session 9, rounded down. The same
 * part with the model is held in adapters/triage-model (OwnHeldOut8ModelFloorTest).
 */
class OwnHeldOutSet8Test {
    private static final String SET = "peerbot/triage/own-heldout-8.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(600);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(200);
        // first measured with the session 8 rules: 117 of 200 crisis caught, 9 of 400 flagged; at the end of
        // session 9 (rules written on parts 5 and 6): 122, 8, and 409 of 600 right
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.86); // session 11: 173 of 200
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(9);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.82); // session 11: 0.825
    }
}
