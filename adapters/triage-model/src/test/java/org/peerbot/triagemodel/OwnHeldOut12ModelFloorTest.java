package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the twelfth own held-out part (own-heldout-12.jsonl, 400 messages
 * written blind in session 15 and measured before any rule was changed; docs/safety-eval.md, "Session 15"). It is in
 * no training set. The floors are its first-measure figures with the second look, with one message of slack; they may
 * only rise.
 */
class OwnHeldOut12ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void twelfthPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-12.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(400);
        // first measured blind: session 14's first reader alone 117 of 134 at 6 of 266 flagged; with the second look
        // 119 of 134 at the same 6, macro-F1 0.934
        // session 16 (rule kinds from part 12c): 120 of 134 at 4 of 266
        // session 18 (the second reader's larger say): 128 of 134 at 4, macro-F1 0.950
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.945); // 128 of 134, one of slack
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.019); // 4 of 266, and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.93); // 57 of 60
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.87); // 57 of 64
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.90); // 37 of 40
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.975); // 40 of 40
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.92); // 25 of 26
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.945); // 0.950
    }

    @Test
    void twelfthPartsThirdWriterKeepsItsFloors() throws Exception {
        // own-heldout-12c.jsonl: 200 messages in younger voices, measured blind before any change (session 16)
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-12c.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(200);
        // first measure: 64 of 67 crisis caught but 8 of 133 others flagged (over the 5% target), macro-F1 0.892;
        // after session 16's rule kinds written from its misses (a development set from then): 67, 1, 0.919
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.985); // 67 of 67, one of slack
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.016); // 1 of 133, one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.86); // 26 of 30
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.92); // 26 of 28
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.95); // 19 of 20
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.85); // 17 of 20
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.92); // 12 of 13
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.915); // 0.919
    }
}
