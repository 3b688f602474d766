package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Intent;
import org.peerbot.core.port.SentenceModel;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/**
 * Session 19: kinds the twelfth blind suite and the eleventh's someone-else's-moment file showed misheard. Someone
 * else's moment ("he smiled at me, first time in months", "mum knew who I was today") had got "Well done on your
 * husband" or nothing; "wish me luck" and "8am start" got no luck; "I don't want a helpline, I just want to type" got
 * a list of services; a wish for a person only the model heard ("just wanted to see if anyone was here", "I don't know
 * anyone else with it") got nothing but "no volunteer is on duty right now"; "not to worry" beside results was read as
 * a question about them; "driving me mad" was given back as driving. Each sentence is written here in its own words.
 * ({@link ListeningChats} replies are lower-cased.)
 */
class SessionNineteenKindsTest {
    private final ListeningChats chats = new ListeningChats();
    /** A stand-in model that hears a wish for a person in any message holding "[person]". */
    private static final SentenceModel HEARS_PERSON = text -> new SentenceModel.Reading(false,
            text.contains("[person]") ? Set.of(Intent.WANTS_PERSON) : Set.of());
    private final Harness withModel = withModel(HEARS_PERSON);
    /** A stand-in model that reads abuse in any message holding "[zq]" (safety rule 1f). */
    private static final SentenceModel READS_ABUSE = text -> new SentenceModel.Reading(false,
            text.contains("[zq]") ? CrisisKind.ABUSE : null, Set.of());
    private final Harness abuseModel = withModel(READS_ABUSE);

    /** A say-and-read harness on the shipped rules with a stand-in sentence model. */
    private static Harness withModel(SentenceModel model) {
        return new Harness(Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES))).withModel(model)::classify);
    }

    @Test
    void someoneElsesMomentIsGivenBackNotPraised() {
        String reply = chats.after("hi", "my wife laughed at the telly last night, properly laughed, first time in ages");
        assertThat(reply).doesNotContain("well done").doesNotContain("you did").containsAnyOf("lovely", "special")
                .doesNotEndWith("?");
    }

    @Test
    void aParentKnowingThemIsAMoment() {
        assertThat(chats.after("hi", "dad knew who i was when i visited today, said my name and everything"))
                .containsAnyOf("lovely", "special").doesNotContain("well done");
    }

    @Test
    void theirOwnStepIsStillPraised() {
        assertThat(chats.after("hi", "i walked round the park today without stopping once")).containsAnyOf("well done",
                "good on you", "brilliant");
    }

    @Test
    void someoneWalkingOutIsNotAMoment() {
        assertThat(chats.after("hi", "my partner walked out on me on sunday")).doesNotContain("lovely");
    }

    @Test
    void luckAskedForIsWished() {
        assertThat(chats.after("hi", "results are on thursday, keep your fingers crossed for me"))
                .containsIgnoringCase("luck");
    }

    @Test
    void leavingForAnEarlyStartIsWishedLuck() {
        ConversationRef chat = chats.fresh();
        chats.say(chat, "my op is tomorrow and i'm nervous");
        String reply = chats.say(chat, "right, going to try to sleep. 7am start");
        assertThat(reply).containsIgnoringCase("luck").doesNotEndWith("?");
    }

    @Test
    void noHelplinesWantedGetsNoList() {
        String reply = chats.after("hi", "I don't want any numbers or leaflets. I just want to get it off my chest");
        assertThat(reply).doesNotContain("116 123").doesNotContain("111").containsAnyOf("fine", "of course");
    }

    @Test
    void aPersonOnlyTheModelHeardIsOfferedNotSentFor() {
        ConversationRef chat = withModel.pastIntroduction("p1");
        String reply = withModel.sayLater(chat, "none of my friends have lupus so i don't know anyone who gets it [person]");
        assertThat(reply).contains("/talk").doesNotContain("no volunteer is on duty");
    }

    @Test
    void aPersonAskedForInSoManyWordsIsStillSentFor() {
        ConversationRef chat = withModel.pastIntroduction("p2");
        String reply = withModel.sayLater(chat, "can i talk to a real person please [person]");
        assertThat(reply).containsAnyOf("volunteer", "peer");
    }

    @Test
    void beingToldNotToWorryAboutResultsIsAFeelingNotAQuestion() {
        String reply = chats.after("hi", "scan results next week and everyone keeps saying not to worry, drives me up the wall");
        assertThat(reply).doesNotContain("medical advice").doesNotContain("driving").doesNotContain("drives");
    }

    @Test
    void abuseOnlyTheModelReadWithNoWordOfHarmGetsTheOrdinaryReplyAndASafetyLine() {
        ConversationRef chat = abuseModel.pastIntroduction("a1");
        String reply = abuseModel.sayLater(chat, "since the stroke my husband isn't the same man, I do everything for him [zq]");
        assertThat(reply).doesNotContain("999").doesNotContain("not your fault").contains("unsafe").contains("116 123");
    }

    @Test
    void abuseTheModelReadBesideAWordOfHarmStillGetsTheAbuseReply() {
        ConversationRef chat = abuseModel.pastIntroduction("a2");
        String reply = abuseModel.sayLater(chat, "he grabs my arm when he's been drinking [zq]");
        assertThat(reply).contains("999").contains("not your fault");
    }

    @Test
    void aStepToldInAngerIsNotPraised() {
        String reply = chats.after("hi", "the assessor put that i walked to the room without difficulty. i was holding "
                + "the wall. i'm shaking with rage");
        assertThat(reply).doesNotContain("well done").contains("furious");
    }
}
