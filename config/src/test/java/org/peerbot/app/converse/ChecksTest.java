package org.peerbot.app.converse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The yardstick itself: a check that should fail does fail. */
class ChecksTest {

    private static Scenario.Turn turn(Map<String, Object> expect) {
        return Scenario.from(Map.of("name", "t", "turns", List.of(Map.of("say", "x", "expect", expect))), "test")
                .turns().get(0);
    }

    @Test
    void eachTurnCheckFailsWhenItShould() {
        assertThat(Checks.turn(turn(Map.of("any", List.of("sorry"))), "That's great!", "999")).hasSize(1);
        assertThat(Checks.turn(turn(Map.of("any", List.of("sorry"))), "I'm SORRY.", "999")).isEmpty();
        assertThat(Checks.turn(turn(Map.of("none", List.of("999"))), "call 999", "999")).hasSize(1);
        assertThat(Checks.turn(turn(Map.of("all", List.of("a", "b"))), "a only", "999")).hasSize(1);
        assertThat(Checks.turn(turn(Map.of("question", false)), "How are you?", "999")).hasSize(1);
        assertThat(Checks.turn(turn(Map.of("question", true)), "I'm here.", "999")).hasSize(1);
        assertThat(Checks.turn(turn(Map.of("echo", List.of("your mum"))), "I'm sorry.", "999")).hasSize(1);
        assertThat(Checks.turn(turn(Map.of("crisis", true)), "I'm here.", "999")).hasSize(1);
        assertThat(Checks.turn(turn(Map.of("crisis", false)), "Call 999 now.", "999")).hasSize(1);
    }

    @Test
    void conversationChecksCatchRepeatsInterviewsDirectionAndDoses() {
        assertThat(Checks.conversation(List.of("Same.", "Same.", "Other."))).anyMatch(f -> f.startsWith("distinct"));
        assertThat(Checks.conversation(List.of("How?", "Why?", "Ok.", "When?"))).anyMatch(f -> f.startsWith("replies ending"));
        assertThat(Checks.conversation(List.of("Is someone with you right now?"))).isEmpty();
        assertThat(Checks.conversation(List.of("You should rest."))).anyMatch(f -> f.startsWith("directive"));
        assertThat(Checks.conversation(List.of("Take 20mg."))).contains("dose-like text");
        assertThat(Checks.conversation(List.of("I'm here.", "How are you?", "Take care."))).isEmpty();
    }

    @Test
    void aBadScenarioIsNamedWithWhatToFix() {
        assertThatThrownBy(() -> Scenario.from(Map.of("name", "x", "turns", List.of(Map.of("say", "hi", "expect",
                Map.of("contains", "a")))), "f.yaml")).hasMessageContaining("f.yaml").hasMessageContaining("contains");
        assertThatThrownBy(() -> Scenario.from(Map.of("turns", List.of()), "f.yaml")).hasMessageContaining("no name");
    }
}
