package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.TriageResult;

/** When the model's crisis reading alone is set aside, what the rules read beside it stands. */
class ModelAloneCrisisSetAsideTest {

    private static TriageResult risk(String... rules) {
        return new TriageResult(Category.CRISIS, CrisisKind.SELF_HARM, List.of(rules), Set.of(), List.of("scared"));
    }

    @Test
    void aClinicalRuleBesideTheModelLeavesAClinicalQuestion() {
        TriageResult r = MemberTurns.withoutTheModelsCrisis(risk("clin.urgent", "sig.thanks", "model.risk"));
        assertThat(r.category()).isEqualTo(Category.CLINICAL);
        assertThat(r.kind()).isNull();
        assertThat(r.rules()).containsExactly("clin.urgent");
        assertThat(r.feelings()).containsExactly("scared");
    }

    @Test
    void theHighestOfTheRulesFamiliesWins() {
        assertThat(MemberTurns.withoutTheModelsCrisis(risk("services.ask", "human.ask", "model.risk")).category())
                .isEqualTo(Category.HUMAN);
    }

    @Test
    void withNoRuleBesideTheModelItIsSharing() {
        TriageResult r = MemberTurns.withoutTheModelsCrisis(risk("model.risk"));
        assertThat(r.category()).isEqualTo(Category.SHARING);
        assertThat(r.rules()).isEmpty();
    }
}
