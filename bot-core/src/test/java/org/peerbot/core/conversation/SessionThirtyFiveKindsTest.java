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
 * dialysis who died, known "better than my own brothers", got "I'm so sorry about your brothers". Each sentence is
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
}
