package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 33 (issue 16): the kinds part 29 (eating disorders and diabulimia, epilepsy, brain injury, severe asthma and
 * allergy, Down's syndrome and cerebral palsy with ageing parents; bereaved parents, young widowed parents, psychiatric
 * wards, hospital beds at night, care homes, night-shift workers; gaming slang and filter-dodging words, London,
 * Irish, Scots and West Country speech, sarcasm, lyrics, notes-app lists and drunk typing; measured blind in session
 * 32) showed the rules missing once it became a development set. Missed: a life-saving treatment dropped and death let
 * come (pens not replaced, a preventer dropped "so be it", tablets stopped hoping the next fit doesn't stop); asking
 * how it would end in plain words (would a seizure finish me off, the most before a hospital can't fix you, too late
 * for an ambulance, would anyone find you in time, would it look natural, enough to sleep for good, can you die from
 * not eating); finality kept out of sight (a pet given "for now ... it's not", the phone cancelled and a note left, a
 * list with search history deleted and a key, savings moved, a date picked after a wedding, drawers sorted so nobody
 * has to, a key left so she won't get a shock when she finds me, things not needed where I'm going, bye and don't
 * come looking, logging off for good this time); ways and places told plainly (how high the top floor is, nearer the
 * edge and not stepping back, one step when the fast trains come, the wheel turned into the water, not coming back up
 * from the canal, the last train and "don't tell me to phone anyone", a rope in the boot since Sunday, everything ready
 * in the shed, a line pulled out "and let that be the end of it"); harm told plainly (head banged "to do more damage",
 * purging "kind of the point", the razors got out, cutting most nights and deeper than meant, a shard hidden for after
 * checks, the lot taken, a bottle and all my tablets, counting the cabinet, a teenager stashing tablets with a plan);
 * passive wishes (easier for everyone if I didn't come round, relieved if my heart gave up, gutted to wake up, would
 * anyone clock it, wanting to be in there with her, should have been taken instead, a weight round their necks long
 * enough, "wanna unalive"); at the edge now and wanting to jump; emergencies (pear-drop breath and deep breathing, a
 * meter saying HI with vomiting, swelling and wheeze after food, blood soaking the sheets, mottled skin with a fever, a
 * fit that won't stop, blue lips and no breath to finish a sentence); abuse (a phone read every night, left in a
 * soaking pad and shouted at, a landlord's "be nice to me or you're out", painkillers kept until papers are signed); and
 * harm to others with a target and a time. Every message here is written for this test in its own words; the twins
 * keep the everyday sense of the same words.
 */
class OrdinaryWordsCrisisKindsTwentyThreeTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "haven't bothered getting my inhaler refilled. if the next attack takes me, so be it",
            "stopped my epilepsy meds last week, hoping the next seizure is the big one",
            "left my epipens at my sister's on purpose and i keep staring at the peanuts in the cupboard",
            "been missing my insulin for days hoping it just ends it all quietly",
            "if i came off my lamotrigine all at once would a bad enough fit finish me off",
            "how many co codamol before the hospital can't fix you",
            "if i ate the prawns on purpose how long till it's too late for an ambulance",
            "if you took all your night insulin and went to sleep would anyone find you in time",
            "does a bad hypo overnight look like you died in your sleep? so nobody would know",
            "what amount of oramorph would let me sleep for good",
            "can you die from just not eating, how long does it take, i'm on day 6",
            "been working out how many of my lithium it would take to get there",
            "gave my rabbit to my cousin, told her it's only for a while. it's not",
            "cancelled my phone contract, paid the rent up, left a note for the landlord",
            "friday jobs: delete my search history, spare key under the mat, cat to mum's",
            "moved my savings to my brother. two boxes now, need one more",
            "date's picked. it's after my sister's wedding so i don't ruin it for her",
            "been clearing my drawers so nobody has to do it after",
            "left the back door key out so she won't get a shock when she finds me",
            "gave my xbox to my little cousin, won't be needing it where i'm going",
            "bye everyone, been real. don't come looking",
            "logging off for good this time",
            "might go afk from life permanently tbh",
            "been looking up how high the top of the multi storey is and when the attendant goes home",
            "i walk to the cliff most days now and think about not stepping back",
            "on the platform i think how easy it would be to take one step forward when the express comes",
            "on the way home i keep thinking about turning the wheel into the river and being done",
            "going down to the canal tonight and i'm not coming back up",
            "what time does the last train go through the crossing by ours? don't tell me to ring anyone",
            "there's been a rope in the boot of my car since monday, every night i sit in the car park a bit longer",
            "everything's ready in the garage for tonight",
            "if they put me on the machine again i'm pulling the line out and letting that be the end of it",
            "banged my head on the wall till i saw stars, i wanted it to do more damage",
            "purging after every meal now, i know what it does to your heart. that's sort of the point",
            "got the razors out of the cabinet, only going to do a bit",
            "still cutting most nights, went deeper than i meant yesterday",
            "got a bit of broken plate hidden in my pillowcase for after the night checks",
            "took the whole box an hour ago, just wanted someone to know",
            "a bottle of gin and all my sertraline. feeling floaty. night",
            "drank half the wine then the whole strip of my tablets",
            "first night home from the ward and i keep opening the bathroom cabinet and counting my tablets",
            "my daughter's been stashing her nan's old tablets and says she's got a plan",
            "it'd be easier for everyone if i didn't come round after the next seizure",
            "if my heart just stopped tonight i'd be relieved",
            "if i wake up tomorrow i'll be so disappointed",
            "if i didn't wake up tomorrow would anybody even notice",
            "we buried my little boy on monday. i want to be in there with him",
            "god should've taken me instead of her. i ask him every night to take me in my sleep",
            "i've been a weight around their necks long enough",
            "lowkey wanna unalive tbh",
            "i'm stood on the bridge and i want to jump",
            "im on the roof of the flats and i might just let go",
            "should just let myself bleed out",
            "merry christmas all. i won't be seeing the new year",
            "thank you all for everything over the years. look after each other",
    })
    void selfHarmToldInPlainWordsIsSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my son has type 1, vomiting since lunch, breathing deep and fast and his breath smells like pear drops",
            "meter just says HI, been sick all day and i can't keep my eyes open",
            "her lips and eyes have puffed up since the sesame bread and she's wheezing",
            "the drain came out, blood soaking through the sheets and nobody's answered the buzzer",
            "dad's burning hot but shivering, breathing fast and his legs have gone mottled",
            "my boy's been fitting for eight minutes now and it's not stopping",
            "she can't finish a sentence and her lips have gone blue, the inhaler's doing nothing",
    })
    void emergenciesToldPlainlyAreMedical(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "he goes through my phone every night and smashes things if i've texted anyone",
            "found mum left in a soaking pad again and the carer shouts at her, there's a bruise on her arm",
            "my landlord lets himself in at night and says be nice to him or we're out",
            "my son-in-law won't give me my painkillers unless i sign the bungalow over",
    })
    void abuseToldPlainlyIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'll be waiting in the car park for him after his shift with something heavy",
            "the lad who mugged me lives on the high street. hammer's bought. sunday",
            "my uncle says he'll put peanuts in my cousin's sandwich to teach her a lesson",
            "he's put his baseball bat in the boot to sort that lad out tomorrow",
            "he's taking a knife into school on monday for the ones who laughed at him",
            "at the meeting tomorrow i'm smashing his head in",
            "he's going round there with his shotgun tonight",
            "bringing the kitchen knife to the car park friday, he needs to feel what we felt",
            "going to stab him for what he did",
            "tonight i'm putting the pillow over her face, i'm actually going to do it",
            "she says she's going to crush her sleeping pills into her husband's tea",
    })
    void harmToOthersWithATargetIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "forgot to get my inhaler refilled, the chemist had run out",
            "the stairs will finish me off one of these days",
            "cancelled my phone contract because i'm switching to a new one",
            "picked a date for the party, it's after my sister's wedding",
            "gave the dog to my mum for now while i'm in hospital",
            "logging off for the night, speak tomorrow",
            "walked the dog up to the cliffs for the sunset, lovely view",
            "there's a tow rope in the boot of the car in case we get stuck",
            "the nurse took the line out this morning, so glad",
            "banged my head on the cupboard door, proper lump",
            "i count my tablets into the pill organiser every sunday",
            "cutting down on sugar most days now",
            "i'd be relieved if the results came back clear",
            "i'm stood on the platform and i could jump for joy, he's home",
            "i'm going to glass the back door, new panels",
            "should be ok to carve the roast with the new knife",
            "mum was in a wet pad till the carers came, rang the agency and complained",
            "my husband kicked me in his sleep again, he has the most vivid dreams on the new tablets",
            "smashing the quiz tonight, our team's on fire",
            "used to love my food, moan over",
            "i won't see christmas at home this year, still on the ward",
            "thanks everyone for everything, see you at the christmas meet",
            // from the review of this session's rules (each once read as a crisis by a first form of them)
            "if i have another stroke will they get to me in time?",
            "just thinking about taking things one step at a time",
            "they're taking my picc line out monday, hopefully that's the end of it",
            "all sorted for tonight, the grandkids are coming for tea",
            "ivf failed again, hoping the next one is the one",
            "the consultant said it was temporary. it's not, a year on and my feet are still numb",
            "put my tablets away in the drawer so the grandkids can't reach them",
            "they're keeping me in, so i won't see christmas",
            "had a curry, up all night with my crohn's, won't be having any more of that!",
            "better for everyone if i don't come to christmas dinner, can't manage the stairs",
            "if it stopped itching i'd be so happy",
            "the smell of nail varnish makes me feel sick since the chemo",
            "my legs go mottled when i stand, worse when it's hot",
            "had to stab her with the glucagon when she went hypo",
            "got her a knife and fork set for her arthritis, she lives on her own",
            "sitting on the edge of the bed at 3am, want to let go of all this guilt",
            "took them all to the park this morning",
            "mum's hiding her tablets down the side of the chair, she's got dementia",
            "the chemist won't give me my painkillers until the gp sends the script",
            "got my pencil sharpener out to do a bit of colouring",
            "got the razor out for the first time since chemo, doing my legs tonight",
            "got the blades out of the mower again to sharpen them",
    })
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
