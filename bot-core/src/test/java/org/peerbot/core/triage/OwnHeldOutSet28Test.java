package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twenty-eighth own held-out part (own-heldout-28.jsonl, 567 messages written in
 * session 31 by three helpers who had read no rule, head or earlier set: people living with long COVID, ME/CFS,
 * migraine or cluster headaches, sleep apnoea, obesity or life after weight-loss surgery, and severe psoriasis or
 * eczema; people who are homeless, sofa-surfing or in hostels, armed forces veterans and serving personnel and their
 * partners, people on probation or just out of prison, fishermen, farmers and people on remote islands; and writing
 * styles rather than conditions: autocorrect slips, a laugh after dark things, the third person, religious ways of
 * saying things from Christian, Muslim, Sikh and Hindu members, Welsh, Geordie, Scouse and Brummie words, rambling
 * voice-note transcriptions and messages full of emoji. Thirty-three lines that copied each other or earlier sets were
 * dropped. First measured before anything was changed; blind to the rules in session 31, a development set from
 * session 32 (docs/safety-eval.md, "Session 31" and "Session 32"). The same part with the model is a row of
 * OwnHeldOutPartsModelFloorTest in adapters/triage-model. Floors may only rise.
 */
class OwnHeldOutSet28Test {
    private static final String SET = "peerbot/triage/own-heldout-28.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(567);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(197);
        // first measured blind at the start of session 31: 106 of 197 caught, 8 of 370 flagged, accuracy 0.757; the
        // rules written from part 27 in the same session (the part unread): 110, 8, accuracy 0.776. A development set
        // from session 32: 197 of 197, 8 flagged, accuracy 0.979
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(8);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.97);
    }
}
