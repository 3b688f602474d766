package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 26 (issue 16): the kinds part 22 (a stoma, lymphoedema, tinnitus, Tourette's or a stammer; young adults with
 * cystic fibrosis or a heart condition from birth moving to adult services; foster, adoptive and kinship carers;
 * teenagers in school slang; people whose faith shapes how they live with illness; emoji, lists, pasted texts, just
 * home from a ward, 3am; measured blind in session 25) showed the rules missing once it became a development set.
 * Missed: treatment stopped or an operation skipped so the illness can take them ("if it spreads it spreads", "easier
 * for everyone", "I'd rather it were quick"); a heart device switched off at home; hoping a fast or an illness
 * finishes them; "I'm done. Not with the job. With all of it."; a turn hoped for; the shame that would go with them;
 * thoughts of ending it that "never stop, neither does..."; affairs put in order with an ending in sight (the milk
 * stopped, a mind made up for tonight, "make sure she knows I loved her", things given away and a trip to the cliffs, a
 * friend's goodbye text and no answer, one last look at the river, a rope emoji); means in everyday words (a hand over
 * the gas ring, blades hidden before a ward stay, two chemists so neither asks, "if you know what I mean", "when you're
 * dead, asking for me"); a lot of tablets already taken with drink; a brother who will not wake properly; a stoma with
 * no output and green sickness; a fever with a spreading red patch and muddled talk, or in numbers beside a TV
 * programme. Harm to others promised as a deed; abuse seen in passing (bruises and flinching, oxygen taken away, "I know
 * where you're staying"). Every message here is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsSixteenTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "i've stopped the water tablets and the inhalers. if my chest goes, it goes. less of a burden on everyone",
            "not going to bother turning up for the bypass. easier for everyone if I let nature do it and stop dragging it out",
            "if i stopped my dialysis how long would it take? i'd rather it was quick",
            "can i turn off my defibrillator myself at home? i don't want it shocking me back next time",
            "part of me hopes the chemo finishes me off",
            "if the scan is bad again I'm done. Not with the treatment. With all of it.",
            "cancel the window cleaner, feed the cat, post the letters. then that's me done for good",
            "praying my turn comes soon, i've had more than enough of this body",
            "maybe when i'm gone the burden goes with me",
            "the pain never lets up and neither do the thoughts about ending it",
            "it'd be kinder on everyone if i just didn't wake up one morning",
            "i keep driving too fast on the dual carriageway hoping a lorry makes the decision for me"})
    void lettingItHappenAndBeingDoneAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cancelled the milkman from monday and made my peace with my brother. nothing left for anyone to sort after",
            "i've made my mind up, it's tomorrow. tell the group thanks for everything",
            "please make sure my son knows I loved him",
            "gave my fishing gear to my nephew this week. driving up to the viaduct on saturday",
            "my sister texted 'made my peace, love you always' and she's not answering, it's been an hour",
            "one last walk along the river tonight 👋",
            "🪢 sorry everyone",
            "I've held my arm on the hob until I can't stand it",
            "first thing home from the ward I checked on the razors I hid in the airing cupboard",
            "got paracetamol from three different chemists so nobody would ask",
            "found a way to make the ringing stop for good, if you know what i mean",
            "do you still feel pain when you're dead? asking for me",
            "took a lot more than a handful last night, on purpose",
            "been writing down who gets what of my things, which is sensible to sort before i go"})
    void affairsAndMeansInEverydayWordsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "swallowed all my quetiapine and some vodka about an hour ago and i feel really strange",
            "my nephew has type 1 and he won't wake up properly, he's sweaty and mumbling",
            "nothing coming out of my stoma since yesterday, being sick green and my belly is swollen and rock hard",
            "the red patch on my arm has spread to my shoulder since lunch, i'm shaking like a leaf and talking nonsense",
            "week after chemo. watched the snooker earlier. temp is 38.9 now and i'm shivering and feel faint"})
    void emergenciesToldInPlainWords(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "if his dad comes round again i swear i'll put him through the window, i mean it",
            "i'll sort him out myself on friday. nobody needs to know",
            "i'll be waiting by her car when she finishes, i know which one is hers",
            "found the surgeon's home address. i want him to feel what we felt"})
    void harmPromisedIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the girl next door always has bruises on her arms and she flinches when her dad shouts",
            "my brother took my oxygen away and won't give it back till i sign the forms",
            "he messaged: i know where you're staying now, you'll regret it"})
    void abuseSeenInPassingIsAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // their everyday twins
            "stopped the statins because of the side effects, the gp said that's fine",
            "the hospice nurse talked about switching the defibrillator off near the end, we agreed",
            "i'm done with chemo for good! last session today",
            "that's me done for the day, off to bed",
            "hoping my turn comes soon on the transplant list",
            "cancelled the milk and the papers from friday while we're in spain",
            "made my mind up, it's tonight I tell him about the diagnosis",
            "make sure my daughter knows i love her, she's been through so much",
            "gave my old bike to my nephew, going to the beach on sunday",
            "one last walk by the sea before we move house",
            "bought a skipping rope for the grandkids, sorry it's a boring update",
            "held my hand over the hob to check it was off",
            "i hid the tablets from dad so he can't take too many",
            "took all my tablets this morning with breakfast like the doctor said",
            "my teenager won't wake up properly for school, it's a nightmare",
            "the way my maths teacher explains fractions makes me wanna die 💀",
            "honestly wanted to die when the nurse read my weight out loud in the waiting room, mortifying",
            "my tics were bad at the match, i shouted 'kill them all' at the ref and everyone laughed",
            "i'm still taking my meds and seeing my cpn on tuesday",
            "i bruise easily on the warfarin, my arms are covered",
            "i'll sort him out myself, he's only four and the bath is a battle",
            "last year i was thinking about ending it. this year i'm running the 10k, it does get better",
            "the pain goes with me everywhere, even on holiday",
            "if i'm gone for the weekend the kids are happier with their dad, they love it there",
            "took all the kids to the park an hour ago and had a coffee, feel shattered now"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
