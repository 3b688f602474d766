package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 12: when nothing on the planner's lists gives a word of theirs back, what happened is given back in their
 * own words turned to "you" (Move.Restate), where it got "I hear you" or a wrong noun ("about the car"). Each kind
 * with a near case that must not change.
 */
class RestateOwnWordsTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void whatHappenedWithNoListedWordIsGivenBack() {
        assertThat(chats.after("hi", "they never even phoned, I found out from a neighbour over the fence"))
                .contains("you found out from a neighbour over the fence");
        assertThat(chats.after("hi", "I waited on the phone for two hours for nothing"))
                .contains("you waited on the phone for two hours for nothing");
    }

    @Test
    void aPlaceInTheirWordsIsNotTakenForTheTopic() {
        String reply = chats.after("hi", "I sat in the car park at the big Asda and howled");
        assertThat(reply).contains("you sat in the car park").doesNotContain("about the car");
    }

    @Test
    void aCorrectionIsNeverRestated() {
        // the words of a correction hold what they deny
        assertThat(chats.after("hi", "no I said it's my boss not work")).doesNotContain("not work");
    }

    @Test
    void whatTheyCallThemselvesAndRiskAreNeverGivenBack() {
        assertThat(chats.after("hi", "im such an idiot about hospitals")).doesNotContain("such an idiot");
        assertThat(chats.after("hi", "I fucking hate waiting rooms")).doesNotContain("fucking");
    }

    @Test
    void aListedWordIsStillReflectedAsBefore() {
        // a person on the lists is given back as before, not the whole clause
        assertThat(chats.after("hi", "my sister hasn't spoken to me since the wedding")).contains("your sister");
    }
}
