package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 13, from first messages tried in the console as a new member would: grades told without the word "good"
 * are good news; plucking up the courage is a step taken; a sentence without its "I" is given back as theirs; nobody
 * at work understanding is being alone with it; their sentence about a thing is given back rather than "this is about
 * your body". Each with a near case.
 */
class FirstMessageKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void gradesAreGoodNews() {
        assertThat(chats.after("hi", "my daughter got her results, straight As"))
                .containsAnyOf("great", "wonderful", "brilliant", "fantastic", "glad", "lovely");
        assertThat(chats.after("hi", "my daughter got her results today")).doesNotContain("wonderful", "brilliant");
    }

    @Test
    void pluckingUpTheCourageIsAStepTaken() {
        assertThat(chats.after("hi", "worked up the courage to ring the memory clinic"))
                .containsAnyOf("well done", "took courage", "brave", "really glad you did", "counts");
    }

    @Test
    void aSentenceWithoutItsIIsGivenBackAsTheirs() {
        assertThat(chats.after("hi", "haven't been out of the flat since new year")).contains("you haven't been out of the flat");
    }

    @Test
    void nobodyAtWorkUnderstandingIsBeingAloneWithIt() {
        assertThat(chats.after("hi", "nobody in my family understands what fibromyalgia is like"))
                .containsAnyOf("can say it here", "not alone", "on your own", "alone");
    }

    @Test
    void theirSentenceAboutAThingIsGivenBack() {
        assertThat(chats.after("hi", "i can't stand the scar since the operation")).contains("you can't stand the scar");
    }
}
