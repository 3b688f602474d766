package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 32: kinds the twenty-fifth blind suite showed misheard. A closed answer in a few short pieces ("Fine.
 * Managing, just about.", "yeah. not much to say tbh", "Och it's fine. Mustn't grumble.") got "Would you like to tell
 * me more about it?"; a comparison ("like I was a nice lady from the council") was given back as what happened; dialect
 * "me" for "my" came back as "you coat", "you own name", and "id" stayed "id"; "I'll say goodnight now" and "thanks for
 * the chat x" were not goodbyes; a fit "in assembly in year 9" got 999 three turns running; "sort of numb", "feel like a
 * right idiot" and "a little bit jealous" were not heard. Each sentence is written here in its own words.
 * ({@link ListeningChats} replies are lower-cased.)
 */
class SessionThirtyTwoKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ok. getting by.                  | getting by
            aye. can't complain.             | can't complain
            not much to tell really          | not much to say
            Fine. Managing, just about.      | just about managing
            """)
    void aClosedAnswerIsGivenBackWithNoPush(String text, String shown) {
        String reply = chats.after("my wife had a stroke in june and i look after her now", text);
        assertThat(reply).contains(shown).doesNotContain("tell me more").doesNotEndWith("?");
    }

    @Test
    void aClosedAnswerWithMoreInItIsListenedToAsUsual() {
        String reply = chats.after("my wife had a stroke in june and i look after her now",
                "managing just about, but the nights are the worst, she wanders and i can't sleep");
        assertThat(reply).doesNotContain("fair enough").doesNotContain("no pressure at all");
    }

    @Test
    void mehAndItDoesntMatterAreNotPushed() {
        assertThat(chats.after("depression's back", "meh. doesn't matter")).doesNotEndWith("?");
    }

    @Test
    void aComparisonIsNotGivenBackAsWhatHappened() {
        assertThat(chats.after("hi", "my mum kept staring at me all through tea. like i was a stranger off the street"))
                .doesNotContain("you were a stranger");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sat in me chair all day with me feet up, cant face the stairs",
            "i cant tie me own laces now with the arthritis",
            "went round to me sisters in me slippers, didnt even notice"})
    void dialectMeIsGivenBackAsYour(String text) {
        assertThat(chats.after("hi", text)).doesNotContain("you chair").doesNotContain("you own")
                .doesNotContain("you slippers").doesNotContain("you feet");
    }

    @Test
    void idWithoutItsApostropheIsGivenBackAsYoud() {
        assertThat(chats.after("hi", "never thought id get to walk her down the aisle")).doesNotContain(" id ");
    }

    @Test
    void aGoodnightAnnouncedIsAGoodbye() {
        String reply = chats.after("we used to do the crossword together every sunday",
                "well the clock's gone ten. i'll say goodnight now, you've been lovely");
        assertThat(reply).contains("goodnight").doesNotEndWith("?").doesNotContain("still listening");
    }

    @Test
    void thanksForTheChatClosingTheMessageIsAGoodbye() {
        assertThat(chats.after("sat with the drip in all afternoon", "that's the drip done for today. thanks for the chat x"))
                .contains("chat").doesNotEndWith("?");
    }

    @Test
    void aFitInASchoolYearLongGoneIsNoEmergency() {
        assertThat(chats.after("hi", "i'm more than the kid who had a fit in assembly in year 8. i play bass in a band"))
                .doesNotContain("999");
    }

    @Test
    void aFitNowIsStillAnEmergency() {
        assertThat(chats.after("hi", "my son is having a fit and it won't stop, it's been six minutes")).contains("999");
    }

    @Test
    void aSayingCalledOutAfterTheEmergencyLineIsThankedWithTheNumbersOnceMore() {
        var chat = chats.fresh();
        chats.say(chat, "i could kick myself, honestly i could kill myself. i missed all the signs of his sugar going up");
        String reply = chats.say(chat, "not literally, don't panic. just the guilt. he's home now and doing his own jabs");
        assertThat(reply).contains("999").contains("116 123").doesNotContain("you matter")
                .doesNotContain("if you haven't");
    }

    @Test
    void onlyJokingAloneAfterAPlanKeepsTheNumbers() {
        var chat = chats.fresh();
        chats.say(chat, "i'm going to walk into the river tonight");
        assertThat(chats.say(chat, "lol only joking")).contains("999").contains("116 123")
                .doesNotContain("made me smile");
    }

    @Test
    void aCallToldWithNoIAfterTheEmergencyLineIsHelpBeingCalled() {
        var chat = chats.fresh();
        chats.say(chat, "my chest is crushing and it's going down my left arm, sweating buckets, on my own");
        assertThat(chats.say(chat, "ok ringing 999 now, door's on the latch")).contains("stay on the line")
                .doesNotContain("if you haven't");
    }

    @Test
    void theQuizShowIsNoFrustration() {
        assertThat(chats.after("hi", "made his favourite tea and we watched pointless together, he held my hand"))
                .doesNotContain("frustrat");
    }

    @Test
    void feelingSelfishIsHeard() {
        assertThat(chats.after("hi", "feel so selfish moaning when he's the one having chemo"))
                .containsAnyOf("guilt", "selfish");
    }

    @Test
    void aLimbTakenIsHardNews() {
        assertThat(chats.after("hi", "they took my leg below the knee on tuesday. keep feeling my toes"))
                .containsAnyOf("sorry", "hard", "huge");
    }

    @Test
    void someoneNamedOnlyToCompareWithIsNotWhoItIsAbout() {
        assertThat(chats.after("hi", "skint till friday, making soup from scraps like my nan used to"))
                .doesNotContain("your nan");
    }

    @Test
    void aFriendsAllClearBesideTheirOwnLackIsHeardAsBoth() {
        assertThat(chats.after("hi", "my friend got her all clear today! so glad for her. cried after though, i'll "
                + "never get one with mine")).containsAnyOf("hurt", "sting", "hard mix", "sad for yourself");
    }

    @Test
    void whoSentThemToTalkIsNotWhoTheChatIsAbout() {
        assertThat(chats.after("hi", "bowel cancer, just found out. my husband said talk to someone so i'm trying this"))
                .doesNotContain("your husband");
    }

    @Test
    void sortOfNumbIsHeard() {
        assertThat(chats.after("got the diagnosis on monday", "dunno. sort of numb")).containsAnyOf("numb", "flat");
    }

    @Test
    void aLittleJealousBesideGladnessIsHeardAsBoth() {
        assertThat(chats.after("hi", "my cousin got into nursing school, proper pleased for her. little bit jealous ngl"))
                .containsAnyOf("hurt", "sting", "hard mix", "sad for yourself");
    }
}
