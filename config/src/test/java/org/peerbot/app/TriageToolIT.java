package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tools in the jar print only their output. */
class TriageToolIT {

    @TempDir
    Path dir;

    @Test
    void triagePrintsOneJsonObjectPerLine() throws Exception {
        JarRunner.Result r = JarRunner.run("hello there\nI want to kill myself\n", List.of("triage"));

        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.lines()).hasSize(2).allMatch(l -> l.matches("\\{\"text\": ?\".*"));
        assertThat(r.lines().get(1)).containsPattern("\"category\": ?\"crisis\"")
                .containsPattern("\"kind\": ?\"self_harm\"");
    }

    @Test
    void triageEvalPrintsFigures() throws Exception {
        Path file = dir.resolve("set.jsonl");
        Files.writeString(file, """
                {"text": "I want to kill myself", "category": "crisis"}
                {"text": "can I take ibuprofen with my metformin?", "category": "clinical"}
                {"text": "bye for now", "category": "goodbye"}
                """);
        JarRunner.Result r = JarRunner.run("", List.of("triage-eval", file.toString()));

        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).containsIgnoringCase("macro").containsIgnoringCase("precision");
    }

    @Test
    void triageTakesAnOrganisersRuleFileAndNamesTheLineOfAMistake() throws Exception {
        Path rules = dir.resolve("my-rules.yaml");
        Files.writeString(rules, """
                lists:
                  games: [bingo, whist]
                rules:
                  - id: local.games
                    category: services
                    match: ['when is @games night']
                """);
        JarRunner.Result ok = JarRunner.run("when is whist night\n", List.of("triage", "--rules", rules.toString()));
        assertThat(ok.exit()).as(ok.stderr()).isZero();
        assertThat(ok.stdout()).contains("\"local.games\"");

        Files.writeString(rules, Files.readString(rules).replace("@games", "@gmes"));
        JarRunner.Result bad = JarRunner.run("hi\n", List.of("triage", "--rules", rules.toString()));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.stderr()).contains("my-rules.yaml, line 6: rule 'local.games', match[0]: unknown word list '@gmes'");
    }
}
