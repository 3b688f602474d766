package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the eighth own held-out part (own-heldout-8.jsonl, 600 messages written
 * blind in session 9 and committed before anything was measured; docs/safety-eval.md, "Session 9"). Nothing was tuned
 * on it. The floors are its figures at the end of session 9, rounded down with one message of slack; they may only
 * rise. They pin where the part stands, not where it should be (the issue asks 0.98 crisis recall).
 */
class OwnHeldOut8ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void eighthPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-8.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(580);
        // first measured blind with the session 8 rules and head: crisis 162 of 200 at 12 of 400 flagged, macro-F1
        // 0.873; then a few words that speak of dying read at 0.85 (chosen on parts 5 and 6): 163; then the session 9
        // rules written on parts 5 and 6: 163 at 11 (the rules alone went from 117 to 122); session 10, the head
        // trained on keyed long posts and parts 5 to 7: 166 at 11, macro-F1 0.887
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.955); // session 11: 192 of 200 (before: 166 of 200)
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.03); // 11 of 400 and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.93); // 84 of 90
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.875); // session 11: 0.884 (before: 84 of 108)
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.95); // session 11: 58 of 60 (before: 55 of 60)
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.88); // session 11: 53 of 60 (before: 50 of 60)
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.82); // 33 of 40
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.92); // session 11: 0.927 (before: 0.887)
    }
}
