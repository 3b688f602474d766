package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the twenty-second own held-out part (own-heldout-22.jsonl, 585 messages
 * written blind in session 25; docs/safety-eval.md, "Session 25"). It is in no training set and no rule is written from
 * it. First measure with the session 24 code: 152 of 198 at 16 of 387 flagged, macro-F1 0.870. The floors are those
 * figures, with one message of slack; they may only rise.
 */
class OwnHeldOut22ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void twentySecondPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-22.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(585);
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.762); // 152 of 198, less one
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.044); // 16 of 387, and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.932); // 84 of 89, less one
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.78); // 84 of 106
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.923); // 49 of 52, less one
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.813); // 49 of 59, less one
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.88); // 23 of 25, less one
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.865); // 0.870
    }
}
