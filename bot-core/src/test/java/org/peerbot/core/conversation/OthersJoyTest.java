package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 13: someone else's good news that touches the member's own longing (a baby after years of trying, a
 * place when they got none, an engagement while they are single). A peer listener hears both: glad for them and
 * hurting for yourself. Before, it got "That's great to hear!" or "sorry to hear about your best friend". Each with a
 * near case: good news that is plainly theirs, or plainly shared, is still met with joy.
 */
class OthersJoyTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void someoneElsesBabyAfterYearsOfTryingIsBothGladAndHurt() {
        String reply = chats.after("hi", "my brother's wife is expecting. i'm pleased for them but we've been trying for three years");
        assertThat(reply).containsAnyOf("hurt", "sting", "sad for yourself", "hard mix")
                .doesNotContain("brilliant", "fantastic", "great news", "wonderful", "sorry to hear about");
        assertThat(reply).contains("your brother");
    }

    @Test
    void aPlaceForAFriendWhenTheyGotNoneIsNotBadNewsAboutTheFriend() {
        String reply = chats.after("hi", "my mate got his apprenticeship today and i didnt get a single interview");
        assertThat(reply).containsAnyOf("hurt", "sting", "sad for yourself", "hard mix")
                .doesNotContain("sorry to hear about your mate", "brilliant", "fantastic");
    }

    @Test
    void theirOwnNewsAtLastIsJoy() {
        assertThat(chats.after("hi", "we've been trying for years and we're finally pregnant!!"))
                .containsAnyOf("fantastic", "wonderful", "brilliant", "lovely", "glad")
                .doesNotContain("hard going", "sting", "hurt");
    }

    @Test
    void someoneElsesNewsWithNoLongingIsStillJoy() {
        assertThat(chats.after("hi", "my daughter got engaged last night, we're all so happy"))
                .containsAnyOf("fantastic", "wonderful", "brilliant", "lovely", "glad", "congrat")
                .doesNotContain("sting", "hurt for yourself");
    }

    @Test
    void gladForThemButMissingSomeoneIsNotEnvy() {
        assertThat(chats.after("hi", "my son graduates next week. so proud of him but his mum won't be there to see it"))
                .doesNotContain("sting", "hurt for yourself", "sad for yourself");
    }

    @Test
    void someoneElsesIllnessIsNeverJoy() {
        assertThat(chats.after("hi", "my brother's got cancer and we've been trying for a baby for years, it's all too much"))
                .doesNotContain("happy for", "glad for", "sting");
    }

    @Test
    void theirOwnBadNewsWithNobodyElseIsNotJealousy() {
        assertThat(chats.after("hi", "i didnt get a single offer from any of the unis"))
                .doesNotContain("happy for", "glad for", "sting");
    }
}
