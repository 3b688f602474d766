package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the nineteenth own held-out part (own-heldout-19.jsonl, 589 messages
 * written blind in session 22; docs/safety-eval.md, "Session 22"). It is in no training set. First measure with the
 * session 21 code: 153 of 198 at 19 of 391 flagged, macro-F1 0.828; with the rules written from part 18 in the same
 * session, 154 at 19, 0.835. From session 23 it is a development set for the rules: 198 at 11, 0.886. The floors are
 * those figures, with one message of slack; they may only rise.
 */
class OwnHeldOut19ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void nineteenthPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-19.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(589);
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.994); // 198 of 198
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.031); // 11 of 391, and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.91); // 83 of 90
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.87); // 83 of 94
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.923); // 49 of 52
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.783); // 48 of 60
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.703); // 20 of 27
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.88); // 0.886
    }
}
