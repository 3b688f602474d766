package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rule file loader: a key said twice in one entry fails at start, with the line, instead of silently winning. */
class RuleYamlTest {

    @Test
    void aKeySaidTwiceInOneRuleIsAnError() {
        String text = """
                name: test
                version: 1
                rules:
                  - id: sig.one
                    category: signal
                    signals: [ASKS]
                    match: ['hello']
                    category: signal
                    signals: [GROUP_QUESTION]
                """;
        assertThatThrownBy(() -> RuleYaml.parse(text, "test.yaml"))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("duplicate key");
    }

    @Test
    void theShippedRulesHaveNoKeySaidTwice() {
        assertThat(RuleYaml.classpath("peerbot/triage/rules-en.yaml").name()).isEqualTo("rules-en.yaml");
    }
}
