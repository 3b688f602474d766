package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 22: kinds the fifteenth blind suite showed misheard. Loneliness told as what a day is like ("the only one I
 * talk to is the cat", "nobody visits", "just me and the four walls") got "thank you for telling me about your cat";
 * being left out ("they don't even ask me now") and a hurt that "still stings" got no word for it; crying told as
 * what they did ("sat and cried halfway through the form") got "a lot of this is about your benefits"; a meal made for
 * the family got nothing; "sorry about last night" on coming back got no "no need to be sorry" and, after a drunk
 * rant "about my diagnosis", got "how are you doing with the news?"; a date that brings a loss back ("three years
 * today since", "would have been her 18th", "first Father's Day without dad") was not named; "I think he's scared"
 * of a husband gone quiet since the diagnosis got the abuse block when the sentence model alone read abuse. Each
 * sentence is written here in its own words. ({@link ListeningChats} replies are lower-cased.)
 */
class SessionTwentyTwoKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {"most days the only voice i hear is the radio. nobody calls round since i stopped driving",
            "been at college a whole term and i still haven't made a single friend, i just eat in my room",
            "it's the quiet in the house at teatime that gets me, the telly's on just for noise"})
    void lonelinessToldAsWhatTheDayIsLikeIsHeard(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("lonely", "alone", "on your own");
    }

    @Test
    void beingLeftOutAndAHurtThatStingsAreNamed() {
        assertThat(chats.after("hi", "the lads all go to the match on saturdays and don't even bother asking me now"))
                .contains("left out");
        assertThat(chats.after("hi", "my old work friends just stopped inviting me once i got ill. still stings"))
                .contains("hurt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the pip form wanted my worst day in detail and i just sat and cried halfway through",
            "my hair came out in the brush this morning. i stood in the bathroom and sobbed"})
    void cryingToldAsWhatTheyDidIsHeardAsUpset(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("upset", "tearful");
    }

    @Test
    void someoneElsesCryingIsNotTheMembersFeeling() {
        String reply = chats.after("hi", "everyone at the wake was sobbing and i felt nothing. just numb");
        assertThat(reply).contains("numb").doesNotContain("upset");
    }

    @Test
    void aMealMadeForTheFamilyIsAStep() {
        String reply = chats.after("hi", "made sunday dinner for everyone today, took me all afternoon on a stool but"
                + " they went back for seconds");
        assertThat(reply).containsAnyOf("well done", "brilliant", "lovely", "great", "proud", "counts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sorry about last night. i was in a right state and said too much. a bit better today",
            "apologies to the group for my outburst on monday. not like me. been up two nights with his chest",
            "bit embarrassed coming back after what i wrote on saturday. i'd had a few and went on about my diagnosis"})
    void sorryForAnEarlierBadTimeIsMetWithNoNeedAndWelcome(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("no need", "don't need to").containsAnyOf("glad you", "good to hear from you")
                .doesNotContain("with the news").doesNotContain("fantastic").doesNotContain("the group on your mind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"two years today since Mick died. everyone else has carried on. his slippers are still"
            + " by the bed",
            "it would have been our Sophie's 18th on friday. we're taking a cake to her bench",
            "first fathers day without dad on sunday. every shop window is full of it",
            "a year today since they told me it was parkinson's. woke up thinking about it"})
    void aDateThatBringsItBackIsNamed(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("dates like this", "a day like this", "days like this");
    }

    @Test
    void neverFeltSoIsTheFeelingMadeStronger() {
        assertThat(chats.after("hi", "mum's in resus and i've never felt so frightened in my life"))
                .containsAnyOf("frightened", "scared", "scary");
        assertThat(chats.after("hi", "i've never felt frightened at a scan before, just bored"))
                .doesNotContain("you feel frightened").doesNotContain("you're feeling frightened");
    }

    @Test
    void askedToGuessResultsTheBotSaysItCannotKnow() {
        String reply = chats.after("had the biopsy on monday, they said up to two weeks. every time the phone goes i"
                + " jump out of my skin", "do you think if it was bad they'd have rung by now?");
        assertThat(reply).containsAnyOf("can't know", "cannot know").doesNotContain("good sign")
                .doesNotContain("probably");
    }

    @Test
    void whatTheyDidIsGivenBackAfterTheFeeling() {
        String reply = chats.after("hi", "kids off sick, the washer leaked everywhere, mum rang three times, and i sat"
                + " in the car outside the shop and cried for ten minutes");
        assertThat(reply).containsAnyOf("upset", "tearful").contains("cried");
        String swim = chats.after("hi", "rotten week, the bus was late and the cat's poorly. but the bit i wanted to"
                + " tell someone - i swam 10 lengths on friday. first time since the op");
        assertThat(swim).contains("10 lengths");
    }

    @Test
    void aFearThatIsSomeoneElsesOwnNamesNoDanger() {
        Understanding u = new Understanding(CueBook.load(CueBook.ENGLISH));
        assertThat(u.namesDanger("since the diagnosis he barely talks to me. i think he's scared")).isFalse();
        assertThat(u.namesDanger("she's scared of him when he drinks")).isTrue();
        assertThat(u.namesDanger("he scared me last night with the knife")).isTrue();
    }
}
