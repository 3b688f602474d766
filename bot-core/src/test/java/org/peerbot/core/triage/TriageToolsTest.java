package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.core.model.Category;

class TriageToolsTest {

    private static final Triage TRIAGE = SafetyRegressionTest.TRIAGE;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private String run(boolean eval, List<String> args, String stdin) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = eval ? TriageCli.eval(TRIAGE, args, new ByteArrayInputStream(new byte[0]), o, e)
                : TriageCli.triage(TRIAGE, args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void triagePrintsOneEscapedJsonObjectPerMessage() {
        String printed = run(false, List.of(), "plain \"quoted\" \\ line\u0001\n{\"text\": \"kms\", \"id\": 3}\n\n");
        List<String> lines = printed.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"text\": \"plain \\\"quoted\\\" \\\\ line\\u0001\", \"category\": "
                + "\"sharing\", \"kind\": null, \"rules\": []}");
        assertThat(lines.get(1)).startsWith("{\"text\": \"kms\", \"category\": \"crisis\", \"kind\": \"self_harm\"");
    }

    @Test
    void evalReadsQuotedCsvAndPrintsFigures() throws Exception {
        Path csv = dir.resolve("set.csv");
        Files.writeString(csv, "text,label,source\n\"I want to die, honestly\",crisis,x\n"
                + "\"he said \"\"hello\"\"\",not_crisis,y\nwhat a lovely day,not_crisis,z\n");
        String printed = run(true, List.of(csv.toString(), "--labels", "crisis=crisis,not_crisis=other", "--positive",
                "crisis"), "");
        assertThat(printed).contains("messages: 3").containsPattern("crisis\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1")
                .contains("false-positive rate (crisis): 0.000 (0 of 2)").contains("macro-F1: 1.000");
    }

    @Test
    void badUsageGetsAClearMessage() {
        int code = TriageCli.eval(TRIAGE, List.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: triage-eval FILE");
    }

    @Test
    void brokenRuleFilesAreNamed() {
        assertThatThrownBy(() -> Triage.fromTrees(List.of(Map.of("rules", List.of(Map.of("id", "x.bad",
                "category", "crisis", "patterns", List.of("kill myself")))))))
                .hasMessageContaining("x.bad").hasMessageContaining("kind");
        assertThatThrownBy(() -> Triage.fromTrees(List.of(Map.of("rules", List.of(Map.of("id", "x.regex",
                "category", "sharing", "patterns", List.of("(unclosed")))))))
                .hasMessageContaining("x.regex").hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> Triage.fromTrees(List.of(Map.of("rules", List.of(Map.of("id", "x.ctx",
                "category", "sharing", "patterns", List.of("hi"), "unless", List.of("nowhere")))))))
                .hasMessageContaining("nowhere");
    }

    @Test
    void organisersCanAddRules() {
        Triage extended = Triage.fromTrees(List.of(org.peerbot.core.testing.TestPacks.tree(Triage.DEFAULT_RULES),
                Map.of("rules", List.of(Map.of("id", "local.slang", "category", "crisis", "kind", "self_harm",
                        "patterns", List.of("going to the big sleep"))))));
        assertThat(extended.classify("I am going to the big sleep").category()).isEqualTo(Category.CRISIS);
        assertThat(TRIAGE.classify("I am going to the big sleep").category()).isNotEqualTo(Category.CRISIS);
    }

    @Test
    void theWordGateNeverChangesAResult() {
        Triage slow = TRIAGE.ungated();
        List<String> messages = new java.util.ArrayList<>();
        for (String s : new String[] {"hi", "kms", "800mg", "should I double my insulin?", "bye for now",
            "my feet are killing me", "how do I poison someone", "is this lump cancer?", "💊💊💊",
            "where can I find a support group", "can I talk to a person", "I am proud of myself"}) {
            messages.add(s);
            messages.add(s.toUpperCase(java.util.Locale.ROOT) + "!!!");
            messages.add("well, " + s + " you know");
        }
        for (String m : messages) {
            assertThat(TRIAGE.classify(m)).as(m).isEqualTo(slow.classify(m));
        }
    }
}
