package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twenty-first own held-out part (own-heldout-21.jsonl, 589 messages written in
 * session 24 by three helpers who had read no rule, head or earlier set: women living with endometriosis, PCOS or the
 * menopause, or after a miscarriage, a stillbirth or failed IVF, people with psoriasis, eczema, alopecia, burns scars
 * or other visible differences, people in a sickle cell or thalassaemia pain crisis, and people with chronic migraine
 * or cluster headaches; people after a heart attack or bypass, people after weight-loss surgery or living with
 * obesity, people waiting for or living with a transplant, Gypsy, Traveller and boat-dwelling people, and forces
 * families; people who write "asking for a friend", formal letters of complaint, capitals or trailing dots, Deaf
 * people whose first language is BSL, autocorrect slips, and references back to earlier chats. Eleven lines that
 * copied earlier sets were dropped. First measured before anything was changed; no rule was written from it in session
 * 24, and it was read as a development set in session 25; docs/safety-eval.md, "Session 24" and "Session 25". The same part with the model is held in
 * adapters/triage-model (OwnHeldOut21ModelFloorTest). Floors may only rise.
 */
class OwnHeldOutSet21Test {
    private static final String SET = "peerbot/triage/own-heldout-21.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(589);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(197);
        // first measured blind at the start of session 24: 97 of 197 caught, 10 of 392 flagged, accuracy 0.684; the rules
        // written from part 20 in the same session (the part unread): 99, 10, accuracy 0.696; the part read as a
        // development set in session 25: 132, 2, accuracy 0.766
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.670);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(2);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.76);
    }
}
