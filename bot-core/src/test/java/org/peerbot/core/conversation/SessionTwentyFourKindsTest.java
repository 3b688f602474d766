package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 24: kinds the seventeenth blind suite showed misheard. What others see from outside ("everyone said how
 * well he looked", "but you look so well", "feeling better then?") was met with "Oh, that's wonderful"; a night watch
 * "every night since he came out of hospital" was good news too; "another pregnancy announcement, phone face down"
 * got "What lovely news"; "the city's dead quiet at night" beside "the wife's sleeping in the other room" got sorrow for
 * a wife who is alive; "feel better now, mum's calling so gtg, this helped" got "Have a lovely time!"; the chat
 * having helped was met with no credit given back; a small good moment (the dog asleep on my feet, the roses out) was
 * met as a problem; "who's going to do the school run?" was read as leaving; "can I come back tomorrow if that's ok?"
 * was not answered; "the memory clinic confirmed dementia" got no sorrow; "the jab means I'm up at 2am" got the
 * clinical boundary. Each sentence is written here in its own words.
 * ({@link ListeningChats} replies are lower-cased.)
 */
class SessionTwentyFourKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {
            "at the school gate all the mums said how well my wife looked. they never see her at 5am when she can't get"
                    + " out of bed. i just smile and nod",
            "my boss said 'but you look so well!' and i laughed it off. i'd been up since 3 with the pain",
            "a neighbour saw me at the garden centre and said 'feeling better then?' now i feel like a total fraud"})
    void whatOthersSeeFromOutsideIsNotGoodNews(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).doesNotContain("wonderful").doesNotContain("glad for you").doesNotContain("great news")
                .containsAnyOf("outside", "see", "seen");
    }

    @Test
    void aNightWatchSinceHospitalIsNotGoodNews() {
        String reply = chats.after("hi", "i lie awake listening for her breathing, every night since she came out"
                + " of hospital. 40 years together and i daren't sleep");
        assertThat(reply).doesNotContain("wonderful").doesNotContain("glad for you");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "another engagement on facebook, everyone's sending hearts and i just put my phone face down",
            "my cousin's having twins and i'm so jealous it hurts. the treatment took that off the table for me"})
    void othersMilestonesThatHurtAreNotJoy(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).doesNotContain("lovely news").doesNotContain("so happy for you")
                .containsAnyOf("hurt", "hard", "makes sense");
    }

    @Test
    void deadMeaningVeryIsNoDeath() {
        String reply = chats.after("hi", "keep having the same bad dream since the op. my husband sleeps in the"
                + " spare room now. the street's dead quiet at this hour");
        assertThat(reply).doesNotContain("losing your husband").doesNotContain("so sorry for your loss");
    }

    @Test
    void feelingBetterAsTheyGoIsThanksNotNews() {
        String reply = chats.after("i've had such a rough week with it all", "thx so much, feel better now."
                + " dad's shouting me so gtg. this actually helped");
        assertThat(reply).doesNotContain("lovely time").contains("you did");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the dog's fast asleep on my feet and the fire's on, bliss",
            "roses are out in the front garden!! the smell is something else"})
    void aSmallGoodMomentIsEnjoyedWithThem(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("lovely", "love that", "nice moment").doesNotContain("hard")
                .doesNotContain("?");
    }

    @Test
    void somethingFunnyIsLaughedWith() {
        assertThat(chats.after("hi", "the quiz team lost to the vicar's lot again 🤣 by one point"))
                .containsAnyOf("ha", "smile").doesNotContain("hard");
    }

    @Test
    void askingWhoWillDoTheSchoolRunIsNotLeaving() {
        String reply = chats.after("hi", "who's going to do the school run when i can't drive. who will look after"
                + " them if it gets worse");
        assertThat(reply).doesNotContain("take care").doesNotContain("come back any time")
                .containsAnyOf("worried", "worry", "scared", "frightening");
    }

    @Test
    void askingToComeBackIsAnsweredYes() {
        String reply = chats.after("i've had a rough day", "thanks, that really helped tonight. can i come back"
                + " tomorrow if that's ok?");
        assertThat(reply).containsAnyOf("of course").doesNotEndWith("?");
    }

    @Test
    void aDiagnosisConfirmedIsHardNews() {
        assertThat(chats.after("hi", "the memory clinic confirmed dementia today. dad just sat there quiet"))
                .containsAnyOf("sorry", "hard", "blow");
    }

    @Test
    void whatATreatmentDoesIsNotAClinicalQuestion() {
        assertThat(chats.after("hi", "the hormone injection means i'm up at 3am soaked through, changing the sheets"
                + " on my own")).doesNotContain("can't give medical advice");
    }

    @Test
    void herAfterALossToldIsTheOneTheyLostNotTheDog() {
        var chat = chats.saying("my husband died in march after years of me looking after him");
        String reply = chats.say(chat, "no i wouldn't do anything daft. the cat needs me for one thing. i just miss"
                + " him");
        assertThat(reply).doesNotContain("your cat");
    }

    @Test
    void someoneElsesOperationIsNotTheirs() {
        assertThat(chats.after("hi", "they've said grandad's chest is too weak for the operation"))
                .doesNotContain("your operation");
    }

    @Test
    void aLapseToldWithNoLectureWantedIsHeardNotBoundaried() {
        assertThat(chats.after("hi", "skipped my insulin last night, don't lecture me, i just feel rubbish"))
                .doesNotContain("can't give medical advice");
    }

    @Test
    void aWryFaceIsNoLaugh() {
        assertThat(chats.after("hi", "oh yes i'm FINE, all absolutely fine 🙃")).doesNotContain("glad")
                .doesNotContain("picture it");
    }

    @Test
    void beingToldOfANewTreatmentIsNewsAndAFearNotAQuestion() {
        String reply = chats.after("hi", "the nurse said i need to start injections after 10 years on tablets. i'm"
                + " dreading it, feels like i've failed");
        assertThat(reply).doesNotContain("can't give medical advice").doesNotContain("good question");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my body has let me down. i used to cycle to work, now i get the bus two stops",
            "stupid legs. they just gave way in the kitchen again and i sat on the floor and cried"})
    void angerAtTheirOwnBodyIsHeardWithTheLossUnderIt(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("angry", "anger").containsAnyOf("loss", "lost")
                .doesNotContain("bright side").doesNotContain("at least");
    }
}
