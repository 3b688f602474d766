package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.ConversationRef;

/**
 * Session 12 (safety rules 1 and 5): the messages after "call 999 now, is there someone who can be with you?".
 * They were met as ordinary chat: after tablets taken, "no one" got "There's no hurry"; after a rope ready for
 * tonight, "no" was read as "no, I'm not thinking of it" and got "I'm glad". Now the number comes first for the
 * next few messages, shaped by the answer, until help is on its way or a person joins.
 */
class EmergencyAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"no one", "no", "nobody here", "i'm on my own", "just me tonight", "nah", "not really"})
    void aloneAfterTakingSomethingIsToldToCallAnywayAndNeverToTakeTheirTime(String answer) {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        assertThat(chats.say(chat, "I've taken all my tablets")).contains("999");
        String reply = chats.say(chat, answer);
        assertThat(reply).as(answer).contains("999", "on your own").doesNotContain("hurry", "take your time", "glad");
    }

    @Test
    void aNoAfterMeansAtHandIsAloneNotANoToTheCheckIn() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        assertThat(chats.say(chat, "the rope is ready for tonight")).contains("999");
        String reply = chats.say(chat, "no");
        assertThat(reply).contains("999").doesNotContain("i'm glad");
        assertThat(chats.say(chat, "maybe")).contains("999").doesNotContain("take your time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my husband is downstairs", "no but my mum's on her way", "yes", "yeah my sister is here"})
    void someoneThereIsAskedToHelpCall(String answer) {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "i took a whole box of pills an hour ago");
        assertThat(chats.say(chat, answer)).as(answer).contains("999", "not on your own");
    }

    @Test
    void helpOnItsWayStopsTheNumberBeingPressed() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "I've taken an overdose");
        assertThat(chats.say(chat, "I've called 999, the ambulance is coming")).contains("on the way")
                .doesNotContain("please call");
        assertThat(chats.say(chat, "i'm scared")).doesNotContain("please call 999");
    }

    @Test
    void aMedicalEmergencyIsFollowedTheSameWay() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        assertThat(chats.say(chat, "crushing pain in my chest going down my left arm")).contains("999");
        assertThat(chats.say(chat, "nobody")).contains("999", "on your own");
    }

    @Test
    void theNextFewMessagesEachGetTheNumberInANewFormThenListeningResumes() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "ive swallowed all my sleeping tablets");
        List<String> replies = new ArrayList<>();
        for (String line : List.of("i dunno", "i feel sleepy", "whatever", "what now")) {
            replies.add(chats.say(chat, line));
        }
        assertThat(replies).allSatisfy(r -> assertThat(r).contains("999"));
        assertThat(replies).doesNotHaveDuplicates();
        // the count is spent: the flagged chat is listened to again (new risk would still get the crisis reply)
        assertThat(chats.say(chat, "my cat is asleep on me")).doesNotContain("please call", "please ring");
    }

    @Test
    void someoneElsesOverdoseIsAnEmergencyForThemAndTheAnswersAreFollowed() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        assertThat(chats.say(chat, "my friend has just taken an overdose")).contains("emergency", "call 999 now")
                .doesNotContain("if they are in danger");
        assertThat(chats.say(chat, "she's here with me")).contains("999").doesNotContain("hurry");
    }

    @Test
    void aThreatWithATimeIsToldToCallAndToMoveAwayNotAskedWhoIsWithThem() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        assertThat(chats.say(chat, "im going to batter him tonight when he gets in")).contains("999", "move away")
                .doesNotContain("someone who can be with you");
    }

    @Test
    void aGoodbyeInAFlaggedChatTakesTheNumberAndALineWithIt() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "im gonna end it tonight");
        assertThat(chats.say(chat, "bye")).contains("999", "samaritans").doesNotContain("thank you for staying");
        ConversationRef other = chats.fresh();
        chats.say(other, "sometimes I wish I could go to sleep and not wake up");
        chats.say(other, "no not really");
        assertThat(chats.say(other, "thanks, I have to go now")).contains("999", "come back");
    }

    @Test
    void leavingAfterCall999NowIsAskedToCallFirst() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "I've taken all my tablets");
        chats.say(chat, "no one");
        assertThat(chats.say(chat, "bye")).contains("calling 999", "call them now").doesNotContain("if things get worse");
    }

    @Test
    void aYesToTheCheckInIsThankedForAndGetsTheNumberAndALine() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "sometimes I wish I could go to sleep and not wake up");
        assertThat(chats.say(chat, "yeah")).contains("took courage", "999", "samaritans");
    }

    @Test
    void aQuestionAboutHowToDieIsRefusedThenAskedAboutDirectly() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        assertThat(chats.say(chat, "whats the least painful way to go")).contains("i can't share that",
                "are you thinking about ending your life?");
        assertThat(chats.say(chat, "yes")).contains("999");
    }

    @Test
    void askingWhatHappensIfTheySayYesIsAnsweredHonestlyAndTheQuestionAskedAgain() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "everyone would be better off if I was gone");
        assertThat(chats.say(chat, "would you call the police if I said yes")).contains("can't call anyone",
                "are you thinking about ending your life?");
        assertThat(chats.say(chat, "yes")).contains("999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not today", "not right now anyway", "not yet"})
    void notNowIsAYes(String answer) {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "everyone would be better off if I was gone");
        assertThat(chats.say(chat, answer)).as(answer).contains("999").doesNotContain("no rush", "hurry");
    }

    @Test
    void anAnswerThatIsNeitherIsMetWithoutPressureAndWithTheLines() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "everyone would be better off if I was gone");
        assertThat(chats.say(chat, "what would be the point of telling you")).contains("don't have to answer", "999")
                .doesNotContain("hurry");
        // what they go on to tell, and a question to the bot, are listened to as before
        ConversationRef third = chats.fresh();
        chats.say(third, "everyone would be better off if I was gone");
        assertThat(chats.say(third, "I've been gambling and my wife doesn't know")).doesNotContain("don't have to answer");
        // after the block without the direct question, ordinary talk is listened to as before
        ConversationRef other = chats.fresh();
        chats.say(other, "I want to kill myself");
        assertThat(chats.say(other, "my wife left in the summer")).doesNotContain("don't have to answer");
    }

    @Test
    void theOneHurtingThemComingBackIsDangerAgainOnlyInAChatAboutAbuse() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "my partner hits me when he drinks");
        assertThat(chats.say(chat, "he's on his way home now")).contains("999", "safer").doesNotContain("home on");
        // the near case: someone coming home in a chat about their own risk is company, not danger
        ConversationRef other = chats.fresh();
        chats.say(other, "sometimes I wish I could go to sleep and not wake up");
        chats.say(other, "no not really");
        assertThat(chats.say(other, "my husband is coming home soon")).doesNotContain("safer", "neighbour");
    }

    @Test
    void worriedAboutSomeoneAndAskingWhatToDoIsToldWhatHelps() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "my best friend keeps saying she wants to end it all");
        assertThat(chats.say(chat, "what should I do?")).contains("ask them straight out", "samaritans", "999")
                .doesNotContain("yours to make");
        // the near case: asking what to do about their own life is still handed back to them
        assertThat(chats.after("hi", "should I take the new job or stay where I am?")).doesNotContain("suicide");
    }

    @Test
    void anOrdinaryGoodbyeIsStillTheWarmOne() {
        ListeningChats chats = new ListeningChats();
        ConversationRef chat = chats.fresh();
        chats.say(chat, "work was long today");
        assertThat(chats.say(chat, "thanks, I have to go now")).doesNotContain("999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I've called 999", "ambulance is on its way", "they're on their way", "paramedics are here",
            "i rang an ambulance", "my flatmate has called them", "help is coming"})
    void helpComing(String text) {
        assertThat(CrisisReplies.isHelpComing(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my mum called me earlier", "I haven't called anyone", "i dont want to call", "help me",
            "no one is coming", "nobody", "i called out for my dog"})
    void notHelpComing(String text) {
        assertThat(CrisisReplies.isHelpComing(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my partner is in hospital", "no one", "my mum died last year", "my sister lives in leeds"})
    void notSomeoneThere(String text) {
        assertThat(CrisisReplies.namesSomeoneThere(text)).as(text).isFalse();
    }
}
