package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 30: kinds the twenty-third blind suite (and the twenty-second, read again) showed misheard. Leaving with
 * thanks and what they are off to do ("ta for the chat", the wife calling them for tea) was listened to as more news,
 * often with a question; a dog or a cat that keeps them going had no words of its own; a prize won years ago made
 * giving up an allotment "lovely news"; "my son is ringing 999 now" after chest pain got "if you might act on these
 * thoughts"; "fish and chips" was fishing; "off up the wooden hill" was no goodbye; "feels better just typing it" was
 * asked about; "I'll stop beating myself up" was self-harm; "dunno what I'll do when she's gone" of an old cat was
 * sorrow for a loss that has not happened. Each sentence is written here in its own words.
 * ({@link ListeningChats} replies are lower-cased.)
 */
class SessionThirtyKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {
            "right the dog's nudging me for his walk now, ta for the chat",
            "anyway my husband's calling me for my tea. thanks for letting me go on",
            "thanks pet, i'm going to go and sit with her in the garden while it's sunny",
            "gotta go the kids are shouting, thx"})
    void leavingWithThanksAndWhereTheyAreOffToIsAGoodbye(String text) {
        String reply = chats.after("it's been a long week with the fatigue", text);
        assertThat(reply.strip()).doesNotEndWith("?");
        assertThat(reply).containsAnyOf("take care", "bye", "come back", "enjoy", "any time", "whenever");
    }

    @Test
    void theWalkTheyAreOffToIsWishedOnThem() {
        assertThat(chats.after("hi", "right she's nudging me for her walk now, ta for the chat")).contains("enjoy your walk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha thanks, now i've got to sort out forty years of stuff in the loft",
            "thanks, i'm going to have to think about that"})
    void aThankYouWithSomethingStillToDoIsNotAGoodbye(String text) {
        assertThat(chats.after("we're moving into a bungalow", text)).doesNotContain("bye").doesNotContain("come back");
    }

    @Test
    void aThankYouWithAFearAheadIsNotAGoodbye() {
        String reply = chats.after("hi", "thanks for asking. i'm going to have the scan tomorrow and i'm terrified");
        assertThat(reply).doesNotContain("bye").doesNotContain("come back");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the only reason i get up most days is my cat. she sits on the bed until i feed her",
            "my old spaniel is daft as a brush but i wouldn't be without him, he gets me out of the house"})
    void aPetThatKeepsThemGoingIsHeard(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("company", "bond", "love").doesNotContain("sorry");
    }

    @Test
    void dreadingTheDaySomeoneTheyLoveIsGoneIsHeard() {
        String reply = chats.after("she's been on my lap all day, she's 17 now", "dunno what i'll do when she's gone");
        assertThat(reply).containsAnyOf("hard", "love").doesNotContain("congratulations");
        assertThat(reply.strip()).doesNotEndWith("?");
    }

    @Test
    void notKnowingWhatTheyWouldDoWithoutSomeoneIsNoDread() {
        String reply = chats.after("hi", "my wife has been amazing through all this, don't know what i'd do without her");
        assertThat(reply).doesNotContain("that day");
    }

    @Test
    void aPetThatDiedIsALossNotABond() {
        String reply = chats.after("hi", "my cat died this morning, she was my best friend for 18 years");
        assertThat(reply).contains("sorry").doesNotContain("real company");
    }

    @Test
    void aPrizeWonYearsAgoIsNoGoodNewsBesideALoss() {
        String reply = chats.after("hi", "i've sung in the choir for twenty years. my lungs can't do the long notes "
                + "now and i've told them i'm stepping down. we won a trophy in 2018. it feels like losing a part of "
                + "myself.");
        assertThat(reply).doesNotContain("lovely news").doesNotContain("so happy for you")
                .doesNotContain("congratulations");
    }

    @Test
    void helpBeingCalledAfterAnEmergencyIsMetAsTheCallBeingMade() {
        String reply = chats.after("crushing pain in my chest going down my left arm for twenty minutes, sweating",
                "my daughter is ringing 999 now, she's with me");
        assertThat(reply).doesNotContain("thoughts").contains("stay on the line").contains("999");
    }

    @Test
    void fishAndChipsIsTeaNotFishing() {
        assertThat(chats.after("hi", "got my results and they're fine, so it's fish and chips tonight"))
                .doesNotContain("fishing");
    }

    @Test
    void upTheWoodenHillIsAGoodbye() {
        String reply = chats.after("long day at the hospital", "right, off up the wooden hill. nos da");
        assertThat(reply.strip()).doesNotEndWith("?");
    }

    @Test
    void feelingBetterJustForTypingItIsNotAskedAbout() {
        String reply = chats.after("can't sleep again, everything going round", "feels better just typing it tbh");
        assertThat(reply.strip()).doesNotEndWith("?");
    }

    @Test
    void beatingThemselvesUpIsNoSelfHarm() {
        String reply = chats.after("i snapped at my mum today", "i'll stop beating myself up about it");
        assertThat(reply).doesNotContain("999").doesNotContain("ending your life");
    }
}
