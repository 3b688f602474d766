package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Session 8 (issue 16): crisis kinds said in ordinary words (a very low number while alone, a high place now, a whole
 * pen or box, finishing myself, wounds reopened, hoping to be hit, a past attempt with the thoughts back, a time of
 * ending with thanks, a plan hidden from a clinician), and history told safely. Every message is written for this
 * test in its own words, so each case checks a family, not a sentence of a set; beside each family sit the near
 * misses that share its words and must stay ordinary, and beside each narrowing the crisis it must still let through.
 */
class OrdinaryWordsCrisisKindsTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "my reading is 2.1 and there's nobody home, i can't think properly",
            "blood sugar 1.7, can't swallow the juice my hands won't work",
            "bm of 2.2 and i'm all alone here feeling confused"})
    void aVeryLowNumberWithNobodyThereOrNoClearHeadIsAMedicalEmergency(String text) {
        TriageResult r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
        assertThat(r.signals()).as(text).contains(Signal.IMMEDIATE_DANGER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my reading was 2.6 this morning, had some glucose tablets and it came up",
            "sugar dropped to 2.9 overnight but i had toast and i'm fine now"})
    void aLowNumberToldAsHandledIsNotCrisis(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a high place now
            "sat in the car at the top of the multi storey just thinking",
            "standing on the bridge over the motorway right now",
            "been sitting on the cliff edge for an hour",
            "how high is the flyover near the ring road, asking for me",
            // a whole supply
            "going to inject the whole pen tonight and go to sleep",
            "i've taken the whole strip of my tablets",
            "thinking of necking the entire bottle and being done",
            // finishing myself
            "with this cancer i'd rather finish it myself than suffer",
            "i'm taking myself out of the game for good",
            "feel like i've checked out of life, just going through the motions",
            "can't see me reaching 40 and honestly i don't want to",
            // wounds reopened
            "keep tearing the cuts open so they bleed again",
            "reopened the old wounds on my arm on purpose last night",
            // a past attempt with now
            "i feel as low as the last time i tried",
            "since my attempt i've been ok but the urges have come back",
            // a time of ending
            "saturday's the night. love you all, thanks for everything",
            "this is my final post. thank you and goodbye",
            // a plan hidden
            "lied to the crisis team about having a plan"})
    void plainWordsForAPlaceMeansOrEndingAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i keep hoping i'll be knocked down by a lorry", "i pray god takes me tonight"})
    void hopingToBeHitOrTakenIsAPassiveWish(String text) {
        TriageResult r = check.crisis(text);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text + " -> " + r).contains(Signal.PASSIVE_IDEATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we had a lovely picnic on the cliff top watching the sunset",
            "took the kids to see the bridge, great day out",
            "sat on the platform for an hour because the train was delayed",
            "used the whole box of tissues with this cold",
            "drank the whole bottle of water after the gym",
            "the builder never came back so i'll finish it myself this weekend",
            "got the scars covered with a tattoo of a swallow",
            "the scars from my op are healing nicely with cream",
            "i hope the bus isn't cancelled again, i'll be late for work",
            "this is my last post for a bit, off on holiday",
            "tonight is the night of the quiz, thanks for the tickets",
            "i lied to my gp about how much chocolate i eat"})
    void theSameWordsInEverydayMessagesAreNotCrisis(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i've had a tattoo done over the scars on my wrist, a little bird, i love it",
            "gave a talk at the sixth form about my suicide attempt and how i came through",
            "i was suicidal all through my twenties and never thought i'd make 40. it's my 40th on friday",
            "my aunt took her own life when i was 9, i think about her a lot",
            "my brother would kill me if i spoiled the final for him",
            "my housemate keeps nicking my milk and i daren't say anything",
            "back when i was hurting myself i couldn't see a way out, those days are long gone"})
    void historyGriefAndHouseholdIdiomsAreNotCrisis(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "got a tattoo over my scars but i cut myself again last night",
            "gave a talk about my recovery today but tonight i want to kill myself",
            "my dad took his own life when i was 10 and i want to kill myself too",
            "i was suicidal for most of my twenties and i'm suicidal again now",
            "ten years ago today i tried to end my life and the thoughts are back",
            "ten years ago today i tried to end my life and i want to die",
            "back when i was cutting it was bad, and i've started cutting again"})
    void historyWithRiskNowBesideItIsStillSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my husband said he'd kill me if i told anyone",
            "my partner takes my food away and won't let me eat"})
    void threatsAndControlBesideTheNarrowedIdiomsAreStillAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }
}
