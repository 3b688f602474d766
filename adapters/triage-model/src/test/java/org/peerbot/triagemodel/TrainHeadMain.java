package org.peerbot.triagemodel;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the shipped head ({@value MiniLmSentenceModel#HEAD}): a softmax logistic regression over the sentence
 * embedding, one weight row per class. Runs offline and deterministically (fixed order, full-batch Adam from zero,
 * one thread): the same inputs on the same machine give the same file.
 *
 * <pre>
 * java -cp ... org.peerbot.triagemodel.TrainHeadMain OUT.tsv CRISIS.csv CLINICAL.csv OWN_TRAIN.jsonl...
 * </pre>
 *
 * Training rows: the project's own training parts (own-train, own-train-2a, own-train-2b, and the first two
 * held-out parts, which rules were written against and are no longer blind; never parts 3, 4 or 5), the prototypes (bot questions left out:
 * "are you a real person" is a request for a person in the own set), and the even-numbered rows of the two
 * permissive shared CSVs (the odd rows stay unseen, for measuring). Of the clinical CSV only the advice requests are
 * used: its "not advice" rows include real suicidal posts, which must never be taught as "nothing". Of the crisis
 * CSV's threats to others none are used: they are requests to a chat model ("how do I hurt X"), and taught as
 * danger they made "how do I kill a mosquito" one. The shared
 * triage-dev.jsonl is not used, so it stays a blind set. A message longer than the model reads whole is split as
 * the model splits it: each sentence of a "nothing" message is a "nothing" row (weighted 1/sentences); a labelled
 * long message is left out (which sentence carries the label is unknown).
 */
public final class TrainHeadMain {
    static final double LAMBDA = 1e-4;
    static final double LEARNING_RATE = 0.01;
    static final int ITERATIONS = 1500;
    /** Risk only when the head is very sure: a model-only crisis sends a direct check-in, and false ones cost trust. */
    static final double RISK_THRESHOLD = 0.70;
    /** ... and the sentence must lie this close to a written risk prototype (both must agree)... */
    static final double RISK_PROTOTYPE = 0.45;
    /** ... unless the head alone is this sure (the prototypes are few; the head has read far more ways of saying it). */
    static final double RISK_ALONE = 0.90;
    /**
     * A medical emergency, abuse or a threat to others read by the model alone: the head must be this sure (at 0.90
     * it read a tender lymph node with a temperature, in the shared clinical set, as an emergency).
     */
    static final double DANGER_THRESHOLD = 0.95;
    static final double INTENT_THRESHOLD = 0.50;
    /** A person is offered a little more surely ("are you a robot?" is a question to the bot, not a request). */
    static final double PERSON_THRESHOLD = 0.60;

    private TrainHeadMain() {
    }

    private record Row(String text, String label, double weight) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: TrainHeadMain OUT.tsv CRISIS.csv CLINICAL.csv OWN_TRAIN.jsonl...");
            System.exit(2);
        }
        List<String> classes = MiniLmSentenceModel.HEAD_CLASSES;
        List<Row> rows = new ArrayList<>();
        for (int a = 3; a < args.length; a++) {
            for (String line : Files.readAllLines(Path.of(args[a]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String category = jsonField(line, "category");
                String kind = jsonField(line, "kind");
                rows.add(new Row(jsonField(line, "text"), ownClass(category, kind), 1));
            }
        }
        for (String[] p : MiniLmSentenceModel.readPrototypes()) {
            String c = switch (p[0]) {
                case "risk", "person", "service", "goodbye", "none" -> p[0];
                case "bot_question" -> null;
                default -> "none";
            };
            if (c != null) {
                rows.add(new Row(p[1], c, 1));
            }
        }
        List<List<String>> crisis = csv(Path.of(args[1]));
        for (int i = 0; i < crisis.size(); i += 2) {
            List<String> r = crisis.get(i);
            String label = r.get(1);
            String sub = r.size() > 3 ? r.get(3) : "";
            String c = !label.equals("crisis") ? "none"
                    : sub.contains("self_harm") || sub.equals("SH") ? "risk" : null;
            if (c != null) {
                rows.add(new Row(r.get(0), c, 1));
            }
        }
        List<List<String>> clinical = csv(Path.of(args[2]));
        for (int i = 0; i < clinical.size(); i += 2) {
            if (clinical.get(i).get(1).equals("advice_request")) {
                rows.add(new Row(clinical.get(i).get(0), "clinical", 1));
            }
        }

        long t0 = System.nanoTime();
        MiniLmSentenceModel m = MiniLmSentenceModel.embedderOnly();
        List<float[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (Row r : rows) {
            List<String> parts = MiniLmSentenceModel.sentences(r.text());
            if (parts.size() == 1) {
                xs.add(m.embedUnit(parts.get(0)));
                ys.add(classes.indexOf(r.label()));
                ws.add(r.weight());
            } else if (r.label().equals("none")) {
                for (String part : parts) {
                    xs.add(m.embedUnit(part));
                    ys.add(0);
                    ws.add(r.weight() / parts.size());
                }
            }
        }
        System.err.printf("embedded %d rows from %d messages in %d s%n", xs.size(), rows.size(),
                (System.nanoTime() - t0) / 1_000_000_000);
        double[][] w = train(xs, ys, ws, classes.size());

        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.println("# PeerBot triage head: softmax logistic regression over all-MiniLM-L6-v2 (quantised) sentence");
            out.println("# embeddings (unit length, 384 numbers). Made by org.peerbot.triagemodel.TrainHeadMain (test sources");
            out.println("# of adapters/triage-model; see docs/safety-eval.md). Do not edit by hand: run it again.");
            StringBuilder own = new StringBuilder();
            for (int a = 3; a < args.length; a++) {
                own.append(Path.of(args[a]).getFileName()).append(" sha256 ").append(sha(args[a])).append("; ");
            }
            out.printf(Locale.ROOT, "# inputs: %s%s sha256 %s (even rows, self-harm and none);%n# %s sha256 %s (even rows, advice only);%n",
                    own, Path.of(args[1]).getFileName(), sha(args[1]), Path.of(args[2]).getFileName(), sha(args[2]));
            out.printf(Locale.ROOT, "# and %s. %d training rows; lambda %s, Adam lr %s, %d full-batch steps, balanced classes.%n",
                    MiniLmSentenceModel.PROTOTYPES, xs.size(), LAMBDA, LEARNING_RATE, ITERATIONS);
            out.println("# Lines: threshold<TAB>name<TAB>value, then class<TAB>bias<TAB>384 weights.");
            out.printf(Locale.ROOT, "threshold\trisk\t%.2f%n", RISK_THRESHOLD);
            out.printf(Locale.ROOT, "threshold\trisk_prototype\t%.2f%n", RISK_PROTOTYPE);
            out.printf(Locale.ROOT, "threshold\trisk_alone\t%.2f%n", RISK_ALONE);
            out.printf(Locale.ROOT, "threshold\tdanger\t%.2f%n", DANGER_THRESHOLD);
            out.printf(Locale.ROOT, "threshold\tintent\t%.2f%n", INTENT_THRESHOLD);
            out.printf(Locale.ROOT, "threshold\tperson\t%.2f%n", PERSON_THRESHOLD);
            int d = xs.get(0).length;
            for (int k = 0; k < classes.size(); k++) {
                StringBuilder b = new StringBuilder(classes.get(k)).append('\t').append(fmt(w[d][k]));
                for (int j = 0; j < d; j++) {
                    b.append('\t').append(fmt(w[j][k]));
                }
                out.println(b);
            }
        }
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }

    static String ownClass(String category, String kind) {
        return switch (category) {
            case "crisis" -> switch (kind == null ? "self_harm" : kind) {
                case "medical_emergency" -> "medical";
                case "abuse" -> "abuse";
                case "harm_to_others" -> "harm_others";
                default -> "risk";
            };
            case "clinical" -> "clinical";
            case "human" -> "person";
            case "services" -> "service";
            case "goodbye" -> "goodbye";
            default -> "none";
        };
    }

    /** Full-batch softmax regression with balanced class weights and L2 (not on the bias); returns [d+1][K]. */
    static double[][] train(List<float[]> xs, List<Integer> ys, List<Double> ws, int k) {
        int n = xs.size();
        int d = xs.get(0).length;
        double[] weight = new double[n];
        double[] classTotal = new double[k];
        for (int i = 0; i < n; i++) {
            classTotal[ys.get(i)] += ws.get(i);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = ws.get(i) / classTotal[ys.get(i)];
            sum += weight[i];
        }
        for (int i = 0; i < n; i++) {
            weight[i] = weight[i] / sum * n;
        }
        double[][] w = new double[d + 1][k];
        double[][] m1 = new double[d + 1][k];
        double[][] m2 = new double[d + 1][k];
        double[] z = new double[k];
        for (int t = 1; t <= ITERATIONS; t++) {
            double[][] g = new double[d + 1][k];
            for (int i = 0; i < n; i++) {
                float[] x = xs.get(i);
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = w[d][c];
                    for (int j = 0; j < d; j++) {
                        s += x[j] * w[j][c];
                    }
                    z[c] = s;
                    max = Math.max(max, s);
                }
                double total = 0;
                for (int c = 0; c < k; c++) {
                    z[c] = Math.exp(z[c] - max);
                    total += z[c];
                }
                for (int c = 0; c < k; c++) {
                    double e = (z[c] / total - (ys.get(i) == c ? 1 : 0)) * weight[i] / n;
                    for (int j = 0; j < d; j++) {
                        g[j][c] += x[j] * e;
                    }
                    g[d][c] += e;
                }
            }
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int j = 0; j <= d; j++) {
                for (int c = 0; c < k; c++) {
                    double gj = g[j][c] + (j < d ? LAMBDA * w[j][c] : 0);
                    m1[j][c] = 0.9 * m1[j][c] + 0.1 * gj;
                    m2[j][c] = 0.999 * m2[j][c] + 0.001 * gj * gj;
                    w[j][c] -= LEARNING_RATE * (m1[j][c] / c1) / (Math.sqrt(m2[j][c] / c2) + 1e-8);
                }
            }
        }
        return w;
    }

    private static String sha(String file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(file))))
                .substring(0, 16);
    }

    /** One string field of a flat JSON object line (the own sets' format), or null. */
    static String jsonField(String line, String name) {
        String key = "\"" + name + "\"";
        int at = line.indexOf(key);
        if (at < 0) {
            return null;
        }
        int i = line.indexOf('"', line.indexOf(':', at + key.length()) + 1);
        StringBuilder b = new StringBuilder();
        for (i = i + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = line.charAt(++i);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        throw new IllegalArgumentException("unterminated string for " + name);
    }

    /** RFC 4180 rows after the header (quoted fields may hold commas, quotes and newlines). */
    static List<List<String>> csv(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                f.append(c);
            }
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
        }
        rows.removeIf(r -> r.size() == 1 && r.get(0).isEmpty());
        return rows.subList(1, rows.size());
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
