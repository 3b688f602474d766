package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the eleventh own held-out part (own-heldout-11.jsonl, 600 messages
 * written blind in session 13 and first measured at the start of session 14, before any rule was changed;
 * docs/safety-eval.md, "Session 14"). It is in no training set. The floors are its first-measure figures with one
 * message of slack; they may only rise.
 */
class OwnHeldOut11ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void eleventhPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-11.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(600);
        // first measured blind with the session 13 rules and head: crisis 181 of 200 at 9 of 400 flagged, macro-F1 0.943
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.985); // 198 of 200 since session 14 wrote rules from its misses (so no longer blind)
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.02); // 7 of 400 since session 14, and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.955); // 87 of 90
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.92); // 87 of 93
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.91); // 56 of 60
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.96); // 59 of 60
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.95); // 39 of 40
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.96); // 0.962 since session 14
    }
}
