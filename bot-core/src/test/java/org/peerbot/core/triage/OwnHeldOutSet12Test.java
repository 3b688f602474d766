package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twelfth own held-out part (own-heldout-12.jsonl, 400 messages written in session
 * 15 by two helpers who had read no rule, head or earlier set; more carers, parents and partners, and messages with
 * two things in them; first measured before any rule was changed; docs/safety-eval.md, "Session 15"). The same part
 * with the model is held in adapters/triage-model (OwnHeldOut12ModelFloorTest). Floors may only rise.
 *
 * <p>Its third part (own-heldout-12c.jsonl, 200 messages in younger voices: text-speak, swearing, very short and very
 * long) arrived after session 15's last commit; it was measured blind once then, and again at the start of session 16
 * before anything was changed, with the same figures.
 */
class OwnHeldOutSet12Test {
    private static final String SET = "peerbot/triage/own-heldout-12.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(400);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(134);
        // first measured blind with the session 14 rules: 90 of 134 crisis caught, 5 of 266 flagged, accuracy 0.740;
        // session 16 (kinds from part 12c, none of this part's lines read): 91, 3 flagged, 0.748
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.675);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(4);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.745);
    }

    @Test
    void rulesAloneKeepTheirFloorOnThePartsThirdWriter() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), "peerbot/triage/own-heldout-12c.jsonl");
        assertThat(s.size()).isGreaterThanOrEqualTo(200);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(67);
        // first measured blind with the session 15 rules: 46 of 67 crisis caught, 7 of 133 flagged, accuracy 0.720;
        // after session 16's kinds, written from this part's misses (so it is a development set now): 49, 0, 0.765
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.72);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(1);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.76);
    }
}
