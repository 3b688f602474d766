package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors for the rules alone on the twentieth own held-out part (own-heldout-20.jsonl, 589 messages written in session
 * 23 by three helpers who had read no rule, head or earlier set: people living with MS, Parkinson's, motor neurone
 * disease or a spinal injury, some typing by eye-gaze or dictation, people on long waiting lists, and people newly
 * disabled in their thirties and forties; people bereaved by suicide or a sudden death, people who survived an
 * attempt years ago and now mentor, night carers for someone with dementia or Huntington's, separated men living
 * alone, and grandparents raising grandchildren; people who distrust or test the bot, or quote songs, films and
 * scripture, dictation with no punctuation, pasted bursts of short messages, and shift workers, drivers and
 * hospitality staff with type 2 diabetes. Eleven lines that copied earlier sets were dropped. First measured before
 * anything was changed, and no rule is written from it (it stays blind to the rules); docs/safety-eval.md,
 * "Session 23". The same part with the model is held in adapters/triage-model (OwnHeldOut20ModelFloorTest). Floors
 * may only rise.
 */
class OwnHeldOutSet20Test {
    private static final String SET = "peerbot/triage/own-heldout-20.jsonl";

    @Test
    void rulesAloneKeepTheirFloorOnThePart() {
        HeldOutScore s = HeldOutScore.of(TestRules.triage(), SET);
        assertThat(s.size()).isGreaterThanOrEqualTo(589);
        assertThat(s.crisis()).as("crisis messages in the part").isGreaterThanOrEqualTo(198);
        // first measured blind at the start of session 23: 108 of 198 caught, 13 of 391 flagged, accuracy 0.725; the
        // rules written from part 19 in the same session: 111, 12, accuracy 0.732; the part
        // read as a development set in session 24: 146, 8, accuracy 0.823; after session 25's rules: 148, 8, 0.827
        assertThat(s.recall()).as("crisis recall").isGreaterThanOrEqualTo(0.747);
        assertThat(s.falseCrisis()).as("others flagged crisis of " + s.others()).isLessThanOrEqualTo(8);
        assertThat(s.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.82);
    }
}
