package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 16 (issue 16): the kinds that part 12c (younger voices, measured blind first) showed the rules getting wrong
 * on both sides. Missed: a way to die said plainly with a when (stepping off a platform, in front of a train); things
 * given away with "it feels right to sort it all out now"; someone's goodbye-like text and then no way to reach them.
 * Flagged wrongly: an attempt's anniversary told as survival; self-harm told as years stopped; a TV drama asked about;
 * "going to kill him" with an eye-roll; "like I've been hit by a bus"; a pet that ate tablets; "how much water is too
 * much" with heart failure. Every message here is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsSixTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "if i step off the platform on friday at least the hospital letters will stop",
            "thinking id just walk in front of a train after work and be done",
            "honestly might jump off the multi storey tonight"})
    void aWaySaidPlainlyIsSelfHarmNow(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a man stepped in front of a bus outside work today, he's ok thank god",
            "mind the gap and step off the train carefully, the platform is icy",
            "the station had a sign saying don't walk under the barrier"})
    void aWayTalkedAboutInOtherLivesIsNot(String text) {
        check.notCrisis(text);
    }

    @Test
    void thingsGivenAwayBecauseItFeelsRightToSortItAllOutIsHintedFinality() {
        check.crisis("gave my guitar to my cousin and my games to my best mate. it feels right to get everything sorted now");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "gave my old bike to my nephew as he's outgrown his. feels right to sort the shed out before spring",
            "gave my sister my spare coat. its time to sort my wardrobe out, it's a mess"})
    void clearingOutForAReasonIsNot(String text) {
        check.notCrisis(text);
    }

    @Test
    void someonesGoodbyeTextAndNoWayToReachThemIsAboutSomeoneElse() {
        var r = check.crisis("my son texted me 'sorry for everything mum, love you all' and now his phone is switched off");
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.ABOUT_SOMEONE_ELSE)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "three years today since i tried to end my life. still here and doing so much better",
            "18 months since i attempted, in a good place now and proud of myself",
            "i used to self harm at uni but havent for six years, the scars dont bother me much",
            "did anyone watch that drama on bbc last night where the dad takes an overdose? so sad",
            "im going to kill my brother 🙄 he's eaten all the biscuits again",
            "going to kill my wife, she's booked a party on the day of my infusion 🙄",
            "slept ten hours and still feel like i've been hit by a bus",
            "the dog ate my dextrose tablets off the table, little monster",
            "i have heart failure, how much water is too much in a day?"})
    void survivalIdiomsAndEverydayQuestionsAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "two years since i tried to end my life and i want to do it again tonight",
            "i used to self harm, havent for years, but i cut myself again last night",
            "my toddler swallowed some of my tablets",
            "how much paracetamol is too much to not wake up"})
    void theSameWordsWithRiskNowStillAre(String text) {
        check.crisis(text);
    }

    @Test
    void newsThatHitLikeATrainIsGriefNotAnAssault() {
        check.notCrisis("dad died on friday, we knew it was coming but it still hit me like a ton of bricks");
    }

    @Test
    void aDeadFriendWhoMadeEveryoneLaughAndAnAngryQuestionAreNotClinical() {
        var triage = TestRules.triage();
        assertThat(triage.classify("my friend from the heart clinic died, she was the one who made the waiting room laugh")
                .category()).isNotEqualTo(org.peerbot.core.model.Category.CLINICAL);
        assertThat(triage.classify("they've halved dad's care visits and he has parkinsons. who decided that was ok??")
                .category()).isNotEqualTo(org.peerbot.core.model.Category.CLINICAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "if the biopsy is bad i'm not sticking around for it. i've worked out how i'd do it",
            "ive figured out how id end it if the scan shows its spread",
            "wont be staying around if its come back, ive decided"})
    void aWayWorkedOutOrNotStayingForBadNewsIsSelfHarm(String text) {
        check.crisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not sticking around for the speeches at this wedding lol",
            "i know how to do it now, the nurse showed me the pen twice",
            "worked out how id do the stairs with my crutches"})
    void stayingAroundAndKnowingHowInDailyLifeAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "should i stop using it till i see the nurse?",
            "can i come off them for a bit?"})
    void stoppingWhatTheyUseIsAClinicalQuestion(String text) {
        assertThat(TestRules.triage().classify(text).category()).as(text)
                .isEqualTo(org.peerbot.core.model.Category.CLINICAL);
    }

    @Test
    void stoppingTakingThemSomewhereIsNotAChangeOfMedicine() {
        assertThat(TestRules.triage().classify("should i stop taking them to football on saturdays").rules())
                .doesNotContain("clin.change");
    }
}
