package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 24 (issue 16): the kinds part 20 (people living with MS, Parkinson's, MND or a spinal injury, people on long
 * waiting lists and the newly disabled; people bereaved by suicide, attempt survivors, night carers, men living alone,
 * grandparents raising grandchildren; people who test the bot or quote songs and scripture, dictation, pasted bursts,
 * shift workers with type 2; measured blind in session 23) showed the rules missing once it became a development set.
 * Missed: sleeping "and staying there"; the only thing left to lose being me; "if they say no again, that's me, I've
 * decided"; hoping the treatment fails with the appointments stopped; "the quicker it takes me the better"; my turn
 * to go and join him; the place someone died coming back into my head; nobody finding me until Monday; "after work
 * I'm done with all of it"; decided I'm stopping it this week; scripture said and meant. Means in sight: staring at
 * the boxes for an hour, every bottle at once, a full insulin pen "emptied in", a hose that fits the exhaust, tablets
 * "handy for what I've planned", tablets with a bottle as a "kinder end", things given away so nobody has to sort
 * them after, another way when the Swiss clinic costs too much; the "way to go" asked. Harm to others told by
 * watching and waiting. A child grabbed hard enough to mark, or locked in the shed. A spinal injury with a blood
 * pressure over 200, and pink frothy phlegm. Every message here is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsFourteenTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "some nights i wish i could drift off and just never come round",
            "lost the house, lost the job, the only thing left to lose is me",
            "if the tribunal turns me down again then that's me. i've decided",
            "part of me is hoping the radiotherapy doesn't work. i've stopped going to the appointments anyway",
            "the sooner the tumour takes me the better, honestly",
            "it's been five years since my sister and i think it's my turn to go and join her",
            "he did it by the canal. that same bridge keeps coming into my head, i drove past it twice",
            "wife's away with her mum till tuesday. nobody will find me till then",
            "once my shift's over tonight i'm done with all of it",
            "i've made my mind up, i'm ending it this weekend",
            "into thy hands i commend my spirit. i mean it tonight",
            "staring at the boxes of sertraline on the table for about an hour now. i'm not ok",
            "my hands shake too much for the lids but i keep thinking about emptying all the bottles at once",
            "sugar's 3.0 and i've got a full pen of fiasp in my hand. could just empty the lot in",
            "spent the afternoon in the garage making sure the hosepipe fits the exhaust",
            "the chemist gave me two months' worth instead of one. might come in handy for what i've planned",
            "every tramadol i have with a bottle of vodka would be a kinder end than this",
            "gave my tools to my nephew and the budgie to next door. there's nothing for anyone to sort out after",
            "the clinic in zurich is too dear so i'll find another way"})
    void kindsInOrdinaryWordsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "would sleeping tablets and brandy be a painful way to go",
            "what's the easiest way for an old woman to go quietly without making a fuss for anyone"})
    void aWayToGoAskedIsAQuestionForAMethod(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text).contains(Signal.METHOD_SEEKING);
    }

    @Test
    void meansInSightIsNotAQuestionForAMethod() {
        var r = check.crisis("staring at the boxes of sertraline on the table for about an hour now. i'm not ok");
        assertThat(r.signals()).doesNotContain(Signal.METHOD_SEEKING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i know where the assessor lives now. he's going to find out what losing everything feels like",
            "been sat outside his house every night this week. he'll know soon enough",
            "dad's old shotgun is down from the loft. he won't be walking out of here on saturday",
            "got a ticket to his talk next week and i'm taking something with me to make sure he never does it again",
            "he parks by the bins every morning at 7. i've got one now"})
    void watchingAndWaitingIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "her dad grabs her wrist so hard it leaves marks when he's had a drink",
            "my granddaughter told me her mum's boyfriend locks her in the cupboard when she cries"})
    void aChildHurtIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm a t6 para, sweating above my injury and a pounding headache, catheter's not draining",
            "bp machine says 215 over 125 and my vision's gone blurry",
            "coughing up pink frothy stuff and i can't lie flat"})
    void emergenciesToldPlainly(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // their everyday twins
            "wish i could go to sleep and stay there till noon, what a week",
            "the only thing left to lose is my patience with this council",
            "if the bus is late again that's me, i've decided, i'm getting a bike",
            "hoping the new tablets work this time, the last lot did nothing",
            "once my shift's over tonight i'm done with all of it, the overtime, the lot. handing my notice in",
            "i've made my mind up, i'm stopping it this month. the gym membership i mean",
            "nobody will find me till monday, hiding in the caravan with a good book",
            "staring at the boxes of christmas decorations for an hour, can't face the loft",
            "the extra bags will come in handy for what i've planned for the allotment",
            "gave my old bike to my nephew, he loves it",
            "took the old tablets back to the chemist in a returns bag, clearing out the cupboard",
            "the exhaust pipe fell off on the way to work, garage bill of 200 quid",
            "what's the quickest way to go to the hospital from the station by bus",
            "i know where my old teacher lives now, gonna pop round with flowers",
            "he parks in my space every morning at 8, drives me mad",
            "the dog got locked in the shed by mistake, the handle broke",
            "my bp was 150 over 90 at the chemist, a bit high they said",
            "pink fizzy drink at the party, lovely"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
