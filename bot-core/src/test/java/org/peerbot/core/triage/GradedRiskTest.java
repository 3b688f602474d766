package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Graded risk (issue 16): passive wishes and hinted finality are crisis with PASSIVE_IDEATION (the check-in reply);
 * intent, a plan, a method, a time or means are crisis without it. One case per miss named in the issue, in the
 * project's own words (nothing copied from an evaluation set).
 */
class GradedRiskTest {
    private final Triage triage = TestRules.triage();

    @ParameterizedTest
    @ValueSource(strings = {
            "honestly my lot would be better off without me",
            "sometimes i think it'd be easier not to wake up",
            "be simpler all round if i just didn't wake up one morning",
            "what's even the point, no one would notice",
            "dont worry, i won't be a burden on anyone much longer",
            "they won't have to put up with me for much longer",
            "i can't see myself still being around next christmas",
            "i hope i just don't wake up tomorrow",
            "i'm tired of being here",
            "id rather be dead tbh",
            "nobody would care if i lived or died",
            "there's no point in living like this",
    })
    void passiveIdeationIsCrisisWithTheCheckInSignal(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text).contains(Signal.PASSIVE_IDEATION).doesNotContain(Signal.IMMEDIATE_DANGER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm going to kill myself tonight, the pills are in front of me",
            "i wish i was dead and i've got my tablets saved up",
            "i want to die",
            "i'm planning to attempt in a couple of hours",
            "tonight's the night, got the cord off the blind sorted",
            "i'm going to drink the bleach under the sink tonight",
            "i am going to end it all",
    })
    void intentPlanTimeOrMeansIsNotGradedPassive(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text).doesNotContain(Signal.PASSIVE_IDEATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what would be the least painful way to go",
            "whats the kindest way to not wake up",
            "how many of my sleeping pills would it take",
            "how many paracetamol would it take to die",
            "quickest way to end it?",
    })
    void askingHowToDieIsAlwaysCrisisMethodSeekingNeverClinical(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text).isEqualTo(Category.CRISIS);
        assertThat(r.signals()).as(text).contains(Signal.METHOD_SEEKING).doesNotContain(Signal.PASSIVE_IDEATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm going to stab him outside the pub tomorrow night",
            "i'm bringing a knife to school on friday and he's getting it",
            "im gonna batter my manager when he leaves work",
    })
    void aThreatWithATargetAndATimeIsImmediateDanger(String text) {
        TriageResult r = triage.classify(text);
        assertThat(r.category()).as(text).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
        assertThat(r.signals()).as(text).contains(Signal.IMMEDIATE_DANGER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i want to f***ing die",
            "i just want to fucking die",
            "i wanna effing kill myself",
            "honestly i have never felt this suicidal",
            "i've never been so close to ending it",
            "never been more suicidal than tonight",
    })
    void swearingInsideAPhraseAndNegationOfDegreeDoNotHideRisk(String text) {
        assertThat(triage.classify(text).category()).as(text).isEqualTo(Category.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what's the point of me even being alive",
            "lifes not worth living any more",
            "i've left letters for my kids and my husband",
            "was googling how much would kill",
            "cut again tonight, went deeper",
            "i keep thinking about steering into a tree on the bypass",
            "i've swallowed a whole packet",
            "she keeps my bank card and won't let me see my mum",
            "whats the use of me really",
            "i've had enough and i've made a plan",
            "going to go through with it when they're all asleep",
            "part of me is praying something bad happens to me",
            "got my hammer, heading round to her house tonight",
            "i can't stop thinking about ending my life",
            "my family would be happier if i simply wasn't here",
            "i don't care whether i live or not",
    })
    void familiesMissedOnTheOwnHeldOutSet(String text) {
        assertThat(triage.classify(text).category()).as(text).isEqualTo(Category.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "does anyone know someone who survived a stroke i could talk to",
            "i've made a plan for the garden this spring",
            "i'm not suicidal, just knackered",
            "i'm not going to kill myself, i promise",
            "i have never thought about ending my life",
    })
    void aRealDenialIsStillADenial(String text) {
        assertThat(triage.classify(text).category()).as(text).isNotEqualTo(Category.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my feet are killing me after the walk home from the bus stop",
            "walked back from the bus stop in the drizzle",
            "stepped off the bus and walked from the station",
            "this migraine is killing me",
            "could murder a brew right now",
            "i nearly died laughing at the dog",
            "shoot me a text when you're home",
            "long post sorry. had a rough week with work. my back is killing me. but the kids made me a card and i cried. feeling better now",
    })
    void idiomsAndEverydayWalksAreNotCrisis(String text) {
        assertThat(triage.classify(text).category()).as(text).isNotEqualTo(Category.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "long week. work was awful and the boiler broke. the kids have been lovely though. but honestly everyone would be better off without me. anyway how are you all",
            "started a new class at the gym, met some nice people. then i got home and sat in the dark. i've got the tablets counted out on the table.",
    })
    void inALongPostTheWorstSentenceDecides(String text) {
        assertThat(triage.classify(text).category()).as(text).isEqualTo(Category.CRISIS);
    }
}
