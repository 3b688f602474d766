package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 13: a good result after waiting is met as relief, even told at the end of a moan about the day; a part of
 * the body lost to illness or surgery is bad news however calmly it is told; "the first morning in years without"
 * someone is missing them. Each with a near case.
 */
class ReliefAndBodyLossTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void aGoodResultInsideAMoanIsRelief() {
        assertThat(chats.after("hi", "two buses, an hour in the waiting room, then the consultant said the tumour has shrunk. what a day"))
                .contains("relief").doesNotContain("sorry");
        // good news that is not a result is met as good news, not relief
        assertThat(chats.after("hi", "passed my theory test!!")).doesNotContain("relief");
    }

    @Test
    void aPartOfTheBodyLostIsBadNews() {
        assertThat(chats.after("hi", "had my foot amputated in the summer because of the diabetes"))
                .containsAnyOf("sorry", "a lot to take in", "so hard");
        assertThat(chats.after("hi", "I lost my sight in one eye last year"))
                .containsAnyOf("sorry", "a lot to take in", "so hard");
    }

    @Test
    void theFirstMorningInYearsWithoutSomeoneIsMissingThem() {
        assertThat(chats.after("hi", "first night in twelve years without Pip curled up on my feet"))
                .containsAnyOf("miss", "sorry", "so quiet");
    }
}
