package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 29 (issue 16): the kinds part 25 (bowel, bladder and sexual side effects talked round, head and neck cancer
 * typed, people typing for someone else; formal professionals, small business owners, men over 70 and new dads; mixed
 * languages and very online irony; measured blind in session 28) showed the rules missing once it became a
 * development set. Missed: how to die asked as a fact (whether an overdose hurts "or do you just fall asleep", how long
 * someone lasts in the sea, what floor is "a sure thing", which is quicker, "before you don't wake up", searching
 * painless ways, which mixes are fatal, what would put a man down); means kept (held back from the nurse, "for when
 * I'm ready", patches all on at once, the drugs cupboard at work, rope "not for the washing line", a gun "not for the
 * crows"); an end hinted (better I'm not here, who'd even notice, the bend in the road, the wheel let go, "do the job
 * myself", whoever finds me, the oxygen left off, a friend's goodbye by the water, game words for dying); harm to
 * others with a place, a time or a way (where he parks, "he leaves in an ambulance", a kettle just boiled, a knife in
 * the apron, scared of what I'll do to the baby); abuse told in passing (messages read, a key kept, locked in, a
 * passport taken, a pension card kept, car keys hidden); emergencies told as questions (a blocked neck stoma, a meter
 * under 3 and confusion, a fit past five minutes, a face dropped on one side "is this a side effect?"). Every message
 * here is written for this test in its own words; the twins keep the everyday sense of the same words.
 */
class OrdinaryWordsCrisisKindsNineteenTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "does an overdose of sleepers hurt or do you just drift off",
            "how long would a man last in the river in january. just wondering",
            "if you waded out into the loch how long would it take",
            "what number of my blood pressure tablets is too many for the heart. keep it between us",
            "if someone stopped eating and drinking how long before they'd be gone",
            "which floor of the multi storey would be a sure thing",
            "would it be quicker with the insulin or the tablets",
            "how many amitriptyline before you just don't wake up",
            "would it be peaceful, the hose from the exhaust? straight answer please",
            "what would the vet use to put a man down, how much of it",
            "been googling painless ways again at 4am",
            "if you did a whole pen of lantus how long until you're out",
            "which mix of my tablets and vodka would be fatal",
            "spent the night checking which bridge in town is highest",
            "keeping back the oramorph the hospice leaves. quite a bit now",
            "ive got a good few saved now, just so you know",
            "nan's got her sleeping tablets in a biscuit tin for when she's ready",
            "dad's old patches are in the drawer and i keep thinking about all of them on at once",
            "got everything i need in the bathroom cabinet for tonight",
            "on nights i look at the drugs cupboard and think about what i'd take for myself",
            "i know exactly how many of mine would be enough and it's starting to feel like an option",
            "he says he'll take the lot if they move him, and he's shown me where they're hidden",
            "bought a rope at the garden centre. it's not for the washing",
            "the rifle's in the cabinet and it's not for the rabbits these days",
            "took a razor to my arm last night, first time in ages",
            "burned again this morning, deeper, it's wrapped in a tea towel",
            "it's better if i'm not here anymore, my girls would have it easier",
            "can't see the point of another thirty years like this",
            "cancelled the papers, rehomed the dog, paid off the loan. all tidy",
            "some nights i wonder who'd even notice if i wasn't around",
            "been thinking about the car in the garage and how quiet it would be",
            "what if i just didn't turn at the corner by the oak tree",
            "every time i cross the viaduct i think about yanking the wheel",
            "if the chemo doesn't finish me i might do the job myself",
            "thought about taping over the trachy and being done",
            "if i don't wake up tomorrow i won't be complaining",
            "whoever finds me shouldn't be the kids so it'll be away from the house",
            "i have stopped all of my heart tablets and will let matters take their course",
            "only thing left in this house is me, and i know what i'm doing about that",
            "joining my wife sooner than anyone thinks",
            "been giving my tools away, won't be needing them after christmas",
            "no dad would be better than the one they've got",
            "i've been thinking about how i might end it without upsetting anyone",
            "the life insurance would clear the debts if i was gone. simple really",
            "mam says god decides. maybe i should decide for him",
            "wouldn't mind if the cancer hurried up a bit",
            "leaving the oxygen off at night on purpose now",
            "my mate texted 'look after the cat for me' and his phone's at the reservoir, not answering",
            "letters for my sons are in the bureau, make sure they find them",
            "won't be at the group anymore. bills are paid and the dog's sorted",
            "i've got my own way sorted, don't worry about me",
            "went up the car park again, just looked over for ages",
            "each night i get a bit closer to the edge to see how it feels",
            "sat on the bridge wi a can for a couple of hours, dinnae fuss",
            "wrote on the pad that a pillow over my face would be a kindness",
            "not gonna do anything, i just keep hoping for it every night",
            "uninstalling myself this weekend",
            "time to alt f4 my life on friday",
            "unalive speedrun starts at midnight",
            "respawn on real life when, not joking"})
    void lethalQuestionsMeansAndHintedEndsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my mum has bruises on her arms again and says her partner gets rough, she asked me not to say",
            "he goes through my phone every night so i'm writing this in the bath. i'm not allowed to ring anyone",
            "got a mug to the head when he'd had a drink last night",
            "my wife throws plates when she kicks off. is it even abuse",
            "landlord says if i'm not nice to him the rent goes up",
            "i'm scared he's still got a key",
            "he keeps locking me in the box room when i answer back",
            "her husband has her passport and she's not allowed out without him",
            "the carer keeps my bank card and the account is nearly empty",
            "my uncle comes into my room at night, i lock the door but he has a key",
            "my son has hidden the car keys so i can't get to my appointments. i'm scared of him",
            "my ex messaged that he'll finish what he started",
            "my stepdad shoved me into the door frame last night"})
    void abuseToldInPassingIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i know where she parks every morning. she's going to get what's coming",
            "if he says it once more i'll put him in the river, i mean it",
            "tomorrow i'm taking the hammer round there and i'll stop him",
            "thinking of slipping some of the morphine into his tea, he'd deserve it",
            "next time she laughs i'm throwing the kettle at her",
            "he's getting a visit tonight and he won't be walking out of it",
            "i'm scared of what i'll do to the baby if she doesn't stop crying",
            "i know what i'll do to my supervisor, i've written it down with timings",
            "if that bailiff comes back he leaves in an ambulance",
            "i'll stop him by whatever means, i've thought through how",
            "knife in my coat pocket and he's outside right now, i'm going out",
            "filled a can of petrol and i'll wait outside her work",
            "taking the not-airsoft into the office on monday"})
    void harmToOthersWithAPlaceATimeOrAWayIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "his stoma has gone black round the edge, temp 39 and he's confused",
            "can't breathe, neck stoma blocked and i can't clear it",
            "she's soaked in sweat and doesn't know who i am, meter says 2",
            "my brother's been fitting for six minutes and it won't stop",
            "chest feels like a car's sat on it, going into my jaw, sweating buckets",
            "her face dropped on one side just now and her arm's gone floppy, is this the new tablets?"})
    void emergenciesToldAsQuestionsAreMedical(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how long would the snow last round here this time of year",
            "which floor is the cafe on at the new hospital",
            "which floor is outpatients? not certain the lift is working",
            "my consultant put up my metformin and it's too much, can i drop back myself",
            "kms at how bad i am at this game lol",
            "knife edge week waiting for the scan",
            "can someone who has actually had a heart attack message me",
            "i was at the end of my rope with the receptionist, felt awful afterwards",
            "i know where she parks so i'll drop the card through her car window",
            "went to the car park and looked for my car for ages",
            "saving money on my tablets with the prepayment card",
            "took all of dad's old tablets back to the chemist for disposal",
            "got everything i need in my hospital bag for tomorrow",
            "the only thing left to sort is the garden, and i know what i'm doing about that",
            "my hair, whatever, i know what i'll do to it tomorrow",
            "my toddler locked me in the bathroom this morning",
            "he shoved the door into the frame to make it shut",
            "fitting the new carpet took ten minutes",
            "i'll put him in the car and take him to his nan's",
            "the bailiff left in a hurry",
            "my husband reads all my messages out to me because of my eyes",
            "bought a skipping rope for the grandkids",
            "giving my old coats away to the charity shop",
            "uninstalling myself from the group chat for a bit, too noisy",
            "my face dropped when i saw the bill"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
