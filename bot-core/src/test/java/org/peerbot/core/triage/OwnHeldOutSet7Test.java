package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the seventh own held-out part (own-heldout-7.jsonl, 600 messages written in session 8
 * by someone who had not read the rules, the head or any earlier set; committed before anything was measured;
 * docs/safety-eval.md, "Held-out part 7"). The floors are the figures at the end of session 8, rounded down. The same
 * part with the model is held in adapters/triage-model (OwnHeldOut7ModelFloorTest).
 */
class OwnHeldOutSet7Test {
    private static final String SET = "peerbot/triage/own-heldout-7.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(600);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(200);
        // first measured with the session 7 rules: 117 of 200 crisis caught, 9 of 400 flagged; at the end of
        // session 8: 119, 9, and 407 of 600 right; after session 9's rules (written on parts 5 and 6): 133, 7;
        // session 10, with sh.done_and_ready written on this part: 137, 7, and 427 of 600 right
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.85); // session 11: 171 of 200
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(8); // session 11: 7
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.82); // session 11: 0.823
    }
}
