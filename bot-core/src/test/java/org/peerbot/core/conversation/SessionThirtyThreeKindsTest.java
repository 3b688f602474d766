package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 33: kinds the twenty-sixth blind suite showed misheard. "I don't want to ring anyone" after the crisis reply
 * got a plain echo with no number; "stood on the bridge and I want to jump" got "if you might act on these thoughts";
 * "i said i was ill so i didn't have to go" was read as leaving; "its nice to have someone to talk to. ill let you go
 * now" asked for a volunteer; "thanks for keeping me company" and "ta for the chat, think i might doze now" were not
 * goodbyes; "it hasn't spread!!! i'm shaking" got "I'm sorry it's been like that"; "the wife was raging too" got "fed up
 * with your wife"; "i just want him to stop" googling got "how much you miss your husband"; "ur useless, bet u just
 * say that sounds hard" got "Laughing helps sometimes. It still sounds like a rough time"; a joke about a tremor was
 * not laughed with. Each sentence is written here in its own words. ({@link ListeningChats} replies are lower-cased.)
 */
class SessionThirtyThreeKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {"i don't want to ring anyone", "im not calling samaritans, they'll just read a script",
            "i cant phone anyone tonight"})
    void notWantingToRingAfterTheCrisisReplyStillGetsAWayToBeHeardAndTheNumber(String text) {
        String reply = chats.after("some nights i wish i could just not wake up", text);
        assertThat(reply).contains("999").contains("85258");
    }

    @Test
    void notWantingToRingRightAfterCallNineNineNineKeepsTheNumberFirst() {
        String reply = chats.after("i'm on the bridge now and i want to jump", "i don't want to ring anyone");
        assertThat(reply).contains("999").containsAnyOf("emergency", "send help").contains("85258");
    }

    @Test
    void ringingSomeoneElseAboutSomethingElseIsNotARefusal() {
        assertThat(chats.after("some nights i wish i could just not wake up", "i can't ring my sister, she's at work"))
                .doesNotContain("85258");
    }

    @Test
    void atTheEdgeAndWantingToJumpIsAnEmergency() {
        assertThat(chats.after("hi", "i'm stood on the viaduct and i want to jump")).contains("please call 999 now");
    }

    @Test
    void stayingHomeSoTheyDidntHaveToGoIsNotLeaving() {
        assertThat(chats.after("hi", "told my parents i was poorly so i didn't have to go. been in my room all day"))
                .doesNotContain("take care").doesNotContain("bye");
    }

    @Test
    void someoneToTalkToThankedOnTheWayOutIsNoRequest() {
        String reply = chats.after("the house is so quiet since he went",
                "well it's nice to have someone to talk to. i'll let you go now, corrie's on");
        assertThat(reply).doesNotContain("volunteer").doesNotContain("on duty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"going to read for a bit. thanks for keeping me company",
            "ta for the chat, think i might doze now"})
    void settlingDownInTheSmallHoursIsAGoodbye(String text) {
        assertThat(chats.after("3am and wide awake again, scan on friday", text)).doesNotEndWith("?")
                .containsAnyOf("welcome", "night", "take care");
    }

    @Test
    void shakingAtGoodNewsIsTheReliefNotAHardFeeling() {
        String reply = chats.after("they found a lump last month", "results are in, it hasn't spread!!! i'm shaking");
        assertThat(reply).doesNotContain("sorry").containsAnyOf("relief", "pleased", "glad");
    }

    @Test
    void someoneAngryOnTheirBehalfIsNotWhoTheyAreFedUpWith() {
        String reply = chats.after("the consultant didn't even look at me, just at his screen",
                "yeah. my husband was fuming too. he says i should have said something");
        assertThat(reply).doesNotContain("fed up with your husband");
    }

    @Test
    void wantingSomeoneToStopIsNotMissingThem() {
        assertThat(chats.after("just been told it's bowel cancer", "my wife keeps reading things out and i just want her to stop"))
                .doesNotContain("miss");
    }

    @Test
    void criticismOfTheBotIsTakenOnTheChin() {
        String reply = chats.after("hi", "you're useless. bet you say that to everyone lol");
        assertThat(reply).contains("bot").doesNotContain("laugh");
    }

    @Test
    void smallTalkToTheBotIsAnsweredLightly() {
        assertThat(chats.after("hi", "whats your favourite biscuit then")).contains("bot");
    }

    @Test
    void aJokeAboutTheirOwnConditionIsLaughedWith() {
        assertThat(chats.after("hi", "silver lining of the ms, i'm the best at wobbly jelly impressions. charlie chaplin eat your heart out"))
                .containsAnyOf("ha!", "ha,", "smile");
    }

    @Test
    void aLossGivenByNameAndYearsIsHeard() {
        assertThat(chats.after("sunday again", "it's not the same since jim went. 48 years")).contains("sorry");
    }
}
