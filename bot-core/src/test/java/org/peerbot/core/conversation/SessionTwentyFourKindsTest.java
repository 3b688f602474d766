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
 * having helped was met with no credit given back. Each sentence is written here in its own words.
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
}
