package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.ConversationRef;

/**
 * Session 35: kinds the twenty-eighth blind suite showed misheard. A heart sent back after "the scan was clear" got
 * "Okay."; a thumbs up after hard news, "aww" after a grandchild's drawing, a sticker after good news and "yep" after
 * "I'm 71, I'm tired love" each got a question ("What has that been like for you?", "Is there something on your mind?");
 * "both twins gone now. one army one apprenticeship" got "I'm really sorry to hear about your twin"; a friend from
 * dialysis who died, known "better than my own brothers", got "I'm so sorry about your brothers"; "do I really need to
 * ring them, I don't want to waste their time" after chest pain got "if you might act on these thoughts"; "if i go low
 * at 3am the cat will have to ring 999 for me" got "call 999 now"; "part of me thinks he had the right idea. I've been
 * looking up how he did it", after a friend's suicide, got an echo; "dead lonely" got "Losing someone is so hard";
 * "raining cats and dogs" got "So this is about your cat"; "I'm at home. My sister's in the next room." after the
 * crisis reply got an echo and nothing more; a house full of flowers "like a funeral parlour ... feels like they're
 * saying goodbye?" got sorrow for a death, the clinical boundary and a goodbye; "I can't keep up with the thank you
 * cards, I feel so rude" got "You feel." Each sentence is
 * written here in its own words. ({@link ListeningChats} replies are lower-cased.)
 */
class SessionThirtyFiveKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {"❤️", "😊", "[sticker: a cat doing a happy dance]", "aww", "haha"})
    void aReactionToGoodNewsIsMetWithGladnessAndNoQuestion(String reaction) {
        ConversationRef chat = chats.fresh();
        chats.say(chat, "the biopsy came back benign!! been worrying for weeks");
        String reply = chats.say(chat, reaction);
        assertThat(reply).containsAnyOf("glad", "lovely", "enjoy").doesNotContain("?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"👍", "yep", "yeah."})
    void aReactionToHardNewsIsMetWithPresenceAndNoQuestion(String reaction) {
        ConversationRef chat = chats.fresh();
        chats.say(chat, "the consultant says the kidney function has dropped again. i'm worn out with it all");
        String reply = chats.say(chat, reaction);
        assertThat(reply).containsAnyOf("here whenever", "here if", "here any time", "a lot").doesNotContain("?");
    }

    @Test
    void aReactionKeepsTheToneItAnswers() {
        ConversationRef chat = chats.fresh();
        chats.say(chat, "passed my driving test at 52!!");
        chats.say(chat, "[sticker: a dog in sunglasses]");
        assertThat(chats.say(chat, "ha")).containsAnyOf("glad", "lovely", "enjoy").doesNotContain("?");
    }

    @Test
    void aYesToAQuestionIsStillAnAnswerNotAReaction() {
        ConversationRef chat = chats.fresh();
        chats.say(chat, "hi");
        // the greeting asked what is on their mind: "yep" answers it and is not met as a reaction
        assertThat(chats.say(chat, "yep")).doesNotContain("glad for you").doesNotContain("enjoy");
    }

    @Test
    void childrenGoneFromHomeAreNoDeath() {
        String reply = chats.after("hi", "both our girls gone now. one at uni in Leeds, one joined the navy. so proud. house is quiet");
        assertThat(reply).doesNotContain("sorry to hear about").doesNotContain("loss");
    }

    @Test
    void aPersonNamedOnlyInAComparisonIsNotTheOneLost() {
        String reply = chats.after("hi", "Big Dave from the ward passed away on Tuesday. He was closer than my own sister");
        assertThat(reply).contains("sorry").doesNotContain("your sister");
    }

    @Test
    void doubtingTheCallAfterChestPainIsToldToCallAndIsNoThought() {
        ConversationRef chat = chats.fresh();
        chats.say(chat, "crushing pain in my chest going down my arm, sweating, feel sick");
        String reply = chats.say(chat, "should i really call them? its probably nothing and they're so busy");
        assertThat(reply).contains("999").contains("not wasting").doesNotContain("these thoughts");
    }

    @Test
    void aPetRingingForHelpIsAJokeAndFollowingASuicideIsNot() {
        assertThat(chats.after("hi", "if i pass out at night the dog will have to dial 999 lol. i'm fine really"))
                .doesNotContain("999");
        assertThat(chats.after("my friend from group took his own life last month",
                "i think she had the right idea. been googling how she did it")).contains("999");
    }

    @Test
    void deadAsVeryAndTheWeatherAreNoDeathAndNoPet() {
        assertThat(chats.after("hi", "i was dead nervous about the new job but they're lovely"))
                .doesNotContain("losing someone").doesNotContain("sorry for your loss");
        assertThat(chats.after("hi", "raining cats and dogs here again. anyway the group was nice today"))
                .doesNotContain("your cat").doesNotContain("your dog");
    }

    @Test
    void someoneNearAfterTheCrisisReplyIsMetWithGoingToThemAndTheNumber() {
        ConversationRef chat = chats.fresh();
        chats.say(chat, "i keep thinking everyone would be better off without me. i've been reading up on ways");
        String reply = chats.say(chat, "i'm at home. my brother's in the next room");
        assertThat(reply).contains("999").containsAnyOf("be with them", "go to them").doesNotContain("?\n");
    }

    @Test
    void flowersLikeAFuneralParlourAreNoDeathNoQuestionForTheClinicAndNoGoodbye() {
        String reply = chats.after("hi", "so many flowers since the diagnosis the front room looks like a funeral "
                + "parlour. feels like they're saying goodbye?");
        assertThat(reply).doesNotContain("losing someone").doesNotContain("not a clinician").doesNotContain("bye for now")
                .doesNotContain("take care");
    }

    @ParameterizedTest
    @ValueSource(strings = {"thank you for not telling me to just order one online lol",
            "thanks. needed someone to not make a fuss about it"})
    void thanksForHowTheyWereMetIsThanks(String text) {
        assertThat(chats.after("my eyesight's going and i can't do my crosswords any more", text))
                .containsAnyOf("welcome", "glad").doesNotContain("?");
    }

    @Test
    void aFeelingVerbCutFromItsFeelingIsNotGivenBackAlone() {
        String reply = chats.after("hi", "i cant keep up with all the get well cards, i feel so rude");
        assertThat(reply).doesNotContain("you feel.").doesNotEndWith("you feel");
    }
}
