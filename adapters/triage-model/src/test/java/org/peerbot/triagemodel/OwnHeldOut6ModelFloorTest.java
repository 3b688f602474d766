package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on the sixth own held-out part (own-heldout-6.jsonl, 600 messages written
 * blind in session 7 and committed before anything was measured; docs/safety-eval.md, "Held-out part 6"). Nothing was
 * tuned on it: the head's thresholds were chosen on part 5. The floors are its figures after the session's last
 * triage change, rounded down with one message of slack; they may only rise. They pin where the part stands, not
 * where it should be (the issue asks 0.98 crisis recall).
 */
class OwnHeldOut6ModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @Test
    void sixthPartKeepsItsFloors() throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, "own-heldout-6.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(580);
        // measured once blind with the session 7 head: crisis 155 of 200 at 16 of 400 flagged (the session 6 head and
        // rules: 123 at 14); then the bare-topic rule change lifted services from 38 to 45 of 60
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(0.77); // 155 of 200
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(0.043); // 16 of 400 and one of slack
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(0.90); // 82 of 90
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(0.75); // 46 of 60
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(0.73); // 45 of 60
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(0.87); // 36 of 40
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.83); // 0.841
    }
}
