package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 31 (issue 16): the kinds part 27 (dialysis, lupus, Addison's, thyroid and liver disease, health anxiety and
 * OCD, families managing type 2 across three generations; chefs, bar staff, trades, ex-athletes, burnt-out health and
 * care staff, hidden debts; BSL word order, dyslexic spelling, capitals and fragments, florid posts, constant swearing,
 * pet-only company; measured blind in session 30) showed the rules missing once it became a development set. Missed:
 * stopping a treatment that keeps them alive so that death comes ("let it take its course"); hoping or praying to be
 * taken in their sleep, by a hypo, a failed machine, black ice; the edge and the way thought about (the drop worked
 * out, which ways are quick, a door shut until feeling stops, a car in a shut garage, the line behind the flat, walking
 * into the sea, not braking at the bend, which tablets would do it); harm done and told (a burn on purpose, blades
 * found and lied about); finality in new shapes (love told "she'll understand later", goodbyes written to send, things
 * given away "so it's sorted before I go", a hotel paid in cash, a date after a birthday, the last time on here,
 * insurance as the way out); means gathered (shops tried until there were enough, tablets lined up, a pet's tablets
 * and their own); abuse in passing (a pension paid into a son's account, cash taken from a purse, morphine halved,
 * the phone taken and the door locked, a child left out in the cold, children left alone for days); harm to others
 * with a tool and a day; emergencies asked about as a question (chest pain with sweat "just indigestion", a fever on
 * an immune-lowering drug, a dialysis missed, a hypo too drowsy to swallow, bleeding through towels, an inhaler doing
 * nothing, an infection with confusion and mottled skin, a stroke that began during the news). Every message here is
 * written for this test in its own words; the twins keep the everyday sense of the same words.
 */
class OrdinaryWordsCrisisKindsTwentyOneTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "going to stop my dialysis and let nature take its course, then nobody has to ferry me about",
            "thinking of skipping my hydrocortisone and letting the crisis come",
            "not going back on the machine on tuesday. haven't told a soul. i'll just sit tight and wait for it",
            "quit my warfarin on purpose, a big clot would sort everything out",
            "if you stop your insulin do you just slip away? asking because i'm done",
            "i keep hoping the hypo takes me in the night",
            "every night i pray god takes me in my sleep",
            "hoping i just die in my sleep tbh",
            "some days i hope the machine fails while i'm on it and i just don't wake up",
            "driving to work hoping i'll skid on the ice and hit a wall",
            "lay in the bath wishing i could slip under and never come back up",
            "i look at the viaduct differently these days",
            "so scared of dying all the time i just want to get it over and done with",
            "if i went to sleep and never woke up it would honestly be a relief",
            "i keep stopping on the flyover working out the drop",
            "from twenty years on the wards i know exactly which ways are quick",
            "thought about locking myself in the cold store and staying there till i stop feeling anything",
            "up on the roof at work thinking about not climbing back down",
            "would a car with the garage door shut still work with new engines?",
            "checked the train times for the line behind my house again",
            "one of these days i'll just step out in front of the lorries on the bypass",
            "walking into the river tonight, it'd be easier for everyone",
            "next time i'm not going to brake at that corner by the farm",
            "wouldn't give a damn if i went through the barrier on the way home",
            "which of my tablets would do the job if i took them all",
            "would enough gin on top of my sleepers stop the heart?",
            "my breath was only borrowed and i mean to give it back tonight",
            "burnt my wrist on the iron on purpose so my head would go quiet",
            "my sister found my razor blades, i said they were for my legs. they weren't",
            "my son asked if i was cutting again and i said no. i am",
            "me cut leg. deep. again tonight",
            "honestly the only thing that'd fix this pain is the long drop",
    })
    void selfHarmInOrdinaryWordsIsSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "rang my dad and told him i loved him, he'll understand later",
            "all my goodbye texts are drafted. sending them once the kids are asleep",
            "been giving my records to my mates one at a time and my brother keeps asking why",
            "handed my medals to my grandson, just want it all sorted before i go.",
            "put the car in my wife's name so there's no hassle for her after.",
            "booked a room at a travelodge, paid cash, nobody knows where i am",
            "i've set the date, the 3rd, after my daughter's birthday so i don't spoil it",
            "thanks for putting up with me. this is the last time i'll be on here",
            "won't be on here again. or anywhere. love to you all",
            "i shan't be a bother to anyone for much longer",
            "i won't see next christmas. i've decided not to",
            "tomorrow it's me with the pills and the last of the brandy",
            "said goodbye to my boys. this is it",
            "given the cat to next door and my rings to my niece. everything settled before i go, i've picked the day.",
            "the only way out i can see is the life insurance paying off what i owe",
            "worked out that if i die before he finds out, the policy covers the debt",
            "wrote letters for my girls to open once i've gone, and i've kept enough of nan's old tablets back",
            "the chemist only let me buy two boxes so i went round four shops. got enough now",
            "got the pills out. lined up on the table",
            "going to finish the vodka and the paracetamol with it",
            "rex was put to sleep this morning. i want to go with him.",
            "tablets i save months, hidden in drawer. soon",
            "going to take all my tablets tonight after the news",
    })
    void finalityAndMeansInNewShapesAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my uncle has had gran's pension going into his own account for months and there's no food in the house",
            "my nephew keeps my mum's pension card and she gets one meal a day",
            "the carer keeps nicking money out of my purse",
            "he doles out my oxycodone, gives me half and keeps the rest for himself",
            "she shuts the windows so the neighbours won't hear him shouting at me",
            "my husband takes my phone and locks the door when he leaves",
            "the toddler over the road is out on the step at night crying to be let in, no coat",
            "the two little ones next door have been left on their own for two days",
    })
    void abuseInPassingIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my dad's taken the golf club and gone round to the landlord's",
            "petrol's in the garage. tonight their car goes up while they're sat in it",
            "going to batter that receptionist. she's on friday",
            "my mate bought a knife and he knows what time his ex leaves the gym",
            "i'll be waiting with the spanner when he gets home",
            "he won't be walking back out, i promise you",
            "got a hammer in the boot and he's on his own on fridays",
            "he's taking his uncle's shotgun to do the lad at the club this weekend",
            "going down this saturday with a bat for the ref",
            "putting rat poison in my stepdad's tea",
            "crowbar's behind the door for the landlord",
            "tomorrow bring knife. wait outside",
            "my brother wants to smother our nan with a pillow this weekend",
            "i'm going to hit him with the bat when he comes out",
            "the man next door is yelling that he's going to kill her and i can hear things smashing",
    })
    void harmToOthersWithAToolAndADayIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "grandad's had chest pain for half an hour and he's grey and sweaty. he says it's just indigestion",
            "my temp is 38.9 and i'm shaking, i'm on methotrexate for my lupus. is it ok to wait till morning?",
            "missed dialysis yesterday and my heart's fluttering and my legs feel heavy",
            "my mum's type 1 and she's spitting out the juice, really drowsy and not making sense",
            "cut my hand and it's pouring through two tea towels and i'm going light headed",
            "used my inhaler twelve puffs and it's doing nothing. can't finish a sentence",
            "he's had a water infection and now he doesn't know who i am and his skin's gone blotchy",
            "her face went droopy while we were watching the news and her words are muddled",
    })
    void emergenciesAskedAboutAreMedical(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "stopped dialysis with the kidney team and the hospice, we're letting it take its course",
            "i hope i die in my sleep when i'm ninety, like my nan did",
            "praying the snow stops so the kids can get to school",
            "went over the bridge to look at the view, the drop is amazing",
            "put the car in the garage for the winter, does it still work if i leave it shut?",
            "walked into the sea for a paddle with the dog",
            "burnt my arm on the oven tray, not on purpose, just clumsy",
            "my shoulder blades ache after the gym",
            "handing my notes to the new manager, want it sorted before i go on leave",
            "we set a date for the party, after his birthday so we don't clash",
            "last time i'll be on for a while, off on holiday tomorrow",
            "sorted the life insurance and wills with my wife, feels good to have done it",
            "my carer takes cash from my purse for the shopping and brings the receipts",
            "the referee gave a penalty, i swear i'll kill him",
            "consultant says i must be overdosing on kale",
            "had the overdose chat with the pharmacist about my painkillers, all fine",
            "blood everywhere when the needle slipped out but the nurse had it sorted in seconds",
            "my knees won't let me get out of the house much these days",
            "scratching my legs raw at night, the eczema is awful",
            "i'm going to jump in the shower",
            "cricket bat's by the door for practice tomorrow",
            "the music next door is so loud i sleep with a pillow over my head",
            "i'd honestly rather die than let my mates see my scars",
    })
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
