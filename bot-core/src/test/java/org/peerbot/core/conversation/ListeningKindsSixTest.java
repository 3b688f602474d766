package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.TriageResult;

/**
 * Kinds of message session 11 heard the planner mishear (issue 16's conversation intents): each test has a case the
 * fix must change and a near case it must leave alone. The real triage, engine and catalogue.
 */
class ListeningKindsSixTest {

    private final ListeningChats chats = new ListeningChats();

    private static Reading read(String text) {
        return Understanding.english().read(text, TriageResult.sharing());
    }

    // ------------------------------------------------------------------ corrections

    @ParameterizedTest
    @ValueSource(strings = {"you misunderstood me, it's not my mum, it's my sister",
            "no, not my mum. my sister", "it isn't my mum I'm on about, it's my sister"})
    void theOneTheyPutRightIsNeverGivenBack(String message) {
        assertThat(read(message).relation().shown()).isEqualTo("your sister");
        String reply = chats.after("I've been thinking about my mum a lot", message);
        assertThat(reply).doesNotContain("your mum").contains("your sister");
    }

    @Test
    void aPersonNotDeniedStaysTheirs() {
        // "not even my mum" and "not my mum's fault" deny nothing about mum
        assertThat(read("not even my mum knows how bad it is").relation().shown()).isEqualTo("your mum");
        assertThat(read("it's not my mum's fault, she's doing her best").relation().shown()).isEqualTo("your mum");
        assertThat(chats.after("hi", "that's not what I said, I said it's my boss not work")).contains("your boss")
                .doesNotContain("work");
    }

    @Test
    void aDeniedThingOrFeelingIsNeverGivenBack() {
        assertThat(read("it's not the money, it's the house").thing().shown()).isEqualTo("the house");
        String reply = chats.after("my landlord is ignoring me about the mould again",
                "you've got it wrong, I'm not sad, I'm angry");
        assertThat(reply).doesNotContain("sad").containsAnyOf("anger", "angry");
    }

    @Test
    void aCorrectionIsOwnedInOneLineAndTheOneDeniedIsNotSummarisedLater() {
        ConversationRef chat = chats.warm();
        chats.say(chat, "my brother never pays back what he owes me");
        chats.say(chat, "I've been thinking about my mum a lot");
        String reply = chats.say(chat, "you misunderstood me, it's not my mum, it's my sister");
        assertThat(reply).startsWith("sorry").doesNotContain("thank you for telling me").doesNotContain("your mum");
        String later = chats.say(chat, "she keeps putting me down in front of everyone and I'm sick of it");
        assertThat(later).doesNotContain("your mum");
    }

    @Test
    void aDenialOfRiskIsStillMetGently() {
        // the near case: "not suicidal, just fed up" is not a correction, so the gentle line stays
        assertThat(chats.after("hi", "I'm not suicidal, just fed up with everything")).contains("i'm here");
    }

    // ------------------------------------------------------------------ venting about a person or a service

    @ParameterizedTest
    @ValueSource(strings = {"my manager takes credit for everything I do", "my brother never pays back what he owes me",
            "the council lost my forms again", "my son lied to me"})
    void aGrievanceIsHeardWithWhoAndWhatTheyDid(String message) {
        assertThat(read(message).grievance()).isNotNull();
        String reply = chats.after("hi", message);
        assertThat(reply).doesNotContain("so this is about").doesNotContain("on your mind")
                .containsAnyOf("taking the credit", "never paying you back", "losing your forms", "lying to you");
        assertThat(reply).containsAnyOf("unfair", "fed up", "put up with", "getting to you", "hurt", "painful");
    }

    @Test
    void aGrievanceSaidOfSomeoneNamedBeforeIsTheirs() {
        ConversationRef chat = chats.warm();
        chats.say(chat, "my sister is staying with us this week");
        String reply = chats.say(chat, "she keeps putting me down in front of everyone");
        assertThat(reply).contains("your sister").contains("putting you down");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my manager doesn't take credit for my work, she's lovely", "my brother paid me back today",
            "my son has been helping me in the garden"})
    void noGrievanceIsHeardWhereThereIsNone(String message) {
        assertThat(read(message).grievance()).isNull();
        assertThat(chats.after("hi", message)).doesNotContain("unfair").doesNotContain("fed up")
                .doesNotContain("put up with");
    }

    @Test
    void frustrationAtAServiceKeepsItsFeelingBesideTheGrievance() {
        String reply = chats.after("hi", "DWP have lost my forms AGAIN. third time. I could scream");
        assertThat(reply).contains("frustrat").contains("losing your forms");
    }

    // ------------------------------------------------------------------ mixed feelings

    @ParameterizedTest
    @ValueSource(strings = {"guilty but happy", "happy but guilty tbh", "I feel sad and angry at the same time",
            "proud but scared"})
    void bothOfTwoFeelingsAreNamed(String message) {
        Reading r = read(message);
        assertThat(r.alsoFelt()).isNotNull();
        String reply = chats.after("hi", message);
        assertThat(reply).contains(r.feeling().shown()).contains(r.alsoFelt().shown());
    }

    @Test
    void aFeelingFoundOddToHaveIsNormalisedNotCheered() {
        String reply = chats.after("hi", "I'm weirdly relieved");
        assertThat(reply).contains("relieved").doesNotContain("glad").doesNotContain("good to hear");
        // the near case: plain relief is good to hear
        assertThat(chats.after("hi", "I'm so relieved")).containsAnyOf("glad", "good to hear", "lovely");
    }

    @Test
    void twoFeelingsNotJoinedAreNotBothReadAsMixed() {
        // "happy and proud" is one gladness; a feeling far from the first is not joined to it
        assertThat(read("so happy and proud of her").alsoFelt()).isNull();
        assertThat(read("I'm so tired, the kids were up all night and then the dog was sick, I'm worried").alsoFelt())
                .isNull();
    }

    // ------------------------------------------------------------------ roles, dialect, helpers, past failures

    @ParameterizedTest
    @ValueSource(strings = {"more nurse than husband now", "I used to be the one who did everything"})
    void aRoleLostIsHeardAsALossOfItsOwn(String message) {
        assertThat(read(message).roleChange()).isTrue();
        String reply = chats.after("hi", message);
        assertThat(reply).contains("loss").doesNotContain("on your mind").doesNotContain("so this is about");
    }

    @Test
    void aRoleNotChangedIsNotALoss() {
        assertThat(read("my husband used to be a nurse").roleChange()).isFalse();
        assertThat(read("I'm more tired than usual").roleChange()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"honestly I'm pure done in", "cream crackered", "absolutely jiggered tonight"})
    void dialectTirednessIsATiredFeeling(String message) {
        assertThat(read(message).feeling()).isNotNull();
        assertThat(chats.after("hi", message)).doesNotContain("taking that in").doesNotContain("i'm glad you told me");
    }

    @Test
    void aHelperWhoSetUpTheChatIsNotTheTopic() {
        assertThat(read("my granddaughter set this up for me").relation()).isNull();
        ConversationRef chat = chats.warm();
        chats.say(chat, "hello");
        String reply = chats.say(chat, "my granddaughter set this up for me");
        assertThat(reply).doesNotContain("granddaughter").containsAnyOf("welcome");
        // the near case: a granddaughter who is the news stays
        assertThat(read("my granddaughter is starting school tomorrow").relation().shown())
                .isEqualTo("your granddaughter");
    }

    @Test
    void aPastFailureInsideGoodNewsIsNotABlow() {
        ConversationRef chat = chats.warm();
        chats.say(chat, "my daughter passed her driving test today");
        assertThat(chats.say(chat, "she failed it twice before")).doesNotContain("sorry").doesNotContain("blow");
        // the near case: a failure now is still hard news
        assertThat(chats.after("hi", "she failed it again today")).containsAnyOf("sorry", "blow", "hard", "tough");
    }

    // ------------------------------------------------------------------ humour used to cope

    @Test
    void humourBesideSomethingHardIsMetLightlyAndWhatIsUnderItHeard() {
        String reply = chats.after("hi", "my car broke down and the boiler's gone, you couldn't make it up lol");
        assertThat(reply).containsAnyOf("laugh", "humour").containsAnyOf("a lot", "rough")
                .doesNotContain("glad").doesNotContain("great");
    }

    @Test
    void laughterAtGoodNewsIsNotMetAsCoping() {
        assertThat(chats.after("hi", "I passed my driving test haha")).doesNotContain("laugh")
                .doesNotContain("rough").doesNotContain("a lot");
    }

    // ------------------------------------------------------------------ kinds the blind-6 suite showed

    @Test
    void aCorrectionSaidAsWhatTheyMeantIsOwned() {
        String reply = chats.after("feeling really low about my mum", "sorry typo, I meant my sister");
        assertThat(reply).startsWith("sorry").contains("your sister").doesNotContain("your mum");
        // the near case: "I meant to ring my sister" corrects nothing
        assertThat(chats.after("hi", "I meant to ring my sister yesterday and forgot")).doesNotStartWith("sorry, i");
    }

    @Test
    void aDeathDeniedIsNoLoss() {
        assertThat(read("oh god no he's not dead lol he moved to australia").has(
                org.peerbot.core.model.Intent.LOSS)).isFalse();
        assertThat(chats.after("lost my best friend this year", "oh god no he's not dead lol he moved to australia"))
                .doesNotContain("sorry for your loss");
        // the near case: a death told plainly is still a loss
        assertThat(read("my dad's dead, it happened last week").has(org.peerbot.core.model.Intent.LOSS)).isTrue();
    }

    @Test
    void humourNamedAsCopingIsMetLightlyWhateverElseIsSaid() {
        assertThat(chats.after("my husband left me", "honestly if I don't laugh I'll cry")).contains("laugh");
        // the near case: laughing at something is not coping
        assertThat(chats.after("hi", "I laughed so much at the film tonight")).doesNotContain("still sounds like");
    }

    @Test
    void whoSuggestedTheChatIsNotTheTopic() {
        assertThat(chats.after("hi", "wife said I should try this")).doesNotContain("your wife");
        // the near case: what the wife said is the news
        assertThat(read("my wife said she's leaving me").relation().shown()).isEqualTo("your wife");
    }

    @Test
    void theRoleTheyNameIsTheirOwnNotAPerson() {
        assertThat(read("I'm more nurse than wife these days").relation()).isNull();
        assertThat(read("I'm more nurse than wife to my husband now").relation().shown()).isEqualTo("your husband");
    }

    @Test
    void steppingAwayIsNotLeaving() {
        String reply = chats.after("literally so done with school rn", "brb mums calling me");
        assertThat(reply).containsAnyOf("when you're back", "when you get back").doesNotContain("take care");
        // the near case: a goodbye is still a goodbye
        assertThat(chats.after("hi", "mums calling me, bye")).doesNotContain("when you're back")
                .doesNotContain("when you get back");
    }

    @Test
    void askingWhetherTheBotHasBeenThroughItGetsAnHonestAnswer() {
        assertThat(chats.after("my grandad died in october", "have you ever lost anyone?")).contains("bot");
        // the near case: asking about the member's own loss is not a question to the bot
        assertThat(read("my nan has lost so much weight").has(org.peerbot.core.model.Intent.BOT_QUESTION)).isFalse();
    }

    @Test
    void idiomsOfLeavingAndCryingAreNotThingsOfTheirs() {
        assertThat(chats.after("hi", "I QUIT. walked out at lunch")).doesNotContain("your walk");
        assertThat(read("cried my eyes out at the hospital today").feeling().shown()).isEqualTo("tearful");
        assertThat(chats.after("hi", "cried my eyes out at the hospital today")).doesNotContain("your eyes");
        // the near cases: a walk taken is still a step, and sore eyes are still their eyes
        assertThat(chats.after("hi", "walked to the end of the road today on my own")).contains("your walk");
        assertThat(read("my eyes are so sore from the screen").thing()).isNotNull();
    }

    @Test
    void doingEverythingIsHeardAsCarryingItAlone() {
        assertThat(read("his MS has got a lot worse this year. I do everything. washing, meds, the lot").alone())
                .isTrue();
        assertThat(read("I do like a bit of everything on my pizza").alone()).isFalse();
    }

    @Test
    void aRegionalGreetingAloneIsMetLikeHi() {
        assertThat(read("now then").greets()).isTrue();
        assertThat(chats.say(chats.fresh(), "ey up")).doesNotContain("glad you told me")
                .doesNotContain("would you like me to know");
        // the near case: a greeting with news after it is the news
        assertThat(read("now then, my mum's back in hospital").greets()).isFalse();
    }

    @Test
    void aRelationOfTheirRelationIsSaidAsWhoseTheyAre() {
        assertThat(read("My husband's father has been taken into hospital with his chest.").relation().shown())
                .isEqualTo("your husband's father");
        String reply = chats.after("my husband's father is in hospital", "No dear, not my father. My husband's father.");
        assertThat(reply).contains("your husband's father");
        // the near case: a thing of their person leaves the person as they are
        assertThat(read("my husband's car broke down again").relation().shown()).isEqualTo("your husband");
    }
}
