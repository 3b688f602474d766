package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Intent;

/** The real model on paraphrases the rules do not know (written for this test, not copied from any set). */
class MiniLmSentenceModelTest {
    private static MiniLmSentenceModel model;

    @BeforeAll
    static void load() {
        model = MiniLmSentenceModel.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "is anybody actually about right now",
            "honestly i'd rather talk to a human than a program",
            "would love to chat to another mum whose kid has epilepsy",
    })
    void readsRequestsForAPerson(String text) {
        assertThat(model.read(text).intents()).as(text).contains(Intent.WANTS_PERSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "anywhere i can get my tablets this late at night",
            "who helps with appealing a pip decision",
            "is there someone who can help me with breastfeeding",
    })
    void readsRequestsForAService(String text) {
        assertThat(model.read(text).intents()).as(text).contains(Intent.WANTS_SERVICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'd better get the tea on, bye for now",
            "the train's pulling in, chat later",
    })
    void readsImpliedGoodbyes(String text) {
        assertThat(model.read(text).intents()).as(text).contains(Intent.GOODBYE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my legs are killing me after that hike",
            "what time does the group meet on thursday",
            "had a really nice lunch with my sister",
            "i'm exhausted, work was manic",
    })
    void readsNoRiskInOrdinaryMessages(String text) {
        assertThat(model.read(text).risk()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'll probably go in the end",
            "we'll probably go in the end, it's only one night",
            "might go in the end if my sister comes",
    })
    void goingToSomethingInTheEndIsNotRisk(String text) {
        // the head alone read the first as risk; the gate asks for a word of dying or an ending, or a nearer prototype
        assertThat(model.read(text).risk()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i can feel myself slowly fading out of everyone's life",
            "i don't think i can keep living like this much longer",
    })
    void stillReadsRiskInWordsTheRulesDoNotKnow(String text) {
        assertThat(model.read(text).risk()).as(text).isTrue();
    }

    @Test
    void aLongPostIsReadToItsLastClauseAfterBut() {
        String text = "Monday the car wouldn't start. Tuesday the washing machine leaked. Wednesday I had the dentist. "
                + "Thursday my mum rang to moan about my brother. Friday was payday at least. Saturday we went to the "
                + "park. Sunday I did the ironing. The kids are fine, the dog is fine, work is fine, but i honestly "
                + "don't want to be alive any more";
        // nine parts: the six read are the last one (where the risk is) and the first five
        assertThat(MiniLmSentenceModel.sentences(text)).hasSize(6)
                .last().asString().startsWith("but");
        assertThat(model.read(text).risk()).isTrue();
    }

    @Test
    void emptyAndNullReadNothing() {
        assertThat(model.read(null).intents()).isEmpty();
        assertThat(model.read("  ").risk()).isFalse();
    }
}
