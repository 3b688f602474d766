package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Session 9 (issue 16): "I don't see the point anymore" said of nothing in particular is hopelessness, and crisis lines
 * ask about suicide when they hear it (asking does not raise risk): the passive check-in, never "go on when you are
 * ready". The point of one thing (a diet, a call, the bot) is a moan and stays one. All cases are written for this
 * test.
 */
class HopelessPointTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {
            "honestly i dont see the point anymore",
            "I just can't see the point any more.",
            "don't see the point anymore tbh, everything's grey",
            "what's even the point",
            "whats the point anymore?",
            "so what's the point",
            "I don't see the point in any of it anymore",
            "what is the point of any of it, seriously",
            "there's no point to any of it now",
            "been awake all night again. what's the point of anything"})
    void thePointOfItAllGoneIsThePassiveCheckIn(String text) {
        TriageResult r = check.crisis(text);
        assertThat(r.kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(r.signals()).as(text).contains(Signal.PASSIVE_IDEATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I don't see the point of this new diet",
            "what's the point of ringing the surgery before 8 if they never answer",
            "don't see the point anymore in paying for the gym, I never go",
            "what's the point of you then",
            "the point is I'm knackered",
            "there's no point in arguing with him about it",
            "what's the point in revising if the exam's been cancelled"})
    void thePointOfOneThingIsAMoan(String text) {
        check.notCrisis(text);
    }
}
