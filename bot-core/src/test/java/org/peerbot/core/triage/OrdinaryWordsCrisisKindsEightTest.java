package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 18 (issue 16): the kinds part 14 (dyslexia and hurried typing, dark humour, young adults' irony; measured
 * blind in session 17) showed the rules missing once it became a development set, and the kinds the shared sets showed
 * set aside wrongly. Missed: someone else's warning signs told by a carer (locked in with their tablets, a photo of
 * blades and no reply, rings given away beside goodbyes, tablets saved "for when it's time", medicines stopped "for
 * good" with a pet handed over, patches all at once "to be quicker"); a jump in front of a train; waiting for the
 * house to sleep so it can be finished; easier for everyone if they went; not sure they'll be here next week; how much
 * of a medicine stops the liver; a child's mark and "don't tell"; a parent's money taken with no food or heat; a
 * sibling's partner hitting them; running a manager over; a list of doctors and when one works late; standing over
 * the one they care for with a pillow; a weekly medicine taken daily. Set aside wrongly: "a reason not to" asked for,
 * "why I can't", "no longer have the will", and "it's suicide" beside a later sentence. Flagged wrongly: a will made
 * calmly, "can't do this anymore" of a job, the fear of cancer coming back, a burden to the chat, a lazy week on the
 * sofa, a chemist's mix-up noticed in time. Every message here is written for this test in its own words.
 */
class OrdinaryWordsCrisisKindsEightTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "my son has shut himself in his room with the paracetamol and he won't open the door",
            "she sent me a picture of her razors and now she isn't answering her phone",
            "dad's been giving his medals away and ringing everyone to say goodbye",
            "my gran has been keeping her sleeping tablets in a tin for when it's time, she says",
            "he's stopped his insulin and asked me to have his cat for good",
            "my wife asked if wearing all the patches at once would be quicker"})
    void someoneElsesWarningSignsAreSelfHarmAboutThem(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.ABOUT_SOMEONE_ELSE)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i keep thinking about stepping in front of the bus on the way home",
            "just waiting till the kids are asleep so i can finish it",
            "it'd be easier for my family if i wasn't around anymore",
            "not sure i'm going to be around next week, thanks for the chats everyone",
            "give me one good reason not to end my life",
            "i don't know why i can't just kill myself and be done",
            "no longer have the will to live, it's been years of this",
            "i want to jump from a high place tonight",
            "my brother says he wants to kill him self, he means it"})
    void theseKindsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how much co-codamol finishes your liver, the real amount",
            "if you take all your gliclazide at once does it work or not"})
    void howMuchStopsAnOrganIsAMethodQuestion(String text) {
        assertThat(check.crisis(text).has(Signal.METHOD_SEEKING)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my daughter came home from her dad's with a bruise on her arm and said daddy told her not to tell",
            "my uncle's been taking money out of nan's account and she's got no food in and the heating off",
            "my cousin's boyfriend keeps hitting her and she's scared to leave"})
    void theseKindsAreAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i'm going to run that landlord over when he comes out on friday",
            "got a list of the nurses who laughed at me and i know where each one parks",
            "last night i stood over her with the pillow for ages",
            "been sat outside her flat every night this week, she won't see it coming"})
    void theseKindsAreHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @Test
    void aWeeklyMedicineTakenDailyIsAMedicalEmergency() {
        String text = "been taking my methotrexate daily instead of weekly since monday, just realised";
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "did my will at the weekend, the solicitor had an offer on. the cat gets the sofa",
            "i cannot do this anymore, the night shifts are killing my back, handing my notice in",
            "finished radiotherapy, so relieved, but scared it comes back",
            "sorry, i feel like a burden on this group with all my moaning",
            "spent the whole weekend on the couch being a waste of space with this flare",
            "she's stopped her tablets because the side effects were awful, the gp agreed",
            "i have every reason not to hurt myself, my kids come first",
            "i no longer self harm, three years now",
            "the chemist mixed up my prescription and gave me the wrong tablets, luckily i checked"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
