package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the fifteenth own held-out part (own-heldout-15.jsonl, 575 messages written in session
 * 18 by three helpers who had read no rule, head or earlier set: autistic adults and teenagers and parents of a child
 * with a condition; older people living alone, veterans and people who apologise for bothering anyone; people under
 * money and housing strain, in recovery, and from families who mix in a few words of another language. Each writer
 * added risk and requests said indirectly and politely, and everyday lines that sound like them. Twenty-five lines that
 * were exact copies of each other or of an earlier set were dropped. First measured before any rule was written from
 * it, and no rule was in session 18; docs/safety-eval.md, "Session 18". In session 19 it became a development set: its
 * missed kinds were written as rules in our own words (OrdinaryWordsCrisisKindsNineTest). The same part with the model
 * is held in adapters/triage-model (OwnHeldOut15ModelFloorTest). Floors may only rise.
 */
class OwnHeldOutSet15Test {
    private static final String SET = "peerbot/triage/own-heldout-15.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(575);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(200);
        // first measured blind at the start of session 18: 127 of 200 caught, 16 of 375 flagged, accuracy 0.736; at
        // its end, with the rules written from part 14 and the shared sets (none from this part), 128, 16, 0.737; with
        // the session 19 rules written from its misses, 148, 14, 0.776; with the session 20 rules from part 16, 151, 13,
        // 0.783
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.755);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(13);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.78);
    }
}
