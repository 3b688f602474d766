package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/**
 * The planner as a member meets it: the real triage, engine and catalogue. Each test is a kind of message, tried in
 * several phrasings, and asserts what a peer listener would do with it.
 */
class ListeningPlannerTest {

    private static final Triage TRIAGE = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
    private final Harness h = new Harness(TRIAGE::classify);
    private int chats;

    /** A new conversation past the introduction, so replies are the planner's alone. */
    private ConversationRef fresh() {
        return h.pastIntroduction("m" + (chats++));
    }

    private String say(ConversationRef chat, String text) {
        return h.sayLater(chat, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my dad passed away on Sunday", "We lost my nan last night", "my dog died this morning",
            "The funeral is on Friday and I can't face it"})
    void aLossIsMetWithSorrowNotCheer(String message) {
        String reply = say(fresh(), message).toLowerCase(Locale.ROOT);
        assertThat(reply).contains("sorry").doesNotContain("great").doesNotContain("glad").doesNotContain("999");
    }

    /** Bereaved by suicide: a death told, met with sorry, never the worried-about-someone block and its 999. */
    @ParameterizedTest
    @ValueSource(strings = {"my friend took her own life last month", "my uncle killed himself when I was 12",
            "it's three years since my brother ended his life"})
    void aDeathBySuicideToldIsALossNotACrisis(String message) {
        String reply = say(fresh(), message).toLowerCase(Locale.ROOT);
        assertThat(reply).contains("sorry").doesNotContain("999").doesNotContain("in danger");
    }

    @Test
    void aConditionTheyRuledOutIsNotGivenBackAsTheSubject() {
        String reply = say(fresh(), "good news, the lump's not cancer, but they want to keep an eye on my liver");
        assertThat(reply.toLowerCase(Locale.ROOT)).doesNotContain("about cancer").contains("glad");
    }

    @Test
    void someoneElseSayingTheyWillKillThemselvesIsStillACrisis() {
        assertThat(TRIAGE.classify("my mate keeps saying he's going to kill himself").category())
                .isEqualTo(org.peerbot.core.model.Category.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I passed my exam!", "my scan came back clear", "I got the job!!",
            "Good news, my hba1c has come down", "finished chemo today and rang the bell"})
    void goodNewsIsCelebratedNotPitied(String message) {
        String reply = say(fresh(), message).toLowerCase(Locale.ROOT);
        assertThat(reply).containsAnyOf("great", "wonderful", "brilliant", "glad", "lovely", "fantastic", "pleased")
                .doesNotContain("sorry").doesNotContain("tough").doesNotContain("hard");
    }

    @Test
    void goodNewsIsNotReadIntoANegation() {
        String reply = say(fresh(), "I didn't get the job").toLowerCase(Locale.ROOT);
        assertThat(reply).doesNotContain("great").doesNotContain("brilliant").contains("sorry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anyway I'd better go, the kids are home", "right, off to make the dinner",
            "my train is here, bye", "that's helped, I'm going to have a bath", "got to go now x",
            "thanks for listening, night night"})
    void everydayGoodbyesGetAWarmCloseAndNoQuestion(String message) {
        ConversationRef chat = fresh();
        say(chat, "it's been a long week with my mum in hospital");
        String reply = say(chat, message);
        assertThat(reply).doesNotContain("?");
        assertThat(reply.toLowerCase(Locale.ROOT)).containsAnyOf("any time", "come back", "again", "whenever");
    }

    @Test
    void havingToGoSomewhereInTheMiddleOfAStoryIsNotAGoodbye() {
        String reply = say(fresh(), "I have to go to the hospital tomorrow for more tests and I'm scared");
        assertThat(reply.toLowerCase(Locale.ROOT)).doesNotContain("come back").doesNotContain("take care");
    }

    @Test
    void thanksAloneIsWelcomedAndThanksWithNewsIsAnsweredForTheNews() {
        assertThat(say(fresh(), "thank you so much").toLowerCase(Locale.ROOT)).containsAnyOf("welcome", "any time");
        String reply = say(fresh(), "Thanks. My mum died last night.").toLowerCase(Locale.ROOT);
        assertThat(reply).contains("sorry").doesNotContain("welcome");
    }

    @Test
    void reflectionsGiveBackTheMembersOwnSafeWordsOnly() {
        String reply = say(fresh(), "My nan Margaret died, she was on 20mg of sertraline and lived at 14 Hill Road");
        // the name they gave their nan is theirs to hear back (session 16); a dose, a medicine or an address never
        assertThat(reply).contains("your nan").doesNotContain("20").doesNotContain("sertraline")
                .doesNotContain("Hill");
    }

    @Test
    void questionsToTheBotGetHonestShortAnswers() {
        assertThat(say(fresh(), "what's your name?")).contains("PeerBot");
        assertThat(say(fresh(), "are you a real person?")).contains("bot").doesNotContain("queue");
        assertThat(say(fresh(), "what can you do?").toLowerCase(Locale.ROOT)).contains("listen");
    }

    @Test
    void ventingMeansNoSignpostsAndNoChoicesUntilAsked() {
        ConversationRef chat = fresh();
        List<String> replies = new ArrayList<>();
        replies.add(say(chat, "I just need to vent, I don't want advice"));
        replies.add(say(chat, "my sister keeps telling me what to do about my diabetes"));
        replies.add(say(chat, "and work is a nightmare, I feel so stressed"));
        replies.add(say(chat, "I'm exhausted honestly"));
        replies.add(say(chat, "and nobody asks how I am"));
        for (String r : replies) {
            assertThat(r).doesNotContain("Diabetes UK").doesNotContain("volunteer").doesNotContain("service")
                    .doesNotContain("What would help");
        }
        assertThat(say(chat, "is there a helpline for diabetes?")).contains("Diabetes UK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"where can I get support after my husband died?", "who can help me with my PIP appeal?",
            "is there anywhere I can get help with breastfeeding?", "is there any support for carers?"})
    void servicesAskedForByTopicAreSignpostedByTopic(String message) {
        String reply = say(fresh(), message);
        assertThat(reply).containsAnyOf("Cruse", "Citizens Advice", "Breastfeeding", "Carers UK");
        assertThat(reply).doesNotContain("999");
    }

    @Test
    void aLongConversationIsHeardNotInterviewed() {
        ConversationRef chat = fresh();
        List<String> lines = List.of("I've been diagnosed with type 2 diabetes", "I feel a bit lost with it all",
                "my wife is being really supportive", "but work is hard, I'm on my feet all day",
                "I went for a walk at lunch today", "I'm worried about my eyes", "my dad had it too",
                "he lost a foot in the end", "I don't want that to happen to me", "I've started cooking more");
        List<String> replies = new ArrayList<>();
        for (String line : lines) {
            replies.add(say(chat, line));
        }
        long questions = replies.stream().filter(r -> r.strip().endsWith("?")).count();
        Set<String> distinct = new HashSet<>(replies);
        assertThat(questions).isLessThanOrEqualTo(replies.size() * 6 / 10);
        assertThat(distinct).hasSize(replies.size());
        assertThat(String.join("\n", replies).toLowerCase(Locale.ROOT)).doesNotContain("you should")
                .doesNotContain("have you tried");
    }

    @Test
    void anotherLanguageIsToldWhatTheBotCanRead() {
        String reply = say(fresh(), "Bonjour, je suis très fatigué et je ne sais pas quoi faire");
        assertThat(reply).contains("English").contains("anglais").contains("116 123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "ca", "nz", "au", "ie"})
    void aPackOutsideTheUkNeverSaysNhsOr111OrChemistUnlessItChoosesTo(String region) {
        Harness there = Harness.inRegion(TRIAGE::classify, region);
        ConversationRef chat = Harness.member("r");
        String all = String.join("\n", there.say(chat, "hi")) + String.join("\n",
                there.say(chat, "should I stop taking my metformin?")) + String.join("\n",
                there.say(chat, "are you a real person?"));
        assertThat(all).doesNotContain("NHS").doesNotContain("111 can help");
        if (region.equals("us") || region.equals("ca")) {
            assertThat(all).doesNotContain("GP").doesNotContain("chemist");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/talk", "can I speak to a real person please", "is anyone there?"})
    void askingForAPersonWithNobodyOnDutyIsHonestAndOffersTheListeningLineNotTheEmergencyList(String message) {
        String reply = say(fresh(), message);
        assertThat(reply).contains("no volunteer is on duty").contains("116 123").doesNotContain("999")
                .doesNotContain("85258");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I lost my younger brother on Sunday|your brother", "lost the wife in march|your wife",
            "Our old spaniel had to be put down yesterday|your spaniel", "it's a year today since dad passed|your dad",
            "my grandad's funeral is tomorrow|your grandad"})
    void aLossOfAnyListedPersonOrPetIsMetWithSorrowInTheirWord(String line) {
        String[] parts = line.split("\\|");
        String reply = say(fresh(), parts[0]);
        assertThat(reply.toLowerCase(Locale.ROOT)).contains("sorry").contains(parts[1]).doesNotContain("999");
    }

    @Test
    void aThingOfTheirsLostIsNotTheLossOfAPerson() {
        Reading ring = Understanding.english().read("I lost my mum's ring at the park", TriageResult.sharing());
        assertThat(ring.intents()).doesNotContain(Intent.LOSS);
        Reading touch = Understanding.english().read("I lost touch with my cousin years ago", TriageResult.sharing());
        assertThat(touch.intents()).doesNotContain(Intent.LOSS);
        Reading test = Understanding.english().read("my son passed his driving test", TriageResult.sharing());
        assertThat(test.intents()).doesNotContain(Intent.LOSS);
    }

    @Test
    void aWordWithAnEverydaySenseIsAFeelingOnlyAfterALead() {
        Reading flat = Understanding.english().read("just feeling a bit flat today", TriageResult.sharing());
        assertThat(flat.feeling().key()).isEqualTo("feeling:flat");
        assertThat(flat.thing()).isNull(); // not "the flat"
        Reading home = Understanding.english().read("we moved into a new flat", TriageResult.sharing());
        assertThat(home.feeling()).isNull();
        Reading sugar = Understanding.english().read("my sugar was low this morning", TriageResult.sharing());
        assertThat(sugar.feeling()).isNull();
        Reading furious = Understanding.english().read("no appointments left, absolutely furious",
                TriageResult.sharing());
        assertThat(furious.feeling().shown()).isEqualTo("furious");
    }

    @Test
    void someoneElsesPersonIsNotGivenBackAsTheirs() {
        Reading hers = Understanding.english().read("her mum is poorly", TriageResult.sharing());
        assertThat(hers.relation()).isNull();
        Reading a = Understanding.english().read("a friend said it would pass", TriageResult.sharing());
        assertThat(a.relation()).isNull();
        Reading even = Understanding.english().read("she makes everything about her, even mum's illness",
                TriageResult.sharing());
        assertThat(even.relation().shown()).isEqualTo("your mum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the council have lost my forms AGAIN. third time.|sorry",
            "are you still there|here", "my manager humiliated me in front of everyone|humiliated",
            "he didn't know who I was today|painful", "she basically raised me|close,meant,bond",
            "silly really, I know it's only a dog|silly"})
    void angerPresenceHurtClosenessAndPlayingItDownAreEachHeardAsWhatTheyAre(String line) {
        String[] parts = line.split("\\|");
        String reply = say(fresh(), parts[0]).toLowerCase(Locale.ROOT);
        assertThat(reply).containsAnyOf(parts[1].split(",")).doesNotContain("999").doesNotContain("great");
        if (parts[1].equals("silly")) {
            assertThat(reply).containsAnyOf("isn't silly", "not silly", "nothing silly");
        }
    }

    @Test
    void reflectionsFromTheWiderListsStillNeverEchoNamesNumbersOrMedicines() {
        String reply = say(fresh(), "Dave from number 12 was shouting at the council office about my 40mg of "
                + "fluoxetine");
        assertThat(reply).doesNotContain("Dave").doesNotContain("12").doesNotContain("40").doesNotContain(
                "fluoxetine");
    }

    @Test
    void severalPiecesOfHardNewsAreMetAsOneButOnePieceInManyWordsIsNot() {
        Reading many = Understanding.english().read("my husband left me last month, I lost my job in September and "
                + "I've just been diagnosed with diabetes", TriageResult.sharing());
        assertThat(many.manyHardThings()).isTrue();
        Reading one = Understanding.english().read("the scan showed it's spread to my liver", TriageResult.sharing());
        assertThat(one.manyHardThings()).isFalse();
    }

    @Test
    void goingAndDoingSomethingLaterIsAPlanNotAGoodbye() {
        Reading plan = Understanding.english().read("I'll go and see him tomorrow", TriageResult.sharing());
        assertThat(plan.intents()).doesNotContain(Intent.GOODBYE);
        Reading now = Understanding.english().read("I shall go and sit in the garden now", TriageResult.sharing());
        assertThat(now.intents()).contains(Intent.GOODBYE);
    }

    @Test
    void sayingGoodbyeToSomeoneIsAFarewellToldNotLeaving() {
        Reading told = Understanding.english().read("we said goodbye to our old cat this morning", TriageResult.sharing());
        assertThat(told.intents()).doesNotContain(Intent.GOODBYE);
        Reading leaving = Understanding.english().read("ok goodbye", TriageResult.sharing());
        assertThat(leaving.intents()).contains(Intent.GOODBYE);
        String reply = say(fresh(), "we had to say goodbye to our old cat this morning");
        assertThat(reply.toLowerCase(Locale.ROOT)).contains("sorry").contains("cat").doesNotContain("take care");
    }

    @Test
    void notYetAfterRiskKeepsTheLinesAndIsNotTakenAsReassurance() {
        ConversationRef chat = fresh();
        say(chat, "I really want to cut myself again");
        assertThat(say(chat, "I haven't yet")).contains("999");
        Reading open = Understanding.english().read("I'm safe but I still want to", TriageResult.sharing());
        assertThat(open.reassures()).isFalse();
        Reading plain = Understanding.english().read("I won't do anything, I'm just worn out", TriageResult.sharing());
        assertThat(plain.reassures()).isTrue();
    }

    @Test
    void theTriageIntentsAndTheCuesAreJoined() {
        TriageResult modelSaysGoodbye = TriageResult.sharing().withIntents(Set.of(Intent.GOODBYE));
        Reading r = Understanding.english().read("the school run awaits", modelSaysGoodbye);
        assertThat(r.intents()).contains(Intent.GOODBYE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my grandad passed away on sunday", "we had to have the dog put to sleep this morning",
            "buried my brother yesterday"})
    void freshNewsOfADeathIsNotRushedWithAQuestion(String message) {
        String reply = say(fresh(), message);
        assertThat(reply.toLowerCase(Locale.ROOT)).contains("sorry").contains("here");
        assertThat(reply.strip()).doesNotEndWith("?");
    }

    @Test
    void aConversationOfDisclosuresAsksInAtMostAThirdOfItsReplies() {
        ConversationRef chat = fresh();
        List<String> lines = List.of("my sister rang and we ended up having a row", "I feel so guilty about it",
                "she said I never visit mum", "work has been grim all week", "my manager is on my back",
                "I'm exhausted honestly");
        long questions = lines.stream().map(l -> say(chat, l)).filter(r -> r.strip().endsWith("?")).count();
        assertThat(questions).isLessThanOrEqualTo(lines.size() / 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the house is so quiet without her", "I still miss him every day"})
    void missingSomeoneInAGriefChatIsMetAsMissingNotAsExhaustion(String line) {
        ConversationRef chat = fresh();
        say(chat, "my wife died in the spring");
        String reply = say(chat, line).toLowerCase(Locale.ROOT);
        assertThat(reply).contains("miss").doesNotContain("exhausting").doesNotContain("slog");
    }

    @Test
    void aFeelingAskedAboutIsToldThereIsNoWrongWayToFeel() {
        ConversationRef chat = fresh();
        say(chat, "dad died on tuesday after a long illness");
        String reply = say(chat, "is it terrible that I feel relieved?").toLowerCase(Locale.ROOT);
        assertThat(reply).contains("relieved").containsAnyOf("no wrong way", "makes sense", "okay to feel")
                .doesNotContain("good to hear").doesNotContain("glad");
    }

    @Test
    void goodNewsInsideAGriefChatIsMetGentlyNotWithCheers() {
        ConversationRef chat = fresh();
        say(chat, "the funeral was this morning");
        String reply = say(chat, "the service went really well, loads of people came").toLowerCase(Locale.ROOT);
        assertThat(reply).containsAnyOf("glad", "good to hear").doesNotContain("brilliant")
                .doesNotContain("great news").doesNotContain("!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks, that helped", "thank you, it really helped"})
    void thanksForHelpIsLetGoWarmlyWithNoQuestion(String line) {
        ConversationRef chat = fresh();
        say(chat, "I've been worrying about my dad's memory");
        String reply = say(chat, line);
        assertThat(reply).doesNotContain("?");
        assertThat(reply.toLowerCase(Locale.ROOT)).contains("glad").containsAnyOf("whenever", "any time", "again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I feel better for saying it", "honestly I feel a lot better just for saying all that"})
    void feelingBetterForSayingItIsTheChatHelpingNotNews(String line) {
        ConversationRef chat = fresh();
        say(chat, "work has been grim and my manager is always on my back");
        String reply = say(chat, line).toLowerCase(Locale.ROOT);
        assertThat(reply).doesNotContain("news").doesNotContain("brilliant").containsAnyOf("glad", "good");
    }

    @Test
    void beingUnableToTalkToAnyoneIsHeardAndNotQueuedForAVolunteer() {
        ConversationRef chat = fresh();
        say(chat, "we lost the baby last week");
        String reply = say(chat, "nobody knew I was pregnant so I can't talk to anyone about it");
        assertThat(reply).doesNotContain("queue").doesNotContain("no volunteer is on duty");
        assertThat(reply.toLowerCase(Locale.ROOT)).containsAnyOf("here", "listening");
    }

    @Test
    void helpWithAThingIsAServiceAndRatherSpeakingToAPersonIsAPerson() {
        assertThat(say(fresh(), "is there anyone who can help with money stuff")).contains("Citizens Advice")
                .doesNotContain("no volunteer is on duty");
        assertThat(say(fresh(), "I need help filling in the PIP form")).contains("Citizens Advice");
        assertThat(say(fresh(), "I'd rather speak to a person if that's ok")).contains("volunteer");
    }

    @Test
    void aGoodResultToldWithNoQuestionIsNewsNotTheClinicalBoundary() {
        String reply = say(fresh(), "the lump was benign, but they want to keep an eye on my liver");
        assertThat(reply).doesNotContain("medical advice");
        assertThat(reply.toLowerCase(Locale.ROOT)).containsAnyOf("glad", "good news");
        assertThat(say(fresh(), "the lump was benign, should I stop my tablets?")).contains("medical advice");
    }

    @Test
    void emojiAloneAreReadForWhatTheyShow() {
        assertThat(say(fresh(), "\uD83D\uDE2D\uD83D\uDE2D").toLowerCase(Locale.ROOT)).contains("upset")
                .doesNotContain("scar");
        Reading nod = Understanding.english().read("\uD83D\uDC4D", TriageResult.sharing());
        assertThat(nod.intents()).contains(Intent.SHORT_REPLY);
    }

    @Test
    void aTimeWithAGoodbyeWordInItIsNotLeaving() {
        Reading night = Understanding.english().read("lost my nan last nite cant stop crying", TriageResult.sharing());
        assertThat(night.intents()).doesNotContain(Intent.GOODBYE).contains(Intent.LOSS);
        Reading done = Understanding.english().read("right that's me, night", TriageResult.sharing());
        assertThat(done.intents()).contains(Intent.GOODBYE);
        Reading later = Understanding.english().read("the kettle's boiled, I'll talk to you another time",
                TriageResult.sharing());
        assertThat(later.intents()).contains(Intent.GOODBYE);
    }

    @Test
    void askingWhetherTheBotCaresGetsAnHonestAnswer() {
        String reply = say(fresh(), "do you actually care or is that just programmed");
        assertThat(reply).contains("bot").contains("volunteer");
    }

    @Test
    void whileVentingNoReplyEndsInAQuestion() {
        ConversationRef chat = fresh();
        say(chat, "please don't ask me loads of questions, I just want to say it");
        for (String line : List.of("my brother borrowed money again and just vanished", "every single time",
                "I'm so angry I could scream")) {
            assertThat(say(chat, line).strip()).doesNotEndWith("?");
        }
    }

    @Test
    void theCueFileRejectsAPhraseOutsideASection() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CueBook.parse(List.of("hello"), "x.txt"))
                .hasMessageContaining("x.txt line 1");
    }
}
