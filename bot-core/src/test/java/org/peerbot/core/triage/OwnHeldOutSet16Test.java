package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the sixteenth own held-out part (own-heldout-16.jsonl, 582 messages written in session
 * 19 by three helpers who had read no rule, head or earlier set: young adults in text-speak, LGBTQ+ people and people
 * with long covid or ME; men who don't talk about feelings, from rural Scotland, Wales, Northern Ireland and the north
 * of England; people with severe mental illness or a learning disability, and new parents with postnatal depression or
 * a poorly baby. Each writer put some risk in the last sentence of an ordinary message, and mentioned medicines and
 * symptoms as news or a moan. Eighteen lines that were copies of each other or of an earlier set were dropped. First
 * measured blind before anything was changed in session 19; from session 20 it is a development set, and its missed
 * kinds are rules in the project's own words (OrdinaryWordsCrisisKindsTenTest); docs/safety-eval.md, "Session 20". The same part with the model is held in adapters/triage-model (OwnHeldOut16ModelFloorTest). Floors may
 * only rise.
 */
class OwnHeldOutSet16Test {
    private static final String SET = "peerbot/triage/own-heldout-16.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(582);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(198);
        // first measured blind at the start of session 19: 110 of 198 caught, 20 of 384 flagged; at its end, with the
        // rules written from part 15 (none from this part), 112, 17, accuracy 0.691; with its own kinds as rules
        // (session 20), 130, 3, accuracy 0.746
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.655);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(3);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.745);
    }
}
