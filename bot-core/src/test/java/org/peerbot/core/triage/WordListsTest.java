package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;

/** Named word lists: what {@code @name} means in a pattern, and how an organiser's file adds to a shipped list. */
class WordListsTest {

    private static Triage with(String yaml) {
        return Triage.fromFiles(List.of(TestRules.shippedFile(), TestRules.file("my-rules.yaml", yaml)));
    }

    @Test
    void aListAsOneChoiceOfAGroupIsSplicedInAndAloneBecomesAGroup() {
        Place p = new Place("f", RuleFile.Lines.NONE, 0, "test");
        WordLists lists = new WordLists();
        java.util.Map<String, Object> tree = TestRules.parse("lists: {snacks: [crisps, 'ginger nuts'], treats: [cake, '@snacks']}");
        lists.read(p, tree);
        lists.finish();
        assertThat(lists.expand("(toast|@snacks)", p)).isEqualTo("(toast|crisps|ginger nuts)");
        assertThat(lists.expand("[ @snacks ]", p)).isEqualTo("[ crisps|ginger nuts ]");
        assertThat(lists.expand("@snacks", p)).isEqualTo("crisps|ginger nuts");
        assertThat(lists.expand("ate @snacks today", p)).isEqualTo("ate (crisps|ginger nuts) today");
        assertThat(lists.expand("(@treats) again", p)).isEqualTo("(cake|crisps|ginger nuts) again");
        assertThat(lists.expand("no lists here", p)).isEqualTo("no lists here");
    }

    @Test
    void aRuleUsingAListMatchesEveryEntry() {
        Triage t = with("""
                lists:
                  snacks: [raffle tickets, bingo cards, knitting wool*]
                rules:
                  - id: local.snacks
                    category: services
                    match: ['where (can|do) i (get|buy) @snacks']
                """);
        assertThat(t.classify("where can I buy bingo cards").rules()).contains("local.snacks");
        assertThat(t.classify("where do i get knitting wools").rules()).contains("local.snacks");
        assertThat(t.classify("where can I buy a sofa").rules()).doesNotContain("local.snacks");
    }

    @Test
    void anOrganiserFileAddsAWordToAShippedList() {
        String question = "would 30 zorbanol be enough";
        assertThat(TestRules.triage().classify(question).category()).isNotEqualTo(Category.CRISIS);
        Triage t = with("""
                lists:
                  medicines: [zorbanol]
                """);
        assertThat(t.classify(question).category()).isEqualTo(Category.CRISIS);
        assertThat(t.classify(question).kind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(t.classify("would 30 paracetamol be enough").category()).isEqualTo(Category.CRISIS);
    }

    @Test
    void everyShippedListIsUsedAndEveryReferenceIsToAList() {
        String text = TestRules.shippedText();
        java.util.Map<String, Object> tree = TestRules.shippedTree();
        @SuppressWarnings("unchecked")
        java.util.Set<String> names = ((java.util.Map<String, Object>) tree.get("lists")).keySet();
        assertThat(names).contains("medicines");
        Matcher m = Pattern.compile("@([a-z][a-z0-9_]*)").matcher(text);
        java.util.Set<String> used = new java.util.HashSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        used.remove("name"); // the header comment's example
        assertThat(used).containsExactlyInAnyOrderElementsOf(names);
    }
}
