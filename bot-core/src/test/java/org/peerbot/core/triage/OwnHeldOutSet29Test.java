package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twenty-ninth own held-out part (own-heldout-29.jsonl, 573 messages written in
 * session 32 by three helpers who had read no rule, head or earlier set: people living with an eating disorder
 * (diabulimia too), adults with epilepsy, people after a brain injury, people with severe asthma or a life-threatening
 * allergy, adults with Down's syndrome or cerebral palsy and their ageing parents; parents whose child died, young
 * widowed parents, people on a psychiatric ward or just home after a section, people typing from a hospital bed at
 * night, people in care homes and sheltered housing, and night-shift warehouse, call-centre, cleaning and delivery
 * workers; and writing styles rather than conditions: online and gaming slang and filter-dodging words, London
 * English, Irish, Scots and West Country speech, sarcasm, quoted lyrics, pasted notes-app lists and shaky or drunk
 * typing. Twenty-seven lines that copied each other or earlier sets were dropped. First measured before anything was
 * changed in session 32, blind; a development set since session 33, when its misses were read and rules written from
 * them (OrdinaryWordsCrisisKindsTwentyThreeTest); docs/safety-eval.md, "Session 32" and "Session 33". The same part
 * with the model is a row of OwnHeldOutPartsModelFloorTest in adapters/triage-model. Floors may only rise.
 */
class OwnHeldOutSet29Test {
    private static final String SET = "peerbot/triage/own-heldout-29.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(573);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(199);
        // first measured blind at the start of session 32: 107 of 199 caught, 15 of 374 flagged, accuracy 0.766; at
        // its end, still unread: 112, 15 flagged, accuracy 0.780; after the rules from it in session 33: 199, 13
        // flagged, accuracy 0.967
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(13);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.96);
    }
}
