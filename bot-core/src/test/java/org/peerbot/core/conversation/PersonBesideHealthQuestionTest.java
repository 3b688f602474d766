package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerbot.core.model.ConversationRef;

/**
 * Session 11: a member who asks for a person in the same message as a health question is put in the queue for a
 * person, and is first told who can answer the question (the GP, a pharmacist, 111 if urgent), never given advice.
 */
class PersonBesideHealthQuestionTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void thePersonIsAskedForAndTheQuestionIsSignposted() {
        ConversationRef chat = chats.fresh();
        String reply = chats.say(chat, "can I talk to a real person? is a sugar of 19 dangerous, I'm scared");
        assertThat(reply).contains("can't give medical advice").contains("pharmacist").contains("111");
        assertThat(reply).containsAnyOf("volunteer", "someone will pick it up", "a person");
    }

    @Test
    void aPersonAskedForWithoutAHealthQuestionGetsNoHealthLine() {
        ConversationRef chat = chats.fresh();
        String reply = chats.say(chat, "can I talk to a real person please, I'm so lonely");
        assertThat(reply).doesNotContain("medical advice");
    }
}
