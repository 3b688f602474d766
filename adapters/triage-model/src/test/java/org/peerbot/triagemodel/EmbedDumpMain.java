package org.peerbot.triagemodel;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.triage.Triage;

/**
 * For comparing heads offline: reads TSV rows (set, class, gold category, escaped text), writes per row the rules'
 * verdict and the embeddings of the parts the model reads ({@code OUT.meta.tsv}, {@code OUT.f32}, big-endian).
 * Not a test.
 */
public final class EmbedDumpMain {
    private EmbedDumpMain() {
    }

    public static void main(String[] args) throws Exception {
        MiniLmSentenceModel m = MiniLmSentenceModel.load();
        Triage rules = ShippedRules.triage();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                PrintWriter meta = new PrintWriter(Files.newBufferedWriter(Path.of(args[1] + ".meta.tsv")));
                DataOutputStream vec = new DataOutputStream(new BufferedOutputStream(
                        new FileOutputStream(args[1] + ".f32")))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", 4);
                String text = TrainHeadMain.unescape(f[3]);
                TriageResult res = rules.classifyRules(text);
                boolean topicOnly = res.category().name().equals("CLINICAL") && res.rules().stream()
                        .filter(id -> id.startsWith("clin.")).allMatch(id -> id.equals("clin.topic"));
                List<String> parts = MiniLmSentenceModel.sentences(text);
                meta.println(String.join("\t", f[0], f[1], f[2], res.category().name(),
                        String.valueOf(res.has(Signal.DENIAL)), String.valueOf(res.has(Signal.GREETING)),
                        String.valueOf(topicOnly), String.valueOf(text.strip().split("\\s+").length),
                        String.valueOf(parts.size())));
                for (String p : parts) {
                    for (float x : m.embedUnit(p)) {
                        vec.writeFloat(x);
                    }
                }
            }
        }
    }
}
