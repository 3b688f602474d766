package org.peerbot.app.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.app.CorePacks;
import org.peerbot.core.model.Intent;
import org.peerbot.core.triage.Triage;
import tools.jackson.databind.JsonNode;

class TriageCliTest {
    private static final Triage triage = CorePacks.triage(List.of());
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream stdin(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void triagePrintsOneJsonObjectPerLineFromPlainTextAndJsonl() {
        String input = "I want to die\n\n{\"text\": \"can I take ibuprofen with my ramipril\", \"id\": 7}\nhi\n";
        int code = TriageCli.triage(triage, List.of(), stdin(input), out, err);
        assertThat(code).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = JsonLines.object(lines.get(0));
        assertThat(JsonLines.text(first, "text")).isEqualTo("I want to die");
        assertThat(JsonLines.text(first, "category")).isEqualTo("crisis");
        assertThat(JsonLines.text(first, "kind")).isEqualTo("self_harm");
        assertThat(lines.get(0)).matches("\\{\"text\": .*, \"category\": .*, \"kind\": .*, \"rules\": \\[\"[a-z_.]+\".*]}");
        assertThat(lines.get(1)).contains("\"category\": \"clinical\"", "\"kind\": null");
        assertThat(lines.get(2)).contains("\"text\": \"hi\"", "\"category\": \"sharing\"", "\"rules\": [");
        assertThat(err()).isEmpty();
    }

    @Test
    void jsonEscapingOfQuotesControlsAndNonBmp() {
        String text = "say \"hi\" \\ tab\there \u0001 \u2028 😀 é";
        int code = TriageCli.triage(triage, List.of(), stdin("{\"text\": \"say \\\"hi\\\" \\\\ tab\\there \\u0001 \\u2028 \uD83D\uDE00 é\"}\n"), out, err);
        assertThat(code).isZero();
        String line = out().lines().findFirst().orElseThrow();
        assertThat(line).startsWith("{\"text\": \"say \\\"hi\\\" \\\\ tab\\there \\u0001 \\u2028 😀 é\"");
        assertThat(JsonLines.text(JsonLines.object(line), "text")).isEqualTo(text);
    }

    @Test
    void triageReportsBadJsonLinesOnStderrAndKeepsGoing() {
        int code = TriageCli.triage(triage, List.of(), stdin("{\"text\": \"oops\"\nbye\n{\"nottext\": 1}\n"), out, err);
        assertThat(code).isEqualTo(1);
        assertThat(out().lines()).hasSize(1);
        assertThat(err()).contains("line 1", "line 3", "\"text\"");
    }

    @Test
    void triageReadsAFileAndRejectsAMissingOne() throws IOException {
        Path f = dir.resolve("in.txt");
        Files.writeString(f, "bye\n");
        assertThat(TriageCli.triage(triage, List.of(f.toString()), stdin(""), out, err)).isZero();
        assertThat(out()).contains("\"goodbye\"");
        assertThat(TriageCli.triage(triage, List.of(dir.resolve("nope.txt").toString()), stdin(""), out, err)).isEqualTo(2);
        assertThat(err()).contains("cannot read file");
    }

    @Test
    void csvParserHandlesQuotedCommasDoubledQuotesAndLineBreaks() {
        List<List<String>> rows = Csv.parse("text,label\n\"a, b\",x\n\"say \"\"hi\"\"\",y\r\n\"two\nlines\",z\nplain,w");
        assertThat(rows).containsExactly(List.of("text", "label"), List.of("a, b", "x"), List.of("say \"hi\"", "y"),
                List.of("two\nlines", "z"), List.of("plain", "w"));
    }

    @Test
    void evalOnJsonlPrintsPerCategoryFiguresMacroF1AndConfusion() throws IOException {
        Path f = dir.resolve("tiny.jsonl");
        // 4 examples: crisis right, clinical right, goodbye right, and a sharing message labelled services (a miss)
        Files.writeString(f, String.join("\n",
                "{\"text\": \"I want to die\", \"category\": \"crisis\", \"kind\": \"self_harm\"}",
                "{\"text\": \"should I stop my metformin?\", \"category\": \"clinical\", \"kind\": null}",
                "{\"text\": \"bye\", \"category\": \"goodbye\"}",
                "{\"text\": \"I had a nice walk\", \"category\": \"services\"}"));
        int code = TriageCli.eval(triage, List.of(f.toString()), stdin(""), out, err);
        assertThat(code).as(err()).isZero();
        String o = out();
        assertThat(o).contains("4 examples");
        assertThat(o).containsPattern("crisis\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1");
        assertThat(o).containsPattern("services\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+1");
        assertThat(o).containsPattern("sharing\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+0");
        // macro-F1 over the 4 categories with support: (1 + 1 + 1 + 0) / 4
        assertThat(o).contains("macro-F1 (categories with support): 0.750 over 4 categories");
        assertThat(o).contains("crisis false-positive rate (non-crisis flagged crisis): 0.000 (0 of 3)");
        assertThat(o).contains("confusion matrix");
        assertThat(o).containsPattern("services\\s+0\\s+0\\s+0\\s+0\\s+0\\s+1");
    }

    @Test
    void evalOnBinaryCsvWithLabelMapping() throws IOException {
        Path f = dir.resolve("tiny.csv");
        Files.writeString(f, "text,label,source,subcat\n"
                + "\"I want to die, honestly\",crisis,own,a\n"
                + "\"my feet are killing me, \"\"literally\"\"\",not_crisis,own,b\n"
                + "kms,crisis,own,c\n"
                + "\"I took 40 paracetamol\nan hour ago\",crisis,own,d\n"
                + "how do I kill a python process,not_crisis,own,e\n"
                + "I could murder a curry,not_crisis,own,f\n"
                + "the film was about a man who wants to die,not_crisis,own,g\n");
        int code = TriageCli.eval(triage, List.of(f.toString(), "--labels", "crisis=crisis,not_crisis=other",
                "--positive", "crisis"), stdin(""), out, err);
        assertThat(code).as(err()).isZero();
        String o = out();
        assertThat(o).contains("7 examples");
        assertThat(o).containsPattern("crisis\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+3");
        assertThat(o).contains("false-positive rate (negatives predicted crisis): 0.000 (0 of 4)");
        assertThat(o).contains("confusion: TP 3  FN 0  FP 0  TN 4");
    }

    @Test
    void evalUsageErrorsExitTwoWithAMessage() throws IOException {
        assertThat(TriageCli.eval(triage, List.of(), stdin(""), out, err)).isEqualTo(2);
        assertThat(err()).contains("no FILE", "usage: triage-eval");
        assertThat(TriageCli.eval(triage, List.of(dir.resolve("missing.csv").toString()), stdin(""), out, err)).isEqualTo(2);
        assertThat(err()).contains("cannot read file");
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "text,label\nhello,not_crisis\n");
        assertThat(TriageCli.eval(triage, List.of(f.toString()), stdin(""), out, err)).isEqualTo(2);
        assertThat(err()).contains("not a category", "--labels");
        assertThat(TriageCli.eval(triage, List.of(f.toString(), "--positive", "loud"), stdin(""), out, err)).isEqualTo(2);
        assertThat(TriageCli.eval(triage, List.of(f.toString(), "--labels", "oops"), stdin(""), out, err)).isEqualTo(2);
        assertThat(err()).contains("LABEL=CATEGORY");
    }

    @Test
    void evalScoresIntentsPerLabelWhenTheSetGivesThem() throws IOException {
        Path f = dir.resolve("intents.jsonl");
        // rules alone: "thanks" is THANKS; the other two have no intent from the rules
        Files.writeString(f, String.join("\n",
                "{\"text\": \"thanks so much\", \"category\": \"sharing\", \"intents\": [\"thanks\"]}",
                "{\"text\": \"my scan was clear\", \"category\": \"sharing\", \"intents\": [\"good_news\"]}",
                "{\"text\": \"I had a nice walk\", \"category\": \"sharing\", \"intents\": []}",
                "{\"text\": \"bye\", \"category\": \"goodbye\"}"));
        List<Examples.Example> examples = Examples.load(f.toString(), stdin(""), Map.of());
        List<org.peerbot.core.model.TriageResult> results = examples.stream().map(e -> triage.classify(e.text())).toList();
        List<IntentScores.Row> rows = IntentScores.rows(examples, results);
        IntentScores.Row thanks = rows.stream().filter(r -> r.intent() == Intent.THANKS).findFirst().orElseThrow();
        IntentScores.Row good = rows.stream().filter(r -> r.intent() == Intent.GOOD_NEWS).findFirst().orElseThrow();
        assertThat(thanks.tp()).isEqualTo(results.get(0).has(Intent.THANKS) ? 1 : 0);
        assertThat(good.support()).isEqualTo(1);
        assertThat(good.fp()).as("the unlabelled 'bye' line is not counted").isZero();

        int code = TriageCli.eval(triage, List.of(f.toString()), stdin(""), out, err);
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("intents (over the 3 examples that give theirs):")
                .containsPattern("good_news\\s+\\d\\.\\d{3}\\s+0\\.000\\s+0\\.000\\s+1")
                .containsPattern("intent macro-F1 \\(intents with support\\): \\d\\.\\d{3} over \\d intents");
    }

    @Test
    void intentScoresAreExactOnAKnownCase() {
        List<Examples.Example> ex = List.of(
                new Examples.Example("a", "sharing", Set.of(Intent.THANKS)),
                new Examples.Example("b", "sharing", Set.of(Intent.THANKS, Intent.GOODBYE)),
                new Examples.Example("c", "sharing", Set.of()));
        List<org.peerbot.core.model.TriageResult> res = List.of(
                result(Intent.THANKS), result(Intent.GOODBYE), result(Intent.THANKS));
        List<IntentScores.Row> rows = IntentScores.rows(ex, res);
        // thanks: TP 1 (a), FN 1 (b), FP 1 (c) -> P 0.5, R 0.5, F1 0.5; goodbye: TP 1 -> F1 1.0
        assertThat(rows).extracting(IntentScores.Row::intent).containsExactly(Intent.GOODBYE, Intent.THANKS);
        assertThat(rows.get(1).f1()).isEqualTo(0.5);
        assertThat(rows.get(0).f1()).isEqualTo(1.0);
        assertThat(IntentScores.macroF1(rows)).isEqualTo(0.75);
    }

    @Test
    void unknownGoldIntentIsAUsageError() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"text\": \"hi\", \"category\": \"sharing\", \"intents\": [\"cheerful\"]}\n");
        assertThat(TriageCli.eval(triage, List.of(f.toString()), stdin(""), out, err)).isEqualTo(2);
        assertThat(err()).contains("line 1", "unknown intent 'cheerful'", "good_news");
    }

    private static org.peerbot.core.model.TriageResult result(Intent i) {
        return org.peerbot.core.model.TriageResult.sharing().withIntents(Set.of(i));
    }

    @Test
    void rulesOptionAddsAnOrganisersFileAndItsErrorsNameTheLine() throws IOException {
        Path rules = dir.resolve("my-rules.yaml");
        Files.writeString(rules, """
                lists:
                  games: [bingo, whist, beetle drive]
                rules:
                  - id: local.games
                    category: services
                    match: ['when is @games [night]']
                """);
        int code = TriageCli.run("triage", List.of("--rules", rules.toString()), stdin("when is whist night\n"), out, err);
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("\"local.games\"", "\"category\": \"services\"");

        Files.writeString(rules, """
                rules:
                  - id: local.games
                    category: services
                    match: ['when is @gmes']
                """);
        assertThat(TriageCli.run("triage-eval", List.of("x.jsonl", "--rules", rules.toString()), stdin(""), out, err))
                .isEqualTo(2);
        assertThat(err()).contains("my-rules.yaml, line 4: rule 'local.games', match[0]: unknown word list '@gmes'");
        assertThat(TriageCli.run("triage", List.of("--rules"), stdin(""), out, err)).isEqualTo(2);
        assertThat(err()).contains("--rules needs a FILE");
    }

    @Test
    void explainAddsTheTextAsTheRulesSeeIt() {
        int code = TriageCli.triage(triage, List.of("--explain"), stdin("I'm SO tired, wanna sleep 💊\n"), out, err);
        assertThat(code).as(err()).isZero();
        String line = out().lines().findFirst().orElseThrow();
        assertThat(JsonLines.text(JsonLines.object(line), "normalised")).contains("im so tired", "want to sleep", "pills");
        assertThat(line).endsWith("\"normalised\": \"" + triage.normalise("I'm SO tired, wanna sleep 💊") + "\"}");
    }
}
