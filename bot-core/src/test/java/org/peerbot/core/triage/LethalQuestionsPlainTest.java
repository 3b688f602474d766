package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 11 (issue 16: "a question about how to die is always crisis, never clinical"). Three shapes of that
 * question still fell to the clinical reply: the least painful way asked with nothing after it, a whole pack of a
 * medicine wondered about as "enough", and whether a medicine would "do it" taken all at once. Each message is
 * written for this test; beside them sit the ordinary questions about a pack, a dose or a painful job that share
 * their words and must not become crisis.
 */
class LethalQuestionsPlainTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "whats the least painful way",
            "what would be the most painless way? honestly",
            "kindest way. im not joking",
            "is a full box of co codamol enough or would i need two",
            "would a whole bottle of my sleeping tablets be enough",
            "is an entire strip of them enough do u think",
            "would my morphine do it if i took the lot",
            "would these tablets do the job if I swallowed them all at once",
            "could my insulin do it if I took it all together"})
    void lethalQuestionsInPlainWordsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "whats the least painful way to take a plaster off",
            "least painful way to do my injections? my tummy is bruised",
            "is a full box of paracetamol enough for the week away",
            "is a whole pack of test strips enough to last till my next prescription",
            "would my inhaler do the job if I take it before the walk",
            "will these tablets do it for my back pain or should I ask for stronger"})
    void ordinaryQuestionsAboutPacksAndPainAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"is a full box of paracetamol enough for the week away",
            "will these tablets do it for my back pain or should I ask for stronger"})
    void theOrdinaryOnesStayQuestionsForAClinician(String text) {
        assertThat(TestRules.triage().classify(text).category()).as(text).isEqualTo(Category.CLINICAL);
    }
}
