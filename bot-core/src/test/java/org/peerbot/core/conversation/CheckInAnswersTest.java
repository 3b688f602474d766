package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.ConversationRef;

/**
 * Session 11 (safety rule 1a): answers to the crisis block and its question that were listened to as ordinary chat.
 * A time ("tonight probably") is the most urgent answer; a filler before a yes ("ok maybe") is still a yes; "jk" is
 * taken kindly as a no, and taking it back ("not completely jk") is risk again.
 */
class CheckInAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"tonight probably", "tomorrow maybe", "soon", "when everyone's asleep",
            "ok maybe not completely jk", "honestly yeah", "I wasn't joking", "well I meant it"})
    void theseAreAYes(String text) {
        assertThat(CrisisReplies.isYes(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"today was ok actually", "tomorrow I have my scan so I'm distracted", "now I'm fine",
            "jk", "lol jk", "only joking", "no", "well no"})
    void theseAreNotAYes(String text) {
        assertThat(CrisisReplies.isYes(text)).as(text).isFalse();
    }

    @Test
    void beingAloneAfterTheCrisisBlockIsNotANoAndIsMetWithTheLinesAgain() {
        assertThat(CrisisReplies.isNo("no one's here")).isFalse();
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        assertThat(chats.say(chat, "I've got all my tablets lined up on the table")).contains("999");
        String reply = chats.say(chat, "no one's here");
        assertThat(reply).doesNotContain("i'm glad").contains("999");
    }

    @Test
    void aTimeAfterTheCheckInGetsTheEmergencyNumber() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "I won't be around much longer. I've made my mind up");
        assertThat(chats.say(chat, "tonight probably")).contains("999");
    }

    @Test
    void aRetractionTakenBackIsRiskAgain() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        assertThat(chats.say(chat, "honestly wanna kms")).contains("999");
        assertThat(chats.say(chat, "jk")).doesNotContain("what has that been like");
        assertThat(chats.say(chat, "ok maybe not completely jk")).contains("999");
    }

    @Test
    void aBareYesStraightAfterACrisisReplyKeepsTheLinesInView() {
        // session 14: "yes" after the follow-up to a yes was met as small talk ("would it help to talk about today?")
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "my family would cope better if I wasn't around to be a burden");
        assertThat(chats.say(chat, "yes. most nights I think about it")).contains("999");
        String reply = chats.say(chat, "yes");
        assertThat(reply).contains("999").contains("116 123").doesNotEndWith("?");
    }

    @Test
    void aSecondYesIsNeverAnsweredWithTheSameWords() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "my family would cope better if I wasn't around to be a burden");
        String first = chats.say(chat, "yes");
        String second = chats.say(chat, "yes");
        assertThat(second).contains("999").isNotEqualTo(first);
    }

    @Test
    void aYesLaterInAnOrdinaryStretchOfTheChatIsListenedTo() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "my family would cope better if I wasn't around to be a burden");
        chats.say(chat, "no, I'm not going to do anything, just worn out");
        assertThat(chats.say(chat, "yes")).doesNotContain("999");
    }

    @Test
    void aNoToTheQuestionIsThankedAndLeavesA247LineButNoAlarm() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "my family would cope better if I wasn't around to be a burden");
        String reply = chats.say(chat, "no, I'm not going to do anything, just worn out");
        assertThat(reply).contains("116 123").doesNotContain("999").doesNotContain("{line}");
    }
}
