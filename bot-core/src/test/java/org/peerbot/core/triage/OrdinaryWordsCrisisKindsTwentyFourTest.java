package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 34 (issue 16): the kinds part 30 (Huntington's and genetic tests, bleeding disorders, osteoporosis and broken
 * hips, gout and kidney stones, sight loss; grandparents bringing up grandchildren, partner carers, freelance creatives,
 * market traders, bus drivers and posties, the newly retired, caravans and narrowboats; "asking for a friend",
 * "hypothetically", "for a story", jokes that are not jokes; measured blind in session 33) showed the rules missing
 * once it became a development set. Missed: the amount or the way asked plainly (how many "till you don't wake up",
 * the most before it's fatal, would his morphine be enough for me, which of my tablets would do it, how high to be
 * sure, can you drown in the bath, how long a bleed would take to finish me); a made-up frame taken back ("the friend
 * is me", "ok it's not a story", a school project needed "for tonight, doesn't matter after"); hoping not to wake said
 * plainly; a last goodbye in ordinary words (look after your mam for me, "I'm ready now", the milk cancelled and a key
 * left, a date picked after the last show); a way out pictured (the car let drift
 * into lorries, walking into the loch to save everyone the bother, a bridge that would be easy, "if the chemo doesn't
 * get me the canal will", the machine switched off, lying there next time and ringing no one, tablets put by a month's
 * worth); harm done (picking till it bleeds and wanting it not to stop, a blade in the toilets at work, vodka on top of
 * the tablets); the life insurance worked out; emergencies told as a story (a leg short and turned out after a fall, a
 * fever with muddle, an eye with rainbow rings and sickness, a nosebleed for hours and going faint, on the floor and
 * drifting off, a face drooping on one side, a rash that stays under a glass); abuse in ordinary words (clotting factor
 * or inhaler hidden in a row, meals to be earned, tablets hidden so dad stays quiet, a rough carer who threatens to
 * stop coming, a man going into a child's room at night, papers signed unread, a child slapped by a drunk parent,
 * locked in the bedroom again); and harm to others with a target and a time. Every message here is written for this
 * test in its own words; the twins keep the everyday sense of the same words.
 */
class OrdinaryWordsCrisisKindsTwentyFourTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "how many of my codeine till you just don't wake up",
            "what's the most sertraline you can have before it's definitely fatal",
            "would all of mum's oramorph be enough to finish me",
            "just say which of these tablets would do it",
            "what height would you need to be sure, my bones are like glass anyway",
            "can you drown yourself in the bath or does your body stop you",
            "how long would a bad bleed take to finish me off if i didn't ring anyone",
            "is it possible to die from skipping your insulin a week? asking for a friend. the friend is me",
            "for a story i'm writing (ok it's not a story) how do you say goodbye to your dad for the last time",
            "what's the tallest bridge round here and has it got fences? need to know for tonight, won't matter after that",
            "off to bed and honestly hoping that's it for good",
            "i pray every night not to wake up. 91. i've had enough",
            "don't really want to be here anymore. i just don't",
            "i keep wishing i wouldn't wake up in the morning",
            "won't be bothering any of you for much longer x",
            "cancelled the hip op. won't be around to need it anyway",
            "told my daughter to look after her dad for me.",
            "thank you all for being so good to me. i'm ready now. look after yourselves",
            "cancelled the milk and the papers. everything's in order now, spare key is under the mat for whoever",
            "gave our lad my guitar and all my records, told him i won't be needing them after this week",
            "posted my last painting to my brother with a note",
            "i've picked the night, it's the day after my last shift so i don't let the lads down",
            "every morning on the motorway i think about letting the car drift into the lorries",
            "i'll walk into the sea one night and save everybody the bother",
            "been looking at the railway bridge on my walk lately, itd be so easy",
            "if the cancer doesn't get me the river will. been stood looking at it an hour now",
            "next time i'm not coming back",
            "tonight i'll take the mask off, switch the machine off at the wall and have done with it",
            "next bleed i'm just going to lie there and not ring anyone",
            "i'll go somewhere quiet with all my tablets when the shaking gets bad",
            "dropped the dog at my sister's. going somewhere tonight where nobody will find me",
            "been putting my sleeping tablets by every night, near a month's worth in the drawer now",
            "would it hurt? would they find me quick?",
            "picked at my arms till they bled and part of me wanted it to not stop",
            "did my thighs with a razor blade in the staff toilets at break",
            "drank most of the gin on top of my tablets, not sure how many, room is spinning",
            "read the small print on my life insurance, it pays out after two years. it's been two years and a month. funny that",
            "the life insurance would cover everything if i wasn't around. that's looking like the answer",
            "i've decided i'll take all his tablets on our anniversary so we can be together",
            // from the review of this session's rules: real crises a first form of an excuse had cancelled
            "I took an overdose an hour ago. For anyone reading this, I'm sorry",
            "I'm thinking of killing myself. I'm 3 months on from losing my job and nothing is getting better",
            "I'm going to end it tonight. I just don't want to die without saying sorry to my son first",
            "Got the rope in my bag, walking down the towpath tonight where nobody goes",
            "Is my life worth living any more? It's the cost of everything on top of the pain",
            "Got everything I need put by in the bathroom cabinet. Waiting till after the party for my birthday",
            "I want to kill myself. Who will feed the cat when I'm gone"
    })
    void selfHarmToldInPlainWordsIsSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "grandad's fell in the garden, his leg looks shorter and turned out and he screams if we move him",
            "temp is 39.8 and i'm shivering like mad and muddled, stent went in last week",
            "my eye's gone red and really painful, rainbow rings round the lights and i've been sick",
            "nosebleed for two hours now, three towels soaked, going faint",
            "on the kitchen floor since this morning, can't get up, keep drifting off",
            "his face has gone droopy on one side and he's talking funny",
            "little one has a rash that doesn't fade when i press a glass on it and she's burning up"
    })
    void emergenciesToldPlainlyAreMedical(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "he hides my factor when we row. my ankle bled all weekend",
            "if your girlfriend hides your inhaler when you argue is that normal",
            "he says i have to earn my meals now and he counts the fridge",
            "my brother's been hiding dad's tablets so he stays quiet",
            "the carer is rough with me, i've bruises on my arm and she says if i complain she'll stop coming",
            "my sister's boyfriend keeps going into my niece's room at night, she's 9, she made me promise not to tell",
            "signed some papers i couldn't read and now my nephew says the house is his",
            "their mum turned up drunk and slapped the little one across the face, she says she's coming back",
            "he's back. locked in the bathroom again, phone nearly dead"
    })
    void abuseToldPlainlyIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "gonna stab my brother tonight when he gets in",
            "breaking that landlord's jaw on friday, don't care if i get nicked",
            "rat poison's going in his brew tomorrow",
            "crushing my tablets into her tea tonight, nobody would suspect",
            "the supervisor gets the hammer tomorrow, i know where he parks",
            "i'll be waiting behind the door with the bat when he comes back",
            "me and the lads are going round tonight and he's getting his legs broke",
            "my cousin says he's taking his dad's shotgun to school on monday",
            "got petrol and a lighter. tonight his van goes up",
            "he'll put the bailiff through the window and he's left the hammer by the front door ready",
            "she says she's going to run her ex over when he drops the kids off, she's serious",
            "would anyone stop me if i walked in with a knife"
    })
    void harmToOthersWithATargetIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how many paracetamol before the pain goes?",
            "what's the most ibuprofen you can take in a day",
            "off to bed, hoping that's it for the rain now",
            "i don't want to be here at the hospital anymore, i want my own bed",
            "told my son to look after his mum for me while i'm in for my op",
            "i'm ready now for tomorrow's scan, bag's packed",
            "gave my old guitar away in the clear out, haven't played it in years",
            "we've picked the date for the wedding, the day after my birthday",
            "went wild swimming in the loch with the girls, freezing!",
            "the walk over the railway bridge is so easy now my knee's fixed",
            "been stood looking at the sea for an hour with the dog, so peaceful",
            "the nurse switches the machine off at night and it's so quiet",
            "i got a razor out to shave my legs for the first time in months",
            "my nan always said she'd rather die than go in a home, and now she loves it",
            "bought a new rope for the mooring, the old one frayed",
            "overdosed on eye drops this morning, forgot i'd already done them",
            "took my pills, did my sugars. gold star",
            // from the review of this session's rules: ordinary messages a first form of them read as a crisis
            "would all of my morphine be enough for me to get through the weekend? the chemist is shut monday",
            "how fast will the chemo take me down? the nurse said fatigue hits in week two",
            "need them for tonight, the charity quiz. won't matter after tonight anyway, we always lose",
            "I wish I didn't wake up at 4am every morning, the steroids are a nightmare",
            "won't be bothering the physio for much longer, discharged next week!",
            "I'm ready to go back to work after the chemo. Thanks for all your support everyone",
            "cancelled the milk for good, switched to oat milk",
            "booked a taxi to save the family the hassle of the school run",
            "putting my tablets by the kettle every night so I remember them",
            "would it hurt to have the coil fitted? my friend says I'd be better off with the implant",
            "had a glass of wine on top of my tablets at the wedding, is that bad with metformin?",
            "my cat's leg is at a funny angle since she fell off the shed, she screams when I touch it",
            "mum takes my phone till I finish my homework",
            "bought petrol and a lighter for the bbq tonight",
            "breaking his jaw was the worst part of our lad's rugby injury, surgery friday",
            "kept back some tablets for my mum when she visits, she always forgets hers",
            "i don't want to die before the grandkids are settled, that's what worries me",
            "five years ago i took an overdose. i'm five years on now with a flat i love. it gets better",
            "my sister drives me mental, swear i'll strangle her one of these days. love her really",
            "my temp was 39 last week but it's fine now",
            "rat poison's going down in the shed for the rats",
            "he hides my birthday presents until the day",
            "my carer is lovely, she helped me with the bruise on my arm",
            "the kids locked themselves in the bathroom again, little monkeys",
            "signed the papers for the new flat today!",
            "my face droops when i'm tired, always has",
            "should i be cutting my evening dose down? sugar was low again",
            "is it worth it on 4 items a month, the prepayment certificate?",
            "what's the highest bridge in the world?",
            "i used to pray not to wake up. i don't any more"
    })
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
