package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twenty-seventh own held-out part (own-heldout-27.jsonl, 580 messages written in
 * session 30 by three helpers who had read no rule, head or earlier set: people on dialysis or waiting for a kidney,
 * people with lupus, Addison's, thyroid or liver disease, people with health anxiety or OCD, and South Asian, Chinese
 * and Black Caribbean families managing type 2 diabetes across three generations; chefs and bar staff on late shifts,
 * self-employed builders and trades, sportspeople and dancers whose careers ended, gym-goers with body image worries,
 * burnt-out nurses, paramedics and care workers, and people keeping a debt or a secret from family; Deaf people
 * writing English in BSL word order, people with dyslexia spelling by sound, capitals and fragments, older people's
 * own text abbreviations, florid posts, constant swearing with no harm meant, and people whose only company is a pet.
 * Twenty lines that copied each other or earlier sets were dropped. First measured before anything was changed, and no
 * rule was written from it in session 30; in session 31 it became a development set (docs/safety-eval.md, "Session
 * 31"). The same part with the
 * model is a row of OwnHeldOutPartsModelFloorTest in adapters/triage-model. Floors may only rise.
 */
class OwnHeldOutSet27Test {
    private static final String SET = "peerbot/triage/own-heldout-27.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(580);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(199);
        // first measured blind at the start of session 30: 111 of 199 caught, 9 of 381 flagged, accuracy 0.731; the
        // rules written from part 26 in the same session (the part unread): 114, 9, accuracy 0.745. A development set
        // from session 31: 199 of 199, 1 flagged, accuracy 0.995
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(1);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.99);
    }
}
