package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * More graded-risk cases in our own words (beside GradedRiskTest): the misses named in the semantic triage issue, in our own words: passive ideation is crisis with a
 * direct check-in (PASSIVE_IDEATION) unless anything explicit is there too; a question about how to die is crisis,
 * never clinical; a swear word or "never felt this" does not hide risk; ordinary questions are not clinical.
 */
class GradedRiskCasesTest {
    private final Triage triage = TestRules.triage();

    @ParameterizedTest
    @ValueSource(strings = {"honestly it'd be easier for everyone if I just didn't wake up",
            "not waking up tomorrow would be a relief", "they'd all be better off without me around",
            "I won't be a burden to anyone for much longer", "what's the point, no one would even notice",
            "sometimes I hope I don't wake up", "I'm so tired of living like this"})
    void passiveIdeationIsCrisisWithADirectCheckIn(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text + " -> " + r).contains(Signal.PASSIVE_IDEATION)
                .doesNotContain(Signal.IMMEDIATE_DANGER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"everyone would be better off without me so I'm going to end it tonight",
            "I'm a burden and I want to die", "nobody would notice, I've got the pills ready",
            "I want to kill myself"})
    void anythingExplicitTakesThePassiveCheckInAway(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.signals()).as(text + " -> " + r).doesNotContain(Signal.PASSIVE_IDEATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do I end it painlessly", "what's the least painful way to go",
            "easiest way to die?", "quickest method to end it all"})
    void aQuestionAboutHowToDieIsCrisisNeverClinical(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.signals()).as(text + " -> " + r).contains(Signal.METHOD_SEEKING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i want to f***ing die", "I just want to fucking die", "i wanna really die",
            "I have never felt this suicidal", "never been so suicidal in my life"})
    void swearingAndIntensifiersDoNotHideRisk(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.signals()).doesNotContain(Signal.DENIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"should I tell my manager about my diagnosis?", "I'm worried my family will treat me differently",
            "who made you?", "where can I get help with breastfeeding?"})
    void everydayQuestionsAreNotClinical(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isNotIn(Category.CLINICAL, Category.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my chest has felt tight for days", "my chest keeps feeling heavy"})
    void anOngoingChestSymptomIsSignposted(String text) {
        assertThat(triage.classify(text).category()).as(text).isIn(Category.CLINICAL, Category.CRISIS);
    }
}
