package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 19 (issue 16): the kinds part 15 (autistic adults, parents, older people living alone, veterans, people
 * under money strain, families who mix in another language; measured blind in session 18) showed the rules missing
 * once it became a development set. Missed: how much of a medicine causes an organ to fail, asked as a medical fact;
 * taking all of two medicines "at once, is it quick"; someone else's plan told by the one who lives with them (worked
 * out how they'd do it, a lighter used on themselves, "wouldn't mind not waking up" said of themselves, wanting to be
 * with a parent who has died, a dog handed over "for good" with tablets stopped, things given away with "soon you
 * won't have to look after me"); hinted finality (would anyone notice if I wasn't here, seeing the family one last
 * time, "it gets better, just not for me", made my peace with a thank-you, nobody needs to come looking, a gun fetched
 * "not for cleaning", the papers cancelled and the cat rehomed, never felt this low, it wasn't an accident); a
 * routine watched with a score to settle; waiting outside for someone with something in a pocket; a partner who
 * hides the inhalers when angry. Flagged wrongly: a class nobody would miss, "it was sold" of a house read as
 * abuse, and an old carer's worry for the one they look after "when I'm gone". Every message here is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsNineTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "what amount of co-codamol would cause kidney failure in someone around 80kg",
            "whats the most amitriptyline a person can have before the heart gives up",
            "if someone took all their blood pressure tablets at once would it be quick or take ages"})
    void anOrganFailingAskedAsANumberIsAMethodQuestion(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.METHOD_SEEKING)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my brother rang and said he's figured out how he'd do it, then put the phone down",
            "caught my lad doing it with a lighter on his leg, he says it helps the noise",
            "my sister keeps telling me she wouldn't care if she didn't wake up, so matter of fact",
            "since nan died grandad says he's ready to go and be with her and he won't eat",
            "mum asked me to keep her cat for good and she's not been taking her tablets all week",
            "my husband has been giving his tools away to the neighbours and says soon i won't need to look after him"})
    void someoneElsesPlanToldByTheOneWhoLivesWithThemIsSelfHarmAboutThem(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.ABOUT_SOMEONE_ELSE)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "honestly would anybody notice if i wasn't around. doubt it",
            "took the grandchildren to the park. so glad i got to hug them one final time",
            "things get better for some folk. just not for me",
            "i've made my peace now. look after each other",
            "no one will need to come looking, it's all sorted",
            "brought the rifle down from the loft. not for the pigeons",
            "stopped the milk, and the dog's going to my neighbour on sunday",
            "never been this low. not once in 40 years",
            "i wanted one person to know it won't be an accident"})
    void hintedFinalityIsSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    /**
     * Kinds the retrained first reader stopped catching among messages it had been taught (it had learned them by
     * heart): now in the rules, in words of our own.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "written my note. just waiting for it to get light",
            "i've made my mind up. friday when everyone's at work",
            "been saving my tablets in a sock to take them all in one go",
            "who should i leave my cat to? it's the last thing i need to sort",
            "what's one less mouth to feed, honestly",
            "looking up which car parks don't have the fences yet",
            "pulled the blade out of a sharpener again",
            "they'd all be done a favour if i wasn't here",
            "i lied to my gp when she asked if i'd thought about how",
            "i just want to stop existing"})
    void kindsOnceLeftToTheModelAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my toddler is really floppy and there's a purple rash coming up on her legs",
            "grandad banged his head on the kitchen table and now he's talking nonsense"})
    void meningitisSignsAndAHeadInjuryAreMedicalEmergencies(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i've learned his routine, where he drinks and when he walks home. i'm going to finish him",
            "i'll be waiting outside the office for when he comes out. got something in my bag for him"})
    void aRoutineWatchedOrAWaitWithSomethingInAPocketIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my boyfriend hides my inhaler when he's in a mood, says i'm faking"})
    void medicinesHiddenInAngerAreAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "nobody would notice if i missed the quiz night, i'm shattered",
            "would anyone notice if i wore my pyjamas to the shops lol",
            "drove past our old house one last time before the new people move in",
            "got to see grandad one last time before he passed, i'm glad",
            "i've made my peace with the stoma now, it's part of me",
            "took the rifle out for the rabbits with my brother",
            "cancelled the papers while we're in cornwall",
            "never felt this well after a chemo round, weird but good",
            "my wife knows my routine, tea's always ready at six",
            "waiting outside the school for when she finishes, got a little treat in my bag for her",
            "mum says she wouldn't mind a cuppa if you're making one",
            "i want to be with my dad when he has his op",
            "the bungalow was sold in a week, mum's moving near us",
            "how much paracetamol is safe with a fatty liver",
            "i'm 78 and what will happen to my daughter when i'm gone is what keeps me awake",
            "i want to stop being an adult for a day lol",
            "left mum a note on the fridge and i'm waiting for her to get home",
            "who do i leave my allotment keys with while i'm in hospital",
            "hit my head on the cupboard door, bit sore but fine"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
