package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Session 11: a member who asks for a person is offered one, even when the same message also asks a specific
 * clinical question (the person rule and a dose, reading or change-of-medicine rule both fire). A service named
 * inside a clinical question ("should I see my GP?") stays clinical. Messages written for this test.
 */
class PersonOverClinicalTest {
    private final Triage triage = TestRules.triage();

    @ParameterizedTest
    @ValueSource(strings = {
            "can I talk to a real person? is a sugar of 19 dangerous, I'm scared",
            "is there a volunteer I can talk to, should I stop my statins",
            "I'd like to talk to someone who's been through it, they want to change my tablets"})
    void aPersonAskedForBesideAClinicalQuestionIsOffered(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.rules()).as(text + " -> " + r).anyMatch(id -> id.startsWith("human."))
                .anyMatch(id -> id.startsWith("clin.") && !id.equals(Triage.BARE_TOPIC));
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.HUMAN);
        // what the question was is kept, so the reply names who can answer it before the handoff
        assertThat(r.signals()).as(text + " -> " + r).containsAnyOf(Signal.MEDICINE_QUESTION,
                Signal.CHANGE_OR_DIAGNOSIS, Signal.URGENT_SYMPTOM);
    }

    @Test
    void aPersonAskedForWithNoHealthQuestionCarriesNoClinicalSignal() {
        TriageResult r = triage.classify("can I talk to a real person please, I'm so lonely");
        assertThat(r.category()).as(r.toString()).isEqualTo(Category.HUMAN);
        assertThat(r.signals()).as(r.toString()).doesNotContain(Signal.MEDICINE_QUESTION,
                Signal.CHANGE_OR_DIAGNOSIS, Signal.URGENT_SYMPTOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my neck has been stiff for a week, should I see my GP?",
            "should I double my insulin tonight?"})
    void aClinicalQuestionWithoutAPersonStaysClinical(String text) {
        assertThat(triage.classify(text).category()).as(text).isEqualTo(Category.CLINICAL);
    }
}
