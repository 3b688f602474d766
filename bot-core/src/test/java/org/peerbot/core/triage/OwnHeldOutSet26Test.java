package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twenty-sixth own held-out part (own-heldout-26.jsonl, 573 messages written in
 * session 29 by three helpers who had read no rule, head or earlier set: people living with rheumatoid arthritis,
 * fibromyalgia or chronic pain after an injury, people who lost a leg or their sight to diabetes, people with aphasia
 * after a stroke writing in broken phrases, and people with a heart rhythm problem or an ICD; trans and non-binary
 * people on long waiting lists, people in or just out of an abusive relationship, single parents in shop and pub work,
 * students far from home, gig workers, and people who are "meant to be the strong one" at work; members from the US,
 * Canada, Ireland, Australia or New Zealand in their own words, voice dictation with no punctuation, lyrics and
 * scripture quoted for a feeling, "my friend" meaning themselves, and gamers in Discord slang. Twenty-seven lines that
 * copied each other or earlier sets were dropped. First measured before anything was changed, and no rule was written
 * from it in session 29; in session 30 it became a development set (docs/safety-eval.md, "Session 29" and "Session
 * 30"). The same part with the model is a row of
 * OwnHeldOutPartsModelFloorTest in adapters/triage-model. Floors may only rise.
 */
class OwnHeldOutSet26Test {
    private static final String SET = "peerbot/triage/own-heldout-26.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(573);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(197);
        // first measured blind at the start of session 29: 117 of 197 caught, 9 of 376 flagged, accuracy 0.738; the
        // rules written from part 25 in the same session (the part unread): 120, 9, accuracy 0.743; a development set
        // from session 30, whose rules read it: 197, 5, accuracy 0.942
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(5);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.94);
    }
}
