package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.SentenceModel;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/**
 * Session 17: kinds the tenth blind suite showed were misheard. A death told with the person's name between them and
 * "passed" got no sorry; a question about their own feelings after a death, or a word someone said thrown back, got
 * the clinical block; a step was praised over tears ("well done on the car"); what someone used to tell them to do
 * was taken as leaving; "don't make a fuss" after telling of a plan was met as small talk; a side effect asked about
 * got the block with nothing heard; what was done to them in anger was not given back; a joke about their own
 * funeral was met as a loss. Each sentence is written here in its own words.
 */
class SessionSeventeenKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void aNameBetweenThePersonAndPassedIsStillALoss() {
        String reply = chats.after("hi", "my brother Alan passed in november");
        assertThat(reply).contains("sorry").contains("alan");
    }

    @Test
    void aQuestionAboutTheirOwnFeelingsAfterADeathIsNotClinical() {
        String reply = chats.after("hi", "mum died on friday after a long illness and part of me feels lighter."
                + " is that terrible? i miss her so much");
        assertThat(reply).doesNotContain("medical advice", "pharmacist").contains("sorry");
    }

    @Test
    void aWordSomeoneSaidThrownBackIsNotAHealthQuestion() {
        assertThat(chats.after("hi", "a woman at work called me brave for getting the bus in. brave?? i have MS"))
                .doesNotContain("medical advice", "pharmacist");
    }

    @Test
    void aStepIsNotPraisedOverTears() {
        String reply = chats.after("hi", "went to the pictures with my sister, first time in months, then cried all"
                + " the way home on the bus");
        assertThat(reply).doesNotContain("well done", "good on you", "brilliant");
    }

    @Test
    void whatSomeoneWouldHaveToldThemToDoIsNotLeaving() {
        String reply = chats.after("my grandad died in june", "he'd have told me to stop sulking and put the kettle on");
        assertThat(reply).doesNotContain("take care", "any time you want to chat", "bye for now");
    }

    @Test
    void makingItSmallAfterAPlanKeepsTheLineAndTheCare() {
        ConversationRef chat = chats.fresh();
        assertThat(chats.say(chat, "i've decided i'm not doing another winter of this. i've written letters to my"
                + " girls")).contains("999");
        String reply = chats.say(chat, "please don't make a fuss");
        assertThat(reply).contains("116 123").containsAnyOf("matter", "not a fuss");
    }

    @Test
    void aSideEffectBeforeAQuestionIsHeardBeforeTheBoundary() {
        String reply = chats.after("hi", "these new patches make me so woozy, should i take them off?");
        assertThat(reply).contains("woozy").containsAnyOf("gp", "pharmacist");
        assertThat(reply.indexOf("woozy")).isLessThan(reply.indexOf("medical advice"));
    }

    @Test
    void whatWasDoneInAngerIsGivenBack() {
        assertThat(chats.after("hi", "honestly livid, the man at the clinic talked over me the whole time"))
                .contains("talking over you");
    }

    @Test
    void whatTheOneWhoDiedWouldHaveSaidIsHeardAsMissingThem() {
        String reply = chats.after("my husband Ron died in the spring", "he'd have told me to stop fretting and go to"
                + " bingo");
        assertThat(reply).containsAnyOf("miss", "missing").contains("husband");
    }

    @Test
    void afterADeathTheSorrowComesBeforeFeelingsAreNormal() {
        String reply = chats.after("hi", "my nan died yesterday and honestly i feel relieved, she was in so much"
                + " pain. is that awful?");
        assertThat(reply).contains("sorry").contains("relieved")
                .containsAnyOf("makes sense", "no wrong way", "okay to feel", "very human");
        assertThat(reply.indexOf("sorry")).isLessThan(reply.indexOf("relieved"));
    }

    @Test
    void whatTheyShouldFeelIsNotWhatTheyFeel() {
        assertThat(chats.after("hi", "results were fine, i should be over the moon but i just feel numb"))
                .doesNotContain("glad you feel over the moon");
    }

    @Test
    void askingWhetherThisIsTheRightPlaceIsNotAServiceRequest() {
        SentenceModel readsAService = text -> new SentenceModel.Reading(false, Set.of(Intent.WANTS_SERVICE));
        Triage triage = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES))).withModel(readsAService);
        TriageResult r = triage.classify("is this the right place? it's my wife who has MS, not me, but i'm not coping");
        assertThat(r.category()).isNotEqualTo(Category.SERVICES);
        assertThat(r.has(Signal.GROUP_QUESTION)).isTrue();
        assertThat(r.intents()).doesNotContain(Intent.WANTS_SERVICE);
    }

    @Test
    void whatOthersSayTheyFeelIsNotWhatTheyFeel() {
        assertThat(chats.after("hi", "my sister keeps saying i'm so strong. i'm not strong, i'm just getting by"))
                .doesNotContain("glad you feel strong");
    }

    @Test
    void whatTheyCanNoLongerDoIsALossOfItsOwnAndNotAboutThePet() {
        String reply = chats.after("hi", "used to take the spaniel round the reservoir every morning. now i can't"
                + " walk to the end of the road");
        assertThat(reply).containsAnyOf("loss", "change").doesNotContain("between you and your spaniel");
    }

    @Test
    void aShortReplyThatSaysItIsEverythingIsHeardAsMuchAtOnce() {
        ConversationRef chat = chats.fresh();
        chats.say(chat, "work is awful, mum's poorly and my sugars are all over the place");
        assertThat(chats.say(chat, "its just everything")).containsAnyOf("so much", "a lot", "all at once");
    }

    @Test
    void caringToldInEverydayWordsIsTheCarersTopic() {
        assertThat(Topics.of("i feel awful wanting a break from my dad, i do everything for him")).contains("carers");
        assertThat(Topics.of("i'm 20 and doing his meds every night while my mates are out")).contains("carers");
    }

    @Test
    void aJokeAboutTheirOwnFuneralIsNotALoss() {
        assertThat(chats.after("hi", "finally some good news and i'd already chosen my funeral music lol"))
                .doesNotContain("loss", "sorry to hear about");
    }
}
