package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the eleventh own held-out part (own-heldout-11.jsonl, 600 messages written in session
 * 13 by a helper who had not read the rules, the head or any earlier set; merged and first measured at the start of
 * session 14 before any rule was changed; docs/safety-eval.md, "Session 14"). The same part with the model is held in
 * adapters/triage-model (OwnHeldOut11ModelFloorTest). Floors may only rise.
 */
class OwnHeldOutSet11Test {
    private static final String SET = "peerbot/triage/own-heldout-11.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(600);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(200);
        // first measured blind with the session 13 rules: 148 of 200 crisis caught, 4 of 400 flagged, 473 of 600 right
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.83); // 166 of 200 since session 14 wrote rules from its misses
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(3); // 2 since session 14
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.82); // 0.822 since session 14
    }
}
