package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 29: kinds the twenty-second blind suite showed misheard. Someone's kindness that touched them had no words
 * of its own; a fright from a forum or a video was met with "that's a huge loss" for the deaths in what they read;
 * "she lost her leg" was a death; twenty years married beside an old diagnosis was "well done on your diagnosis!"; a
 * claim that "came thru!!" with happy sobbing was "I'm so sorry"; "I keep making excuses and going to bed early" was a
 * goodbye; "I've had a good innings", saying yes to a DNR form, was "that's wonderful"; where a dying mother wants to
 * die was read as intent; "gotta go do homework", "ill be off" and "off for my nap" were not goodbyes; a burden said
 * with a plain denial beside it got the crisis script (safety rule 7: the gentle reply). Each sentence is written here
 * in its own words. Reading the transcripts after: joining a forum that frightened them was praised as a step, and "my
 * late wife would've laughed at me" was "that sounds so hurtful". ({@link ListeningChats} replies are lower-cased.)
 */
class SessionTwentyNineKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {
            "rough fortnight with the fatigue. the lad across the road saw my bins hadn't gone out and did them, and "
                    + "left a note saying give us a knock if you need owt",
            "the physio went out of her way to find me a chair that fits. nearly set me off"})
    void aKindnessIsNamed(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("kind", "thoughtful").doesNotContain("sorry for your loss");
    }

    @Test
    void aFrightFromSomethingReadIsHeardAndItsDeathsAreNoLoss() {
        String reply = chats.after("hi", "watched a youtube video last night about people with my heart thing just "
                + "dropping dead at the gym. now i'm scared to walk up the stairs");
        assertThat(reply).containsAnyOf("frighten", "scared").doesNotContain("loss").doesNotContain("passed");
    }

    @Test
    void joiningTheGroupThatFrightenedThemIsNotPraised() {
        String reply = chats.after("hi", "signed up to a forum for mums of kids with epilepsy. someone wrote about "
                + "their son dying in his sleep and it's freaked me out, i'm up at 3am reading every post");
        assertThat(reply).doesNotContain("well done").doesNotContain("good on you").containsAnyOf("scared", "frighten");
    }

    @Test
    void whatALateWifeWouldHaveDoneIsNoHurt() {
        String reply = chats.after("been seeing a lady from the stroke club",
                "my late husband would've laughed at me. he'd want me to have company");
        assertThat(reply).doesNotContain("hurtful").doesNotContain("must really hurt");
    }

    @Test
    void somethingLookedUpWithNoFrightIsNotAFright() {
        String reply = chats.after("hi", "googled the opening times for the tip and they've changed again");
        assertThat(reply).doesNotContain("scared").doesNotContain("frighten");
    }

    @Test
    void aLimbLostIsNoDeath() {
        String reply = chats.after("the clinic keeps going on about my feet",
                "my gran had sugar too and she lost her foot in the end, so yeah");
        assertThat(reply).doesNotContain("losing your gran").doesNotContain("sorry for your loss")
                .doesNotContain("passed");
    }

    @Test
    void yearsMarriedBesideAnOldDiagnosisIsAMilestoneNotTheDiagnosis() {
        String reply = chats.after("hi", "15 years married today 💍 back when the lupus was diagnosed i thought she'd "
                + "leave. still here, still making me laugh");
        assertThat(reply).doesNotContain("well done on your diagnosis").doesNotContain("about your diagnosis!")
                .containsAnyOf("milestone", "lovely", "wonderful", "glad", "happy");
    }

    @Test
    void anAwardComeThroughWithHappyTearsIsGoodNews() {
        String reply = chats.after("hi", "the blue badge came thru!! took months. cried my eyes out at the door 😭");
        assertThat(reply).doesNotStartWith("i'm so sorry").containsAnyOf("glad", "pleased", "brilliant", "great");
    }

    @Test
    void aHabitOfGoingToBedEarlyIsNotAGoodbye() {
        String reply = chats.after("hi", "since the scar i've been hiding from my wife, always going to bed early so "
                + "she doesn't see");
        assertThat(reply).doesNotContain("goodnight").doesNotContain("bye for now");
    }

    @Test
    void aGoodInningsIsNotGoodNews() {
        String reply = chats.after("hi", "told the nurse i don't want them to restart my heart if it stops. i've had "
                + "a good innings at 88. my daughter went white");
        assertThat(reply).doesNotContain("wonderful").doesNotContain("great news").doesNotContain("brilliant");
    }

    @Test
    void whereADyingParentWantsToDieIsNotRisk() {
        String reply = chats.after("hi", "dad wants to die at home, not on the ward. the nurses say it could be weeks");
        assertThat(reply).doesNotContain("999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"right gotta go do the school run. ta", "kettle's boiled, i'll be off. cheers",
            "off for a nap now. thanks"})
    void leavingForAChoreOrANapIsAGoodbye(String text) {
        String reply = chats.after("had a long week with the flare", text);
        assertThat(reply).doesNotContain("?").containsAnyOf("take care", "look after", "welcome", "whenever", "bye",
                "enjoy", "rest");
    }

    @Test
    void aBurdenSaidWithAPlainDenialGetsTheGentleReplyNotTheScript() {
        String reply = chats.after("hi", "my daughter has to bath me now. i'm such a burden. not in a dark way, "
                + "i just hate it");
        assertThat(reply).doesNotContain("999");
    }
}
