package org.peerbot.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriageResultTest {

    private static TriageResult risk(String... rules) {
        return new TriageResult(Category.CRISIS, CrisisKind.SELF_HARM, List.of(rules), Set.of(), List.of());
    }

    @Test
    void aClinicalOrSignalRuleBesideTheModelLeavesTheCrisisTheModelsAlone() {
        assertThat(risk("clin.urgent", "model.risk").crisisReadByModelAlone()).isTrue();
        assertThat(risk("sig.thanks", "clin.dose", "model.risk").crisisReadByModelAlone()).isTrue();
        // the looser test still counts the clinical rule: a request for a person is not the model's alone
        assertThat(risk("clin.urgent", "model.risk").readByModelAlone()).isFalse();
    }

    @Test
    void aCrisisRuleOrAnOrganisersOwnRuleIsNeverTheModelsAlone() {
        assertThat(risk("sh.passive_plainly", "model.risk").crisisReadByModelAlone()).isFalse();
        assertThat(risk("local.bridge_watch", "model.risk").crisisReadByModelAlone()).isFalse();
        assertThat(risk("clinical.custom", "model.risk").crisisReadByModelAlone()).isFalse();
    }

    @Test
    void noModelReadingIsNotTheModelsAlone() {
        assertThat(risk("clin.urgent").crisisReadByModelAlone()).isFalse();
        assertThat(risk().crisisReadByModelAlone()).isFalse();
    }
}
