package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Risk said in everyday words (the {@code *_everyday} rules of session 5), each in words written for this test and
 * not taken from any data set: the kinds the own held-out set showed the rules missing, and the ordinary messages
 * that must stay ordinary beside them.
 */
class EverydayRiskTest {
    private final Triage triage = TestRules.triage();

    @ParameterizedTest
    @ValueSource(strings = {"my lot would be glad if i was gone, honestly", "i wonder what it would feel like to just stop existing",
            "being dead sounds peaceful right now", "i keep picturing my own funeral",
            "there's no reason for me to be here any more", "why should i even bother getting up tomorrow",
            "i won't see next christmas and that's ok", "soon i won't be a burden to anyone",
            "i just want to be gone", "cba with living anymore tbh", "i've had enough of this life",
            "i don't think i can carry on", "my kids would be better off with a different mum"})
    void passiveIdeationInEverydayWordsGetsTheCheckIn(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text + " -> " + r).contains(Signal.PASSIVE_IDEATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tonight's the night", "i'm doing it tonight", "i've worked out how i'd do it",
            "my brain keeps telling me to end it", "i almost went through with it yesterday",
            "i'm scared i'll act on the thoughts", "i don't feel safe around myself",
            "i've got everything i need to end it", "this is goodbye everyone, sorry",
            "i've written a goodbye letter to my kids", "the hosepipe is in the car",
            "i've been stockpiling my sertraline", "i don't trust myself with the knives tonight",
            "stood on the bridge thinking about jumping", "how high does a bridge need to be",
            "the urges to cut are back"})
    void intentPlanMeansAndMethodInEverydayWordsAreCrisis(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text + " -> " + r).doesNotContain(Signal.PASSIVE_IDEATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my son's lips are swelling up after a peanut", "my throat is closing up",
            "her inhaler isn't helping and she can't breathe", "my dad's collapsed and he's not responding",
            "my brother's been stabbed", "she's taken too many of her tablets",
            "he banged his head falling off the bed and now he's really drowsy"})
    void emergenciesInEverydayWordsAreMedicalEmergencies(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text + " -> " + r).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i don't think i can keep living like this much longer", "dont think i can go on living"})
    void notThinkingTheyCanGoOnLivingIsRisk(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text + " -> " + r).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my wife's just had a heart attack", "i think he's had a heart attack, he's gone grey"})
    void aHeartAttackNowIsAnEmergency(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.kind()).as(text + " -> " + r).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i'm going to run him over", "i'll make them all pay at work tomorrow"})
    void threatsWithATargetAndATimeAreHarmToOthers(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text + " -> " + r).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two years since i last self harmed and i'm proud of me", "i nearly had a heart attack when the phone rang",
            "i could die of embarrassment", "overdosed on chocolate at christmas", "i wrote a letter to the council about the bins",
            "my throat is a bit swollen and sore", "i'd like to know how to go about getting a blue badge",
            "i've set up a note for the carer about dad's tea", "my cat got shot at by a neighbour's air rifle", "the end of my tether with this printer",
            "we had to say goodbye to our old dog on monday", "three years in recovery from bulimia and today was tough",
            "is there anybody here who's had a heart attack I could chat to?"})
    void ordinaryWordsBesideThemAreNotCrisis(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text + " -> " + r).isNotEqualTo(Category.CRISIS);
    }
}
