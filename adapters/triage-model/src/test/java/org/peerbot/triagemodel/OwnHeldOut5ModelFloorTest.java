package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the fifth own held-out part (own-heldout-5.jsonl, 526 messages written
 * blind in session 6; docs/safety-eval.md, "Held-out part 5"). The floors are the blind figures, rounded down with one
 * message of slack (quantised ONNX may differ in the last bits on another CPU): they may only rise. They are far
 * below the targets; the test pins where the part stood, not where it should be.
 */
class OwnHeldOut5ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void fifthPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-5.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(500);
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.55); // 76 of 136 (65 blind, with the session 5 head and rules)
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.041); // 15 of 390 and one of slack (16 blind)
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.92); // 83 of 90
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.80); // 83 of 103
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.94); // 47 of 50
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.76); // 38 of 50
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.93); // 29 of 30
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.84); // 0.849
    }
}
