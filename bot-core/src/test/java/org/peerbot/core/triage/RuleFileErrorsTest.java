package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of mistake in an organiser's rule file is reported with the file, the line and what to change
 * (docs/rules.md shows these messages). Lines count from 1, as an editor shows them.
 */
class RuleFileErrorsTest {

    private static RuleFileException bad(String yaml) {
        try {
            Triage.fromFiles(List.of(TestRules.shippedFile(), TestRules.file("my-rules.yaml", yaml)));
        } catch (RuleFileException e) {
            return e;
        }
        throw new AssertionError("expected the file to be rejected:\n" + yaml);
    }

    private static void assertAt(RuleFileException e, int line, String... parts) {
        assertThat(e.file()).isEqualTo("my-rules.yaml");
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith("my-rules.yaml, line " + line + ": ").contains(parts);
    }

    @Test
    void unknownTopLevelKey() {
        assertAt(bad("""
                rules: []
                colour: blue
                """), 2, "unknown top-level key 'colour'", "lists");
    }

    @Test
    void unknownCategory() {
        assertAt(bad("""
                rules:
                  - id: local.bingo
                    category: urgent
                    match: ['bingo night']
                """), 3, "rule 'local.bingo', category", "crisis, clinical, human");
    }

    @Test
    void crisisRuleWithoutKindPointsAtTheRule() {
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: crisis
                    match: ['x']
                """), 2, "rule 'local.x', kind", "self_harm, medical_emergency");
    }

    @Test
    void brokenPatternPointsAtItsOwnLine() {
        RuleFileException e = bad("""
                rules:
                  - id: local.x
                    category: sharing
                    match:
                      - 'fine'
                      - '(unclosed group'
                """);
        assertAt(e, 6, "rule 'local.x', match[1]", "missing ')'", "in pattern \"(unclosed group\"");
        assertThat(e.reason()).startsWith("missing ')'");
    }

    @Test
    void questionMarkGluedToAGroupIsRejectedNotReadAsOptional() {
        // '(word )?' reads like a regex optional but the '?' is the question-mark word: it never matched as meant
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: sharing
                    match:
                      - 'paid (in )?cash'
                """), 5, "match[0]", "'?' right after a group is not 'optional'", "[word ]");
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: sharing
                    match:
                      - 'any [late ]chemist ?'
                      - 'is it (111|999)?'
                """), 6, "match[1]", "put a space before '?'");
    }

    @Test
    void patternInAnAllOfListAndInUnless() {
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: sharing
                    match:
                      - ['fine', 'fine ~99']
                """), 5, "match[0]", "gap '~99' must be ~0 to ~30");
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: sharing
                    match: ['x']
                    unless:
                      - 'ok'
                      - '<big>'
                """), 7, "unless[1]", "<num>");
    }

    @Test
    void unknownListNamesTheListsThereAre() {
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: clinical
                    match: ['can i take @medicnes']
                """), 4, "unknown word list '@medicnes'", "@medicines");
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: clinical
                    match: ['can i take @ now']
                """), 4, "'@' must be followed by a list name");
    }

    @Test
    void badListEntries() {
        assertAt(bad("""
                lists:
                  snacks: [crisps,
                           no,
                           biscuits]
                rules: []
                """), 3, "lists.snacks[1]", "quote");
        assertAt(bad("""
                lists:
                  snacks:
                    - crisps
                    - 'crisps|chips'
                rules: []
                """), 4, "lists.snacks[1]", "give each choice its own entry");
        assertAt(bad("""
                lists:
                  snacks: ['(crisps']
                rules: []
                """), 2, "lists.snacks[0]", "missing ')'");
        assertAt(bad("""
                lists:
                  Snacks: [crisps]
                rules: []
                """), 2, "lists.Snacks", "lower-case");
        assertAt(bad("""
                lists:
                  snacks: []
                rules: []
                """), 2, "lists.snacks", "non-empty list");
    }

    @Test
    void listsThatUseEachOtherInACircle() {
        assertAt(bad("""
                lists:
                  sweet: [cake, '@savoury']
                  savoury: [crisps, '@sweet']
                rules: []
                """), 2, "in a circle", "@sweet -> @savoury -> @sweet");
    }

    @Test
    void duplicateIdUnknownKeySignalAndModifier() {
        assertAt(bad("""
                rules:
                  - id: sh.intent
                    category: sharing
                    match: ['x']
                """), 2, "rule 'sh.intent'", "duplicate", "override: true");
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: sharing
                    match: ['x']
                    patterns: ['y']
                """), 5, "unknown key 'patterns'");
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: sharing
                    signals: [LOUD]
                    match: ['x']
                """), 4, "unknown signal 'LOUD'");
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: crisis
                    kind: self_harm
                    cancel_by: [sarcasm]
                    match: ['x']
                """), 5, "unknown modifier 'sarcasm'");
    }

    @Test
    void missingIdAndEmptyMatch() {
        assertAt(bad("""
                rules:
                  - category: sharing
                    match: ['x']
                """), 2, "rules[0]", "'id' is missing");
        assertAt(bad("""
                rules:
                  - id: local.x
                    category: sharing
                    match: []
                """), 4, "'match' must be a non-empty list");
    }

    @Test
    void sectionsOutsideRules() {
        assertAt(bad("""
                modifiers:
                  negation:
                    words: [not, no]
                """), 3, "modifiers.negation.words", "quote");
        assertAt(bad("""
                feelings:
                  Lonely: ['on my own']
                """), 2, "feelings.Lonely", "lower-case catalogue key");
        assertAt(bad("""
                normalise:
                  spelling: {teh: the}
                """), 2, "normalise.spelling", "'words' or 'emoji'");
    }

    @Test
    void withoutLinesTheMessageStillNamesFileAndRule() {
        RuleFileException e;
        try {
            Triage.fromTrees(List.of(TestRules.shippedTree(), TestRules.parse("""
                    name: organiser.yaml
                    rules: [{id: local.x, category: sharing, match: ['(x']}]
                    """)));
            throw new AssertionError("expected a failure");
        } catch (RuleFileException x) {
            e = x;
        }
        assertThat(e.line()).isZero();
        assertThat(e.getMessage()).startsWith("organiser.yaml: rule 'local.x', match[0]: missing ')'");
    }
}
