package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twenty-fifth own held-out part (own-heldout-25.jsonl, 583 messages written in
 * session 28 by three helpers who had read no rule, head or earlier set: people with bowel or bladder conditions,
 * incontinence or sexual side effects after cancer who talk round it, people after head and neck cancer who can only
 * type, and people typing for someone else or through a translation app; people in polished professional jobs who
 * hide distress in formal words, owners of small businesses going under while ill, and men over 70 and new dads who
 * use banter and few words; people who mix English with Welsh, Scots, Hinglish, Polish, Spanish, Cantonese or
 * Turkish, and very online people in their 20s and 30s whose danger can hide inside irony and memes. Seventeen lines
 * that copied earlier sets were dropped. First measured before anything was changed, and no rule was written from it
 * in session 28; in session 29 it became a development set (docs/safety-eval.md, "Session 28" and "Session 29"). The
 * same part with the model is a row of OwnHeldOutPartsModelFloorTest in adapters/triage-model. Floors may only rise.
 */
class OwnHeldOutSet25Test {
    private static final String SET = "peerbot/triage/own-heldout-25.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(583);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(197);
        // first measured blind at the start of session 28: 98 of 197 caught, 6 of 386 flagged, accuracy 0.703; the
        // rules written from part 24 in the same session (the part unread): 99, 6, accuracy 0.707; a development set
        // from session 29, whose rules read it: 196, 0, accuracy 0.955
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(1);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.95);
    }
}
