package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Session 9 (issue 16): more crisis kinds said in ordinary words (a day or time chosen for ending, a lethal amount
 * wondered about or put by, being gone or not found, a method rehearsed, an emergency told by numbers, abuse now, a
 * threat with a target), and the false alarms narrowed beside them. Every message is written for this test in its
 * own words, in several voices and spellings, so each case checks a family, not a sentence of a set; beside each
 * family sit the near misses that share its words and must stay ordinary, and beside each narrowing the crisis it
 * must still let through.
 */
class OrdinaryWordsCrisisKindsTwoTest {
    private final CrisisChecks check = new CrisisChecks();

    private void selfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "got it all sorted now, i only have to choose the date",
            "I've picked the night. The letters to the kids are written",
            "worked out the safest time to do it, when nobody is home till monday",
            "once my son has settled into his new flat i'll stop eating and let nature take its course",
            "thinking of switching off the oxygen and just letting myself drift off",
            "gonna stop my insulin on purpose and let it happen",
            "no more dialysis for me after christmas, i'll slip away quietly"})
    void aDayOrTimeChosenForEndingIsSelfHarm(String text) {
        selfHarm(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we've picked the date for the wedding, so excited",
            "chose the day for our trip to the lakes, everything is booked",
            "the consultant agreed we can stop the dialysis and the hospice nurses will support us at home",
            "i'll come off the tablets when the course is finished, the gp said that's fine"})
    void aDayForAHolidayOrAStopAgreedWithTheDoctorIsNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what would happen if i swallowed the lot at once",
            "would 40 of my amitriptyline be enough",
            "is twenty of the co codamol going to do it",
            "ive got enough oramorph set aside to make sure",
            "wot dose of insulin wud kill a person",
            "counted my tablets twice tonight, nobody knows the cupboard isn't locked",
            "been googling how many it would take",
            "what if you mixed bleach with other cleaners, would the gas kill you"})
    void aLethalAmountWonderedAboutOrPutByIsSelfHarmNeverClinical(String text) {
        selfHarm(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i missed my evening dose, should i take two in the morning?",
            "is 2 of my paracetamol enough for a bad headache",
            "counted my tablets to see if i need to reorder my repeat",
            "never mix bleach and ammonia when cleaning, the fumes can kill you"})
    void anOrdinaryDoseQuestionOrACleaningWarningIsNotCrisis(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "this will be the last message you get from me. thank you all",
            "i've made all my arrangements. look after each other",
            "won't be at the coffee morning again, not any week after, my mind's made up",
            "when my husband goes, i go",
            "i don't want anyone to find me and bring me back",
            "been handing my jewellery out to my nieces, i won't need it anymore",
            "put my affairs in order and written to each of the grandkids",
            "deleting my insta and facebook tonight. it's time"})
    void beingGoneOrNotFoundIsSelfHarm(String text) {
        selfHarm(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "won't be at group any more after this week, i've got a new job with evening shifts",
            "we're rehoming the cat because we're moving to a flat abroad",
            "giving the baby clothes away, she's outgrown them",
            "when she goes to bed i go for a run",
            "deleting my socials for a month, a detox before my exams",
            "i don't want to be resuscitated, it's on my respect form"})
    void leavingAGroupRehomingOrGivingAwayForAReasonIsNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "some nights i sit in the garage with the engine on and the door shut",
            "spent half the night scrolling methods",
            "been stood by the viaduct for a long while just staring",
            "if it wasnt for the cat id have walked into the river by now",
            "keep imagining my car going off the road into a tree, it would solve everything",
            "keep looking at the pills in the bathroom cabinet, theyd be better off without me",
            "been up in the loft holding my dads old shotgun again",
            "bought a hosepipe and i havent got a garden",
            "i've found out which floor of the car park you can get onto the roof from"})
    void rehearsingAMethodIsSelfHarm(String text) {
        selfHarm(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "spent hours researching my condition online last night",
            "sat in the car with the engine running to warm it up before the school run",
            "we walked to the viaduct with the dog, lovely view",
            "keep picturing the crash i nearly had on the black ice",
            "looking into teaching methods for my course",
            "bought a hosepipe for the garden"})
    void researchAWarmCarOrADayOutIsNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my heart is going at 190 and i feel really faint",
            "pulse 210, dizzy and clammy",
            "sats 83 and she cant get a sentence out",
            "o2 is 79 and he is gasping",
            "temp 38.9 and shaking, he had chemo on friday",
            "she's neutropenic and her temperature is 39, feels dreadful",
            "my daughter has swallowed a whole packet of paracetamol about an hour ago",
            "his lips have gone blue and his breathing is really shallow"})
    void anEmergencyToldByNumbersOrSignsIsAMedicalEmergency(String text) {
        TriageResult r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
        assertThat(r.signals()).as(text).contains(Signal.IMMEDIATE_DANGER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my resting heart rate is 90, is that ok",
            "hit 185 on the treadmill today, felt great",
            "my sats are 95, is that normal for copd",
            "is a temperature of 38 bad during chemo",
            "my son has a temp of 38.5 after his jabs",
            "my chest feels tight walking uphill but it settles when i stop, what is it"})
    void ordinaryReadingsAndQuestionsAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my ex is waiting in the stairwell and i cant get out of the flat",
            "he keeps turning up outside my house every night",
            "my ex boyfriend is at the door banging and i'm hiding in the bathroom",
            "he held a knife to me and said i'd be sorry"})
    void abuseNowIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the neighbour's music is so loud again, can't sleep",
            "my ex is outside to pick the kids up for the weekend",
            "my dad used to hit us. he died last year and the grief is messy",
            "is there a group for people who left an abusive marriage years ago?"})
    void aNeighboursNoiseAHandoverOrAbuseLongOverIsNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm going down to where he works and he won't be walking away",
            "tracked down her address and she's going to suffer for it",
            "gonna put something in my flatmate's dinner to make him ill",
            "i keep thinking about driving into the crowd at the protest",
            "there's a lad in the garden waving a machete",
            "sat by the window with the air rifle waiting for him to come back",
            "i could honestly kill my stepdad right now, i have thought about how i would do it"})
    void threatsWithATargetAreHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i could kill him, he told me the ending of the film",
            "found my old teacher's address so i can send her a thank you card",
            "put honey in his tea to help his throat",
            "swear i'll throttle my sister one day, love her really",
            "i want to strangle whoever wrapped this parcel"})
    void exasperationAndKindnessAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm gonna top myself tonight",
            "want to end my rubbish life",
            "my mates would throw a party if i dropped dead",
            "doing the thing with the sharpener blade on my arms again",
            "i wnt to dye cnt do this",
            "took an overdose in 2019 and survived, now i'm thinking about doing it again properly",
            "giving my books to the charity shop because i don't think i'll be needing them"})
    void slangMisspellingAndHistoryComingBackAreSelfHarm(String text) {
        selfHarm(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tried to end my life in 2015. nine years on i've a job and a dog, it does get better",
            "three years self harm free today",
            "lost my uncle to suicide, looking for a counsellor who understands suicide loss",
            "an actor i liked died by suicide and it brought things back, i'm ok",
            "my mate overdosed years ago and died, i still miss him",
            "i wanted to die when i called my boss mum, mortified",
            "if i have to do one more team quiz i'll fake my own death and move to wales",
            "stick a fork in me, twelve hour shift done",
            "bricking it about my scan on friday",
            "pharmacy that delivers? i can't get out to collect my prescription",
            "i want to dye my hair blue",
            "been thinking about ending things with my girlfriend"})
    void historyGriefIdiomsAndErrandsAreNotCrisis(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "gave my bike and all my tools to my nephew, wont be needing them",
            "giving my plants away and cleaning so no one has to do it after",
            "decided this christmas is my last one",
            "cant see myself being around by new year",
            "going to get the train to the coast tomorrow and not come back",
            "wanna fkn die",
            "me no want live no more",
            "been planning how to do it for months, everyone thinks im fine",
            "i dreamt i jumped and it felt peaceful",
            "the kids would have a better life with their nan, without me",
            "did it again last night, the cutting, after two years",
            "ran a bath with the razor on the side and sat there for ages",
            "every time i drive home i think about not turning at the bend",
            "how high would a fall have to be so you dont survive, asking for a book",
            "wrote a poem about a boy who takes all his pills, its about me really"})
    void moreWaysOfSayingSelfHarmPlainly(String text) {
        selfHarm(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i know where he lives and he'll get whats coming",
            "got a knife off a mate, that lot are gonna get it",
            "i feel like i want to shake the baby, i've put her down and left the room"})
    void moreThreatsWithATarget(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "he strangled me last night till i blacked out, says it was an accident",
            "my grandson takes money from my purse every visit"})
    void strangulationAndMoneyTakenAreAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stung by a bee and my throat is closing up", "ate a cake with nuts in, my tongue is swelling"})
    void aThroatClosingAfterAStingOrNutsIsAMedicalEmergency(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "going to drive to scotland and not come back till monday",
            "my throat feels tight and sore with this cold",
            "i know where she lives, i send her a christmas card every year",
            "wrote a story about a girl who is brave, it's about me really",
            "decided this is my last year at the allotment, too much for my knees"})
    void theirNearMissesAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sitting on the bathroom floor with the blade right now",
            "the knife is against my wrist now",
            "bought charcoal and taped up the windows",
            "just cut again, deeper this time",
            "urge to pick til it bleeds is back tonight",
            "wrote my letters and i know where im going tomorrow",
            "been planning it for months and ive found the spot",
            "ill go by my own hand",
            "if i didnt wake up tomorrow i wouldnt mind",
            "praying not to wake up after surgery",
            "last time i felt this low i ended up in hospital with tablets. its back",
            "told my son where the spare key is and my pin. hes no idea why"})
    void meansInHandAPlaceChosenAndPassiveWishesAreSelfHarm(String text) {
        selfHarm(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my ex has turned up at my house 3 times this week, tonight he's in our stairwell and i cant get out",
            "hes outside the back door saying hes going to kill me, ive locked it",
            "my stepdad is drunk, hes downstairs and im hiding in my room"})
    void someoneAtTheDoorNowIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "found out where the lad who hurt my daughter works, he wont walk away this time",
            "next time he blocks my drive i'll take a bat to his head",
            "gonna torch the van with him inside",
            "my brother said hes going to kill our uncle and hes gone out with a knife"})
    void aWeaponOrFireMeantForAPersonIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my arm is pumping blood and ive soaked through two towels",
            "fell off the ladder and my ankle is pointing the wrong way"})
    void heavyBleedingOrABadBreakIsAMedicalEmergency(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "took a bat to the ball and hit a six",
            "charcoal for the bbq tonight, windows open",
            "cut the hedge again, deeper this time",
            "wrote the note for the milkman, off on holiday saturday",
            "finished reading the letter from my nan tonight",
            "if i didnt wake up early i wouldnt get to the gym"})
    void theSameWordsInErrandsAndGamesAreNot(String text) {
        check.notCrisis(text);
    }
}
