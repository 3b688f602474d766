package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;

/** Organisers extend the rules with their own files; a mistake must fail fast with a message that says what to fix. */
class RuleFileValidationTest {

    private static IllegalArgumentException bad(String yaml) {
        try {
            Triage.fromTrees(List.of(TestRules.shippedTree(), TestRules.parse(yaml)));
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("expected the tree to be rejected:\n" + yaml);
    }

    @Test
    void shippedFileLoadsAndHasRulesForEveryCategoryAndKind() {
        Triage t = TestRules.triage();
        assertThat(t.ruleIds()).anyMatch(id -> id.startsWith("sh.")).anyMatch(id -> id.startsWith("med."))
                .anyMatch(id -> id.startsWith("hto.")).anyMatch(id -> id.startsWith("abuse."))
                .anyMatch(id -> id.startsWith("clin.")).anyMatch(id -> id.startsWith("human."))
                .anyMatch(id -> id.startsWith("services.")).anyMatch(id -> id.startsWith("goodbye."));
        assertThat(t.feelingKeys()).contains("lonely", "scared", "angry", "guilty", "tired", "ashamed", "proud",
                "hopeful", "sad", "anxious", "overwhelmed", "frustrated", "relieved", "numb");
        assertThat(Triage.DEFAULT_RULES).isEqualTo("peerbot/triage/rules-en.yaml");
    }

    @Test
    void organiserFileAddsAndOverridesRules() {
        Map<String, Object> extra = TestRules.parse("""
                name: organiser.yaml
                rules:
                  - id: org.bingo
                    category: services
                    match: ['bingo night']
                  - id: goodbye.bye
                    override: true
                    disabled: true
                """);
        Triage t = Triage.fromTrees(List.of(TestRules.shippedTree(), extra));
        assertThat(t.classify("when is bingo night").category()).isEqualTo(Category.SERVICES);
        assertThat(t.classify("bye").category()).isEqualTo(Category.SHARING);
        assertThat(t.classify("I want to die").kind()).isEqualTo(CrisisKind.SELF_HARM);
    }

    @Test
    void unknownCategoryNamesRuleAndAllowedValues() {
        assertThat(bad("""
                name: organiser.yaml
                rules:
                  - id: org.x
                    category: urgent
                    match: ['x']
                """).getMessage()).contains("organiser.yaml", "org.x", "category", "crisis, clinical");
    }

    @Test
    void crisisRuleWithoutKind() {
        assertThat(bad("""
                rules:
                  - id: org.x
                    category: crisis
                    match: ['x']
                """).getMessage()).contains("rule file #2", "org.x", "kind", "self_harm");
    }

    @Test
    void brokenPatternNamesThePattern() {
        assertThat(bad("""
                name: organiser.yaml
                rules:
                  - id: org.x
                    category: sharing
                    match: ['(unclosed group']
                """).getMessage()).contains("organiser.yaml", "org.x", "match[0]", "missing ')'");
    }

    @Test
    void badWordAndUnknownClass() {
        assertThat(bad("rules: [{id: org.x, category: sharing, match: ['Hello World!']}]").getMessage())
                .contains("org.x", "lower-case");
        assertThat(bad("rules: [{id: org.x, category: sharing, match: ['<big>']}]").getMessage())
                .contains("<num>");
    }

    @Test
    void duplicateIdWithoutOverride() {
        assertThat(bad("rules: [{id: sh.intent, category: sharing, match: ['x']}]").getMessage())
                .contains("sh.intent", "duplicate", "override: true");
    }

    @Test
    void unknownKeysSignalsAndModifiers() {
        assertThat(bad("rules: [{id: org.x, category: sharing, match: ['x'], patterns: ['y']}]").getMessage())
                .contains("org.x", "unknown key 'patterns'");
        assertThat(bad("rules: [{id: org.x, category: sharing, match: ['x'], signals: [LOUD]}]").getMessage())
                .contains("unknown signal 'LOUD'");
        assertThat(bad("rules: [{id: org.x, category: sharing, match: ['x'], cancel_by: [sarcasm]}]").getMessage())
                .contains("unknown modifier 'sarcasm'");
        assertThat(bad("colour: blue").getMessage()).contains("unknown top-level key 'colour'");
        assertThat(bad("modifiers: {negation: {words: [not, no]}}").getMessage())
                .contains("modifiers.negation.words", "quote");
    }

    @Test
    void emptyMatchAndMissingId() {
        assertThat(bad("rules: [{id: org.x, category: sharing, match: []}]").getMessage()).contains("'match'");
        assertThat(bad("rules: [{category: sharing, match: ['x']}]").getMessage()).contains("'id'");
        assertThatThrownBy(() -> Triage.fromTrees(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Triage.DEFAULT_RULES);
    }
}
