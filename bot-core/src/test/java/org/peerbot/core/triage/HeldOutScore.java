package org.peerbot.core.triage;

import java.util.List;
import java.util.Map;
import org.peerbot.core.model.Category;

/** How the rules alone score on one labelled part: crisis caught, others flagged crisis, and categories right. */
record HeldOutScore(int size, int crisis, int caught, int others, int falseCrisis, int correct) {
    static HeldOutScore of(Triage triage, String resource) {
        List<Map<String, Object>> examples = TestRules.labelled(resource);
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
        return new HeldOutScore(examples.size(), crisis, caught, others, falseCrisis, correct);
    }

    double recall() {
        return (double) caught / crisis;
    }

    double accuracy() {
        return (double) correct / size;
    }
}
