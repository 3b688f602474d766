package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;

/**
 * Floors for the rules alone on the fifth own held-out part (own-heldout-5.jsonl, 526 messages written in session 6
 * by someone who had not read the rules, the head or the earlier sets; docs/safety-eval.md, "Held-out part 5"). The
 * floors are the figures measured blind, rounded down: rules added for its misses can only lift them. The same part
 * with the model is held in adapters/triage-model (OwnHeldOut5ModelFloorTest).
 */
class OwnHeldOutSet5Test {
    private static final String SET = "peerbot/triage/own-heldout-5.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        List<Map<String, Object>> examples = TestRules.labelled(SET);
        Triage triage = TestRules.triage();
        int crisis = 0;
        int caught = 0;
        int others = 0;
        int falseCrisis = 0;
        int correct = 0;
        for (Map<String, Object> e : examples) {
            String gold = (String) e.get("category");
            Category predicted = triage.classify((String) e.get("text")).category();
            correct += predicted.name().equalsIgnoreCase(gold) ? 1 : 0;
            if ("crisis".equals(gold)) {
                crisis++;
                caught += predicted == Category.CRISIS ? 1 : 0;
            } else {
                others++;
                falseCrisis += predicted == Category.CRISIS ? 1 : 0;
            }
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(500);
        assertThat(crisis).as("crisis messages in the part").isGreaterThanOrEqualTo(130);
        // blind: 59 of 136 crisis caught, 15 of 390 others flagged crisis, 357 of 526 right
        assertThat((double) caught / crisis).as("crisis recall").isGreaterThanOrEqualTo(0.43);
        assertThat(falseCrisis).as("others flagged crisis of " + others).isLessThanOrEqualTo(15);
        assertThat((double) correct / examples.size()).as("accuracy").isGreaterThanOrEqualTo(0.67);
    }
}
