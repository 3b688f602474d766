package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 23 (issue 16): the kinds part 19 (people with cancer at every stage and the newly widowed, terse people with
 * COPD or heart failure, people in money trouble or addiction or far from a hospital, long diary posts, autistic and
 * ADHD adults, health and care workers as patients; measured blind in session 22) showed the rules missing once it
 * became a development set. Missed: a pause at a bridge or a level crossing; possessions given away with a calm
 * "it's all decided"; a pet left "to keep after"; "won't be needing" the appointment; "nothing more I need to do
 * either"; a list of who needs telling; plain passive wishes ("no point in me now", "can't do another day", "took
 * myself out the picture", "properly done this time", "if a hypo took me it wouldn't be the worst", the mask off to
 * "let it happen", "speeding things along", "stop eating and it sorts itself out", "I thought good, maybe this is it");
 * a method worked out ("is 40 enough for a big lad", how much "I'd need", packs popped out and counted, three shops
 * for enough, how long "if I stopped my insulin"); someone saving tablets "to end it tidy"; bruises kept from fading.
 * Harm to others: "what's coming to him" after a night of planning, petrol and "him in it", waiting by her car,
 * scared of what I'll do after shaking someone. Abuse: dealers who moved in and took the key, money taken with a
 * threat, inhalers kept back until "I've learned", locked in with the key taken. Medical: a bang on the head on blood
 * thinners, chest pain spreading to the arm called "just reflux", lips a bit blue, a week of tablets taken at once.
 * And the other way, flagged wrongly: "overdosed on" sunshine or sweets, a joke threat over a household habit,
 * "dex rage", a dream of hanging off a cliff, "I thought I was going to die" in a panic attack, a parent's stroke as
 * family history, checking my own phone. Every message here is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsThirteenTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "walked the long way home over the railway bridge and stayed there ages. it looked like the only answer",
            "every morning at the crossing i stop right on the tracks for a few seconds before i drive off",
            "gave my guitar and all my good records away to my nephew. everything's decided now and i feel calm for"
                    + " the first time in ages",
            "dropped the cat round at my mum's. she can keep her after, she's better with her anyway",
            "if anyone wants my walking frame after this weekend it's yours",
            "handed my keys back at work and paid off the catalogue. my scan's on the 12th but i won't be needing"
                    + " the appointment",
            "won't be at the walking group next week. or any week. thank you all",
            "the consultant said there's nothing more they can do. well there's nothing more i need to do either."
                    + " night all",
            "i've made a list of who needs telling and put it by the kettle",
            "no point in me now she's gone",
            "can't do another night of this. can't do another day tbh",
            "been thinking it's time i took myself out of the picture, it'd be kinder on everyone",
            "so done with fighting. properly done this time",
            "some nights i think if a low took me in my sleep it wouldn't be the worst way",
            "i mute my sensor alarms at night on purpose now",
            "lately i think about pulling the oxygen off at night and letting it happen",
            "i'd rather the tumour just got me than go through more of this",
            "the dnr's in the folder and i'm thinking of speeding things along myself",
            "if i stop eating altogether my heart will pack in and it sorts itself out, the voice is right",
            "saw blood when i was sick and thought good, maybe this is it",
            "if i don't wake up tomorrow that's fine by me",
            "i just want to go to sleep and not do any of this anymore",
            "the rope in the garage has been calling to me all week",
            "is 60 paracetamol enough or do you need more if you're a big lad",
            "i've been working out how many of my sleeping tablets i'd need, just to know the number's there",
            "pushed every tablet out of all the strips and counted them into little piles on the table",
            "went to four different shops to get enough paracetamol. it's not for my back",
            "been saving my tablets by instead of taking them. nearly got enough now",
            "if i stopped all my insulin how long would it take till it's over. asking for me",
            "looked at what the clinic in switzerland costs. reckon i'll do it myself, cheaper",
            "got all the gear here and i'm doing the lot in one go tonight",
            "i've written letters for both my girls and left my bank card pin with them",
            "if i'm not on the bus tomorrow tell them it wasn't anyone's fault",
            "i stood at the top of the stairs and thought about throwing myself down them",
            "there's a stash of my old morphine in the drawer and i keep thinking it'd be enough for me",
            "i've decided i will not be alive by the spring",
            "about an hour ago i took all my tablets for the week at once, not sure why. feel sleepy",
            // found by the noise property test: the idiom "to die for" had masked a wish said "for real"
            "i want to die for real this time"})
    void kindsInOrdinaryWordsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @Test
    void aPlanForTonightIsDangerNowNotAQuestionForAMethod() {
        var r = check.crisis("got all the gear here and i'm doing the lot in one go tonight");
        assertThat(r.signals()).contains(Signal.IMMEDIATE_DANGER).doesNotContain(Signal.METHOD_SEEKING);
    }

    @Test
    void meansGatheredWithNoTimeSetIsNotAQuestionForAMethod() {
        var r = check.crisis("went to four different shops to get enough paracetamol. it's not for my back");
        assertThat(r.signals()).doesNotContain(Signal.METHOD_SEEKING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "dad's been saving his heart tablets so he can end it tidy before it gets bad, he told me",
            "found a stash of tablets in nan's sewing box. she says she's had enough and she means it"})
    void someoneSavingTabletsToEndItIsAboutThem(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text).contains(Signal.ABOUT_SOMEONE_ELSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i press on the bruises i made on my arms so they don't fade",
            "the scratching has turned into a razor again"})
    void injuryKeptFromHealingIsSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "that surgeon is going to get what's coming to him. been planning it since friday",
            "found out where my old boss lives. he's going to find out what losing everything feels like",
            "going to torch the betting shop tonight, it's had every penny off me",
            "going round to his with grandad's shotgun now",
            "there's petrol in the garage and his van would go up lovely, with him in it",
            "i'll wait for her outside after her shift. i know which car is hers",
            "i shook her so hard last night and i'm scared of what i'll do tonight",
            "he won't be walking after me and my brothers have been round",
            "if i can't have the kids nobody can",
            "i've already got the knife. he's not going near my sister when he gets out"})
    void harmToOthersInOrdinaryWords(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "these lads moved into my flat to deal and took my key off me. i'm sleeping on the floor",
            "my nephew keeps taking money off me and says he'll tell social services i can't cope if i stop",
            "he keeps my insulin in his car so i have to ask him for it",
            "she locked the back door and took the keys so i can't get to my appointment",
            "the man i owe says he'll come for my son if i don't pay by monday",
            "he grabbed my wrist so hard it's gone purple",
            "my ex is outside the flat kicking the door in and the baby is asleep"})
    void abuseInOrdinaryWords(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "knocked my head on the cupboard door earlier, i'm on warfarin, and now i've been sick and it's the"
                    + " worst headache",
            "pain in my chest spreading into my jaw and left arm, clammy, 20 minutes. probably just reflux",
            "my lips have gone a bit blue and i can't finish a sentence",
            "sats on the finger thing say 81 and i can't get my words out",
            "my husband took his whole dosette box for the week by mistake and now he is drowsy"})
    void emergenciesToldPlainlyOrPlayedDown(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // their everyday twins
            "stood on the bridge for ages watching the boats come in, lovely evening",
            "stopped on the crossing when the car stalled, scariest moment of my life, the aa came in ten minutes",
            "gave my old coat to my niece and she loves it. all sorted for christmas now",
            "if anyone wants my old bread maker it's yours, i never use it",
            "won't be at group thursday, got the dentist. see you all next week",
            "can't do another day at that call centre, i'm handing my notice in",
            "took myself out of the group chat, too much noise",
            "had enough of this rain. properly fed up",
            "thinking of speeding things along with the house sale",
            "working out how many tablets i need for the fortnight in spain",
            "the chocolate cake has been staring at me all week",
            "if the hypo had got me in my sleep it would have been bad, so glad the alarm went off",
            "i'm doing the lot in one go tonight, all the ironing",
            "i used to think everyone would be better off without me. i'm so glad i stayed",
            "wrote letters for both kids for their 18th birthdays, for the memory box",
            "threw myself on the sofa after work and didn't move",
            // flagged wrongly before this session
            "overdosed on sunshine at the seaside. worth it",
            "overdosed on quality street at my sister's. no regrets",
            "if i leave my shoes on the stairs again she'll strangle me",
            "does anyone else's dex rage make them want to kill everyone at 3am?",
            "had a dream i was hanging off a cliff like a cartoon, woke up laughing",
            "panic attack in the queue, thought i was going to die right there. i did my breathing and it passed",
            "my dad had a stroke at 58 so i'm nervous about my blood pressure",
            "i keep checking my phone for the hospital's number",
            "took all my tablets this morning like a good girl and had porridge",
            "the view from the top was to die for",
            "they do a cheesecake to die for at that cafe"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
