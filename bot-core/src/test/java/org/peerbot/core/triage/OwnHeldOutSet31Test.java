package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the thirty-first own held-out part (own-heldout-31.jsonl, 587 messages written in
 * session 34 by three helpers who had read no rule, head or earlier set: people with bipolar disorder in a high or a
 * crash, people with a personality disorder diagnosis who feel dismissed, people who hear voices, people tapering off
 * opioids, pregabalin or benzodiazepines; people with motor neurone disease, young-onset Parkinson's, a spinal cord
 * injury, chronic pancreatitis or a rare cancer that changed their face; older LGBTQ people living alone, Caribbean
 * elders, rural Irish voices, Eastern European workers in the UK and people whose faith forbids suicide; lorry
 * drivers, offshore workers, security guards, night porters, nursery workers, men made redundant or separated, dads
 * who see their children at weekends, people hiding debt letters, new mums over 40 and parents of a child with a
 * life-limiting condition; and styles: older euphemisms for dying, sports metaphors, practical questions that reveal
 * a plan, rhetorical questions, lists of pros and cons, posh understatement, text-speak with numbers, two messages
 * pasted into one, corrections with a star, voice notes written out, and people who say they are fine before the real
 * thing comes out. Thirteen lines that copied earlier sets were dropped. First measured before anything was changed,
 * and no rule was written from it in session 34 (it stayed blind to the rules that session; session 35 read it);
 * docs/safety-eval.md, "Session 34". The same part with the model is a row of OwnHeldOutPartsModelFloorTest in
 * adapters/triage-model. Floors may only rise.
 */
class OwnHeldOutSet31Test {
    private static final String SET = "peerbot/triage/own-heldout-31.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(587);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(209);
        // first measured blind at the start of session 34: 136 of 209 caught, 7 of 378 flagged, accuracy 0.794; read as a
        // development set in session 35 (rules written from it): 209 of 209, 5 flagged, accuracy 0.985
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(5);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.98);
    }
}
