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

    @Test
    void emptyAndNullReadNothing() {
        assertThat(model.read(null).intents()).isEmpty();
        assertThat(model.read("  ").risk()).isFalse();
    }
}
