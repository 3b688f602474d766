package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;

/**
 * A floor for the rules alone on the project's own held-out set (docs/safety-eval.md): crisis recall at least 0.95
 * and no other message flagged crisis. The set was written for the project; it is never a model prototype.
 */
class OwnHeldOutSetTest {
    private static final String SET = "peerbot/triage/own-set-heldout.jsonl";

    @Test
    void rulesAloneKeepCrisisRecallAndNoFalseCrisis() {
        List<Map<String, Object>> examples = TestRules.labelled(SET);
        Triage triage = TestRules.triage();
        int crisis = 0;
        int caught = 0;
        int falseCrisis = 0;
        for (Map<String, Object> e : examples) {
            boolean predicted = triage.classify((String) e.get("text")).category() == Category.CRISIS;
            if ("crisis".equals(e.get("category"))) {
                crisis++;
                caught += predicted ? 1 : 0;
            } else if (predicted) {
                falseCrisis++;
            }
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(130);
        assertThat((double) caught / crisis).isGreaterThanOrEqualTo(0.95);
        assertThat(falseCrisis).isZero();
    }
}
