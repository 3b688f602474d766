package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the twentieth own held-out part (own-heldout-20.jsonl, 589 messages
 * written blind in session 23; docs/safety-eval.md, "Session 23"). It is in no training set and no rule is written from
 * it. First measure with the session 22 code: 160 of 198 at 17 of 391 flagged, macro-F1 0.873; with the rules written
 * from part 19 in the same session, 161 at 16, 0.875. The floors are those figures, with one message of slack; they
 * may only rise.
 */
class OwnHeldOut20ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void twentiethPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-20.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(589);
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.808); // 161 of 198
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.044); // 16 of 391, and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.887); // 80 of 89
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.83); // 80 of 95
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.868); // 47 of 53
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.85); // 52 of 60
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.875); // 22 of 24
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.87); // 0.875
    }
}
