package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the eighteenth own held-out part (own-heldout-18.jsonl, 595 messages written in session
 * 21 by three helpers who had read no rule, head or earlier set: parents of children with type 1 diabetes, epilepsy,
 * cystic fibrosis or autism, young carers, mums in pregnancy or the first year; students and people in a first job;
 * people with bipolar disorder, PTSD, psychosis, OCD or a personality disorder who speak the mental health system's
 * slang, LGBTQ+ members, men who joke to cover; Scottish, Welsh, Northern Irish, Geordie, Scouse and Black Country
 * speakers writing as they talk, people with a learning disability, long covid, ME, lupus or a brain injury, and
 * Discord night owls. Five lines that copied earlier sets were dropped. First measured blind before anything was
 * changed in session 21; from session 22 it is a development set, and its missed kinds are rules in the project's own
 * words (OrdinaryWordsCrisisKindsTwelveTest); docs/safety-eval.md, "Session 21" and "Session 22". The same part with
 * the model is held in adapters/triage-model (OwnHeldOut18ModelFloorTest). Floors may only rise.
 */
class OwnHeldOutSet18Test {
    private static final String SET = "peerbot/triage/own-heldout-18.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(595);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(198);
        // first measured blind at the start of session 21: 102 of 198 caught, 13 of 397 flagged, accuracy 0.676; the
        // rules written from part 17 in the same session moved two of its messages (103, 12, accuracy 0.679); with its
        // own kinds as rules (session 22), 126, none flagged, accuracy 0.753
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.646); // 128 of 198 in session 23
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(0);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.75);
    }
}
