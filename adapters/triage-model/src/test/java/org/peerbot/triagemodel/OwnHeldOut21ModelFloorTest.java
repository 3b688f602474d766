package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the twenty-first own held-out part (own-heldout-21.jsonl, 589 messages
 * written blind in session 24; docs/safety-eval.md, "Session 24"). It is in no training set and no rule is written from
 * it in session 24. First measure with the session 23 code: 155 of 197 at 19 of 392 flagged, macro-F1 0.844; with
 * the rules written from part 20 in the same session (the part unread), 156 at 19, 0.850; read as a development set in
 * session 25, 189 at 11, 0.885. The floors are the latest figures, with one message of slack; they may only rise.
 */
class OwnHeldOut21ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void twentyFirstPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-21.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(589);
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.954); // 189 of 197, less one
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.031); // 11 of 392, and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.865); // 78 of 89, less one
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.79); // 78 of 98
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.818); // 46 of 55, less one
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.779); // 47 of 59, less one
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.92); // 26 of 27, less one
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.88); // 0.885
    }
}
