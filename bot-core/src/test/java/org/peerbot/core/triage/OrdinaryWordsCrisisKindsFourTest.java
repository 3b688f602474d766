package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 13 (issue 16): the kinds the tenth held-out part showed the rules still missed, said in ordinary words: a
 * "would it do it" question about a medicine the member has, searching for ways and hiding it, medicines gathered with
 * a cue that says what for, hinted finality, the thoughts back and louder, a note left while waiting, an illness let
 * finish it, stroke signs that began just now beside an old stroke, a fever on chemotherapy, a threat with "not a
 * joke", revenge with a way in worked out, and a threat made to the member by someone still near. Every message is
 * written for this test in its own words; beside each family sit the near misses that share its words.
 */
class OrdinaryWordsCrisisKindsFourTest {
    private final CrisisChecks check = new CrisisChecks();

    private void kind(CrisisKind expected, String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "would all my apixaban be enough if i had them in one go",
            "if i took the whole box of sertraline with a bottle of wine would i wake up",
            "will these co codamol do it if i take them all",
            "how high up does a bridge have to be. asking for me",
            "if someone swallowed every last one of their pregabalin would they survive"})
    void aWouldItDoItQuestionIsSelfHarmNeverClinical(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "would my metformin be enough to bring my sugar down if i skip tea",
            "can i take the lot of my antibiotics at once if i forgot yesterday's"})
    void medicineQuestionsWithoutAWishToDieAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i keep googling lethal doses late at night then clearing my history",
            "been looking up ways to do it. not for a story",
            "spent all evening reading up on painless methods. shouldnt have"})
    void searchingForWaysAndHidingItIsSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "looked up the side effects of my new tablets and now im scared",
            "googled doses of calpol for my son, the box was confusing"})
    void readingAboutAMedicineIsNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "been saving my dads leftover morphine since the funeral. theres loads now",
            "ive been putting by my diazepam for months. nobody knows",
            "squirrelling away my painkillers. i know what its all for"})
    void medicinesGatheredWithAReasonAreSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "saving some of my painkillers for the flight, its a long one",
            "collected all mums old tablets to take them back to the pharmacy to dispose of"})
    void medicinesKeptForAnErrandAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "told my daughter not to count on me for her birthday. i dont expect to be around by then",
            "i dont plan on being alive at easter",
            "they wont have me to worry about much longer. ive made sure of that",
            "if anything happens to me can someone look in on my cat, she'll be on her own after"})
    void hintedFinalityIsAskedAboutDirectly(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.PASSIVE_IDEATION)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "if anything happens to me during the op, can someone feed my cat",
            "i dont expect to be around much this week, working nights",
            "told my mate not to plan round me for the match, im on shift"})
    void absencesWithAReasonAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "those thoughts are creeping back again and theyre worse than before",
            "after my attempt i thought it had gone. this week i caught myself planning again",
            "every night this week. ive started working out how"})
    void theThoughtsBackAndPlanningAgainAreSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "started planning the wedding properly every night this week",
            "the anxious thoughts are back since the scan letter came",
            "working out the budget again every night, money is so tight"})
    void planningOtherThingsIsNot(String text) {
        check.notCrisis(text);
    }

    @Test
    void aNoteLeftWhileWaitingIsAnEmergency() {
        var r = check.crisis("wrote a letter to my wife saying sorry for everything. sitting in the car in the woods now");
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.IMMEDIATE_DANGER)).isTrue();
        check.notCrisis("left a note for the milkman saying sorry we forgot to pay");
        check.notCrisis("left a note on the fridge for my son to do his homework tonight");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "part of me hopes the cancer comes back, id rather that than carry on like this",
            "thinking of stopping my insulin so it can all be over"})
    void anIllnessLetFinishItIsSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "im so relieved the cancer hasnt come back",
            "stopping the tamoxifen because the hot flushes are unbearable, the consultant agreed"})
    void reliefAndStoppingOnAdviceAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mums face has gone lopsided in the last ten minutes, she had a small stroke in 2020",
            "dad suddenly cant lift his arm and hes slurring. he had a tia years ago",
            "my temperature is 38.7 and im shivering, im on chemo and the line is engaged"})
    void strokeSignsNowAndFeverOnChemoAreEmergencies(String text) {
        kind(CrisisKind.MEDICAL_EMERGENCY, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "her speech was slurred after the dentist numbed her mouth",
            "had a temperature on chemo last week but its come down now",
            "what temperature should i ring the chemo line at"})
    void numbedMouthsAndFeversPastAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "going to stab my stepdad when he gets in. this is not a joke",
            "ill make them all pay at that school. i know the back door is never locked"})
    void threatsThatSayTheyAreSeriousAreHarmToOthers(String text) {
        kind(CrisisKind.HARM_TO_OTHERS, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "im going to make them all pay with the worst review theyve ever had",
            "ill kill my brother if he eats my last yorkie lol"})
    void revengeByReviewAndJokesAreNot(String text) {
        check.notCrisis(text);
    }

    @Test
    void aThreatFromSomeoneStillNearIsDanger() {
        var r = check.crisis("the man upstairs said hes going to come after me. hes been standing outside my door all night");
        assertThat(r.kind()).isEqualTo(CrisisKind.ABUSE);
        check.notCrisis("my landlord said hes going to come round about the boiler tomorrow");
    }
}
