package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 28: kinds the twenty-first blind suite showed misheard. Good news dated months back and told as where a hard
 * story starts ("finished chemo in March and everyone thinks I'm back to normal ... the word just went") was "brilliant
 * news"; what others think ("everyone thinks I'm back to normal") was read as news; "I managed two mouthfuls" when
 * everything tastes of cardboard was praised as a step; relief a carer blames themselves for ("like a monster for being
 * glad") was "wonderful"; "my grandson buried my feet" on a beach was a death; a worry that was over before a good day
 * was said back as felt "right now", and "the car park" was what the news was about; "scared of going to bed" was a
 * goodbye, and "that's it really. night" and "I'll leave you be" were not; a member back after months ("you probably
 * don't remember me", "not been on since my last post") was not welcomed back, and "not been on since my last post" got
 * the crisis reply; a future lost to illness and a body that still reacts to what happened had no words of their own;
 * "I'm not a carer anymore am I" came back as "am you"; a person asked for inside a longer message was queued with
 * nothing of what they told heard; the end of a caring role was heard only as grief, the member taken for someone's
 * carer; a step not taken ("couldn't face it") was praised; "my own granddaughter." came back as "I hear that your own
 * granddaughter". Each sentence is written here in its own words. ({@link ListeningChats} replies are
 * lower-cased.)
 */
class SessionTwentyEightKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void goodNewsDatedMonthsBackIsWhereTheStoryStartsNotTheNews() {
        String reply = chats.after("hi", "Had my last radiotherapy in June and my family think I'm fine now. Today at "
                + "the checkout I couldn't remember my own PIN. Just froze. I used to run the whole office.");
        assertThat(reply).doesNotContain("brilliant").doesNotContain("wonderful").doesNotContain("great news");
    }

    @Test
    void foodThatLostItsTasteIsALossNotAStepToPraise() {
        String reply = chats.after("hi", "everything tastes of metal since the chemo. my son brought my favourite "
                + "curry round and i managed three spoonfuls");
        assertThat(reply).doesNotContain("well done").doesNotContain("good on you").doesNotContain("small steps")
                .containsAnyOf("loss", "hard");
    }

    @Test
    void reliefTheyBlameThemselvesForIsNotCheered() {
        String reply = chats.after("hi", "dad moved into the nursing home on tuesday. i slept eight hours straight and "
                + "woke up feeling like a monster for being relieved. the house is too quiet");
        assertThat(reply).doesNotContain("wonderful").doesNotContain("lovely").containsAnyOf("guilt", "hard");
    }

    @Test
    void sandBuriesNoOne() {
        String reply = chats.after("hi", "made it onto the beach in the wheelchair today!! my granddaughter buried my "
                + "legs in the sand. best day in ages");
        assertThat(reply).doesNotContain("sorry").containsAnyOf("lovely", "wonderful", "glad", "fantastic", "happy");
    }

    @Test
    void aWorryThatWasOverBeforeTheGoodDayIsNotSaidBackAsNow() {
        String reply = chats.after("hi", "back from the lakes!! first trip since the colostomy, i was so anxious about "
                + "the loos and nobody batted an eyelid. had a little cry in the car park after, happy tears");
        assertThat(reply).doesNotContain("right now").doesNotContain("the park")
                .containsAnyOf("wonderful", "fantastic", "glad", "pleased", "brilliant");
    }

    @Test
    void aFearOfGoingToBedIsNotAGoodbye() {
        String reply = chats.after("the ambulance came for me in the night last week, a low in my sleep",
                "i feel daft, i'm 40 and frightened of going to bed");
        assertThat(reply).doesNotContain("goodnight").doesNotContain("sleep as well");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok thank you. that's all really. night", "thanks pet. i'll leave you be now"})
    void leavingInFewWordsGetsAGoodbyeWithNoQuestion(String text) {
        String reply = chats.after("had a long day at the hospital with mum", text);
        assertThat(reply).doesNotContain("?").containsAnyOf("take care", "look after", "welcome", "whenever");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello. you might not remember me, i was on here loads in the spring. it's been a hard "
            + "few months", "not been on here since the summer. been a rough few months with my chest"})
    void aMemberBackAfterMonthsIsWelcomedBack(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("good to hear from you", "welcome back", "hello again")
                .doesNotContain("999");
    }

    @Test
    void aFutureLostToIllnessIsNamedAsALoss() {
        String reply = chats.after("hi", "the consultant said the transplant isn't an option. i won't see them grow up. "
                + "sorry, i know that's bleak");
        assertThat(reply).containsAnyOf("loss", "future", "grieve").doesNotContain("at least");
    }

    @Test
    void aBodyThatStillReactsIsHeardAsFrighteningAndMakingSense() {
        String reply = chats.after("hi", "the bin lorry reversed beeping this morning and i was straight back in the "
                + "coronary unit with the alarms. my hands were shaking for an hour");
        assertThat(reply).containsAnyOf("frightening", "unsettling").containsAnyOf("makes sense", "remembers");
    }

    @Test
    void theEndOfACaringRoleIsHeardAsTheDaysGoneToo() {
        String reply = chats.after("hi", "Mum died in the autumn. Six years I did her tablets and her dinners. Now I "
                + "wake up and there's nobody to look after");
        assertThat(reply).containsAnyOf("who you are", "gap", "lost").doesNotContain("your carer");
    }

    @Test
    void aStepNotTakenIsNotPraised() {
        String reply = chats.after("hi", "was going to the cinema with my friend, first time in two years i felt up to "
                + "it. cancelled this morning. couldn't face it");
        assertThat(reply).doesNotContain("well done").doesNotContain("courage");
    }

    @Test
    void aShortCryAboutSomeoneIsNotGivenBackAsAClause() {
        String reply = chats.after("hi", "forgot my grandson's birthday. my own grandson. just went out of my head");
        assertThat(reply).doesNotContain("hear that your own");
    }

    @Test
    void aQuestionTagIsNotTurnedIntoBrokenGrammar() {
        String reply = chats.after("hi", "I still go to the carers group on a tuesday. I'm not a carer now am I.");
        assertThat(reply).doesNotContain("am you");
    }
}
