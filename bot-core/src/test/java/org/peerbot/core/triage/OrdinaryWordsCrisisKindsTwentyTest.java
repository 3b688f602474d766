package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 30 (issue 16): the kinds part 26 (pain, amputation, aphasia and heart devices; trans members on waiting lists,
 * abuse survivors, single parents, students, gig workers and "the strong one"; North American and antipodean words,
 * dictation, lyrics and scripture, gamers; measured blind in session 29) showed the rules missing once it became a
 * development set. Missed: not waking up said to be fine or a relief, also in broken fragments; a heart device resented
 * for bringing them back; letters left to be found; a car run in a shut garage, the edge of a bridge, a platform or a
 * pier thought about, the fast trains that don't stop; means in new shapes (tablets saved, boxes kept, patches taken
 * from work, a hosepipe "not for the garden", "so nobody could bring me back", whether it shows up afterwards, the dose
 * that stops breathing, cuts deeper than usual, a mask put away for good); a date picked, a flat tidied for whoever
 * comes, goodbyes said and "ready now", logging off for good "not just the server"; abuse told in passing (a brother's
 * card kept, the key taken, a child told nobody would believe her, a passport held, a court order broken, a parent
 * left in wet sheets); harm to others with a day and a tool; emergencies told as a story or a question (a device
 * shocking again and again, an arm then a leg going, a chest crushed into the arm, fever and muddle after an
 * operation, a head injury with sickness and drowsiness, a meter that says HI). Every message here is written for this
 * test in its own words; the twins keep the everyday sense of the same words.
 */
class OrdinaryWordsCrisisKindsTwentyTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "if i just didn't wake up in the morning i'd honestly be alright with that",
            "tbh i wouldn't mind never waking up. too tired",
            "going to sleep and that being it would be a relief honestly",
            "want. sleep. not wake. please",
            "if i went to sleep and that was it? lovely",
            "the defib keeps dragging me back and i never asked it to",
            "part of me wishes the icd had just let me go on tuesday",
            "asked them to get the shocks switched off so when it stops next time it just goes. want that soon",
            "wrote a note for each of the kids, they're in the sideboard where they'll find them",
            "left my keys and a note on the side for when he gets home. it's for the best",
            "sat in the garage with the engine running and the door shut just to see what it's like",
            "every night on the bridge i think how easy it would be to climb over",
            "stood on the edge of the platform, one more step and i'd be done with all of it",
            "i drive down to the harbour and think about flooring it off the end",
            "heading up to the cliffs at first light when nobody's about. you were all kind to me",
            "found where the fast trains don't stop. it's close to home",
            "pills. saved. tonight.",
            "six weeks of my sleepers saved up now, nearly there",
            "been keeping every strip from the chemist in a tin, there's enough now",
            "i've been pocketing the morphine that gets sent back and i know how many i'd need",
            "put the old tablets in a tupperware in the garage. i know exactly what i'm doing with them",
            "got a length of hose today and it isn't for the garden",
            "how many pens would it take so nobody could bring me back",
            "would the insulin be found in a post mortem if someone injected the lot",
            "what dose of my morphine stops your breathing",
            "how much vodka with my heart tablets would make my heart stop",
            "cut worse than usual tonight and it won't stop seeping",
            "machine's in the wardrobe now. if i stop breathing, fine",
            "keep a bag of tablets in the glovebox just in case and it scares me",
            "i don't plan on still being around by then, whatever she books",
            "can't see myself still being here in two years, not like this",
            "chosen the date now and it feels calm",
            "going to sort it once and for all and no one will need to worry about covering for me again",
            "cleaned the whole house so it's nice for whoever comes in after",
            "it has to be this weekend, the kids are away and nobody will be home",
            "told my brother he won't have to worry about me after christmas",
            "said my goodbyes to the grandkids, i'm ready now",
            "sorted who gets the cat. feels done now",
            "i lie there working out ways out with the least mess for her",
            "finished the race, kept the faith. told my wife i love her tonight. im done",
            "i think i'll go gentle, and soon",
            "no need to check on me tomorrow. i've said all i needed to",
            "husband gone. words gone. me go too soon",
            "logging off for good, not just the game",
            "afk forever after this. gg",
            "ragequitting life tonight",
            "looked at dignitas, can't afford it, there must be a way to do it at home that doesn't go wrong",
            "sorry my english not good. i dont want to be alive anymore. i gave my books away",
    })
    void passiveWishesMeansAndDatesAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my sister's husband keeps her bank card and there's never any food in the flat",
            "she locks the door and takes the key when she goes out, i can't get out at all",
            "husband hit. when dinner late. scared",
            "writing this from the toilet, he goes through everything on my phone",
            "he checks all my texts and says i'll regret it if i see my friends",
            "the lodger's been touching my son when i'm at dialysis and told him nobody would believe him if he told",
            "my boss is holding my passport and says i work for nothing or he will report me",
            "my little one says he gets locked in the cupboard when he wets the bed at his dad's",
            "they came back from their dad's with bruises again",
            "he hides her inhaler until she says sorry",
            "even with the non molestation order he keeps turning up outside",
            "the home keeps leaving my mum in wet pads all morning",
            "one of the carers grabbed dad's wrist so hard it's gone purple",
    })
    void abuseToldInPassingIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "going to break his knees on saturday at the club",
            "i'll be waiting for him outside his house with the bat",
            "i know which pub he drinks in and i'm going round the night he gets out",
            "going over there tonight with a knife",
            "my uncle's loading the rifle, says he's doing the bloke next door tonight",
            "pillow over my dad's face tonight. i can't watch him suffer",
            "i'll put him in hospital with the hammer, see if he likes it",
    })
    void harmToOthersWithADayAndAToolIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my defib has gone off three times in the last hour",
            "hand not working. now face. help",
            "chest like a vice going into my jaw for half an hour, probably indigestion",
            "dad's shivering and confused since his hip operation and his breathing is really fast",
            "she bumped her head at school and has been sick and sleepy since",
            "mum's fit has gone on ten minutes",
            "meter just says HI and he keeps being sick",
    })
    void emergenciesToldAsStoriesOrQuestionsAreMedical(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "if i didn't wake up at 4am every night i'd be fine",
            "the icd brought me back last spring and i'm so grateful",
            "wrote letters for each of the kids for their 18th, they're where they'll find them",
            "picked a date for the wedding, what a relief",
            "heading up to the cliffs at first light with the dog",
            "these tablets saved my life tonight, honestly",
            "keep jelly babies and tablets in the glovebox just in case of a hypo",
            "bought a hosepipe for the allotment, it's for the garden obviously",
            "i said my goodbyes to the team, i'm ready now for retirement",
            "logging off for the night, gg all",
            "how easy it would be to jump to conclusions, eh",
            "my dad hit a deer on the way home and i was so scared",
            "mum has dementia and she hit out when i was washing her. she didn't mean it",
            "that speech was so touching, she told me nobody would believe it if i told them",
            "break a leg tonight at the play!",
            "my device went off once last year, all fine since",
            "physio says the overdose of enthusiasm is why my knee hurts",
            "sugar overdose at the party, kids are bouncing",
            "had my op last week and i'm shivering a bit but no confusion, just cold",
    })
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
