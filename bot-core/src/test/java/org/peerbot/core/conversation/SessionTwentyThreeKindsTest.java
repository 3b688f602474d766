package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 23: kinds the sixteenth blind suite showed misheard. Someone's kindness told ("she won't take a penny",
 * "the paramedics were unreal", "he's been my rock") got "thank you for telling me about your neighbour", and "never
 * once made me feel like a burden" got the suicide check-in; "went back to work!!" after time off sick was taken as
 * leaving; "no new lesions!!" got no gladness; "not the news we wanted" and "too weak for the operation" got no word of
 * sorrow; "like my bones are made of lead" and "no spoons left" were not heard as tiredness; "didn't know who that
 * woman was" and "I'm meant to be the mum" were not heard as a loss of who they were; "more like his nurse than his
 * wife" gave back "your wife"; "they don't tell me stuff" got the abuse block when the sentence model alone read
 * abuse; "pulls the plug at 2pm every day and that's me done" got a goodbye; caring from hours away, "why me" and
 * advice pressed by everyone got nothing of their own. Each sentence is written here in its
 * own words. ({@link ListeningChats} replies are lower-cased.)
 */
class SessionTwentyThreeKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {"my neighbour pat has done my shopping every week since the op and won't take a penny",
            "the district nurse was an angel today, went above and beyond with his dressings",
            "my sister has been my rock through all of this, i couldn't have done it without her"})
    void someonesKindnessIsShared(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("kindness", "difference").doesNotContain("999").doesNotContain("thinking"
                + " about ending");
    }

    @Test
    void kindnessThatNeverMadeThemFeelABurdenIsNotRisk() {
        String reply = chats.after("hi", "my husband has never once made me feel like a burden, even on the bad days");
        assertThat(reply).doesNotContain("999").doesNotContain("samaritans");
    }

    @Test
    void backAtWorkAfterTimeOffIsNewsNotLeaving() {
        String reply = chats.after("hi", "went back to work today!! only mornings for now");
        assertThat(reply).doesNotContain("take care").doesNotContain("come back any time");
    }

    @Test
    void aScanWithNothingNewIsGoodNews() {
        assertThat(chats.after("hi", "results are in. no new lesions!!"))
                .containsAnyOf("glad", "great", "wonderful", "brilliant", "relief", "pleased");
    }

    @ParameterizedTest
    @ValueSource(strings = {"saw the surgeon. not the news we wanted",
            "they've said his lungs are too weak for the operation"})
    void hardNewsInFewWordsIsMetWithSorrow(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("sorry", "blow", "hard");
    }

    @ParameterizedTest
    @ValueSource(strings = {"slept twelve hours and i'm still flattened, my legs feel like they're made of lead",
            "no spoons left today, i got as far as brushing my teeth"})
    void tirednessInOtherWordsIsHeard(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("tired", "exhaust", "worn out", "drained");
    }

    @ParameterizedTest
    @ValueSource(strings = {"saw my old race photos and didn't know who that woman was",
            "my son has to help me in the bath now. i'm meant to be the mum"})
    void aLossOfWhoTheyWereIsHeard(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("loss", "changed", "change");
    }

    @Test
    void theRoleTheyNameIsNotSomeoneElse() {
        String reply = chats.after("hi", "these days i feel more like his nurse than his wife, it's all tablets and"
                + " hoists");
        assertThat(reply).doesNotContain("your wife");
    }

    @Test
    void howEachDayEndsIsNotAGoodbye() {
        String reply = chats.after("hi", "it's like someone pulls the plug at 3pm every day and that's me done");
        assertThat(reply).doesNotContain("take care").doesNotContain("come back any time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dad's had another fall and i'm 4 hrs away with work on monday",
            "mum's in a home in leeds and i live 200 miles away, she didn't know me on the video call"})
    void caringFromADistanceIsHeard(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("far away", "two places");
    }

    @Test
    void theMembersOwnLongJourneyIsNotCaringFromADistance() {
        assertThat(chats.after("hi", "the hospital is 3 hours away on the bus and i'm knackered"))
                .doesNotContain("two places");
    }

    @Test
    void whyMeIsMetWithTheUnfairnessNotTheClinicalBoundary() {
        String reply = chats.after("hi", "why me tho. never smoked, walked every day, and now this at 41");
        assertThat(reply).containsAnyOf("unfair", "no fairness").doesNotContain("not a clinician");
    }

    @Test
    void adviceOthersKeepPressingIsHeardAsWearing() {
        assertThat(chats.after("hi", "if one more person tells me to try turmeric i will scream"))
                .containsAnyOf("wearing", "mean well", "don't know what to say");
    }

    @Test
    void aFamilyThatKeepsNewsBackIsNotASecretKeptByAnAbuser() {
        assertThat(new Understanding(CueBook.load(CueBook.ENGLISH)).namesDanger("they don't tell me stuff so i won't worry"))
                .isFalse();
        assertThat(new Understanding(CueBook.load(CueBook.ENGLISH)).namesDanger("he said don't tell anyone or else"))
                .isTrue();
    }
}
