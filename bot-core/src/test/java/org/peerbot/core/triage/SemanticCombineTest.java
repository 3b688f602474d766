package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.SentenceModel;

/** The contract between the rules and the semantic layer, with a fake model (no model files needed). */
class SemanticCombineTest {
    private final Triage rules = TestRules.triage();

    private static SentenceModel fixed(boolean risk, Intent... intents) {
        return text -> new SentenceModel.Reading(risk, Set.of(intents));
    }

    @Test
    void aReadingNeverRemovesARuleCrisisAndKeepsTheRulesKind() {
        TriageResult r = rules.withModel(fixed(false, Intent.THANKS)).classify("I'm going to kill myself tonight");
        assertThat(r.category()).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.intents()).contains(Intent.THANKS);
    }

    @Test
    void aModelOnlyRiskIsTheGradedCheckIn() {
        TriageResult r = rules.withModel(fixed(true)).classify("the world feels very far away lately");
        assertThat(r.category()).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).contains(Signal.PASSIVE_IDEATION).doesNotContain(Signal.IMMEDIATE_DANGER);
        assertThat(r.rules()).contains(SemanticCombine.MODEL_RISK);
    }

    @Test
    void aModelOnlyDangerIsACrisisOfThatKindWithItsOwnReply() {
        SentenceModel danger = text -> new SentenceModel.Reading(false, CrisisKind.HARM_TO_OTHERS, Set.of());
        TriageResult r = rules.withModel(danger).classify("he's got it coming on saturday, you watch");
        assertThat(r.category()).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.HARM_TO_OTHERS);
        assertThat(r.signals()).doesNotContain(Signal.PASSIVE_IDEATION);
        assertThat(r.rules()).contains("model.harm_to_others");
    }

    /**
     * Session 27: "RA flare in my hands, can't open a jar, couldn't hold my cup" had the model's medical class send 999;
     * a flare of a long-standing condition told as the day it is does not raise the model's emergency alone, and a rule
     * emergency beside a flare still stands.
     */
    @Test
    void aModelEmergencyIsNotRaisedOnAFlareAloneButARuleOneStands() {
        SentenceModel danger = text -> new SentenceModel.Reading(false, CrisisKind.MEDICAL_EMERGENCY, Set.of());
        TriageResult flare = rules.withModel(danger)
                .classify("lupus flare in my joints today, can't do my buttons or hold a mug, so fed up");
        assertThat(flare.category()).isNotEqualTo(Category.CRISIS);
        assertThat(flare.signals()).contains(Signal.FLARE);
        TriageResult ruled = rules.withModel(danger)
                .classify("crohns flare all week and now my lips are going blue and i can't breathe");
        assertThat(ruled.category()).isEqualTo(Category.CRISIS);
        assertThat(ruled.kind()).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @Test
    void aModelDangerNeitherOverrulesADenialNorChangesARuleCrisis() {
        SentenceModel danger = text -> new SentenceModel.Reading(false, CrisisKind.MEDICAL_EMERGENCY, Set.of());
        assertThat(rules.withModel(danger).classify("I'm going to kill myself tonight").kind())
                .isEqualTo(CrisisKind.SELF_HARM);
        TriageResult denied = rules.withModel(danger).classify("I'm not going to hurt myself, I'm just tired");
        assertThat(denied.category()).isNotEqualTo(Category.CRISIS);
        TriageResult question = rules.withModel(danger).classify("what dose of ibuprofen is ok for a bad back?");
        assertThat(question.category()).isEqualTo(Category.CLINICAL);
    }

    @Test
    void aModelRiskDoesNotOverruleADenialTheRulesRead() {
        TriageResult r = rules.withModel(fixed(true)).classify("I'm not suicidal, just worn out");
        assertThat(r.category()).isNotEqualTo(Category.CRISIS);
    }

    @Test
    void aModelRiskDoesNotOverruleAnIdiomOrThePastTheRulesSetAsideInAShortMessage() {
        SentenceModel alwaysRisk = fixed(true);
        for (String text : new String[] {"honestly dying for a week off", "bored to death in this queue",
                "at 15 i tried to end my life, years ago now, and i'm doing well"}) {
            assertThat(rules.withModel(alwaysRisk).classify(text).category()).as(text).isNotEqualTo(Category.CRISIS);
        }
        // words the rules set aside do not silence the model in a message with nothing set aside
        assertThat(rules.withModel(alwaysRisk).classify("some days the world feels very far away").category())
                .isEqualTo(Category.CRISIS);
        // and in a long post the model reads sentence by sentence, so an idiom in one does not silence another
        String longPost = "my feet are killing me after the walk to town and back, and the shops were rammed. "
                + "the kids were tired and cross all the way home. i just feel like i'm fading out of everyone's life.";
        assertThat(rules.withModel(alwaysRisk).classify(longPost).category()).isEqualTo(Category.CRISIS);
    }

    @Test
    void aBareGreetingIsNeverLiftedIntoARequest() {
        TriageResult r = rules.withModel(fixed(false, Intent.WANTS_PERSON, Intent.GOODBYE)).classify("hi");
        assertThat(r.category()).isEqualTo(Category.SHARING);
        assertThat(r.intents()).isEmpty();
    }

    @Test
    void aPersonOrServiceReadingLiftsSharingButNotClinical() {
        assertThat(rules.withModel(fixed(false, Intent.WANTS_PERSON)).classify("anyone about tonight?").category())
                .isEqualTo(Category.HUMAN);
        assertThat(rules.withModel(fixed(false, Intent.WANTS_SERVICE)).classify("need a chemist open late").category())
                .isEqualTo(Category.SERVICES);
        assertThat(rules.withModel(fixed(false, Intent.WANTS_PERSON))
                .classify("can I take ibuprofen with my metformin?").category()).isEqualTo(Category.CLINICAL);
    }

    @Test
    void aServiceReadingLiftsABareClinicalTopicButNotAClinicalQuestion() {
        SentenceModel service = fixed(false, Intent.WANTS_SERVICE);
        assertThat(rules.withModel(service).classify("is there a pharmacy open on bank holiday monday").category())
                .isEqualTo(Category.SERVICES);
        assertThat(rules.withModel(service).classify("should I double my insulin tonight?").category())
                .isEqualTo(Category.CLINICAL);
    }

    @Test
    void aRequestToldWithAReasonIsLiftedButALongHealthQuestionIsNot() {
        SentenceModel person = fixed(false, Intent.WANTS_PERSON);
        // 22 words: a request with the reason for it (was clinical at the old 14-word limit)
        assertThat(rules.withModel(person).classify("Is anyone on here living with lupus who I could message? My"
                + " family are kind but they don't really get the tiredness.").category()).isEqualTo(Category.HUMAN);
        // over 30 words: a health story that names a service stays a health question
        assertThat(rules.withModel(fixed(false, Intent.WANTS_SERVICE)).classify("My mum has had a cough for six"
                + " weeks now and the GP gave her antibiotics twice and now she has a temperature again at night and"
                + " is very tired, does she need to see a specialist or go to the walk in centre?").category())
                .isEqualTo(Category.CLINICAL);
    }

    @Test
    void aGoodbyeReadingLiftsOnlySharing() {
        assertThat(rules.withModel(fixed(false, Intent.GOODBYE)).classify("school run time, speak later").category())
                .isEqualTo(Category.GOODBYE);
    }

    @Test
    void aShortMessageThatOpensWithAGreetingIsArrivingNotLeaving() {
        // session 24: "morning all, sun's out for once" had been read as a goodbye by the model
        var model = rules.withModel(fixed(false, Intent.GOODBYE));
        assertThat(model.classify("morning all, sun's out for once").category()).isEqualTo(Category.SHARING);
        assertThat(model.classify("good morning bot, lovely day here and porridge for breakfast").category())
                .isEqualTo(Category.SHARING);
        // a longer post that opens with a greeting may still end by leaving
        assertThat(model.classify("Evening all. Quiet week, the physio went fine and the new shoes help. Thank you"
                + " to everyone who sent good wishes, it meant a lot. I'm going to have an early one as it's been a"
                + " long day, so take care all").category()).isEqualTo(Category.GOODBYE);
    }

    @Test
    void aModelFaultLeavesTheRulesResult() {
        SentenceModel broken = text -> {
            throw new IllegalStateException("boom");
        };
        assertThat(rules.withModel(broken).classify("I want to die").category()).isEqualTo(Category.CRISIS);
        assertThat(rules.withModel(broken).classify("lovely day").category()).isEqualTo(Category.SHARING);
    }

    @Test
    void rulesOnlyHasNoModel() {
        Triage both = rules.withModel(fixed(true));
        assertThat(both.hasModel()).isTrue();
        assertThat(both.rulesOnly().hasModel()).isFalse();
        assertThat(both.classifyRules("lovely day").category()).isEqualTo(Category.SHARING);
    }

    /** Session 13: a question about privacy before saying more is not risk by the model alone; with a risk word it is. */
    @Test
    void aModelRiskDoesNotOverruleAPrivacyQuestionWithNoRiskInIt() {
        TriageResult asked = rules.withModel(fixed(true)).classify("is this confidential? I don't want it getting back to my GP");
        assertThat(asked.category()).isNotEqualTo(Category.CRISIS);
        TriageResult told = rules.withModel(fixed(true))
                .classify("is this confidential? some days I feel like giving up on everything");
        assertThat(told.category()).isEqualTo(Category.CRISIS);
    }
}
