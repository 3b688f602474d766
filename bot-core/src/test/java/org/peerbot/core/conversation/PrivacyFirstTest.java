package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 13: a member who asks whether the chat is private before saying more is answered honestly, and never met
 * with the crisis block (the model alone read "I don't want it getting back to my family" as risk). A privacy
 * question told with risk in it is still a crisis; a story about gossip is not a question to the bot.
 */
class PrivacyFirstTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void aPrivacyQuestionWithItsReasonIsAnswered() {
        String reply = chats.after("hi", "Quick question first, is this chat private? I really don't want my husband finding out.");
        assertThat(reply).contains("/forget").doesNotContain("999", "ending your life");
    }

    @Test
    void gossipAboutTheirBusinessIsNotAQuestionToTheBot() {
        assertThat(chats.after("hi", "my cousin told the whole family my business and now it's getting back to my dad"))
                .doesNotContain("/forget");
    }
}
