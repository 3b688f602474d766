package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the thirtieth own held-out part (own-heldout-30.jsonl, 573 messages written in
 * session 33 by three helpers who had read no rule, head or earlier set: people living with Huntington's disease or
 * waiting on a genetic test, people with haemophilia or another bleeding disorder, people with osteoporosis after a
 * fall or a broken hip, people with gout or kidney stones, people losing their sight to glaucoma or macular
 * degeneration; grandparents bringing up grandchildren, people caring for a partner after a stroke or with a brain
 * tumour, freelance musicians, actors and artists with no sick pay, hairdressers, market traders, bus drivers and
 * postal workers, people newly retired and lost without work, people living in caravans, park homes or narrowboats;
 * and framings and styles rather than conditions: "asking for a friend", "hypothetically", "for a story I'm writing",
 * jokes that are not jokes, a message corrected in the next line, messages that trail off, strings of emoji,
 * malapropisms, Northern and Midlands understatement and people who only write in questions. Twenty-seven lines that
 * copied each other or earlier sets were dropped. First measured before anything was changed, and no rule is written
 * from it (it stayed blind to the rules until session 34, when rules were written from its misses); docs/safety-eval.md,
 * "Session 33" and "Session 34". The same part with the model is a row of
 * OwnHeldOutPartsModelFloorTest in adapters/triage-model. Floors may only rise.
 */
class OwnHeldOutSet30Test {
    private static final String SET = "peerbot/triage/own-heldout-30.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(573);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(199);
        // first measured blind at the start of session 33: 122 of 199 caught, 11 of 374 flagged, accuracy 0.766;
        // session 34, after rules written from its misses (a development set now): 198, 2 flagged (two recovery stories told years on), accuracy 0.979
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(2);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.97);
    }
}
