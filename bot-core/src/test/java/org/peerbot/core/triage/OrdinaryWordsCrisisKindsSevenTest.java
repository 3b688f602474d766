package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * Session 17 (issue 16): the kinds that part 13 (older people and second-language writers, mental health beside a
 * physical condition, quick regional messages; measured blind first in session 16) showed the rules missing, and one
 * kind they flagged wrongly. Missed: how much of a medicine would stop the heart or be toxic; a jump from a height in
 * second-language grammar; self-injury told as ongoing; loose ends tied up beside things cancelled and given away; this
 * winter said to be the last beside a decision; a gun held in the lap; a carer taking the one they care for with them,
 * or a pillow over a face; on the way to someone so they "won't hurt anyone else"; a child heard threatened with an
 * injury; a whole benefit payment taken and a little handed back; an accidental second dose; a chest weight told as a
 * simile beside being sick. Flagged wrongly: "I can't do this anymore" said of a form. Every message here is written
 * for this test in its own words.
 */
class OrdinaryWordsCrisisKindsSevenTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "how many of my heart tablets would it take to stop the heart, asking because i'm tired of all this",
            "what dose of my amitriptyline would stop your heart",
            "looked up how much of my insulin would be fatal. i know now"})
    void howMuchWouldStopTheHeartIsAMethodQuestion(String text) {
        var r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.has(Signal.METHOD_SEEKING)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "since my wife die i am thinking to jump from the bridge near my flat",
            "i have been cutting again since the results, every night this week",
            "paid off the catalogue, gave my things away to my nephew. just tidying up the loose ends now",
            "i've decided this christmas is my last, i only want to see my boys one more time",
            "sat in the barn with my dad's rifle across my knees for most of the night"})
    void theseKindsAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "when i go i am going to take her with me, she would hate the nursing home",
            "i keep standing by his bed wanting to hold the pillow over his face",
            "i'm heading round to his house now, he won't hurt anybody again after tonight",
            "i'll slash his tyres and then his face when he leaves work on monday"})
    void theseKindsAreHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the boy next door was crying in the garden again and i heard his mum shouting she'd snap his wrist",
            "my son takes all my pension and gives me a few quid for the week"})
    void theseKindsAreAbuse(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.ABUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i've taken my evening insulin twice by mistake, just realised",
            "feels like a ton of bricks on my chest and i'm sweating, had bypass surgery years ago"})
    void theseKindsAreAMedicalEmergency(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.MEDICAL_EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i can't do this anymore, the blue badge form wants the same thing on every page",
            "my application for the grant is 30 pages, honestly i cannot do this any more",
            "been cutting back on sugar since the diagnosis and it's going well",
            "this one's my last biscuit I promise, decided I'm being good",
            "my grandad's old rifle is in a museum now, sat across two hooks",
            "we're tidying up loose ends at work before the holidays, cancelled the christmas do"})
    void theirEverydayTwinsAreNot(String text) {
        check.notCrisis(text);
    }
}
