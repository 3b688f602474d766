package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the fourteenth own held-out part (own-heldout-14.jsonl, 583 messages written in session
 * 17 by three helpers who had read no rule, head or earlier set: people with dyslexia, a learning disability or a
 * brain injury and people typing in a hurry; working-class voices from the North, Scotland, Wales and the Midlands
 * with dark humour and understatement; young adults and students with internet slang and irony. Each writer added
 * jokes and sarcasm that are not a crisis, and risk hidden in a joke or said flatly. Seventeen lines that were exact
 * copies of each other or of an earlier set were dropped. First measured before any rule was written from it;
 * docs/safety-eval.md, "Session 17". The same part with the model is held in adapters/triage-model
 * (OwnHeldOut14ModelFloorTest). Floors may only rise.
 */
class OwnHeldOutSet14Test {
    private static final String SET = "peerbot/triage/own-heldout-14.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(583);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(201);
        // first measured blind, at the start of session 17 and again at its end (no rule was written from it): 134 of
        // 201 caught, 10 of 382 flagged, accuracy 0.739. Session 18 read it as a development set (rules written from
        // its misses): 155 of 201, 7 flagged, accuracy 0.780
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.77);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(7);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.775);
    }
}
