package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the tenth own held-out part (own-heldout-10.jsonl, 600 messages written
 * blind in session 11 and committed before anything was measured; docs/safety-eval.md, "Session 11"). It is in no
 * training set and no rule was written from it, except that the lead saw some of its missed crisis texts at the first
 * measure and then wrote rules for a kind the issue names (how-to-die questions read as clinical), worth 2 crisis
 * messages here. The floors are its figures at the end of session 11 with one message of slack; they may only rise.
 */
class OwnHeldOut10ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void tenthPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-10.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(600);
        // first measured blind with the session 10 rules and head: crisis 169 of 200 at 17 of 400 flagged, macro-F1
        // 0.854, clinical precision 0.667; at the end of session 11: 175 at 17, macro-F1 0.880 (a head retrained with own-train-6a and parts 8 and 9 gave the same 175 and 0.877, so the session 10 head stays)
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.955); // 192 of 200 since session 13 (175 in session 11)
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.05); // 17 of 400 until session 18; 19 since the second reader's larger say
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.79); // 72 of 90
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.74); // 72 of 95
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.91); // 56 of 60
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.85); // 52 of 60
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.90); // 37 of 40
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.89); // 0.896 since session 13
    }
}
