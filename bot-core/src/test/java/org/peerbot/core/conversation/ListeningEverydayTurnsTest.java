package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.ConversationRef;

/**
 * Kinds the lead misheard in the console (session 10): thanks in the middle of a talk taken as a goodbye, a "see
 * you tomorrow" taken as a relapse, an idiom with "death" in it remembered as grief, a treatment step or a habit
 * kept up not heard as a step, praise from a nurse not heard as good news, and an appointment cancelled again not
 * heard as frustration, being told to get over it, carrying it alone, the fear of the same fate, a correction never owned, and someone new not welcomed. Each kind has a case that changed and a near one that must not. The real triage, engine and
 * catalogue.
 */
class ListeningEverydayTurnsTest {

    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {"thanks, that actually helps a bit", "thank you, that really helped", "ta, that helps"})
    void thanksForHelpMidTalkIsNotAGoodbye(String then) {
        String reply = chats.after("just found out I've got type 2 diabetes", then);
        assertThat(reply).contains("glad").doesNotContain("bye", "take care", "look after yourself")
                .doesNotEndWith("?");
    }

    @Test
    void thanksWithAGoodbyeIsStillAGoodbye() {
        String reply = chats.after("just found out I've got type 2 diabetes", "thanks, that helped. night x");
        assertThat(reply).containsAnyOf("bye", "take care", "look after yourself", "whenever you", "come back")
                .doesNotEndWith("?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i might come back tomorrow", "I'll pop back later in the week", "ill check back in a bit",
            "might come back tomorrow then"})
    void sayingTheyWillComeBackIsALeavingNotBadNews(String then) {
        String reply = chats.after("it's been a long week with my dad in hospital", then);
        assertThat(reply).doesNotContain("sorry", "blow", "tough news").doesNotEndWith("?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the cancer has come back", "they told me it's come back in my liver"})
    void somethingThatHasComeBackIsStillBadNews(String then) {
        String reply = chats.after("had my scan results today", then);
        assertThat(reply).containsAnyOf("sorry", "blow", "hard news", "tough news");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I feel like death warmed up lol", "my phone died halfway through the call",
            "I nearly died laughing at the nurse's joke"})
    void anIdiomWithDeathIsNotGriefLater(String idiom) {
        ConversationRef chat = chats.warm();
        chats.say(chat, idiom);
        String reply = chats.say(chat, "can you find me some support");
        assertThat(reply).contains("samaritans").doesNotContain("grief", "bereave");
    }

    @Test
    void aDeathIsStillGrief() {
        ConversationRef chat = chats.warm();
        chats.say(chat, "my husband died in the spring");
        String reply = chats.say(chat, "can you find me some support");
        assertThat(reply).containsAnyOf("grief", "bereave");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chemo round 4 done", "cycle 3 done, halfway there", "been walking every day since june"})
    void aStepDoneOrAHabitKeptIsAStep(String then) {
        String reply = chats.after("hi", then);
        assertThat(reply).containsAnyOf("step", "counts", "you did", "well done", "took something", "matters")
                .doesNotContain("on your mind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chemo round 4 is on friday", "I've got cycle 3 next week"})
    void aStepStillAheadIsNotPraised(String then) {
        String reply = chats.after("hi", then);
        assertThat(reply).doesNotContain("well done", "it counts", "glad you did");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my nurse was well impressed", "the dietitian said I'm doing well",
            "my daughter passed her driving test!!"})
    void praiseFromTheirNurseIsGoodNews(String then) {
        String reply = chats.after("my HbA1c came down", then);
        assertThat(reply).containsAnyOf("glad", "lovely", "happy", "brilliant", "great", "wonderful")
                .doesNotContain("sorry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the surgery cancelled my appointment AGAIN", "they've postponed my op again",
            "hospital cancelled on me, second time"})
    void anAppointmentCancelledAgainIsFrustration(String line) {
        String reply = chats.after("hi", line);
        assertThat(reply).containsAnyOf("frustrat", "up the wall", "fed up", "annoying", "maddening");
    }

    @Test
    void anAppointmentMovedToSuitThemIsNotFrustration() {
        String reply = chats.after("hi", "they moved my appointment to thursday, which suits me better");
        assertThat(reply).doesNotContain("frustrat", "up the wall", "fed up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my wife says i should just get on with it", "my mum told me to cheer up",
            "he says it's all in my head"})
    void beingToldToGetOverItIsHeardAsWhatOthersSay(String then) {
        String reply = chats.after("I've just been told I have type 2", then);
        assertThat(reply).containsAnyOf("hard to hear", "mean well", "know what to say").doesNotContain("on your mind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no one asks how i am", "i'm her only child. i do everything for her",
            "nobody checks on me"})
    void carryingItAloneIsHeard(String then) {
        String reply = chats.after("mum has dementia and she didn't know me tonight", then);
        assertThat(reply).containsAnyOf("on your own", "alone", "carry", "lot to hold");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i keep thinking that's going to be me", "scared the same will happen to me"})
    void fearOfTheSameFateIsFear(String then) {
        String reply = chats.after("my dad lost his foot to diabetes", then);
        assertThat(reply).containsAnyOf("scared", "frighten", "worr").doesNotContain("what's on your mind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no, it's not my mum, it's my sister", "you've got it wrong, I'm not sad, I'm angry",
            "you misunderstood me, I'm actually happy about it", "that's not what I said"})
    void aCorrectionIsOwnedFirst(String then) {
        String reply = chats.after("my mum has been really poorly", then);
        assertThat(reply).containsAnyOf("sorry, i got that wrong", "sorry, my mistake", "sorry, i misread");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I feel so misunderstood by my family", "the doctor got it wrong again",
            "no, it's my first time here"})
    void beingMisunderstoodByOthersIsNotACorrectionOfTheBot(String then) {
        String reply = chats.after("my mum has been really poorly", then);
        assertThat(reply).doesNotContain("i got that wrong", "my mistake", "i misread");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello dear, I'm 83 and new to computers", "first time here, not sure how this works",
            "my grandson set this up for me, never done anything like this"})
    void someoneNewIsWelcomed(String first) {
        String reply = chats.say(chats.fresh(), first);
        assertThat(reply).contains("welcome").doesNotContain("what would you like me to know");
    }

    @Test
    void othersBigNewsAfterALossIsPainNotNews() {
        String reply = chats.after("we went for the scan and there was no heartbeat", "and now everyone else seems to be pregnant");
        assertThat(reply).containsAnyOf("painful", "hurt").doesNotContain("big news");
    }

    @Test
    void othersBigNewsWithNoLossIsStillBigNews() {
        String reply = chats.after("hi", "my sister is pregnant with twins");
        assertThat(reply).doesNotContain("painful", "hurt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dad's back in hospital, they think it's his heart again", "mum was rushed into hospital"})
    void someoneBackInHospitalIsBadNews(String then) {
        String reply = chats.after("hi", then);
        assertThat(reply).containsAnyOf("sorry", "hard", "worr", "blow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i dont have family here", "no family nearby and no friends here yet"})
    void noFamilyNearIsBeingOnTheirOwn(String then) {
        String reply = chats.after("my husband is in hospital and I'm alone with the baby", then);
        assertThat(reply).containsAnyOf("on your own", "alone", "carry");
    }

    @Test
    void climbingTheWallsIsFrustration() {
        String reply = chats.after("hi", "the kids have been off sick all week and I'm climbing the walls");
        assertThat(reply).containsAnyOf("frustrat", "up the wall", "fed up", "drive anyone");
    }
}
