package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the seventh own held-out part (own-heldout-7.jsonl, 600 messages written
 * blind in session 8 and committed before anything was measured; docs/safety-eval.md, "Held-out part 7"). Nothing was
 * tuned on it until session 10, when rules were written on it and the head was trained on it, so it is a dev set now.
 * The floors are its figures at the end of session 10, rounded down with one message of slack; they may only rise. They pin where the part stands, not where it should be (the issue asks 0.98 crisis recall).
 */
class OwnHeldOut7ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void seventhPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-7.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(580);
        // first measured with the session 7 head (its threshold for risk without a word of dying lowered on part 5):
        // crisis 167 of 200 at 14 of 400 flagged; then with the session 8 rules and head (chosen on part 5): 169 at 13;
        // then the head retrained with 36 more everyday complaints (a landlord who "ignores my texts" was abuse): 167;
        // then risk without a word of dying read from risk itself or the crisis classes at 0.90 (a grieving dog owner
        // in a conversation suite was read as risk at 0.83 of the classes together): 166; then a request told with a
        // reason, up to 30 words, lifted over the bare clinical topic (chosen on part 6, where 25 of 120 requests were
        // clinical): person 53 -> 57, service 51 -> 55, clinical precision 0.748 -> 0.808
        // session 9: a few words that speak of dying at 0.85, then rules written on parts 5 and 6: 171 at 11 flagged;
        // then the head retrained with 18 lines on homes lost (own-train-4d): 173
        // session 10: the head trained on this part (and on keyed long posts): 180 at 8; then sh.done_and_ready: 184
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.95); // session 11: 191 of 200 (before: 184 of 200)
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.023); // 8 of 400 and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.88); // 80 of 90
        // 80 of 99 (80 of 107 before the lift below)
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(0.89); // session 11: 0.899
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.98); // session 11: 60 of 60 (before: 57 of 60 (53 before the lift))
        // 55 of 60 (51 before the same change)
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.95); // session 11: 58 of 60
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.92); // 38 of 40
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.94); // session 11: 0.945 (before: 0.927 (0.876 before the lift))
    }
}
