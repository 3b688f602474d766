package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Session 6 (issue 16): risk told through a story or hinted, threats without a time, and the long post whose one risky
 * sentence sits among ordinary ones. Every message is written for this test, in words that appear in no data set and
 * in none of the own sets the rules were written against, so each case checks a family rather than a sentence; the
 * ordinary messages beside them use the same words and must stay ordinary.
 */
class StoryAndHintRiskTest {
    private final Triage triage = TestRules.triage();

    @ParameterizedTest
    @ValueSource(strings = {
            "if a lorry took me out on the motorway i wouldn't mind one bit",
            "i hope this tumour just gets on with it",
            "i'm a millstone round my family's neck",
            "it'd be a relief to just not be alive any more",
            "some nights i want to drift off and never come back",
            "everyone would manage just fine without me",
            "doubt i'll see myself making it past new year",
            "i'm only sticking around for my dog",
            "i keep wondering whether it's worth carrying on",
            "my lad would be happier living with his mam"})
    void passiveWishesAndHintsGetTheCheckIn(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text + " -> " + r).contains(Signal.PASSIVE_IDEATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "said goodbye to my grandad this afternoon and he had no idea it was goodbye",
            "i've given away my bike and my books, i won't be needing them",
            "i've rehomed the cat and left my passwords for my brother",
            "this christmas is the last one i'm having, after that i'm done",
            "kissed my daughter goodnight knowing i won't be here when she wakes",
            "i've picked the date, saturday is the day.",
            "i've worked out the when and the where",
            "sat in the car for two hours with a bottle of pills on the dashboard",
            "been working myself up to it at the railway bridge all week",
            "stood right at the edge for ages last night looking down",
            "i want to crash the car into a tree on the way to work",
            "i've been counting up my sertraline and there's enough",
            "i've got my dressing gown cord round my neck",
            "my sister will find the note in the morning",
            "i've had my last pint, time to go"})
    void finalityMeansAndPlansToldAsAStoryGetTheEmergencyReply(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text + " -> " + r).doesNotContain(Signal.PASSIVE_IDEATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how high would a drop need to be to definitely kill you",
            "is drowning quick",
            "which tablets would stop your heart",
            "what's the tallest multi storey near me",
            "would a whole strip of my heart tablets be enough",
            "how many of my painkillers would it take to not wake up",
            "what would happen if i drank all the weedkiller in the shed"})
    void questionsAboutHowToDieAreAlwaysCrisisNeverClinical(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text + " -> " + r).contains(Signal.METHOD_SEEKING)
                .doesNotContain(Signal.PASSIVE_IDEATION, Signal.MEDICINE_QUESTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm going to make my stepdad pay for this",
            "next time he touches her i'm bringing the bat",
            "i'll cave his head in if he speaks to my mum like that again",
            "i keep picturing pushing my husband down the stairs",
            "he keeps saying he's going to stab the lad from the estate",
            "my boyfriend held me down by the throat last week",
            "i'm going round to his flat with a hammer tonight"})
    void threatsToOthersAndAbuseWithoutATimeAreCrisis(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text + " -> " + r).isIn(CrisisKind.HARM_TO_OTHERS, CrisisKind.ABUSE);
    }

    @Test
    void aThreatWithATargetAndATimeGetsEmergencyServices() {
        TriageResult r = triage.classify("i'm going round to his flat with a hammer tonight");
        assertThat(r.kind()).isEqualTo(CrisisKind.HARM_TO_OTHERS);
        assertThat(r.signals()).contains(Signal.IMMEDIATE_DANGER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my grandson has swallowed some of my heart tablets",
            "my dad fell and banged his head and now he's slurring",
            "my lips have gone blue and i can't get my breath"})
    void emergenciesToldPlainlyAreMedicalEmergencies(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text + " -> " + r).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'll probably go in the end, it's only a quiz night",
            "i think i'll go in the end, my mate's paying",
            "said goodbye to my mum at the airport, she's off to see my aunt",
            "gave my old bike to my nephew, he's made up with it",
            "this is my last post for a bit, we're off to cornwall",
            "made my will at the solicitor's, everyone should do it",
            "my battery's about to die, speak later",
            "he's killing himself laughing at the cat video",
            "i'm going to kill my sister, she's used all the hot water",
            "we sat on the edge of the pool watching the kids swim",
            "stood on the platform for ages, the trains were all delayed",
            "how long do you need to stay under water for a baptism",
            "i'm tired of being here, this queue hasn't moved in an hour",
            "i've got a knife in my bag for cutting the birthday cake",
            "i was in a dark place five years ago and tried to end my life, now i've got a job i love and a baby on the way",
            "when i was 15 i tried to end my life, 25 years on i'm doing well",
            "my granny keeps telling us she's ready to go, she's 99",
            "my husband's going to kill me when he sees the bill from the vet",
            "i need to cut down on my painkillers, can i do it quickly?",
            "i'm dying for a cuppa",
            "my nan's been a worry with all the hospital runs, i feel like a burden on my sister"})
    void theSameWordsInOrdinaryMessagesAreNotCrisis(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isNotEqualTo(Category.CRISIS);
    }

    @Test
    void aGoodbyeTheOtherPersonDidNotKnowAboutIsTheMembersOwnFinality() {
        for (String text : new String[] {"said goodbye to my mum earlier without her knowing",
                "said goodbye to my grandad this afternoon and he had no idea it was goodbye",
                "kissed my daughter goodnight knowing i won't be here when she wakes"}) {
            TriageResult r = triage.classify(text);
            assertThat(r.category()).as(text).isEqualTo(Category.CRISIS);
            assertThat(r.signals()).as(text).doesNotContain(Signal.ABOUT_SOMEONE_ELSE, Signal.PASSIVE_IDEATION);
        }
        // the same words of a friend are still about someone else
        assertThat(triage.classify("my friend told me she wants to kill herself").signals())
                .contains(Signal.ABOUT_SOMEONE_ELSE);
    }

    @Test
    void theRiskySentenceOfALongPostDecidesWhereverItSits() {
        String ordinary = "the boiler's been playing up all week and the kids have had colds. we watched a film on "
                + "saturday and had a takeaway, which was nice. my sister rang about christmas plans. ";
        for (String risky : new String[] {"but honestly i've been sat in the bath with a razor most nights.",
                "anyway i've given my stuff away, i won't be needing it.",
                "long story short, i keep looking down at the tracks from the footbridge thinking about it."}) {
            for (String text : new String[] {ordinary + risky, risky + " " + ordinary}) {
                assertThat(triage.classify(text).category()).as(text).isEqualTo(Category.CRISIS);
            }
        }
        // an excuse elsewhere in the post (a fence mended) does not excuse a threat in another sentence
        String threat = "the fence blew down in the storm and we've been fixing it. he's been making our life hell "
                + "for years. the council won't help. i've got a crowbar ready and he's got it coming.";
        assertThat(triage.classify(threat).kind()).isEqualTo(CrisisKind.HARM_TO_OTHERS);
        assertThat(triage.classify(ordinary + "anyway, i'll probably go in the end, it's only one night.").category())
                .isNotEqualTo(Category.CRISIS);
    }
}
