package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the seventeenth own held-out part (own-heldout-17.jsonl, 575 messages
 * written blind in session 20; docs/safety-eval.md, "Session 20" and "Session 21"). It is in no training set; from
 * session 21 it is a development set for the rules. First measure with the session 19 code: 145 of 198 at 11 of 377
 * flagged, macro-F1 0.830; the rules written from part 16 in the same session moved none of its messages. With the
 * rules from its own missed kinds (session 21): 188 at 6, macro-F1 0.878. The floors are those figures, with one
 * message of slack; they may only rise.
 */
class OwnHeldOut17ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void seventeenthPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-17.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(575);
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.954); // 189 of 198 (session 23)
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.019); // 6 of 377, and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.866); // 79 of 90
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.81); // 79 of 96
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.82); // 48 of 57
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.80); // 49 of 60
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.82); // 25 of 29
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.873); // 0.878
    }
}
