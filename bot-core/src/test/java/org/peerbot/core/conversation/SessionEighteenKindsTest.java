package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 18: kinds the eleventh blind suite showed were misheard. Questions to the bot went unanswered when they
 * asked whether it remembers, asked it to ring someone, or asked whether it cares with a reason after; a thing missed
 * ("the drive to the coast") got "missing someone like that"; a win made small ("only a small thing, but") got "a
 * feeling like that makes sense" or nothing; the cancer spreading, told to a son, was praised as a step; "ta-ra" read
 * as thanks; "going to go" was given back as "you're Going to go"; "everyone says I must be so happy" was taken as
 * happiness; "I'm quite calm about it" after a plan was met as good news ("What helped?"); a licence taken or a choir
 * given up got no word of the loss. Each sentence is written here in its own words.
 */
class SessionEighteenKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void askedWhetherItRemembersTheBotSaysItKeepsNoMessages() {
        assertThat(chats.after("hi", "can you remember what i said about my brother last week?"))
                .contains("can't remember").doesNotEndWith("?");
    }

    @Test
    void askedToRingSomeoneTheBotSaysItCannotAndWhatItCanDo() {
        assertThat(chats.after("my prescription's run out", "could you ring the chemist for me? you're a computer"))
                .contains("can't ring").contains("/services");
    }

    @Test
    void whetherItCaresIsAnsweredEvenWithAReasonAfter() {
        assertThat(chats.after("hi", "do you really care or is it all just programmed in so you sound kind lol"))
                .contains("i'm a bot").contains("/talk");
    }

    @Test
    void aThingMissedIsNotSomeoneMissed() {
        String reply = chats.after("my sight's gone too far to drive now",
                "honestly i miss the drive out to the lakes on a saturday");
        assertThat(reply).doesNotContain("someone").doesNotContain("missing them");
    }

    @Test
    void someoneMissedIsStillHeard() {
        assertThat(chats.after("hi", "still set a place for him at tea. i miss him so much"))
                .contains("miss");
    }

    @Test
    void aWinMadeSmallIsAWin() {
        String reply = chats.after("hi", "only a small thing but i got to the end of the garden and back on my own");
        assertThat(reply).containsAnyOf("isn't small", "not nothing", "big deal").doesNotContain("feeling like that");
    }

    @Test
    void badNewsToldToSomeoneIsNotPraisedAsAStep() {
        String reply = chats.after("hi", "told my daughter tonight that the cancer's spread. she just held my hand");
        assertThat(reply).doesNotContain("well done").doesNotContain("glad you did");
    }

    @Test
    void taRaIsAGoodbyeNotThanks() {
        String reply = chats.after("my knee's been bad", "ta-ra love, off to the physio now, wish me luck");
        assertThat(reply).doesNotContain("welcome").doesNotEndWith("?");
    }

    @Test
    void goingToGoIsAGoodbyeAndNeverGivenBackWithACapital() {
        String reply = chats.after("my mum's not so good today", "I can't say more tonight. Going to go. Thanks.");
        assertThat(reply).doesNotContain("going to go").doesNotEndWith("?");
    }

    @Test
    void calmAfterAPlanIsNotGoodNews() {
        String reply = chats.after("i've written goodbye letters to my family and i don't want to be here any more",
                "i didn't mean to alarm you. i'm quite calm about it now");
        assertThat(reply).contains("116 123").doesNotContain("good to hear").doesNotContain("what helped");
    }

    @Test
    void whatTheConditionTookIsHeardAsALoss() {
        assertThat(chats.after("hi", "the hospital said I'm not allowed to drive now after the fits. 30 years on the"
                + " road")).contains("loss");
        assertThat(chats.after("hi", "had to give up the choir, my breathing won't let me sing now"))
                .contains("loss");
    }

    @Test
    void whatOthersSayTheyMustFeelIsNotHowTheyFeel() {
        assertThat(chats.after("scan was clear", "everyone keeps telling me i must be thrilled"))
                .doesNotContain("glad you feel").doesNotContain("wonderful");
    }
}
