package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the thirteenth own held-out part (own-heldout-13.jsonl, 600 messages written in session
 * 16 by three helpers who had read no rule, head or earlier set: older people and people writing in a second language,
 * people with a mental health condition beside a physical one, and quick phone messages in regional voices; each
 * writer added about a dozen worries said in dark-sounding ordinary words that are not a crisis). First measured
 * before any rule was written from it; docs/safety-eval.md, "Session 16". From session 17 it is a development set: its
 * missed kinds were read and written as rules (OrdinaryWordsCrisisKindsSevenTest). The same part with the model is
 * held in adapters/triage-model (OwnHeldOut13ModelFloorTest). Floors may only rise.
 */
class OwnHeldOutSet13Test {
    private static final String SET = "peerbot/triage/own-heldout-13.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(600);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(201);
        // first measured blind: with the rules at the start of session 16, 141 of 201 caught, 7 of 399 flagged,
        // accuracy 0.732; with session 16's rule kinds (written from part 12c, not this part), 141, 4, 0.737
        // with session 17's rule kinds written from it: 159, 1, 0.772
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.79);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(2);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.77);
    }
}
