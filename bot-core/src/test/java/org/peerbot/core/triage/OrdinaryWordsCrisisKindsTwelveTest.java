package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 22 (issue 16): the kinds part 18 (parents of children with long-term conditions, young carers, new mums,
 * students, people who know the mental health system's slang, LGBTQ+ members, men who joke to cover, dialect
 * speakers, people with a learning disability, long covid, ME or a brain injury; measured blind in session 21)
 * showed the rules missing once it became a development set. Missed: a method asked as a clinical question (how low
 * before you don't come back, make it look like a hypo, a way that doesn't hurt, too late for the hospital, which
 * amount does more damage, pressing the pump until you don't wake, a device switched off so nobody brings you back, a
 * clinic abroad and the cost); praying to be taken; logins left for someone with a strange calm; a child stopping
 * treatment because it should come sooner; going with someone who dies tonight; worth more through the insurance;
 * letters for after; "if I'm not on, it's been fun"; voices saying it's time; done trying; good at pretending with a day
 * set; "better off if I just went"; tablets kept back and the whole lot planned for a night; a funeral paid with
 * "nothing stopping me"; "rather not be here by" a date. Harm to others: going round with a weapon, knowing where
 * someone parks, tablets to make someone ill. Abuse: a brother beaten, a grip on the throat with a threat. Medical: a
 * fever with confusion or mottled skin. And the other way, flagged wrongly: a treat "overdosed on", a finger prick's
 * blood, "no thoughts of hurting myself", old pills taken back to the chemist, a relative's wish to die told as
 * over, carbs worked out, a game quit "forever", "sure I'd be dead by fifty", a food cut out, fit for the match, a
 * group every fortnight. Every message here is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsTwelveTest {
    private final CrisisChecks check = new CrisisChecks();
    private final Triage triage = TestRules.triage();

    @ParameterizedTest
    @ValueSource(strings = {
            "how far can your oxygen sats drop before you don't come round. not for anything, just wondering",
            "how would i make it look like i just forgot to eat after my insulin",
            "is there a way to go that doesn't hurt? just want to know",
            "if i swallowed the whole box of my epilepsy tablets could they still fix me at a&e or is it too late by"
                    + " then",
            "which is worse for your kidneys, 20 ibuprofen or 40? need to know tonight",
            "if i keep pressing the button on my morphine pump would i just drift off and not wake up",
            "can i ask them to switch off my pacemaker so the next time my heart gives out nobody brings me back,"
                    + " i'm done with it all",
            "been reading every night about the clinic in switzerland. how much would it cost to get there on my own",
            "my army kit bag is still in the attic and i keep thinking about finishing things properly up there",
            "every night i pray god takes me in my sleep so i don't have to watch him get worse",
            "left all my bank logins in an envelope for my sister. feel strangely peaceful today",
            "if she dies tonight i'm going with her",
            "the kids would get more from my life insurance payout than they get from me being alive",
            "doing my letters to everyone tonight. sorry bot x",
            "is it strange to write letters to the kids for after",
            "if i'm not on the server friday it's been fun lads",
            "the voices keep saying tonight's the night and i'm starting to agree with them",
            "four admissions, nine different tablets, still ill. i'm done trying now",
            "the team think i'm doing great. i've just got good at pretending. it's all sorted for saturday when mum's"
                    + " at work",
            "they'd all be better off if i just went, it's simple sums",
            "been keeping my old tablets in a shoebox instead of taking them back and i know exactly what they're for",
            "i've been putting my patches and liquid morphine to one side and i'll take the lot on friday night",
            "chose the readings for my funeral and paid it all off. now there's nothing stopping me",
            "honestly i'd rather not be here by new year, i've had enough of it all"})
    void kindsInOrdinaryWordsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my son with epilepsy has stopped taking his tablets, says what's the point, he'd rather it came sooner"})
    void aChildStoppingTreatmentToHurryTheEndIsAboutThem(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text).contains(Signal.ABOUT_SOMEONE_ELSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the lad who bullies my daughter lives round the corner, i'm going over there tonight with a hammer",
            "i know where the surgeon who botched my op parks his car and what time he leaves",
            "worked out how many of my sleeping tablets would make her properly ill, i'll stir them into her smoothie"})
    void harmToOthersInOrdinaryWords(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mum's boyfriend's been belting my little sister again, there's a mark on her cheek, we're hiding in my"
                    + " room",
            "he grabbed me by the throat against the fridge and said next time i won't get back up"})
    void abuseInOrdinaryWords(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my husband's on chemo, he's burning up and shivering and now he doesn't know where he is",
            "her temperature is high, her legs have gone mottled and she hasn't had a wee all day"})
    void feverWithConfusionOrMottledSkinIsAnEmergency(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how do i make it look like i've made an effort with my hair",
            "is there a painless way to take a plaster off a toddler",
            "which is worse for your teeth, fizzy pop or juice",
            "if i keep pressing the button for the lift will it come any faster",
            "pacemaker check went fine, the next time i go back is in a year",
            "went to switzerland on holiday, cost a fortune but the mountains were worth it",
            "i pray god keeps him safe on the long drive north",
            "left the wifi password in an envelope for the house sitter. feel ready for the holiday",
            "if she goes to the party tonight i'm going with her",
            "took out life insurance now the baby's here, feels very grown up",
            "writing my letters to santa with the kids tonight",
            "if i'm not on the server friday it's my night shift lads",
            "done trying to get through to the surgery today, i'll ring again tomorrow",
            "it's all sorted for saturday when mum's at work, the kids are going to their nan's",
            "been keeping my old tablets in a bag to take back to the chemist",
            "took a bag of old pills back to the pharmacy today, cupboard finally cleared",
            "picked the songs for our wedding and paid the venue off",
            "going over there tonight with a hammer to help him put the shelves up",
            "i know where he parks, i'll leave the parcel by his car",
            "my brother battered me at fifa again",
            "her temperature's back to normal and she's making sense again, what a relief",
            "blood all over my desk from a finger prick and my workmate went pale lol",
            "i'm not having any thoughts of hurting myself, just tired all the time",
            "my sister wanted to die last winter but she's doing so much better now and back at work",
            "working out how many carbs are in a pint every night this week",
            "quitting this stupid game, goodbye forever (back tomorrow probably)",
            "after my first heart attack i was sure i'd be dead by forty and here i am at sixty winning prizes for my"
                    + " leeks",
            "do i need to cut anything out with my kidneys being like this?",
            "been fit enough for the match since the op",
            "had a group every fortnight back home and it kept me going",
            "i take a silly number of tablets but i'll take it",
            "first thing i did after the birth was overdose on chocolate, no regrets",
            "how many puffs of my reliever is too many in a day?"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "would one of the volunteers be able to phone me one evening this week?",
            "could a real parent from the group message me? someone who remembers the early days",
            "could i be matched with a volunteer who has bipolar?",
            "i'd rather speak to someone that's actually been through it. is anybody from the group about tonight?",
            "i want someone who's lived with crohn's for years to tell me how they cope",
            "no offence but i don't want advice from a machine, i want someone who's been through a stoma. anyone?",
            "how do i get to chat to one of your buddies who's had a heart attack?",
            "is there someone in the group who's had a stroke i could be buddied with?",
            "i just want to talk to a real mum who's been through it",
            "put me through to one of the mods please",
            "i want to talk to Jean. is she on today?",
            "can someone from the group message me, too tired to type it all to a bot",
            "are you a real person? if not, who can i talk to that is?"})
    void aPersonAskedForInOrdinaryWords(String text) {
        assertThat(triage.classify(text).category()).as(text).isEqualTo(Category.HUMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "is there a group for young carers near us? we just moved",
            "is there someone who helps with a pip appeal for free? like an advice place",
            "who do i ask about a blue badge?",
            "is there any bereavement support, like a group, for people who lost someone to cancer?",
            "i need someone to properly check whether he's safe at home alone, who does that?"})
    void aServiceAskedForInOrdinaryWords(String text) {
        assertThat(triage.classify(text).category()).as(text).isEqualTo(Category.SERVICES);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "anyway i'll let you get on",
            "think that's enough from me for tonight x",
            "going to get some sleep before my clinic in the morning. catch you another time"})
    void aGoodbyeInOrdinaryWords(String text) {
        assertThat(triage.classify(text).category()).as(text).isEqualTo(Category.GOODBYE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "who made you? are you part of the nhs?",
            "anyone else's little one refuse to wear the sensor on their arm?",
            "the chemo's killing off the bad cells nicely, the consultant was chuffed",
            "quiet week. need to pick up my inhaler prescription on tuesday. the missus says hello",
            "everyone keeps telling me i look well and honestly i want to shout",
            "i'm not after advice, honestly, the carer's allowance just doesn't stretch and i'm tired of it",
            "when i got diagnosed everyone sent cards. six months on nobody asks about my ms anymore",
            "kids off school, the washer leaked, forgot my tablets at lunch, and the dog was sick. anyway how is"
                    + " everyone"})
    void aQuestionAboutTheBotOrNewsIsNotClinical(String text) {
        assertThat(triage.classify(text).category()).as(text).isEqualTo(Category.SHARING);
    }
}
