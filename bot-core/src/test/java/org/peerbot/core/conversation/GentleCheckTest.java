package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.port.SentenceModel;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/**
 * The gentle check (docs/safety-rules.md, rule 1c): when the sentence model alone leans to risk in a message with no
 * word of dying, an ending or not being here, in a chat with no risk before, and the message has everyday words of
 * giving up ("what's the point", "had enough"), the reply hears them, offers a 24/7 line and a person, and asks the
 * direct question gently, with no emergency block; a yes gets the full crisis reply. With no such words at all the
 * reply is the ordinary one, with a 24/7 line beside it and no question.
 * A stand-in model reads risk in any message holding "[lean]", so the test says which messages it leans on.
 */
class GentleCheckTest {
    private static final SentenceModel LEANS = text -> new SentenceModel.Reading(text.contains("[lean]"), Set.of());
    private final Harness h = new Harness(Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)))
            .withModel(LEANS)::classify);

    private String say(ConversationRef chat, String text) {
        return h.sayLater(chat, text);
    }

    @Test
    void aLeaningWithNoWordOfDyingGetsTheGentleQuestionNotTheEmergencyBlock() {
        ConversationRef chat = h.pastIntroduction("g1");
        String reply = say(chat, "the waiting for the scan is doing my head in, whats the point [lean]");
        assertThat(reply).contains("are you having any thoughts of ending your life?").contains("116 123")
                .contains("peer").doesNotContain("999");
        assertThat(reply.strip()).endsWith("?");
    }

    @Test
    void aSayingOfDeathWithTheModelLeaningGetsNoLine() {
        // session 30: "our springer will be the death of me" had a Samaritans line beside the reply
        ConversationRef chat = h.pastIntroduction("g8");
        String reply = say(chat, "our collie will be the death of me, she pulls like a train [lean]");
        assertThat(reply).doesNotContain("116 123").doesNotContain("999").doesNotContain("ending your life");
    }

    @Test
    void aYesToTheGentleQuestionGetsTheFullCrisisReply() {
        ConversationRef chat = h.pastIntroduction("g2");
        say(chat, "everything feels so heavy lately, had enough [lean]");
        assertThat(say(chat, "yes")).contains("999").contains("116 123");
    }

    @Test
    void aNoIsThankedWithTheLineAndNoEmergencyNumber() {
        ConversationRef chat = h.pastIntroduction("g3");
        say(chat, "nobody at the surgery listens to me, nobody cares [lean]");
        assertThat(say(chat, "no, just fed up")).contains("116 123").doesNotContain("999");
    }

    @Test
    void aLeaningWithNoWordOfRiskOrGivingUpGetsTheOrdinaryReplyAndALineOnce() {
        ConversationRef chat = h.pastIntroduction("g7");
        String reply = say(chat, "the waiting for the scan is doing my head in [lean]");
        assertThat(reply).contains("116 123").doesNotContain("ending your life").doesNotContain("999")
                .contains("scan");
        assertThat(reply.strip()).doesNotEndWith("?");
        assertThat(say(chat, "and my sister keeps ringing to ask about it [lean]")).doesNotContain("116 123")
                .doesNotContain("ending your life");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my whole life runs on a tablet timer now [lean]",
            "we were meant to go round scotland. now i'm cutting up his dinner [lean]",
            "what happens when i can't drive anymore [lean]"})
    void anEverydayWordThatIsNoGivingUpGetsTheOrdinaryReplyAndALine(String text) {
        // session 24: "life", "tablets", "cut", "anymore" alone had counted as words of giving up
        ConversationRef chat = h.pastIntroduction("g" + Math.abs(text.hashCode()));
        assertThat(say(chat, text)).contains("116 123").doesNotContain("ending your life").doesNotContain("999");
    }

    @Test
    void aLeaningWithAWordOfDyingStillGetsTheFullCheckIn() {
        ConversationRef chat = h.pastIntroduction("g4");
        assertThat(say(chat, "some days i think everyone would cope fine if i was gone [lean]")).contains("999");
    }

    @Test
    void aGoodbyeWithThanksIsAnsweredAsOneWithTheLine() {
        ConversationRef chat = h.pastIntroduction("g5");
        say(chat, "my knee has been bad all week");
        String reply = say(chat, "[lean] I think I'll leave it there for today. Thank you so much, it's been a comfort.");
        assertThat(reply).contains("116 123").doesNotContain("999").doesNotContain("ending your life");
    }

    @Test
    void aGoodbyeSaidBeforeTheLastSentencesIsStillAGoodbye() {
        ConversationRef chat = h.pastIntroduction("g6");
        say(chat, "my hip has been playing up");
        String reply = say(chat, "[lean] I'll leave it there for now. Thank you so much, it has helped. I'll tell my son"
                + " about this.");
        assertThat(reply).contains("116 123").doesNotContain("999").doesNotContain("ending your life");
    }
}
