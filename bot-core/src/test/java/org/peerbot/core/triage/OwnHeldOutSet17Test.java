package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the seventeenth own held-out part (own-heldout-17.jsonl, 575 messages written in
 * session 20 by three helpers who had read no rule, head or earlier set: people in their seventies and eighties, some
 * writing formal letters to the bot or by voice dictation; people writing English as a second or third language, and
 * Caribbean and West African elders and their adult children; veterans, prison leavers, farmers, drivers and night
 * workers, people with chronic pain, Crohn's, epilepsy, dialysis or HIV, and people in recovery from an eating
 * disorder or addiction. A third of the messages are long posts with the danger, if any, in one sentence. One line
 * that copied another was dropped. First measured blind before anything was changed in session 20; from session 21 it
 * is a development set, and its missed kinds are rules in the project's own words (OrdinaryWordsCrisisKindsElevenTest);
 * docs/safety-eval.md, "Session 20" and "Session 21". The same part with the model is held in adapters/triage-model
 * (OwnHeldOut17ModelFloorTest). Floors may only rise.
 */
class OwnHeldOutSet17Test {
    private static final String SET = "peerbot/triage/own-heldout-17.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(575);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(198);
        // first measured blind at the start of session 20: 86 of 198 caught, 5 of 377 flagged, accuracy 0.652; the
        // rules written from part 16 in the same session moved none of its messages; with its own kinds as rules
        // (session 21), 129, none flagged, accuracy 0.734; the rules from part 18 (session 22) moved three more (132,
        // accuracy 0.744)
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.676); // 134 of 198 in session 23
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(0);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.74);
    }
}
