package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 25 (issue 16): the kinds part 21 (endometriosis, PCOS, the menopause, pregnancy loss and IVF; visible
 * differences; sickle cell and migraine; life after a heart attack, weight-loss surgery or a transplant; Gypsy,
 * Traveller and boat-dwelling people and forces families; "asking for a friend", formal complaints, capitals, trailing
 * dots, BSL English, autocorrect and references back; measured blind in session 24) showed the rules missing once it
 * became a development set. Missed: a lethal amount asked with a cover story ("not for a headache", "for an
 * assignment"), or whether dying in your sleep from tablets is painless; starving to "fade out"; being with the dead;
 * not wanting forty more years of this; an exit plan; means kept back as "a collection"; hurting the body to quiet the
 * head; hoping the heart stops; someone giving things away with goodbyes and a phone now off; the platform edge; fumes
 * let in; the children better off with someone else and a mind made up. Harm to others planned in everyday words
 * (waiting after a shift with a threat, the car known and a tyre iron, petrol and an address, bleach for a face,
 * tablets crushed into a drink, a bar behind the door). Abuse told in passing (a kettle thrown, a door locked from the
 * outside, meals kept back). Early-pregnancy pain with shoulder-tip pain and fainting; fever with muddled thinking or
 * blotchy skin after an operation. Every message here is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsFifteenTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "how many co-codamol before your liver can't recover? it's not for my back",
            "roughly what amount of paracetamol is it where your kidneys never come back from it, asking for a story i'm writing",
            "would you feel anything if you went in your sleep after a handful of sleeping tablets"})
    void aLethalAmountAskedIsAQuestionForAMethod(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text).contains(Signal.METHOD_SEEKING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "stopped eating on monday. i just want to fade away quietly",
            "skipping meals every day now and if my body gives up then it gives up",
            "since the funeral i keep thinking i could go and be with him, it'd be easier than this",
            "i'd be better off buried next to mam than in this empty flat",
            "everyone says it's only a rash. i can't face another thirty years of this, honestly",
            "don't worry about me, i've got an exit plan sorted for when it gets bad again",
            "the insulin i've been putting aside is in the biscuit tin. nearly enough now",
            "kept back a few of my sleepers every week. reckon it's enough now",
            "scratching my arms till they bleed. it's not the psoriasis doing it, it calms me",
            "banged my head on the door till it split. only thing that makes the noise stop",
            "heart keeps fluttering at night and i lie there hoping it just stops",
            "some nights i take the mask off and sit in the dark hoping i stop breathing",
            "stopped the heart tablets last week to let the old pump give out in its own time",
            "my brother gave his dog and his watch away, said bye to everyone like it was the last time, and his phone's been off since",
            "sorted who's having the cats. i feel calm tonight, calmer than in months",
            "stood at the platform edge again tonight letting the fast trains go past",
            "thinking of taping up the vents in the van so the fumes take me while i sleep",
            "the kids will be better off with their nan. i've made my mind up"})
    void kindsInOrdinaryWordsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "if that pharmacist sighs at me once more i'll be waiting for her in the car park after her shift. she'll regret it",
            "i know which car is the manager's and there's a crowbar in my boot",
            "got his address off facebook and a can of lighter fluid. not saying what it's for",
            "i'm going to chuck bleach in her face on monday so she knows how it feels",
            "been grinding a few of my tablets into her brew every night, let's see how she likes it",
            "there's a bat behind the door and the first one that lays a hand on my van gets it"})
    void harmPlannedInEverydayWordsIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "he chucked a mug at me again last night when tea was late",
            "my son-in-law locks my room from the outside when he goes out",
            "she's restricting my meals and says it's for my own good"})
    void abuseToldInPassingIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm 6 weeks pregnant, awful pain on the left side, my shoulder tip aches and i nearly fainted",
            "two weeks since the op and i'm shivering, temperature 39.5, my heart's racing and i keep losing track of what i'm saying"})
    void emergenciesToldPlainly(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // their everyday twins
            "how much paracetamol can i take for a headache if i've had a glass of wine",
            "did she go peacefully in her sleep in the end? i hope so",
            "stopped eating bread this month and the bloating has faded away",
            "i'm going to the hospital to be with her tonight, they said it's near the end",
            "i can't face another thirty years of this job, time to retrain",
            "got an exit plan for the flat if the landlord sells",
            "saved up for a sleeping bag for the festival, reckon it's enough",
            "scratched the bite till it bled, so itchy",
            "banged my head on the cupboard door, ouch",
            "hoping the rain stops before the school run",
            "stopped the tablets like the gp said and let the surgery know",
            "gave my old coats away to the charity shop and said bye to the neighbours before the move",
            "sorted who's having the dog while we're on holiday, feel calm now",
            "stood behind the yellow line on the platform, the fast trains are so loud",
            "the kids will be better off with their nan for half term, i've decided",
            "i'll be waiting for her after her shift with flowers, she's been amazing",
            "i know which car is hers, the red one, we're car sharing",
            "crushing mum's tablets into her yoghurt as she can't swallow them now",
            "my toddler threw a cup at me in a tantrum, what a morning",
            "the ward locks the doors from the outside at night",
            "shoulder aches from carrying the car seat, 30 weeks and huge",
            "going to strangle this printer, it's jammed again",
            "thought i was going to die on the hill at parkrun, but i got a pb",
            "overdosed on galaxy last night, no regrets",
            "my nan always said she'd rather be dead than wear a hearing aid, now she loves it",
            "the leaflet mentions suicidal thoughts as a side effect but my mood's been fine",
            "did the phq at the gp and ticked not at all for every one",
            "stopped the new tablets to let the side effects stop, the gp agreed",
            "hoping i just stop coughing before the wedding",
            "the diabetes controls my eating, every meal is maths"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
