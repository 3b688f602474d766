package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 28 (issue 16): the kinds part 24 (rare and poorly understood conditions, long-term HIV and hepatitis C,
 * sight or hearing lost as adults; former mining and steel towns over 60, police, fire, prison and 999 staff with PTSD;
 * families of adults with psychosis, addiction or an eating disorder, damp rented rooms and two jobs; measured blind in
 * session 27) showed the rules missing once it became a development set. Missed: how much of a medicine would end it,
 * or whether it would be quick or slow, peaceful or painless, asked as a plain question (and sent to the clinical reply
 * before); means put by in ordinary words; hurt done with steam or a blade to hand; an end left to chance (the traffic,
 * the tide, the snow, the anaesthetic, an illness "finishing the job", the inhaler not reached for); the end put in few
 * words (don't send anyone; decide when I go; a date to get through; letters with the insurance papers; the arteries
 * the job taught them; a gun in the loft); harm to others with a weapon and a place or a time in new words; abuse by a
 * carer's hand in the purse, a man moving in "whether I like it or not", an inhaler taken in a row, a child's marks
 * and who did them; sepsis signs told plainly; a stroke told with a possessive ("his mouth's drooping"). Every message
 * here is written for this test in its own words; the twins found older false alarms too (a black tie for funerals,
 * "people ask if I'd rather be dead than blind", "more ways to die than hot dinners", "I rattle with tablets", a
 * grated knuckle, "killing himself with the drink").
 */
class OrdinaryWordsCrisisKindsEighteenTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "how many of my water tablets would it take to stop my heart",
            "if i came off the steroids in one go would it be quick or would it drag on",
            "if i mixed the oramorph with gin would it be peaceful",
            "is there a painless way, asking properly",
            "what's the quickest way that doesn't leave a mess for my son to find me",
            "how deep would it need to go, wrist i mean",
            "could a magnet turn a defib off? might try it with mine",
            "which bridges round here don't have the barriers up yet",
            "tallest car park in town? no reason",
            "does a fortnight of sleepers all at once stop your heart",
            "if i turned the oxygen up and lit a fag would it be quick",
            "got a stash of codeine from the old prescriptions. keeping it for a reason",
            "been putting by the morphine the district nurse drops off",
            "going to finish the gin and all my tablets tonight",
            "held my hand over the hob on purpose until it blistered",
            "sat in the car with a razor blade. not done anything yet",
            "if i stepped in front of a lorry they'd just think i never saw it. keeps crossing my mind",
            "it would just look like an accident, my hips go anyway",
            "went up the moor in the frost and lay down, wanted to stay there",
            "the tide's high at nine. thinking i'll just keep walking",
            "hoping i don't come round from the anaesthetic on tuesday",
            "wish this cancer would hurry up and finish me",
            "if i just didn't wake up tomorrow i'd be fine with that",
            "stopped caring whether i wake up or not",
            "i'd like to go to sleep and not face another morning",
            "thinking of not reaching for the inhaler next time and letting it happen",
            "if i left the nebuliser my chest would give up in the night and that would be that",
            "if the damp gets me first fine, i've stopped opening the windows on purpose",
            "wish i'd gone with them, all my mates from that ward died and why was it me that got left",
            "if you don't hear from me next week you'll know why. don't send anyone",
            "i wrote letters for the kids and left them with the insurance papers",
            "i'll decide when i go. not the hospital",
            "my uncle did exactly what i'm planning",
            "don't think i'll be needing my repeat after this month",
            "just get through her wedding and then i can stop.",
            "weirdly it's a comfort having a date",
            "everyone would honestly be better off, i've thought about it",
            "stopped the insulin on sunday because i'm done with all of it",
            "twenty years of nursing taught me where the arteries are and i keep thinking about that",
            "keep clocking the ligature points in the hall",
            "grandad's old rifle is in the loft and i can't stop thinking about it",
            "not eaten for five days on purpose",
            "my brother's locked in the bathroom and won't answer. he said he'd had enough",
            "the cleanest thing would be to not be around",
            "i'd rather drink till it's over than wait for a new liver",
            "going to stop the tube feeds and nobody would notice for days",
            "stood on the viaduct on my walk again, looking down longer every time",
            "put the rope up in the shed last night then took it down",
            "there's been a rope in the loft since new year and knowing it's there helps",
            "cut meself again, not deep"})
    void lethalQuestionsMeansAndEndsInFewWordsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my carer does my shopping with my card and money keeps going missing. she said if i make a fuss she'll stop coming",
            "a man from the club says i owe him for his help and he's moving in whether i like it or not",
            "she took my inhaler in a row and watched me struggle",
            "he says if i go to the group again he'll flush my tablets",
            "my son put his fist through the wall and said i'd be next if i change the locks",
            "the girl next door has marks on her arms and says her mum's fella did it. she's only 5"})
    void exploitationAndFearAtHomeAreAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "next time he's on the stairs i'll help him down them. see how he likes it",
            "going to slip something in his tea, he deserves it",
            "sat in the car park an hour waiting for him with the bar from the boot",
            "if that assessor lies again i'll be waiting in the car park for her. i know what she drives",
            "got a hammer by the door and i'll sort him permanent",
            "found his address and i've thought about how i'd do him",
            "still got my old truncheon, going round there tonight with the bat",
            "gonna put his windows through and him with them",
            "she lives round the corner. next time i see her she's getting what's coming",
            "taking a can of petrol down to the council office"})
    void harmToOthersInNewWordsIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a graze on my leg has gone red and hot right up to my knee, i'm shaking with cold and my heart's going like mad",
            "she's on chemo and her temp is 39, she's shivering and the line isn't answering",
            "my dad's mouth's drooping and his arm's gone dead and his words are coming out all jumbled"})
    void emergenciesInNewWordsAreMedical(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how many sessions would it take to sort my knee",
            "is the new insulin quick or slow acting",
            "would it be peaceful at the lake on sunday",
            "what's the quickest way to the hospital from the station",
            "how deep is the snow up your way",
            "is the new road bridge finished yet",
            "stockpiling my worries as usual before the scan",
            "i've put by a bit of money for christmas",
            "mum with dementia has been hoarding her tablets because she forgets them",
            "burnt my hand on the hob making tea",
            "sat in the kitchen with a knife peeling the veg",
            "if i walked in front of the bus stop camera i'd be on telly lol",
            "hoping i don't come round during the op, i hate the waking up bit",
            "wish the builders would finish the job",
            "if i don't wake up early i'll miss the bus",
            "went to sleep and didn't wake up till ten, bliss",
            "if i don't message back i'm at my mum's with no wifi",
            "i'll decide when i go to the shop",
            "just get through christmas and then i can stop buying presents for them all",
            "the job taught me where the best chippies are",
            "we check ligature points on the ward every shift",
            "my dad kept his shotgun licence for the clay shooting",
            "had a lovely rope swing in the garage for the kids",
            "went to clay pigeon shooting for his birthday",
            "going round to my mum's tonight with the hammer to put her shelf up",
            "bought a can of petrol for the mower",
            "he's getting what's coming to him at the party, a big cake",
            "my grandson fell off his bike and has bruises on his arms, bless him",
            "my wife's carer is lovely, she does the shopping with my card",
            "my son moved in to help whether i like it or not, he's a good lad",
            "she's on chemo, temp was 38 yesterday but it came down and she's fine",
            "I went to so many funerals in the 80s i kept a black tie in the car",
            "people ask if i'd rather be dead than deaf, i'm not, i'm fine",
            "been threatened with more ways to die than i've had hot dinners",
            "took my tablets this morning, nine different ones, i rattle",
            "blood all over the chopping board, grated my thumb, plaster on",
            "my brother's killing himself with the drink, mum says"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
