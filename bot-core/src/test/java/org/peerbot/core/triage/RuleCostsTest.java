package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The per-rule cost report tries each rule where classify would: only on messages holding its anchor word, each
 * alternative of a word list on its own anchors. The counts are exact; the nanoseconds only rank.
 */
class RuleCostsTest {
    private static final Triage TRIAGE = Triage.fromTrees(List.of(TestRules.shippedTree(), TestRules.parse("""
            name: organiser.yaml
            rules:
              - id: org.quiz
                category: services
                match: ['quizmaster|quizzes|quiz']
              - id: org.bingo
                category: services
                match: ['bingo caller']
            """)));

    private static final List<String> MESSAGES = List.of("is the quiz on friday", "who is the quizmaster",
            "two quizzes this week", "I had a rough week", "bingo", "the bingo caller was great", "");

    private static Map<String, RuleCosts.Row> rows() {
        return RuleCosts.measure(TRIAGE, MESSAGES, 1, 2).stream()
                .collect(Collectors.toMap(RuleCosts.Row::owner, Function.identity()));
    }

    @Test
    void aRuleIsTriedOnlyOnMessagesHoldingItsAnchorAndEachChoiceCounts() {
        RuleCosts.Row quiz = rows().get("org.quiz");
        // three choices, each its own unit on its own word: each of the three quiz messages tries exactly one
        assertThat(quiz.units()).isEqualTo(3);
        assertThat(quiz.tried()).isEqualTo(3);
        assertThat(quiz.nanos()).isPositive();
        RuleCosts.Row bingo = rows().get("org.bingo");
        // anchored on 'bingo' (its first word that is not a common chat word): the two bingo messages try it, even
        // the one it cannot match, and no other message does
        assertThat(bingo.units()).isEqualTo(1);
        assertThat(bingo.tried()).isEqualTo(2);
    }

    @Test
    void everyRuleHasARowAndTheDearestComeFirst() {
        List<RuleCosts.Row> rows = RuleCosts.measure(TRIAGE, MESSAGES, 0, 1);
        assertThat(rows).extracting(RuleCosts.Row::owner).contains("org.quiz", "org.bingo", "(idioms)");
        assertThat(rows).extracting(RuleCosts.Row::owner).containsAll(TRIAGE.ruleIds());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).nanos()).isLessThanOrEqualTo(rows.get(i - 1).nanos());
        }
    }

    @Test
    void roundsMustBeGiven() {
        assertThatThrownBy(() -> RuleCosts.measure(TRIAGE, MESSAGES, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds");
    }
}
