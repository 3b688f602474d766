package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Intent;
import org.peerbot.core.port.SentenceModel;

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
            // a home lost with everyone safe (own-train-4d's disasters; before them the blind-5 house fire read
            // risk 0.75)
            "the flat caught fire on friday, we're all safe but everything we had is gone",
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
            "honestly i don't think i can keep on living like this for very much longer now",
            "would anyone even notice if i just stopped turning up to everything for good",
            "wish i could just go to sleep and not have to do tomorrow or any day after",
    })
    void stillReadsRiskInWordsTheRulesDoNotKnow(String text) {
        assertThat(model.read(text).risk()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "nobody listens",
            "what's the point of you then",
            "my baby won't latch and I'm so tired",
            "mould everywhere and he just ignores my texts",
    })
    void aFewWordsAreLeftToTheRulesUnlessTheHeadIsAllButSure(String text) {
        // the head read each as risk or another danger at 0.84 to 0.99; a listener hears a moan or a tired parent
        SentenceModel.Reading r = model.read(text);
        assertThat(r.risk()).as(text).isFalse();
        assertThat(r.danger()).as(text).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wanna b dead tbh", "i shud just die lol"})
    void aFewWordsThatSpeakOfDyingCountSooner(String text) {
        // the head reads these at 0.94 to 0.97, under the few-words bar of 0.98; a word of dying lowers it to 0.85,
        // while "nobody listens" (0.93) above, with only an everyday word, stays a moan
        assertThat(model.read(text).risk()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I still expect him to come running to the door when I get back from work",
    })
    void missingAPetAtTheDoorIsNotRisk(String text) {
        // with no word of dying, the head must be sure of risk itself: it split the first between abuse and a threat
        // to others (0.87 together), and read as the crisis classes together that was a self-harm check-in
        assertThat(model.read(text).risk()).as(text).isFalse();
    }

    @Test
    void missingAPetIsNeverADanger() {
        // session 19: the second reader retrained with parts 8 to 14 (+4 crises on blind part 16 at the same others
        // flagged) leans to risk on this one (13 words, so past the few-word guard). It must never be read as abuse or
        // a threat (999); as risk with no word of dying it gets the ordinary reply and a 24/7 line (safety rule 1c)
        String text = "I keep thinking I hear her collar jingling in the hallway at night";
        assertThat(model.read(text).danger()).as(text).isNull();
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

    /**
     * The second look leaves ordinary messages alone, short ones above all (it is never asked about a message of a few
     * words). What it adds is held by OwnHeldOut12ModelFloorTest: its crisis floor (0.88, 118 of 134) is above what
     * the first reader alone reads there (117).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "my knees are killing me today, could scream",
            "this rain is the death of me lol",
            "gave the cat to my sister and cleared out my room",
            "the blood test results are in, all normal",
            "what if they don't believe me",
            "no car tho so what's the point",
    })
    void theSecondLookLeavesOrdinaryMessagesAlone(String text) {
        SentenceModel.Reading r = model.read(text);
        assertThat(r.risk()).as(text).isFalse();
        assertThat(r.danger()).as(text).isNull();
    }

    @Test
    void emptyAndNullReadNothing() {
        assertThat(model.read(null).intents()).isEmpty();
        assertThat(model.read("  ").risk()).isFalse();
    }
}
