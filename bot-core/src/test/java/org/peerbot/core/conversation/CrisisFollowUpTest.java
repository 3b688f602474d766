package org.peerbot.core.conversation;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.ScriptedTriage;
import org.peerbot.core.turn.IdentityKeys;
import static org.assertj.core.api.Assertions.assertThat;

/** After the first crisis reply the bot stays with the person: no second block, no repeated line (safety rules 1 and 1a, docs/safety-rules.md). */
class CrisisFollowUpTest {

    private final ScriptedTriage triage = new ScriptedTriage()
            .crisis("I want to end it", CrisisKind.SELF_HARM)
            .crisis("I still want to end it", CrisisKind.SELF_HARM)
            .crisis("I can't stop thinking about ending it", CrisisKind.SELF_HARM)
            .crisis("I have taken all my tablets", CrisisKind.SELF_HARM, Signal.IMMEDIATE_DANGER)
            .crisis("they'd all be better off if I wasn't here", CrisisKind.SELF_HARM, Signal.PASSIVE_IDEATION);
    private final Harness h = new Harness(triage);
    private final ConversationRef sam = Harness.member("sam");

    private String say(String text) {
        h.clock.advance(Duration.ofMinutes(1));
        return String.join("\n", h.say(sam, text));
    }

    @Test
    void laterRiskGetsAShortWarmFormWithTheNumberAndOneLineNeverTheSameTwice() {
        String first = say("I want to end it");
        String second = say("I still want to end it");
        String third = say("I can't stop thinking about ending it");

        assertThat(first).contains("999").contains("116 123").contains("85258");
        for (String later : List.of(second, third)) {
            assertThat(later).contains("999").contains("116 123").doesNotContain("85258")
                    .doesNotContain("These are free");
        }
        assertThat(second).isNotEqualTo(third);
    }

    @Test
    void aStepUpAfterTheBlockStillGetsCallNowFirst() {
        say("I want to end it");
        String stepUp = say("I have taken all my tablets");
        assertThat(stepUp).startsWith("Please call 999 now");
    }

    @Test
    void sayingTheyWillNotActIsAcknowledgedWithoutASecondBlock() {
        say("I want to end it");
        String reply = say("I won't do anything, I'm just worn out");
        assertThat(reply).doesNotContain("These are free").doesNotContain("85258");
        assertThat(reply.toLowerCase()).containsAnyOf("thank you", "thanks", "glad");
    }

    @Test
    void aYesRightAfterTheBlockIsAnsweredWithTheNumberAgain() {
        // the block says "if you might act on these thoughts now ... call 999 now"; "yes" answers it
        say("I want to end it");
        String answer = say("yes");
        assertThat(answer).contains("999").doesNotContain("These are free").doesNotContain("still here. Would it");
        assertThat(say("I just feel so alone")).doesNotContain("999");
    }

    @Test
    void passiveIdeationIsAskedAboutDirectlyAndAYesMakesItUrgent() {
        String reply = say("they'd all be better off if I wasn't here");
        assertThat(reply).contains("ending your life?").contains("116 123");
        assertThat(h.stores.handoffs().openFor(new IdentityKeys("test-secret-0123456789").hash(sam.key()))).hasValueSatisfying(
                hf -> assertThat(hf.urgent()).isTrue());

        String answer = say("yes");
        assertThat(answer).contains("999").doesNotContain("These are free");
    }

    @Test
    void aNoToTheCheckInIsHeardWarmly() {
        say("they'd all be better off if I wasn't here");
        String answer = say("no, not like that");
        assertThat(answer).contains("Thank you").doesNotContain("999");
    }
}
