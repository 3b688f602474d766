package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the project's third own held-out part (own-heldout-3.jsonl, 421 messages written
 * apart from the training part; docs/safety-eval.md, session 5). The figures were measured blind and rounded down;
 * rules added for its misses can only lift them. The same set with the model is held in adapters/triage-model
 * (OwnHeldOutModelFloorTest).
 */
class OwnHeldOutSet3Test {
    private static final String SET = "peerbot/triage/own-heldout-3.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(400);
        // blind: 85 of 125 crisis caught, 6 of 296 others flagged crisis, 305 of 421 right. After the session 6 rule
        // families (written for its misses as kinds, so no longer blind): 125 of 125, none flagged, 350 of 421 right;
        // the floors keep one message of slack
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(1);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.83);
    }
}
