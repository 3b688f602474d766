package org.peerbot.triagemodel;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.peerbot.core.triage.Triage;

/**
 * For weighing a second reader (not a test): for each labelled line of the given JSONL files, prints the gold label,
 * the rules' and the rules-with-model categories, and per sentence the two heads' scores (crisis mass, risk, nearest
 * risk prototype); with -Dpeerbot.second=true the rules-with-model category uses both readers.
 * Usage: CascadeDumpMain BGE_HEAD_RESOURCE OUT.tsv FILE...
 */
public final class CascadeDumpMain {
    private CascadeDumpMain() {
    }

    public static void main(String[] args) throws Exception {
        MiniLmSentenceModel mini = Boolean.getBoolean("peerbot.second") ? MiniLmSentenceModel.load()
                : MiniLmSentenceModel.loadFirstOnly();
        MiniLmSentenceModel bge = MiniLmSentenceModel.loadBge(args[0]);
        Triage rules = ShippedRules.triage();
        Triage both = ShippedRules.triage().withModel(mini);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (int a = 2; a < args.length; a++) {
                String set = Path.of(args[a]).getFileName().toString();
                for (String line : Files.readAllLines(Path.of(args[a]), StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String text = TrainHeadMain.jsonField(line, "text");
                    String gold = TrainHeadMain.jsonField(line, "category");
                    if (gold == null) {
                        gold = TrainHeadMain.jsonField(line, "label");
                    }
                    StringBuilder b = new StringBuilder();
                    b.append(set).append('\t').append(gold).append('\t')
                            .append(rules.classifyRules(text).category().name()).append('\t')
                            .append(both.classify(text).category().name()).append('\t')
                            .append(text.strip().split("\\s+").length);
                    List<String> parts = MiniLmSentenceModel.sentences(text);
                    for (String part : parts) {
                        double[] m = mini.scores(part);
                        double[] g = bge.scores(part);
                        boolean cue = MiniLmSentenceModel.RISK_CUE.matcher(part.toLowerCase(Locale.ROOT)).find();
                        b.append('\t').append(String.format(Locale.ROOT,
                                "%.4f,%.4f,%.3f,%.4f,%.4f,%.3f,%b,%.3f,%.0f,%.3f,%.0f",
                                m[0], m[1], m[2], g[0], g[1], g[2], cue, m[3], m[4], g[3], g[4]));
                    }
                    out.println(b);
                }
            }
        }
    }
}
