package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the eighteenth own held-out part (own-heldout-18.jsonl, 595 messages
 * written blind in session 21; docs/safety-eval.md, "Session 21" and "Session 22"). It is in no training set. First
 * measure with the session 20 code: 164 of 198 at 21 of 397 flagged, macro-F1 0.854 (the first reader retrained in
 * session 20 with conversation turns as negatives: 164 at 20, 0.855, so it was not taken); with the rules written from
 * part 17 in the same session, 165 at 20, 0.856. From session 22 it is a development set: with the rules from its own
 * missed kinds, 188 at 8, macro-F1 0.914. The floors are those figures, with one message of slack; they may only rise.
 */
class OwnHeldOut18ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void eighteenthPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-18.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(595);
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.954); // 189 of 198 (session 23)
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.023); // 8 of 397, and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.909); // 81 of 88
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.815); // 81 of 98
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.89); // 50 of 55
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.866); // 53 of 60
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.896); // 27 of 29
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.909); // 0.914
    }
}
