package org.peerbot.core.triage;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageCliTest {
    private final Triage triage = TestRules.triage();
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
        Map<String, Object> first = Json.readFlatObject(lines.get(0).replaceAll(", \"rules\": \\[.*]", ""));
        assertThat(first).containsEntry("text", "I want to die").containsEntry("category", "crisis")
                .containsEntry("kind", "self_harm");
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
        Map<String, Object> back = Json.readFlatObject(line.replaceAll(", \"rules\": \\[.*]", ""));
        assertThat(back.get("text")).isEqualTo(text);
        StringBuilder lone = new StringBuilder();
        Json.quote("a\uD800b", lone);
        assertThat(lone.toString()).isEqualTo("\"a\\ud800b\"");
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
        List<List<String>> rows = TriageCli.Csv.parse("text,label\n\"a, b\",x\n\"say \"\"hi\"\"\",y\r\n\"two\nlines\",z\nplain,w");
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
}
