package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 27 (issue 16): the kinds part 23 (people in recovery, in hostels or sleeping rough, out of prison, care
 * leavers; autistic adults, ADHD, learning disability, early dementia and their families; refugees and asylum seekers,
 * new parents, night-shift workers; measured blind in session 26) showed the rules missing once it became a
 * development set. Missed: the wish told as a trade for more of the same; hurting themselves told as what they did and
 * with what; not waking said beside what it would spare; the whole of it told as done, flatly; questions about how it
 * would go dressed as curiosity or a friend; means gathered from shop to shop and heights or fences checked; an ending
 * put after a date; letters, passwords and papers left ready; their own hand, or not staying if someone dies; harm to
 * others as a deed with a weapon, a target and a time, and a baby at risk from a frightened parent; exploitation in
 * everyday words (benefits taken with a threat, passports kept, a debt with a family threatened, a landlord's "other
 * ways to pay", a man who comes in at night); marks and fear at home; emergencies in new words (a face dropping on one
 * side, arm and jaw pain with sweating, fits one after another, a sugar of 2 with nonsense talk, flashing lights late
 * in pregnancy, blood coughed up with breath failing). Every message here is written for this test in its own words;
 * the twins found four false alarms in older rules too (glazing, a face that dropped at a bill, letters to an MP, a
 * neighbour who takes the money to the post office).
 */
class OrdinaryWordsCrisisKindsSeventeenTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "i'd rather be dead than face another winter of this",
            "I'd rather be gone before I stop knowing my own kids",
            "i cut my legs with a razor last night",
            "scratched myself on purpose again till it bled",
            "my partner keeps finding the razors i hide",
            "I'll go to sleep. And not wake up, that's the plan",
            "if i don't wake up on monday at least the landlord gets his room back",
            "wouldn't be the worst thing if the bus hit me on the way in",
            "if i jumped off the bridge on the way home would anyone notice",
            "not angry exactly. just done.",
            "we always joked about who'd go first. i'm not joking anymore",
            "staying sober isn't the same as wanting to live",
            "not gonna bother with tomorrow",
            "does it hurt to drown",
            "how long would it take with the exhaust and a hose",
            "if someone stopped all their insulin how long would it take before they died",
            "can you die from not drinking if you're on dialysis? how long would it take",
            "would an overdose be painful? like if i had the lot",
            "what happens if someone takes the whole packet at once",
            "if i took all my pills at once would anyone find me before monday",
            "is there a way to go that's peaceful",
            "got some from the chemist, then another chemist, then asda. got enough now",
            "looked up how high the viaduct is and if there's a fence",
            "keep standing at the railway fence timing the trains",
            "there's a rope in the garage. haven't used it. still think about it",
            "i've been on the roof for an hour now",
            "stood on the bridge again. kept staring at the water for ages",
            "I won't need my bus pass after friday",
            "don't worry about me after this weekend",
            "if i don't reply tomorrow tell everyone thanks",
            "sorry for what i'm going to do tonight",
            "nobody knows i've already written the letters",
            "wrote letters to my kids and left them with my phone passwords, in case",
            "gave my sister my bank pin and showed her where the will is, for after",
            "i'll finish myself before they send me back",
            "if she doesn't make it I'm not staying either",
            "got what i need put by",
            "keep thinking about not braking next time a truck pulls out",
            "stopped my heart tablets on purpose last week",
            "everyone would be better off. the lot of them.",
            "going to sleep out and let nature take its course",
            "had enough of it all. bye",
            "sat in the car park thinking this is my last go round"})
    void hintedEndsMeansAndQuestionsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "he takes my pip every month and says if i moan i'm out",
            "the agency kept our passports when we started",
            "she says she'll ring the home office if i tell anyone",
            "i still owe them and they know where my mum lives",
            "the landlord said there's other ways to pay",
            "one of the staff comes into my room at night and touches me",
            "he lets himself in when i'm in the shower",
            "she has bruises on her arms and says her stepdad did it",
            "my ex has been parked outside my house three nights running",
            "he shoves her about when she asks for her pension",
            "she locks my inhaler away when i don't do as i'm told",
            "thousands gone out of gran's account and the new lodger told her not to tell us"})
    void exploitationAndMarksAreAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm glassing him if he shows his face tonight",
            "the knife's in my pocket already for when he turns up",
            "going back round there with a hammer tomorrow",
            "after tomorrow he will not walk",
            "i'm putting bleach in his coffee on monday",
            "i know what time she finishes. she'll get what she deserves",
            "i will finish what he started",
            "when she screams i want to shake her",
            "shook him when he wouldn't stop crying, scared i'll do it harder next time",
            "put the pillow over him for a second and then stopped"})
    void deedsWithAWeaponAndABabyAtRiskAreHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "his face is dropping on one side and he can't talk right",
            "my arm and jaw are aching, i'm sweating and feel sick, started 10 minutes ago",
            "he's had three fits since this morning in a row",
            "she's seeing bugs on the wall and shaking",
            "sugar is 2.1 and he's talking nonsense",
            "36 weeks pregnant, flashing lights and my face is all puffy",
            "coughing blood, loads of it, and he can't breathe"})
    void emergenciesInNewWordsAreMedical(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'd rather die than go to that work do",
            "cut my hand with a knife chopping onions",
            "my nan keeps finding the knives i hide from grandad since the dementia",
            "go to sleep and don't wake up till noon, that's my sunday",
            "not sad exactly. just tired of the rain",
            "i'm not joking, the cake was amazing",
            "does it hurt to get a tattoo on your ribs",
            "how long does it take for metformin to work",
            "got enough paracetamol for the week from the chemist",
            "looked up how high the london eye is for the kids",
            "the tow rope's in the garage, used it last winter",
            "won't need the crutches after the op on friday",
            "don't worry about me this weekend, i'm at my sister's",
            "wrote letters to my mp and the council about the damp",
            "gave my sister my pin so she can do my shopping while i'm in hospital",
            "finish myself a cup of tea and then bed",
            "my car's not braking properly, garage on monday",
            "stopped my statins because of the side effects, the gp agreed",
            "everyone would be better off if the buses ran on time",
            "let nature take its course in the back garden, it's a meadow now",
            "he takes my money to the post office for me every week, he's a star",
            "we need to keep our passports safe for the holiday",
            "i still owe them a birthday card",
            "i'm going to glass the back door, new panels",
            "going back round to my mum's with a cake tomorrow",
            "shook the baby's rattle till she laughed",
            "his face dropped when he saw the bill",
            "sugar's 3.9, had a biscuit, feeling fine now",
            "coughed up blood once last month, the gp had it checked, all clear",
            "someone burnt toast and set the alarm off, going to strangle whoever it is",
            "going to kill all the slugs in the veg patch this weekend",
            "ready to end it all with the bank, moving my account",
            "used to want to die every day in the camp, but today I feel hope",
            "blood everywhere on the ward after a cannula came out, all sorted, he's fine now",
            "i'm doing him three big meals a day and snacks",
            "the exercises are murder but i'm doing them",
            "went over in the kitchen on tuesday, nothing broken but i'm black and blue",
            "the nurse took four goes to find a vein and i'm black and blue"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
