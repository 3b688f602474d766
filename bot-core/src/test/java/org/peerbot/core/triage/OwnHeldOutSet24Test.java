package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twenty-fourth own held-out part (own-heldout-24.jsonl, 584 messages written in
 * session 27 by three helpers who had read no rule, head or earlier set: people with rare or poorly understood
 * conditions (Ehlers-Danlos, POTS, myasthenia, sarcoidosis, rare cancers) and long-term survivors of HIV or hepatitis C,
 * people who lost their sight or hearing as adults writing by screen reader or dictation; people over 60 in former
 * mining, steel and mill towns and their partners, and police officers, firefighters, prison officers and 999 call
 * handlers living with PTSD or a long-term condition; parents, brothers and sisters of adults with psychosis,
 * addiction or an eating disorder, and people in damp or noisy rented rooms or working two jobs. Sixteen lines that
 * copied earlier sets were dropped. First measured before anything was changed, and no rule was written from it in
 * session 27; in session 28 it became a development set (rules written from its misses); docs/safety-eval.md,
 * "Session 27" and "Session 28". The same part with the model is a row of
 * OwnHeldOutPartsModelFloorTest in adapters/triage-model. Floors may only rise.
 */
class OwnHeldOutSet24Test {
    private static final String SET = "peerbot/triage/own-heldout-24.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(584);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(198);
        // first measured blind at the start of session 27: 119 of 198 caught, 9 of 386 flagged, accuracy 0.750; the
        // rules written from part 23 in the same session (the part unread): 123, 9, accuracy 0.777. A development set
        // from session 28, when rules were written from it: 197, 1, accuracy 0.974
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(1);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.97);
    }
}
