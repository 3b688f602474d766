package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 35 (issue 16): the kinds part 31 (bipolar highs and crashes, a personality-disorder diagnosis, hearing
 * voices, tapering off opioids or benzodiazepines; MND, young-onset Parkinson's, spinal cord injury; lorry drivers,
 * offshore workers, night porters, nursery workers; older euphemisms for dying, sports metaphors, practical questions
 * that reveal a plan, pros-and-cons lists, posh understatement; measured blind in session 34) showed the rules missing
 * once it became a development set. Missed: a way or a place asked as a practical question (how high a drop "has to
 * be", which car park has the lowest walls, fumes from a blocked exhaust, helium "for one person", which medicines are
 * deadly together "on purpose", the dose worked out "in case"); a way pictured in passing (driving fast on purpose and
 * hoping the lorry comes, letting go of the wheels at the top of a ramp, a hotel near the cliffs while the family
 * thinks they are away, voices telling them to drown or jump); treatment stopped in order to die; wishes and hints
 * said lightly (a bucket list of "not waking up", everyone would cope fine without me, not having to put up with me
 * much longer, the towel thrown in on everything, a plan to finish it myself, morphine counted "it'd be enough",
 * whether the life insurance pays out); final arrangements in ordinary words; harm to others with a means, a target
 * and a time; abuse told plainly (staff who hit a resident, medication withheld, a fist through the door tonight, "he'll
 * break my legs", a small child's fingertip bruises); and a hypo still low after treating it twice. Every message here
 * is written for this test in its own words; the twins keep the everyday sense of the same words.
 */
class OrdinaryWordsCrisisKindsTwentyFiveTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "how tall does a car park have to be, like enough to be sure",
            "which of the flats round here has the lowest railings on the top floor, don't ask",
            "which bridges on the ring road have no fences? just wondering",
            "if you taped a hose to the exhaust how long till the car fills up",
            "where can you buy a cylinder of helium, just for me, not balloons",
            "been googling which of my tablets are lethal together, on purpose",
            "looked up how many of my sleeping tablets it would take",
            "i've counted out the amount i need. not saying what. wanted someone to know in case",
            "every night i drive the coast road too fast on purpose and hope a truck comes round the corner",
            "sat at the top of the slipway in my chair thinking about letting go of the wheels",
            "booked a b and b on my own near the cliffs. the wife doesn't know. thanks for everything lads",
            "the voice keeps telling me i should drown. bath's running",
            "i'm stopping my dialysis. i just want it over with quicker",
            "told the nurse i don't want my insulin any more. want to be with my mam now",
            "i keep asking god to take me in my sleep",
            "my bucket list has one thing left. not waking up",
            "honestly everyone would do perfectly well without me",
            "you won't have to put up with me much longer, promise x",
            "shan't be bothering anyone again after tonight",
            "throwing in the towel on everything. not just the diet",
            "i'm planning to end it myself before it gets worse",
            "i've started working out how.",
            "all of dad's morphine is still in the drawer. knowing it would be enough helps me sleep",
            "does the life insurance still pay out if you take your own life?",
            "the kids would get the payout from work. maybe better if i make it happen",
            "please don't talk me out of it, how long before it works if i stop all my tablets",
            "saying goodbye properly this time. love you all",
            "please tell my sister it wasn't her fault. love you all",
            "left letters for the kids in the drawer. i'm done",
            "wrote a card to each of my class in case i'm not there after this weekend",
            "won't be around to feed the cat so my sister has him now",
            "if i'm not here who takes the dog? asking for real",
            "the reason is in the bathroom cabinet",
            "gave all my good stuff away, rang mum to say thank you for everything. feel very peaceful. it's all sorted",
            "my son can't look after the cat. i won't be able to look after her after saturday",
            "sat holding the razor for two hours tonight. not yet"
    })
    void selfHarmToldInPlainWordsIsSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hypo, had sweets and a lucozade, still 2.6 half an hour later and i'm shaky",
            "she fell and banged her head on the step, she's groaning and not waking up properly"
    })
    void emergenciesToldPlainlyAreMedical(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "one of the carers slaps the residents when nobody's watching, i'm scared to say",
            "my boyfriend keeps my meds back unless i do what he says",
            "he's drunk again and he's kicked the door in. i'm hiding in the loo, scared",
            "he says he'll break my arms if i go out again",
            "one of the kids at nursery said daddy pinches when i'm naughty, she has marks",
            "fingertip bruises on the little one's arms again"
    })
    void abuseToldPlainlyIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "there's a knife in my coat for tomorrow, i know when he comes out",
            "i'll be waiting outside the gates with the car when he gets out",
            "next time i'm bringing petrol. they'll listen then",
            "got the bat ready by the door for next time he comes round",
            "the poison isn't for rats. it's for him",
            "i'll make her regret it. i've worked out when they leave the church",
            "he deserves it and i'll do it friday",
            "i'm going to push him off the loading bay on nights",
            "i could hurt her. been parked outside her house watching",
            "i keep going over what i'd do to him and i think i'm going to do it",
            "gonna run him over next time, not joking"
    })
    void harmToOthersWithMeansTargetAndTimeIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how high does the fence have to be to keep the dog in",
            "which car parks have the lowest height barriers for a camper van",
            "where can i get helium for the party balloons",
            "worked out the dose of calpol for my daughter in case she wakes up",
            "hope the bus comes soon it's freezing",
            "booked a hotel near the cliffs for our anniversary",
            "the voices in my head are telling me to eat cake",
            "stopped the chemo, the time i've got is for my grandkids",
            "asking my son to take me to the hospital",
            "won't need the crutches much longer!",
            "letters for the kids from father christmas are in the drawer",
            "won't be around to feed the cat next week, i'm in for my op",
            "in case i'm not here next week, i'm on holiday",
            "i'll not be needing the cast much longer",
            "i had a seizure years ago and the paramedics were lovely",
            "my sugar went down to 3.4 at work, had my jelly babies, all sorted now",
            "rat poison down in the shed for the rats",
            "got a brick in the boot for the garden wall",
            "i'm going to push him to apply for that job",
            "my mam will kill me if i'm late for her tea",
            "every drop in the taper hit me a few days later",
            "my wife's brilliant, she keeps my meds in a dosette box",
            "i'll handle it my own way, thanks",
            "pros and cons of moving house, the kids would be sad for a bit",
            "back then the voices told me to hurt myself. i'm well now",
            "saying goodbye properly this time to my old car"
    })
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
