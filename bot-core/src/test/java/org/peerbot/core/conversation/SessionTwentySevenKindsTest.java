package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 27: kinds the twentieth blind suite showed misheard. A measure where lower is worse, told going down ("only
 * pumping at 30 percent now, down from 40"), was met as wonderful news; "worst bit is my wife laughed too" was "a
 * special moment with your wife"; a big change forced by illness (the licence handed back, the house sold, a care home
 * tomorrow) was "So this is about your kids"; a fright that is over (an ambulance last night and home now, a seizure in
 * the shop and sent home, a heart attack feared that was a muscle) got 999, or "glad your daughter is okay" when the
 * daughter only stayed over; "thanks, just needed to say it to someone who gets it, off to work now" queued a volunteer;
 * "couldn't even hold my cup of tea" was "tough news"; "how does /talk work?" got the general answer about the bot;
 * "is this anonymous?" got an answer with nothing about names or privacy; anger told beside a blow ("hasn't messaged
 * once since my diagnosis ... absolutely FURIOUS") heard only the blow, and the diagnosis named as a time was read as
 * news about the friend; being talked over at an appointment was not heard as being let down. Each sentence is written
 * here in its own words. ({@link ListeningChats} replies are lower-cased.)
 */
class SessionTwentySevenKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void aMeasureGoingTheWrongWayIsNotGoodNews() {
        String reply = chats.after("hi", "renal clinic today. my kidney function has dropped again, down from 35 to 28");
        assertThat(reply).doesNotContain("wonderful").doesNotContain("great news").doesNotContain("glad for you")
                .containsAnyOf("sorry", "tough", "hard");
    }

    @Test
    void laughingAlongAtTheirExpenseIsNoMomentToTreasure() {
        String reply = chats.after("my cousin said diabetes is just greed with a prescription, at the christening",
                "worst bit is my husband laughed too");
        assertThat(reply).doesNotContain("lovely").doesNotContain("special moment");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "had to give up my job last month. ill health retirement at 56, 30 years on the buses",
            "we've sold the house and we're moving into a bungalow in march. 41 years we've been here",
            "handed in my licence at the post office today. the eyes just aren't safe any more"})
    void aBigChangeForcedByIllnessIsHeardAsALoss(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("big change", "let go of", "loss");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ended up in a and e last night with my sugars all over the place. back home now, just shattered",
            "had a fit at the bus stop on monday, someone rang an ambulance, they let me go home after a few hours"})
    void aFrightThatIsOverIsHeardWithoutSendingForHelp(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("scare", "frightening").doesNotContain("999");
    }

    @Test
    void theirOwnScareOverNamesNoOneElseAsTheOneOkay() {
        String reply = chats.after("hi", "yeah i'm ok now honestly. my son stayed the night with me");
        assertThat(reply).doesNotContain("your son is okay");
    }

    @Test
    void sayingItWasWhatTheyNeededQueuesNoOne() {
        String reply = chats.after("my daughter's seizures were bad last night, we didn't sleep",
                "thanks. just needed to get it off my chest to someone who gets it. off to bed now x");
        assertThat(reply).doesNotContain("volunteer").doesNotEndWith("?");
    }

    @Test
    void aCupTooHeavyInAFlareIsNotNews() {
        assertThat(chats.after("hi", "couldn't even hold my cup of tea this morning, my wrists are that bad"))
                .doesNotContain("tough news");
    }

    @Test
    void howTalkWorksIsAnsweredWithTheQueue() {
        assertThat(chats.after("hi", "what happens when i type /talk?")).contains("queue").contains("/cancel");
    }

    @Test
    void privacyIsAnsweredAsPrivacy() {
        assertThat(chats.after("hi", "is this private? i don't want my family finding out"))
                .contains("private").contains("name");
    }

    @Test
    void angerBesideABlowIsNamedAndTheTimeIsNotNews() {
        String reply = chats.after("hi", "my sister hasn't been in touch since my diagnosis. absolutely fuming");
        assertThat(reply).contains("fuming").doesNotContain("about your sister");
    }

    @Test
    void talkedOverAtAnAppointmentIsBeingLetDown() {
        assertThat(chats.after("hi", "the consultant spoke to my husband the whole appointment like i wasn't even "
                + "there")).containsAnyOf("unfair", "listened to", "treated");
    }
}
