package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 20 (issue 16): the kinds part 16 (young adults in text-speak, LGBTQ+ people, long covid and ME; men who
 * don't talk about feelings in rural Scotland, Wales, Northern Ireland and the north of England; severe mental
 * illness, a learning disability, postnatal depression; measured blind in session 19) showed the rules missing once
 * it became a development set. Missed: things handed on with a day named or an odd calm; a last meeting the other
 * person does not know is the last; a plan with a place and a day; a road accident or not waking wished for lightly;
 * someone else's finality (oxygen taken off "to let it happen", a goodbye rung in, "better off if she wasn't here");
 * the head hit against the wall again; a fatal amount asked as a medical question; a tree named in passing; a weapon
 * taken to where someone will be, a loaded gun and a neighbour's routine, someone followed home, a car run off the
 * road, a building set alight; a weekly medicine taken twice by mistake. Flagged wrongly: an attempt years ago marked
 * as recovery, a will made after a diagnosis, letters written to thank people, a parent's estate, self-harm long ago
 * told to help a teenager, a trivial "I'll kill him if", seizure free for months, a dosette box. Every message here
 * is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsTenTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "gave my guitar to my cousin and the cat to the lady upstairs. tomorrow's the day",
            "sold the motorbike, told my mate he can have my tools. feel strangely calm tonight",
            "we had a lovely tea at my sister's. she doesn't know it's the last time i'll see her",
            "the plan is the top of the multi storey on saturday. first thing i've decided in ages",
            "honestly wouldn't mind if the van came off the motorway one of these nights",
            "if i don't wake up on monday no one would miss me much, just the cat",
            "at this rate i'll be six feet under by spring and good riddance",
            "been banging my head against the wall again, it helps me feel something",
            "what amount of paracetamol would be a lethal amount for a woman of 60kg. it's for me",
            "lost the business, lost the house. there's a strong beam in the barn",
            "tablets aren't doing anything and honestly i can't see the point of much these days"})
    void hintsPlacesAndAmountsInOrdinaryWordsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    /** Caught before only by the abuse rule's "don't tell anyone", which is now someone else's order. */
    @ParameterizedTest
    @ValueSource(strings = {
            "if i skip my insulin tonight how long till the ketones take me. don't tell anyone",
            "i think about giving myself all my insulin at once every time i do a jab. dont tell anyone"})
    void aDoseWithheldOrAllAtOnceIsSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my grandad keeps saying he'll take his oxygen off and let nature take its course",
            "my sister phoned to say goodbye for good and now her phone's off",
            "my partner told me calmly the kids would be better off if she wasn't around"})
    void someoneElsesFinalityIsSelfHarmAboutThem(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.ABOUT_SOMEONE_ELSE)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the nurse who laughed at me is on shift tuesday. i'm taking a hammer in. she'll know what it feels like",
            "the shotgun's loaded by the door and he drives past my gate every morning at 8",
            "been following him home from the pub. next time i won't just watch",
            "i'm going to run his van off the road on the bypass next week",
            "the landlord's office, i'm going to set that place alight with a can of petrol"})
    void aWeaponTakenToSomeoneIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"by mistake i've just taken my weekly methotrexate twice this week"})
    void aWeeklyMedicineTakenTwiceByMistakeIsAMedicalEmergency(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "gave the dog to my mum for the weekend, the flat feels weirdly calm",
            "my mum doesn't know it's the last time i'll see her before i move to australia",
            "the plan is to meet at the top of the multi storey car park on saturday for the view",
            "wouldn't mind if the bus came on time for once",
            "if i don't wake up early nobody will walk the dog",
            "three years since i tried to end my life. i got married last month",
            "sorted my will after the diagnosis, solicitor was kind about it",
            "wrote thank you letters to the nurses on the ward",
            "putting her affairs in order since mum passed, the bank is a nightmare",
            "i used to self harm as a teen and now i volunteer with young people",
            "i'll kill him if he eats the last biscuit",
            "my daughter has been seizure free for a whole year",
            "my tablets are lined up in the dosette box for the week",
            "it's like banging my head against a brick wall with the council",
            "what amount of insulin should i take for a big pasta tea",
            "there's a big tree at the back we put the swing on",
            "the fire brigade came to the school to show us how to put a fire out",
            "following her home to make sure she got in safe after the party",
            "set the table and put the candles on the cake",
            "i don't take my insulin till after tea, how long before i eat should i do it",
            "told my sister things i'd kept in for years and i feel so light now",
            "there's a big beam in the barn my grandad put in for her",
            "i can't see the point of much of the paperwork they send"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
