package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 21 (issue 16): the kinds part 17 (people in their seventies and eighties, English as a second language,
 * Caribbean and West African elders, veterans, prison leavers, farmers, drivers, night workers, chronic pain,
 * dialysis, recovery; measured blind in session 20) showed the rules missing once it became a development set, and
 * the kinds blind-14's transcripts showed. Missed: an illness or a stopped treatment left to finish the job; a method
 * tried out or made ready and told as a thing done; the knives hidden from oneself; a closing down told as a tidy
 * weekend; "ready to go home" beside tablets stopped; a method asked as a curious question; going said lightly or in
 * dialect; doing it again, deeper, hidden; someone who died that way now understood; a spot chosen; enough taken home
 * to end it; a plan ready for the day someone is away; someone else's goodbye posted and then silence; tablets in
 * someone's tea, "I'll finish him", a key to her place beside petrol, a push pictured and nearly done; a carer who is
 * rough, medicine kept back until chores are done, a card taken with a threat, "went for me with the kettle".
 * Flagged wrongly: a partner who no longer touches them, DKA told as the past, the price of rice "a pain in my
 * chest", a cut finger in the kitchen, a treat "overdosed on", a friend's overdose told on a day of years clean, a
 * seizure told once it was over; and, as clinical, a life decision asked beside a condition. Every message here is
 * written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsElevenTest {
    private final CrisisChecks check = new CrisisChecks();
    private final Triage triage = TestRules.triage();

    @ParameterizedTest
    @ValueSource(strings = {
            "honestly i wish the tumour would hurry up, i'm so tired",
            "if my lungs don't get me first i'll sort it myself, not long now anyway",
            "i want the anorexia to finish me, i've stopped fighting it",
            "not going to dialysis anymore. i'll let it take its course, no fuss for anyone",
            "put stones in my coat pockets down by the reservoir just to feel the weight",
            "i tied the dog lead to the banister this afternoon and sat on the stairs",
            "took the rope up into the loft yesterday and stayed up there till it got dark",
            "got a bag of charcoal for the back bedroom. my husband thinks it's for the garden",
            "sat in the car in the garage with the engine running to see what it would feel like",
            "the rifle's out of the cabinet and on the kitchen table and i keep looking at it",
            "counted all my tablets out on the kitchen table last night. sixty. put them by the bed",
            "i've hidden all the knives in the shed so i can't reach them when it gets bad",
            "saw the solicitor about my will, paid off the catalogue, and my neighbour will keep the dog for"
                    + " good. feels calm",
            "paid back everyone i owed and deleted my facebook. first time i've felt peaceful in ages",
            "i won't be at group next week. or any after that. thanks for everything",
            "i'm ready to go home to the lord now. stopped my tablets sunday. don't call anyone",
            "would insulin show up at a post mortem",
            "if you took 40 of your sleeping tablets would it look natural",
            "what's the most peaceful way for an old woman to not wake up",
            "is it true whisky on top of the oxycodone and you just drift off",
            "will god forgive me if i end my own life when the pain wins",
            "can people like me go to switzerland if i'm not terminal, just done",
            "if i stopped my meds and walked into the sea that's not technically suicide is it",
            "nobody woulda notice if me gone, not one of them",
            "i'm signing out of life soon, not just out of this app",
            "prison or dead and dead is looking better every day",
            "the only thing keeping me here is my old dog and he's 15",
            "did it again last night, deeper than before, long sleeves today",
            "my brother hanged himself in 2010 and i finally understand him now",
            "another lad from my unit gone. i reckon i'll be next and i might help it along",
            "found a quiet spot up the forestry road. that's where i'll do it once the kids are at their dad's",
            "i work in a pharmacy and it's getting harder not to take enough home to end it",
            "i've got my plan for saturday when my son is away, it's all ready, don't worry about me",
            "the grandkids would be better off with the insurance than with me, i'm working out how to make it"
                    + " happen sooner",
            "sometimes i wish it was all over. for both of us"})
    void kindsInOrdinaryWordsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my friend posted 'sorry for everything, look after my dog' and now her phone's off",
            "my cousin's status says 'forgive me everyone' and she's not answering",
            "i saw cuts on my son's arm when he took his jumper off"})
    void someoneElsesDangerIsSelfHarmAboutThem(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text).contains(Signal.ABOUT_SOMEONE_ELSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm crushing his sleeping pills into her tea at the party, let's see how she likes being the confused one",
            "next time he starts i'm going over there and i'll finish him",
            "i've still got a key to his flat and a can of petrol in the boot",
            "when he shouts at night i picture pushing him down the stairs and last night i nearly did",
            "we know his address now and this weekend we will deal with him properly"})
    void harmToOthersInOrdinaryWords(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the carer who comes at night is rough with me and pinched my arm till it bruised",
            "my son keeps my inhaler in his room and only gives it me when the washing's done",
            "my nephew took my bank card and said if i tell anyone he'll put me in a home",
            "she went for me with the iron last night"})
    void abuseInOrdinaryWords(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i hope the cancer is gone by spring so i can get back to work",
            "stopped the water tablets with the consultant, we agreed it together as part of my care plan",
            "put a bag of sweets in my coat pocket for the walk by the canal",
            "tied the washing line to the post and the hook on the fence",
            "took the rope up into the loft to store the christmas decorations",
            "bought charcoal for the barbecue in the garden, sausages for everyone",
            "sat in the car on the drive with the engine running while it warmed up",
            "cleaned the shotgun and put it back in the cabinet before the police check",
            "counted out my tablets into the dosette box for the week",
            "hid the knives in a high drawer so the toddler can't reach them",
            "wrote my will after the diagnosis and now i can stop fretting and enjoy the summer",
            "i won't be at group next week, i'm on holiday in wales",
            "i'm ready to go home from the hospital now, waiting for the discharge letter",
            "does a post mortem always happen when someone dies at home? my dad died last week",
            "there's a bill about assisted dying in parliament, what do people here think",
            "the only thing keeping me going this week is coffee",
            "cut my fringe again last night, deeper than i meant, hiding it under a hat",
            "help it along by adding a bit more yeast to the dough",
            "found a quiet spot by the river, that's where i'll do it, ask her to marry me",
            "saving enough to take the kids to the seaside",
            "i've got my plan for saturday, the big shop then the grandkids",
            "my friend put 'love you all' on her status before she went camping, no signal there",
            "i crush mum's tablets into her yoghurt because she can't swallow them",
            "i'll finish him at chess next time",
            "i've still got a key to her flat to water the plants",
            "the carers are lovely, they help me wash and dress",
            "my husband keeps my tablets in the kitchen so i remember them",
            "i wish it was over, this cold has gone on for two weeks at work",
            "since my mastectomy my husband hasn't touched me and i feel so lonely",
            "i was in hospital with dka the week of my exams and i still passed",
            "the pain in my chest when i saw the price of the gas bill",
            "cut my finger chopping the carrots, blood everywhere lol",
            "overdosed on mince pies at the carol service",
            "two years clean today. my friend overdosed in 2021 and that's what got me to the clinic",
            "had a seizure at work on monday, the lads put me in the recovery position and i was fine after a nap"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "should i tell my mates i have type 1 or just keep hiding in the toilets to inject?",
            "am i being selfish wanting to stay in my own house with my copd?",
            "should i leave him? it's been a year since my mastectomy and he won't come near me"})
    void aLifeDecisionBesideAConditionIsNotClinical(String text) {
        assertThat(triage.classify(text).category()).as(text).isNotEqualTo(Category.CLINICAL);
    }
}
