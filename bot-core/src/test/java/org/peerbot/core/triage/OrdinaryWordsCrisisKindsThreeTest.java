package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 11 (issue 16): the crisis kinds the seventh to ninth held-out parts showed the rules still missed, said in
 * ordinary words (affairs settled with a finality cue, a decision with a time, means got ready, wanting to be with the
 * dead, not coming back from a high place, a past attempt with the thoughts back, a weapon beside a target, abuse seen
 * now, a long seizure), and the false alarm of a past attempt told with the urge gone. Every message is written for
 * this test in its own words and voices; beside each family sit the near misses that share its words.
 */
class OrdinaryWordsCrisisKindsThreeTest {
    private final CrisisChecks check = new CrisisChecks();

    private void kind(CrisisKind expected, String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "handed my cat to the neighbour this morning. she has no idea why",
            "put all my passwords in a folder for my son so hes not left in a mess when i go",
            "cancelled the dentist and the gym. no point booking things i wont be at",
            "stopped the direct debits and paid off the overdraft. nothing left owing when i go",
            "wiped my instagram and messaged everybody that i love them. feels lighter",
            "waved to the postman like it was the last time, because it is",
            "sorry for all of it. tell the kids i loved them",
            "there wont be a next appointment if i get my way",
            "my watch goes to my grandson, i wont need it much longer"})
    void affairsSettledWithAFinalityCueAreSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "gave the dog to my sister while im away on holiday",
            "cancelled the gym, cant afford it with the new rent",
            "deleted facebook for lent, feels lighter already",
            "sorted my bank details for the new job, payroll needed them",
            "gave my old guitar to my nephew because he's started lessons"})
    void errandsWithoutAnEndingAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "just the pills and a date now",
            "i am not safe from myself tonight",
            "ive decided. i wont be here for christmas",
            "the lads are at their mums next weekend. thats when.",
            "last time didnt work. this time id make sure it worked",
            "nobody knows. easier that way when i go through with it",
            "ive got the means now and i know when ill do it",
            "one more day of this and im done",
            "my life no more worth living, i end it soon"})
    void aDecisionWithATimeOrMeansIsSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i've decided to go through with the operation in march",
            "this time i'll make sure it works, the new diet i mean",
            "ive made my mind up about the job, ill take it",
            "thats when ill do the big shop, on friday"})
    void aDecisionAboutSomethingElseIsNot(String text) {
        check.notCrisis(text);
    }

    /** A lethal question in everyday words is self-harm, never the clinical reply (safety rule 9). */
    @ParameterizedTest
    @ValueSource(strings = {
            "is it right that if you take enough of your water tablets your heart just stops?",
            "what amount of morphine would actually be fatal for someone of my weight",
            "ive been wondering how many of my insulin units would do it",
            "if i double my insulin and skip tea how long would it take",
            "i've stopped my lithium on purpose so i can save it up",
            "how high does a building need to be so you dont survive",
            "which is quicker, tablets or the rope",
            "picked up my prescription at three chemists so nobody clocks how much ive got"})
    void aLethalQuestionInEverydayWordsIsSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what is the most paracetamol i can take in a day",
            "how long does it take for insulin to work",
            "can i stop my lithium if i feel better",
            "how high does my temperature need to be before i go to a and e"})
    void anOrdinaryMedicineOrSymptomQuestionIsNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the rope is in the loft ready",
            "off to the woods on saturday with the rope",
            "checked the banister will take my weight",
            "bought co codamol in four different chemists so nobody would notice",
            "got the hose and gaffer tape in the boot",
            "keep thinking about taking the whole lot with a bottle of vodka",
            "the car's running in the garage with the door shut"})
    void meansGotReadyAreSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the skipping rope is in the shed for the kids",
            "bought paracetamol at the shop for my headache",
            "got a new hosepipe and some tape to fix the leak",
            "left the engine running to warm the car up"})
    void ordinaryRopesTabletsAndHosesAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my wife passed in the spring and i just want to be with her now",
            "heading up to the cliffs tomorrow, not coming back down"})
    void beingWithTheDeadOrNotComingBackIsSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my husband is in the hospice and i just want to be with him",
            "walking up the hill, not coming back down till dark"})
    void aVisitOrAWalkIsNot(String text) {
        check.notCrisis(text);
    }

    /** A past attempt with the thoughts or the urge back now stays crisis. */
    @ParameterizedTest
    @ValueSource(strings = {
            "I tried to overdose years ago. The urge went away for a long time but it's back now",
            "years ago i took an overdose and now the urge is back",
            "had an attempt in 2018. the thinking has come back and its louder now",
            "after the attempt i was fine for ages, now i think about it all day again"})
    void aPastAttemptWithTheThoughtsBackIsSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    /** A past attempt told with the urge gone is history, not risk now (it was crisis through "urge" and "now"). */
    @ParameterizedTest
    @ValueSource(strings = {
            "When I tried to overdose years ago I was in a very dark place, but the urge has gone now and I'm doing well",
            "years back i tried to kill myself. those feelings have long gone now, i've a family and a job i love",
            "i took an overdose a long time ago. the urges faded years ago"})
    void aPastAttemptWithTheUrgeGoneIsNot(String text) {
        check.notCrisis(text);
    }

    /** Risk said in one sentence of a long post about other things: that sentence decides. */
    @ParameterizedTest
    @ValueSource(strings = {
            "The garden's coming on and the grandkids were round on Sunday. I don't think I'll see Easter and honestly I don't want to. Anyway the tomatoes are doing well.",
            "Work is the same. My sister rang. It's all planned out quite neatly now. The weather's been awful here.",
            "Physio went fine. I've written it in my notes app so I don't chicken out. Has anyone tried the new hydrotherapy pool?",
            "Mum's settled in the home. I've been researching the quietest spot along the canal. The staff there are lovely."})
    void riskInOneSentenceOfALongPostIsSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We found the quietest spot along the canal for a picnic, the kids loved it.",
            "Everything for the wedding is planned out neatly, I can finally relax.",
            "We stood at the level crossing for ages waiting for the train to go past."})
    void aPicnicAWeddingOrATrainIsNot(String text) {
        check.notCrisis(text);
    }

    /** Plain short statements with no listed crisis phrase. */
    @ParameterizedTest
    @ValueSource(strings = {
            "cutting rn and i cant stop",
            "want to sleep n never wake up tbh",
            "how many of my sertraline would be enough",
            "lying in the bath with the razor, just needed to tell someone",
            "a bottle of gin and a strip of zopiclone next to me",
            "checked which trains dont stop at our station",
            "i know where and ive thought about how. the bridge",
            "the plan is ready, i just need everyone out of the house",
            "shed only stop me and i dont want stopping",
            "ill be gone by then so i didnt book it",
            "stockpiled my sleeping tablets, told the gp i lost them",
            "been reading about people who drown themselves, it sounds so peaceful",
            "my dad keeps asking why i gave away my playstation and all my games. i just dont want them where im going",
            "worked out what's in my drawer and how much i'd need. the sums work out"})
    void plainStatementsOfRiskAreSelfHarm(String text) {
        kind(CrisisKind.SELF_HARM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cutting the grass now, the kids are at school",
            "i sleep like a log and never wake up before nine",
            "how many tickets would be enough for the raffle",
            "lying in the bath with a book and a glass of wine",
            "ill be gone by then, im in spain that week",
            "the plan is ready for the party on saturday",
            "watched a documentary about people who drown themselves, it was hard to watch"})
    void ordinaryWordsBesideThemAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "gonna stab my brother when he gets in",
            "the voices keep telling me to hurt my dad",
            "im going to be waiting for him with a hammer after his shift",
            "my husband is driving drunk with the kids in the car right now",
            "there is a bloke with a knife outside the shop shouting at people"})
    void plainThreatsAndHarmNowAreHarmToOthers(String text) {
        kind(CrisisKind.HARM_TO_OTHERS, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "gonna kill this level of the game tonight lol",
            "the voices in the choir were lovely"})
    void aGameOrAChoirIsNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "got my grandads old rifle in the loft and i keep thinking about the people at the council",
            "if he parks there again ill put a bottle through his head",
            "taking the bat round to sort him out once and for all"})
    void aWeaponBesideATargetIsHarmToOthers(String text) {
        kind(CrisisKind.HARM_TO_OTHERS, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "inherited my dads shotgun, thinking about selling it",
            "bringing the bat to cricket practice to sort out my swing"})
    void aWeaponForSaleOrSportIsNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "theres a man dragging his wife across the road by her coat right now"})
    void someoneHurtInFrontOfTheWriterNowIsAbuse(String text) {
        kind(CrisisKind.ABUSE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my daughter's fit has gone on 7 minutes and she isn't coming out of it",
            "his seizure is still going and it wont stop"})
    void aLongSeizureIsAMedicalEmergency(String text) {
        kind(CrisisKind.MEDICAL_EMERGENCY, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "her seizures used to go on for ten minutes when she was little, the new meds have stopped them",
            "watched a soap where a man was beating his wife, had to turn it off"})
    void aSeizureHistoryOrATelevisionSceneIsNot(String text) {
        check.notCrisis(text);
    }
}
