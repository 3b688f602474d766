package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerbot.core.triage.Triage;

/**
 * Floors for the rules with the real model on each own held-out part from 5 on (own-heldout-N.jsonl, each written by
 * helpers who had read no rule, head or earlier set, measured blind first and then, a session later, read as a
 * development set; docs/safety-eval.md has the story of each part, its voices and its first figures). A row's floors
 * are the part's figures when the row was last raised, rounded down with one message of slack (quantised ONNX may
 * differ in the last bits on another CPU). Floors may only rise; a new part gets its row at its first, blind figures.
 * Until session 26 each part had a class of its own; they were near copies, so they became rows here, with the same
 * figures, and the model is loaded once for all of them.
 */
class OwnHeldOutPartsModelFloorTest {
    private static Triage withModel;

    @BeforeAll
    static void load() {
        withModel = ShippedRules.triage().withModel(MiniLmSentenceModel.load());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # part, messages at least, crisis recall, others flagged at most, clinical recall, clinical precision,
            # person recall, service recall, goodbye recall, macro-F1
            own-heldout-5.jsonl, 500, 0.99, 0.006, 0.91, 0.925, 0.96, 0.88, 0.93, 0.965
            own-heldout-6.jsonl, 580, 0.99, 0.005, 0.91, 0.915, 0.96, 0.95, 0.87, 0.955
            own-heldout-7.jsonl, 580, 0.95, 0.023, 0.88, 0.89, 0.98, 0.95, 0.92, 0.94
            own-heldout-8.jsonl, 580, 0.955, 0.03, 0.93, 0.875, 0.95, 0.88, 0.82, 0.92
            own-heldout-9.jsonl, 580, 0.94, 0.033, 0.93, 0.875, 0.98, 0.93, 0.95, 0.93
            own-heldout-10.jsonl, 600, 0.955, 0.05, 0.79, 0.74, 0.91, 0.85, 0.90, 0.89
            own-heldout-11.jsonl, 600, 0.985, 0.02, 0.955, 0.92, 0.91, 0.96, 0.95, 0.96
            own-heldout-12.jsonl, 400, 0.945, 0.019, 0.93, 0.87, 0.90, 0.975, 0.92, 0.945
            own-heldout-12c.jsonl, 200, 0.985, 0.016, 0.86, 0.92, 0.95, 0.85, 0.92, 0.915
            own-heldout-13.jsonl, 600, 0.975, 0.026, 0.86, 0.84, 0.96, 0.89, 0.92, 0.93
            own-heldout-14.jsonl, 583, 0.98, 0.053, 0.90, 0.91, 0.96, 0.93, 0.82, 0.92
            own-heldout-15.jsonl, 575, 0.98, 0.051, 0.93, 0.89, 0.94, 0.88, 0.88, 0.935
            own-heldout-16.jsonl, 582, 0.965, 0.037, 0.85, 0.89, 0.96, 0.89, 0.75, 0.915
            own-heldout-17.jsonl, 575, 0.954, 0.019, 0.866, 0.81, 0.82, 0.80, 0.82, 0.873
            own-heldout-18.jsonl, 595, 0.954, 0.023, 0.909, 0.815, 0.89, 0.866, 0.896, 0.909
            own-heldout-19.jsonl, 589, 0.994, 0.031, 0.91, 0.87, 0.923, 0.783, 0.703, 0.88
            own-heldout-20.jsonl, 589, 0.979, 0.031, 0.955, 0.93, 0.962, 0.90, 0.916, 0.95
            own-heldout-21.jsonl, 589, 0.954, 0.031, 0.865, 0.79, 0.818, 0.779, 0.92, 0.88
            own-heldout-22.jsonl, 585, 0.979, 0.034, 0.932, 0.84, 0.923, 0.813, 0.88, 0.92
            own-heldout-23.jsonl, 589, 0.831, 0.031, 0.908, 0.82, 0.868, 0.883, 0.827, 0.87
            own-heldout-24.jsonl, 584, 0.994, 0.021, 0.92, 0.92, 0.96, 0.93, 0.92, 0.945
            own-heldout-25.jsonl, 583, 0.994, 0.01, 0.94, 0.87, 0.94, 0.90, 0.96, 0.945
            own-heldout-26.jsonl, 573, 0.995, 0.027, 0.88, 0.85, 0.99, 0.91, 0.96, 0.935
            own-heldout-27.jsonl, 580, 0.995, 0.027, 0.98, 0.97, 0.99, 0.98, 0.92, 0.97
            own-heldout-28.jsonl, 567, 0.99, 0.028, 0.98, 0.98, 0.99, 0.92, 0.99, 0.96
            own-heldout-29.jsonl, 573, 0.99, 0.041, 0.97, 0.95, 0.99, 0.99, 0.99, 0.96
            own-heldout-30.jsonl, 573, 0.99, 0.032, 0.96, 0.94, 0.98, 0.93, 0.96, 0.96
            own-heldout-31.jsonl, 587, 0.99, 0.027, 0.97, 0.94, 0.97, 0.98, 0.96, 0.97
            own-heldout-32.jsonl, 594, 0.885, 0.032, 0.875, 0.91, 0.98, 0.91, 0.91, 0.92
            """)
    void eachPartKeepsItsFloors(String part, int size, double crisis, double flagged, double clinicalRecall,
            double clinicalPrecision, double person, double service, double goodbye, double macro) throws Exception {
        OwnHeldOutModelFloorTest.Scores s = OwnHeldOutModelFloorTest.score(withModel, part);
        assertThat(s.recall().values().stream().mapToInt(r -> r[0]).sum()).as("messages").isGreaterThanOrEqualTo(size);
        assertThat(s.recall("crisis")).as("crisis recall").isGreaterThanOrEqualTo(crisis);
        assertThat((double) s.otherFlaggedCrisis() / s.others()).as("others flagged crisis").isLessThanOrEqualTo(flagged);
        assertThat(s.recall("clinical")).as("clinical recall").isGreaterThanOrEqualTo(clinicalRecall);
        assertThat(s.precision("clinical")).as("clinical precision").isGreaterThanOrEqualTo(clinicalPrecision);
        assertThat(s.recall("human")).as("person recall").isGreaterThanOrEqualTo(person);
        assertThat(s.recall("services")).as("service recall").isGreaterThanOrEqualTo(service);
        assertThat(s.recall("goodbye")).as("goodbye recall").isGreaterThanOrEqualTo(goodbye);
        assertThat(s.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(macro);
    }
}
