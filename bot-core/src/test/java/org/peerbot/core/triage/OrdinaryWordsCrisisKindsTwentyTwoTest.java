package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 32 (issue 16): the kinds part 28 (long COVID, ME/CFS, migraine and cluster headaches, sleep apnoea, weight
 * stigma, psoriasis and eczema; homeless people, veterans and forces families, people on probation, fishermen, farmers
 * and islanders; autocorrect slips, a laugh after dark things, the third person, religious phrasing, Welsh, Geordie,
 * Scouse and Brummie words, emoji; measured blind in session 31) showed the rules missing once it became a development
 * set. Missed: harm done on purpose with other things (a pin or a needle till it bleeds, bleach on the skin, a lighter
 * again); finality left behind (letters with the deeds, a note in the drawer, an order cancelled because it won't be
 * needed, not being at a wedding "I've made sure of that", a pet given away and the flat cleared, bank details left
 * and "it'll be done by Sunday", goodbyes nobody noticed, who gets what, going away "just not for good", a funeral
 * playlist ready, notes written in the third person, the last Christmas with a mind made up, meeting God on their own
 * terms, everything bought and the house empty, a policy that pays out after a year); passive wishes (drifting off
 * and that being the end, asking not to see the morning, wishing they had not been brought round, the children better
 * off raised by someone else, not another year of seeing it every night); ways and places (the barrier "nobody would
 * know", closer each time the train comes, a place deep enough and the side worked out, how long the cold would take,
 * slowing on the bridge, a hose and the quietest car park, methadone kept back, a boat not brought back, antibiotics
 * stopped on purpose, how long once you stop drinking, how much before a medicine kills, how many to drift off);
 * emergencies told as a story (swelling after a jab, a fever after an operation, a floppy hot child, coffee-ground
 * sickness, someone who won't wake after drugs, bleeding through towels on a blood thinner, a chest like a weight with
 * the left arm, no breath after the nebuliser, a hypo too muddled to take sugar); abuse (an inhaler hidden, cards kept
 * and receipts checked, sex under threat of pictures, "do things with his mates" for rent, a carer taking from a purse,
 * tablets held back, a soiled bed and bruises, slammed against a wall, friends on pension day, not a penny of the
 * pension, a child on a stepfather's knee, small children alone for days, hit with the remote); and harm to others with
 * a tool, a place and a day. Every message here is written for this test in its own words; the twins keep the everyday
 * sense of the same words.
 */
class OrdinaryWordsCrisisKindsTwentyTwoTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "been going at the patches on my arms with a needle till they bleed, on purpose, it's the only thing that quiets my head",
            "scrubbed my face with bleach last night to get the marks off and i'll do it again when the house is asleep",
            "used to burn my legs with a lighter inside. it's got bad again, did it three times this week in the loo at work",
            "knife blood emoji again tonight 🔪🩸 couldnt stop",
            "i've been picking at my scalp with a pin until it bleeds, deliberately, to feel something",
            "wrote a letter for each of the girls and left them in the tin with the house deeds",
            "there's a note in my bedside drawer. going to do it before the next attack comes",
            "stopped my repeat prescription, won't need it after this week",
            "i won't be at my son's graduation, i've made sure of that, been putting tablets aside since the new year",
            "gave the cat to my neighbour and cleared out the flat, council can have the keys back friday",
            "won't be a bother to anybody after friday",
            "bank cards and pins are in the drawer for the wife. it'll be done by sunday",
            "been saying my goodbyes for days now and nobody has twigged",
            "wrote out who gets what, my nephew gets the bike and my sister can have mum's watch",
            "told the lads at work i'm going away, just not that it's for good",
            "funeral playlist sorted, ready for saturday lol",
            "jonno has written his notes. jonno says ta for trying",
            "sleeping forever would be lovely tbh. everyone's gonna be fine without me",
            "this will be my last christmas, i've made my mind up",
            "i'll be with my wife by new year, mind is made up",
            "decided. tuesday once the kids are at school",
            "going to meet my maker on my own terms this week",
            "asked god to forgive me for coming home early",
            "the lord can have me too, i've stopped eating, no point prolonging it",
            "i keep wishing i'd drift off one night and that would be the end of me",
            "every night i ask god not to let me see the morning",
            "i wish they hadn't brought me round after last time",
            "they'd all be better off with my sister bringing them up",
            "can't do another year of this. i see it every night since the crash",
            "tempted to swerve into the barrier on the motorway, nobody would ever know",
            "keep standing by the level crossing, a bit closer each time the train comes",
            "the quarry at the top of the lane is deep enough. been going up most nights working out which side",
            "if you walked off the end of the pier in february how long would the cold take",
            "been driving over the bridge every night and slowing right down",
            "got a length of hosepipe in the boot and been working out which car park is quietest",
            "keeping a bit of my methadone back every day, nearly enough now",
            "thinking of taking my little boat out past the lighthouse and not bringing her back in",
            "stopped my antibiotics on purpose, let it spread to my blood",
            "looked up how long it takes if you just stop drinking and honestly i've already started",
            "what's the most amitriptyline you can take before it kills you",
            "does co codamol take days to kill you? asking for myself",
            "if you take enough gliclazide do you just drift off? how many would that take",
            "bought everything i need. sunday, everyone's away",
            "set everything up in the garage for when she's at her mum's on saturday",
            "the policy pays out after twelve months. twelve months is friday",
    })
    void selfHarmLeftBehindOrThoughtAboutIsSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "had my first biologic jab an hour ago and now my lips and tongue are swelling and i'm wheezing",
            "five days since my hysterectomy, thermometer says 39, shaking and my belly pain is getting worse",
            "my two year old is burning up, all floppy and he won't drink anything",
            "threw up twice and it looked like coffee grounds, feel faint",
            "my mate won't wake up properly, his breathing is all gurgly. he took some gear earlier",
            "sliced my thumb on a tin, it's pumping out and the towel is soaked",
            "bleeding from my hand for 30 minutes and i'm on apixaban, gone through two tea towels",
            "chest feels like a car's parked on it, going down my left arm and i'm sweating",
            "can't get my breath even after the neb and my lips look blue",
            "her sugar's 1.9 and she's talking rubbish and won't take the juice, now she's gone sleepy",
    })
    void emergenciesToldAsAStoryAreMedical(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "he hides my inhaler when he's in a mood so i panic",
            "she keeps all the bank cards and checks every receipt, says i don't deserve nice things",
            "he says if i don't sleep with him he'll post the pictures of my scars online",
            "the man i'm staying with makes me do things with his mates to pay for the room",
            "the carer next door took cash out of the old lady's purse, and she's got bruises",
            "staff at the home hold back dad's tablets whenever he argues",
            "found my nan in a soiled bed with bruises on her arms, third time this month",
            "he's started again, slamming me against the wall",
            "her so called friends come round every pension day and take her money",
            "haven't seen a penny of my pension since my daughter took over",
            "my grandson takes my pip as soon as it goes in and shouts if i ask for money",
            "my stepdad makes my little brother sit on his knee when mum's out, he's 8 and he cried",
            "the wee ones across the landing are left on their own for days, nothing in the cupboards",
            "my wife hit me with the remote when i asked her to turn the telly down",
    })
    void abuseToldInPassingIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "taking a knife to the lads at the chippy tomorrow night",
            "that landlord's getting a hammer outside the office on friday",
            "if the judge takes my kids i'm putting my fist through his face on monday, i mean it",
            "been thinking about slipping something in my brother in law's tea at christmas dinner. i know what's in my cupboard",
            "put bleach in his squash. see how he likes it",
            "got grandad's air rifle out of the cupboard and it's loaded, going round there when the music starts",
            "i'll be waiting by the gate with the shotgun, i'll put one in him",
            "next trip out i'm tipping the skipper over the side and saying it was a wave",
            "got a blade, going down the underpass after dark to find him",
            "me and the lads are going to sort him with bats on friday when he finishes",
            "i know where the surgeon lives, been parked outside watching. saturday i'll show him",
            "going to put my hands round her throat tomorrow when she comes for the kids",
            "i could put a few extra of his patches on him tonight and nobody would ask",
    })
    void harmToOthersWithAToolAPlaceOrADayIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "scratching my legs with my nails at night, the eczema is unbearable",
            "cleaned the loo with bleach and scrubbed the grout",
            "wrote my wedding thank you cards and left them on the side",
            "left a note with the solicitor with the house deeds for my will",
            "cancelled my gym membership, won't need it after this month with the new job",
            "gave the dog to my sister because my new landlord won't allow pets",
            "won't be a bother to anyone, i'll get a taxi to the hospital",
            "it'll be done by friday, the kitchen fitters are nearly finished",
            "wrote out who gets what in my will with the solicitor",
            "funeral plan paid monthly through the co op",
            "this will be my last christmas at the old house before we move",
            "i wish i'd go to sleep after night shift, my body won't switch off",
            "they'd be better off with their nan looking after them while i'm at work",
            "can't do another night shift, i see it every night in my dreams",
            "went up to the quarry at sunset, the view's lovely, it's deep enough for diving",
            "hose in the back of the car for the garden at the allotment",
            "took the boat out past the point and brought her back in with a good catch",
            "does paracetamol take long to kill the pain",
            "my baby's teething and a bit sleepy today, no temperature",
            "cut my finger chopping onions but it stopped after a minute",
            "pulled a muscle in my chest at the gym, it aches down my left arm a bit",
            "we play fight and he pushes me into the sofa, we end up in fits",
            "he hides my birthday presents every year so i can't find them",
            "my son manages my pension as my appointee, with my blessing",
            "the cricket bat's in the boot for practice friday",
            "putting honey in his tea to help him sleep",
            "putting extra patches on him as the nurse said, for his pain",
            "felt like putting my hands round his throat when he said that, but i'd never",
            "got everything i need for the sleepover saturday, house empty for once",
    })
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
