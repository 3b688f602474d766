package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 14: kinds the seventh blind suite showed were misheard. Garden and body idioms with "dead" or "died" were
 * met with "sorry for your loss"; a death told as someone having "went" or a birthday that "would have been" was
 * not; a whole day done was not praised, and "barely left the house" was; nights without sleep got a stock line;
 * a sister's engagement after a divorce got "That's great to hear!"; anger at a service got "So this is about the
 * council"; and "no pain" became the thing the good news was "about". Each sentence is written here in its own words.
 */
class SessionFourteenKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void gardenAndBodyIdiomsAreNoLoss() {
        assertThat(chats.after("hi", "finally got out to dead-head the roses, knees moaning but I did it"))
                .doesNotContain("loss", "sorry for your", "sorry to hear");
        assertThat(chats.after("hi", "legs are dead after physio, nearly died on the hill home"))
                .doesNotContain("sorry for your loss", "huge loss", "losing");
    }

    @Test
    void aDeathToldAsWentOrWouldHaveBeenIsMetWithSorrow() {
        assertThat(chats.after("hi", "not much point cooking proper meals since the wife went"))
                .containsIgnoringCase("sorry");
        assertThat(chats.after("hi", "it would have been dad's 80th birthday today"))
                .containsIgnoringCase("sorry");
    }

    @Test
    void aWholeDayDoneIsPraisedAndBarelyGettingOutIsNot() {
        assertThat(chats.after("hi", "first week back at the office after my op and I did the whole day today"))
                .containsAnyOf("Well done", "well done", "counts", "brilliant");
        assertThat(chats.after("hi", "barely left the house all week, my chest has been awful"))
                .doesNotContain("well done", "real step", "it counts");
    }

    @Test
    void nightsWithoutSleepAreHeardAsExhausting() {
        assertThat(chats.after("hi", "up all night again with my hip")).containsIgnoringCase("exhausted");
    }

    @Test
    void aSiblingsEngagementAfterTheirOwnDivorceIsNotPlainJoy() {
        assertThat(chats.after("hi", "my brother got engaged at the weekend and my divorce only came through in may"))
                .doesNotContain("great to hear", "brilliant news", "that's great");
    }

    @Test
    void askingWhyThemAndNotMeIsToldThereIsNoWrongWayToFeel() {
        String reply = chats.after("my friend from chemo got the all clear", "why her and not me. horrible thing to think");
        assertThat(reply).doesNotContain("what helped", "great").containsAnyOf("makes sense", "no wrong way",
                "isn't wrong", "lots of people");
    }

    @Test
    void angerAtAServiceIsNamed() {
        assertThat(chats.after("hi", "the hospital cancelled my scan again, third time this year"))
                .containsAnyOf("fed up", "frustrat", "up the wall", "maddening");
        assertThat(chats.after("hi", "the assessor turned down my blue badge claim again, I can barely walk"))
                .containsAnyOf("fed up", "frustrat", "up the wall", "maddening");
        assertThat(chats.after("hi", "two messages left for the stoma nurse and not one call back"))
                .containsAnyOf("fed up", "frustrat", "up the wall", "maddening");
    }

    @Test
    void whatIsGoneIsNotWhatTheGoodNewsIsAbout() {
        // in good news, a thing told as gone ("no pain") is not what the gladness names ("no car tho" in a moan is
        // still theirs to have given back)
        assertThat(chats.after("hi", "SLEPT 9 HOURS STRAIGHT!! no pain waking me either"))
                .doesNotContain("the pain", "your pain");
    }
}
