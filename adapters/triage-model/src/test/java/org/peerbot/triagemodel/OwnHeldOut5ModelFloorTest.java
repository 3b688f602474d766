package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the fifth own held-out part (own-heldout-5.jsonl, 526 messages written
 * blind in session 6; docs/safety-eval.md, "Held-out part 5"). The floors are the blind figures, rounded down with one
 * message of slack (quantised ONNX may differ in the last bits on another CPU): they may only rise. Raised in
 * session 8 (part 5 is now a dev set: rules were written against its misses, so the figures are not blind). They are
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
        // session 7 figures (the head with a hidden layer; part 5 was the set its thresholds were chosen on, so it is
        // no longer blind: part 6 is, see OwnHeldOut6ModelFloorTest). Session 6 in brackets.
        // 136 of 136 after session 9's rule families (session 8: 119; blind: 76; session 7: 104)
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.006); // 1 of 390 and one of slack (session 8: 7; blind: 15)
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.91); // 83 of 90 (83)
        // 83 of 90 (session 8: 83 of 94; blind: 83 of 103)
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.925); // session 11: 0.933
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.96); // 49 of 50 (blind: 47)
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.88); // 45 of 50 (blind: 38)
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.93); // 29 of 30
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.965); // session 11: 0.971 (session 10: 0.965; session 8: 0.936; blind: 0.849)
    }
}
