package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Session 10 (issue 16): finality told as done and ready (goodbyes said to everyone "and I'm ready now", letters told
 * as written, disappointment at having woken up again) and a past attempt with the feeling back now, in words the
 * rules missed. Every message is written for this test in its own words; beside each kind sit the near misses that
 * share its words and must stay ordinary.
 */
class DoneAndReadyTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "said goodbye to everyone this afternoon. I'm ready now",
            "sent bye to my kids and my mum. its time",
            "Texted goodbye to all of them, no going back",
            "the letters are written",
            "my letters to the kids are all done and on the table",
            "disappointed i woke up again",
            "so gutted that I still woke up this morning",
            "every morning I'm sad that I woke up at all",
            "I tried to hang myself years ago. This week the feeling is back, stronger",
            "when i tried to overdose in 2019 i thought that was the worst. the urge has come back"})
    void finalityToldAsDoneAndReadyIsSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "said goodbye to everyone at my leaving do, ready now for retirement!",
            "said bye to the kids at the school gate, ready for a coffee",
            "my christmas letters are written, just need stamps",
            "the letters to the council are written and posted",
            "annoyed I woke up at 4 again with the pain",
            "disappointed I woke up too late for the match",
            "I tried to hang the curtains myself and the feeling is back in my shoulder",
            "since my attempt I've had therapy and the feeling of hope is back"})
    void ordinaryGoodbyesLettersAndMorningsAreNot(String text) {
        check.notCrisis(text);
    }
}
