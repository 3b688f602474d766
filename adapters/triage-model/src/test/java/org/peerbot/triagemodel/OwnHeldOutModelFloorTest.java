package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model beside them on the project's own held-out part (own-heldout-3.jsonl,
 * written apart from the training part and never used to make the head or a prototype; docs/safety-eval.md). The
 * floors are the figures measured when the head was made, rounded down: they may only rise. Also the head on the
 * training part's neighbour sets, so a new head cannot quietly trade one set for another.
 */
class OwnHeldOutModelFloorTest {
    private static final Path SETS = Path.of("..", "..", "bot-core", "src", "test", "resources", "peerbot", "triage");
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    /** Per gold category: [support, caught]; per predicted category: predicted count and correct count. */
    record Scores(Map<String, int[]> recall, Map<String, int[]> precision, int otherFlaggedCrisis, int others) {
        double recall(String c) {
            int[] r = recall.get(c);
            return (double) r[1] / r[0];
        }

        double precision(String c) {
            int[] p = precision.getOrDefault(c, new int[] {0, 0});
            return p[0] == 0 ? 1 : (double) p[1] / p[0];
        }

        double macroF1() {
            double sum = 0;
            for (String c : recall.keySet()) {
                double r = recall(c);
                double p = precision(c);
                sum += r + p == 0 ? 0 : 2 * p * r / (p + r);
            }
            return sum / recall.size();
        }
    }

    static Scores score(Triage triage, String file) throws Exception {
        Map<String, int[]> recall = new HashMap<>();
        Map<String, int[]> precision = new HashMap<>();
        int falseCrisis = 0;
        int others = 0;
        List<String> lines = Files.readAllLines(SETS.resolve(file), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String gold = TrainHeadMain.jsonField(line, "category");
            String predicted = triage.classify(TrainHeadMain.jsonField(line, "text")).category().name()
                    .toLowerCase(java.util.Locale.ROOT);
            int[] r = recall.computeIfAbsent(gold, k -> new int[2]);
            r[0]++;
            r[1] += predicted.equals(gold) ? 1 : 0;
            int[] p = precision.computeIfAbsent(predicted, k -> new int[2]);
            p[0]++;
            p[1] += predicted.equals(gold) ? 1 : 0;
            if (!gold.equals("crisis")) {
                others++;
                falseCrisis += predicted.equals(Category.CRISIS.name().toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
            }
        }
        return new Scores(recall, precision, falseCrisis, others);
    }

    @Test
    void heldOutPartKeepsItsFloors() throws Exception {
        Scores s = score(withModel, "own-heldout-3.jsonl");
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).isGreaterThanOrEqualTo(400);
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(FLOOR_CRISIS_RECALL);
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis")
                .isLessThanOrEqualTo(CEILING_FALSE_CRISIS);
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(FLOOR_CLINICAL_RECALL);
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(FLOOR_CLINICAL_PRECISION);
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(FLOOR_HUMAN_RECALL);
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(FLOOR_SERVICES_RECALL);
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(FLOOR_MACRO_F1);
    }

    @Test
    void longPostsAndSessionSixSetsKeepTheirFloors() throws Exception {
        // session 6: long posts (part 4) 12 of 12 crisis, none of 12 flagged; own-dev-6 / 6b (tuned on) 102 of 102 and
        // 54 of 54, 2 of 68 and 2 of 49 flagged; own-dev-6c, written after every change and scored once, blind: 5 of 20
        Scores four = score(withModel, "own-heldout-4-long.jsonl");
        assertThat(four.recall("crisis")).isGreaterThanOrEqualTo(0.91);
        assertThat(four.otherFlaggedCrisis()).isLessThanOrEqualTo(1);
        Scores six = score(withModel, "own-dev-6.jsonl");
        Scores sixB = score(withModel, "own-dev-6b.jsonl");
        Scores sixC = score(withModel, "own-dev-6c.jsonl");
        assertThat(six.recall("crisis")).isGreaterThanOrEqualTo(0.99);
        assertThat(sixB.recall("crisis")).isGreaterThanOrEqualTo(0.98);
        assertThat(six.otherFlaggedCrisis() + sixB.otherFlaggedCrisis()).isLessThanOrEqualTo(5);
        assertThat(sixC.recall("crisis")).isGreaterThanOrEqualTo(0.25);
        assertThat(sixC.otherFlaggedCrisis()).isLessThanOrEqualTo(1);
    }

    @Test
    void olderOwnSetsKeepTheirFloors() throws Exception {
        Scores one = score(withModel, "own-set-heldout.jsonl");
        Scores two = score(withModel, "own-set-heldout-2.jsonl");
        assertThat(one.recall("crisis")).isEqualTo(1.0);
        assertThat(two.recall("crisis")).isEqualTo(1.0);
        assertThat(one.otherFlaggedCrisis() + two.otherFlaggedCrisis()).isLessThanOrEqualTo(1);
        assertThat(one.macroF1()).isGreaterThanOrEqualTo(FLOOR_SET1_MACRO_F1);
        assertThat(two.macroF1()).isGreaterThanOrEqualTo(FLOOR_SET2_MACRO_F1);
    }

    // The shipped head on part 3 (docs/safety-eval.md, session 5), rounded down to two places; where the measure was
    // 1.000 one message of slack (quantised ONNX may differ in the last bits on another CPU). The blind figures, with
    // the first head, were: crisis 0.784, others flagged 6 of 296, person 1.000, services 0.933, macro-F1 0.916.
    // Session 6 (rule families for part 3's misses as kinds, the model's risk gate): crisis 125 of 125, none of 296
    // flagged, clinical 59 of 60 at 0.967 precision, macro-F1 0.966 (part 3 is no longer blind for the rules).
    static final double FLOOR_CRISIS_RECALL = 0.99; // 125 of 125, one of slack
    static final double CEILING_FALSE_CRISIS = 0.004; // 0 of 296, one of slack
    static final double FLOOR_CLINICAL_RECALL = 0.98; // 59 of 60
    // 59 of 62: lowered by one message in session 10, when the head trained on the keyed long posts (own-train-5a) and
    // parts 5 to 7 read one more request on this part as clinical, and gained 3 crises on each of the blind parts 8
    // and 9 with no more false alarms; a trade chosen for crisis recall
    static final double FLOOR_CLINICAL_PRECISION = 0.95;
    static final double FLOOR_HUMAN_RECALL = 0.97; // 44 of 45
    static final double FLOOR_SERVICES_RECALL = 0.93; // 42 of 45
    static final double FLOOR_MACRO_F1 = 0.96; // 0.966
    // Parts 1 and 2 are training rows of the head since session 6 (their floors only guard against a broken head).
    static final double FLOOR_SET1_MACRO_F1 = 0.98; // 1.000 and 0.989 before; 0.989 and 0.989 after
    static final double FLOOR_SET2_MACRO_F1 = 0.98;
}
