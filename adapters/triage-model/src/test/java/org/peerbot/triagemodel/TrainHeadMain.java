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
 * Makes the shipped head ({@value MiniLmSentenceModel#HEAD}): a small network over the sentence embedding (one hidden
 * layer of {@value #HIDDEN} rectified units, then softmax, one weight row per class). Runs offline and
 * deterministically (fixed order, full-batch Adam from a seeded start, one thread): the same inputs on the same
 * machine give the same file.
 *
 * <pre>
 * java -cp ... org.peerbot.triagemodel.TrainHeadMain OUT.tsv CRISIS.csv CLINICAL.csv OWN_TRAIN.jsonl...
 * </pre>
 *
 * Training rows: the project's own training parts (own-train, own-train-2a, -2b, -3a, -3b, -3c, -4a, -4b, -4c, -4d,
 * -5a, the rule-family dev sets own-dev-6, -6b, -6c, and the held-out parts 1, 2, 5, 6 and 7, which were measured
 * and then had rules written against them, so are no longer blind; never parts 3, 4, 8 or 9 for the first reader's
 * head; the second reader's head, from session 19, also parts 8 to 14 and 12c; never parts 15 or later, which stay
 * the measure of unseen messages. Session 29 trained both heads again with parts 15 to 24 added, their long posts
 * keyed by {@link KeyLongPostsMain}: on part 25 they found 6 more crises at the same false alarms, but on part 26,
 * written after them and unseen, none (the second reader alone one fewer), and they started false alarms in the
 * conversation suites, so neither was taken), the prototypes (bot questions left out:
 * "are you a real person" is a request for a person in the own set), and the even-numbered rows of the two
 * permissive shared CSVs (the odd rows stay unseen, for measuring). Of the clinical CSV only the advice requests are
 * used: its "not advice" rows include real suicidal posts, which must never be taught as "nothing". Of the crisis
 * CSV's threats to others none are used: they are requests to a chat model ("how do I hurt X"), and taught as
 * danger they made "how do I kill a mosquito" one. The shared
 * triage-dev.jsonl is not used, so it stays a blind set. A message longer than the model reads whole is split as
 * the model splits it: each sentence of a "nothing" message is a "nothing" row (weighted 1/sentences). A labelled
 * long message is left out unless its line names the sentences that carry the label (a "key" list of exact
 * substrings of the text, as own-train-5a does): then the sentences holding a key are rows of the label (weighted
 * 1/keyed sentences) and the rest are "nothing" rows, so the head learns an oblique risky sentence as it reads in
 * a story, and the story around it as ordinary.
 */
public final class TrainHeadMain {
    static final double LAMBDA = 1e-4;
    /** Rectified units in the hidden layer. */
    static final int HIDDEN = 256;
    static final int ITERATIONS = 600;
    static final double LEARNING_RATE = 0.003;
    static final long SEED = 20261204L;
    /**
     * Risk only when the head is very sure (of risk and the other dangers together): a model-only crisis sends a direct
     * check-in, and false ones cost trust.
     */
    static final double RISK_THRESHOLD = 0.60;
    /** ... and the sentence must lie this close to a written risk prototype (both must agree)... */
    static final double RISK_PROTOTYPE = 0.45;
    /**
     * ... unless the head alone is this sure (the prototypes are few; the head has read far more ways of saying it).
     */
    static final double RISK_ALONE = 0.70;
    /**
     * A sentence of a long post: the head alone, surer still (each sentence of a long post is a chance of a false
     * alarm).
     */
    static final double RISK_LONG = 0.95;
    /**
     * A short message with no word of dying or an ending and far from every risk prototype: the head sure of risk
     * itself (the crisis classes together have their own bar, below), and surer than for a message that names one. At
     * 0.98 (chosen for the session 6 head) it missed "some nights I think about injecting the whole pen" (0.94) and a
     * question of how high a fall must be (0.93); at 0.80 part 5 gained 7 crises and no set gained a false one. At 0.75
     * the crisis CSV gained three.
     */
    static final double RISK_UNNAMED = 0.80;
    /**
     * ... or the head surer still of the crisis classes together (risk and the other dangers), when it is not sure of
     * risk itself: at 0.80 together a grieving dog owner "expecting her at the door" (risk 0.18, a threat to others
     * 0.59) got the self-harm check-in.
     */
    static final double UNNAMED_CRISIS = 0.90;
    /**
     * A medical emergency, abuse or a threat to others read by the model alone: the head must be this sure (at 0.90
     * it read a tender lymph node with a temperature, in the shared clinical set, as an emergency).
     */
    static final double DANGER_THRESHOLD = 0.95;
    /**
     * A message of this many words or fewer: the model alone must be all but sure, of risk or of another danger. Its
     * few words carry little for the model ("nobody listens" had risk at 0.84, "my baby won't latch and I'm so tired"
     * an emergency at 0.98); the rules read short messages better. On part 5 this cost no crisis.
     */
    static final int FEW_WORDS = 12;
    static final double RISK_FEW = 0.98;
    /**
     * The same few words with a word of dying, harm or an ending in them ({@link MiniLmSentenceModel#DYING_CUE}). On
     * parts 5 to 7 and the shared sets 0.85 caught 1 or 2 more crises a part and flagged nothing more. The wider
     * {@link MiniLmSentenceModel#RISK_CUE} caught a little more but let "nobody listens" (0.93) through.
     */
    static final double RISK_FEW_NAMED = 0.85;
    static final double DANGER_FEW = 0.99;
    static final double INTENT_THRESHOLD = 0.50;
    /**
     * A person is offered more surely ("are you a robot?" is a question to the bot, not a request). With the hidden
     * layer the head grew surer of everything: at 0.60 "I've been asked to read something at the funeral and I don't
     * know if I can" asked for a volunteer. At 0.80 no request for a person in parts 3 and 5 or triage-dev was lost.
     */
    static final double PERSON_THRESHOLD = 0.80;

    private TrainHeadMain() {
    }

    /** {@code keys}: the sentences of a long post that carry its label, or null when the line names none. */
    private record Row(String text, String label, double weight, List<String> keys) {
        Row(String text, String label, double weight) {
            this(text, label, weight, null);
        }
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
                rows.add(new Row(jsonField(line, "text"), ownClass(category, kind), 1, jsonStrings(line, "key")));
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
        boolean bge = "bge".equals(System.getProperty("peerbot.encoder"));
        MiniLmSentenceModel m = bge ? MiniLmSentenceModel.bgeEmbedderOnly() : MiniLmSentenceModel.embedderOnly();
        List<float[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        int keyed = 0;
        int unmatched = 0;
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
            } else if (r.keys() != null && !r.keys().isEmpty()) {
                // every sentence, not only those the bounded reading picks: the keyed one is often in the middle
                parts = MiniLmSentenceModel.allSentences(r.text());
                List<String> keys = r.keys().stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
                List<Boolean> holds = new ArrayList<>();
                for (String part : parts) {
                    holds.add(keys.stream().anyMatch(k -> part.contains(k) || k.contains(part)));
                }
                long n = holds.stream().filter(h -> h).count();
                if (n == 0) {
                    unmatched++;
                    continue;
                }
                keyed++;
                for (int j = 0; j < parts.size(); j++) {
                    xs.add(m.embedUnit(parts.get(j)));
                    ys.add(holds.get(j) ? classes.indexOf(r.label()) : 0);
                    ws.add(holds.get(j) ? r.weight() / n : r.weight() / parts.size());
                }
            }
        }
        System.err.printf("long posts with keyed sentences: %d used, %d whose keys match no sentence left out%n",
                keyed, unmatched);
        System.err.printf("embedded %d rows from %d messages in %d s%n", xs.size(), rows.size(),
                (System.nanoTime() - t0) / 1_000_000_000);
        Trained head = standardisedTrain(xs, ys, ws, classes.size());

        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.printf(Locale.ROOT, "# PeerBot triage head: %s over %s (quantised) sentence%n",
                    "one hidden layer of " + HIDDEN + " rectified units, then softmax,",
                    bge ? "bge-small-en-v1.5" : "all-MiniLM-L6-v2");
            out.println("# embeddings (unit length, 384 numbers). Made by org.peerbot.triagemodel.TrainHeadMain (test sources");
            out.println("# of adapters/triage-model; see docs/safety-eval.md). Do not edit by hand: run it again.");
            if (bge) {
                out.println("# (run with -Dpeerbot.encoder=bge). The second reader: only its weights are read; the thresholds below are");
                out.println("# the first reader's, written for the file's shape, and the second look's own are in MiniLmSentenceModel.");
            }
            StringBuilder own = new StringBuilder();
            for (int a = 3; a < args.length; a++) {
                own.append(Path.of(args[a]).getFileName()).append(" sha256 ").append(sha(args[a])).append("; ");
            }
            out.printf(Locale.ROOT, "# inputs: %s%s sha256 %s (even rows, self-harm and none);%n# %s sha256 %s (even rows, advice only);%n",
                    own, Path.of(args[1]).getFileName(), sha(args[1]), Path.of(args[2]).getFileName(), sha(args[2]));
            out.printf(Locale.ROOT, "# and %s. %d training rows; lambda %s, Adam lr %s, %d full-batch steps, seed %d,%n"
                    + "# balanced classes, standardised features folded back into the first layer.%n",
                    MiniLmSentenceModel.PROTOTYPES, xs.size(), LAMBDA, LEARNING_RATE, ITERATIONS, SEED);
            out.println("# Lines: threshold<TAB>name<TAB>value, then hidden<TAB>bias<TAB>384 weights (one per unit),"
                    + " then class<TAB>bias<TAB>one weight per unit.");
            out.printf(Locale.ROOT, "threshold\trisk\t%.2f%n", RISK_THRESHOLD);
            out.printf(Locale.ROOT, "threshold\trisk_prototype\t%.2f%n", RISK_PROTOTYPE);
            out.printf(Locale.ROOT, "threshold\trisk_alone\t%.2f%n", RISK_ALONE);
            out.printf(Locale.ROOT, "threshold\trisk_long\t%.2f%n", RISK_LONG);
            out.printf(Locale.ROOT, "threshold\trisk_unnamed\t%.2f%n", RISK_UNNAMED);
            out.printf(Locale.ROOT, "threshold\tunnamed_crisis\t%.2f%n", UNNAMED_CRISIS);
            out.printf(Locale.ROOT, "threshold\tdanger\t%.2f%n", DANGER_THRESHOLD);
            out.printf(Locale.ROOT, "threshold\tfew_words\t%d%n", FEW_WORDS);
            out.printf(Locale.ROOT, "threshold\trisk_few\t%.2f%n", RISK_FEW);
            out.printf(Locale.ROOT, "threshold\trisk_few_named\t%.2f%n", RISK_FEW_NAMED);
            out.printf(Locale.ROOT, "threshold\tdanger_few\t%.2f%n", DANGER_FEW);
            out.printf(Locale.ROOT, "threshold\tintent\t%.2f%n", INTENT_THRESHOLD);
            out.printf(Locale.ROOT, "threshold\tperson\t%.2f%n", PERSON_THRESHOLD);
            int d = xs.get(0).length;
            for (int u = 0; u < head.hidden().length; u++) {
                StringBuilder b = new StringBuilder("hidden").append('\t').append(fmt(head.hidden()[u][d]));
                for (int j = 0; j < d; j++) {
                    b.append('\t').append(fmt(head.hidden()[u][j]));
                }
                out.println(b);
            }
            double[][] w = head.out();
            int inputs = w.length - 1;
            for (int k = 0; k < classes.size(); k++) {
                StringBuilder b = new StringBuilder(classes.get(k)).append('\t').append(fmt(w[inputs][k]));
                for (int j = 0; j < inputs; j++) {
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

    /** A trained head: hidden units as [H][d+1] (bias last), output weights [H+1][K]. */
    record Trained(double[][] hidden, double[][] out) {
    }

    /**
     * Trains on standardised features (each of the d numbers centred and scaled by its spread over the training rows,
     * then by 1/sqrt(d)), and folds the scaling back into the first layer, so the shipped head still reads the plain
     * unit-length embedding. Why: the embedding's numbers have very different spreads, and with one L2 weight on all
     * of them the head leaned on the widest ones. Why a hidden layer: a linear head draws one plane per class, and
     * risk said as a story, a place or a means lies in several small regions; on held-out part 5 the hidden layer gave
     * about 0.1 more crisis recall at the same false alarms (docs/safety-eval.md).
     */
    static Trained standardisedTrain(List<float[]> xs, List<Integer> ys, List<Double> ws, int k) {
        int n = xs.size();
        int d = xs.get(0).length;
        double[] mean = new double[d];
        double[] spread = new double[d];
        for (float[] x : xs) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[j] / (double) n;
            }
        }
        for (float[] x : xs) {
            for (int j = 0; j < d; j++) {
                spread[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            scale[j] = 1 / ((Math.sqrt(spread[j]) + 1e-6) * Math.sqrt(d));
        }
        List<float[]> zs = new ArrayList<>(n);
        for (float[] x : xs) {
            float[] z = new float[d];
            for (int j = 0; j < d; j++) {
                z[j] = (float) ((x[j] - mean[j]) * scale[j]);
            }
            zs.add(z);
        }
        Trained t = trainHidden(zs, ys, ws, k);
        for (double[] unit : t.hidden()) {
            for (int j = 0; j < d; j++) {
                unit[j] *= scale[j];
                unit[d] -= unit[j] * mean[j];
            }
        }
        return t;
    }

    /**
     * One hidden layer of {@value #HIDDEN} rectified units, softmax out, balanced class weights, L2 on the weights (not
     * the biases), full-batch Adam from a seeded start: deterministic for the same inputs.
     */
    static Trained trainHidden(List<float[]> xs, List<Integer> ys, List<Double> ws, int k) {
        int n = xs.size();
        int d = xs.get(0).length;
        int h = HIDDEN;
        double[] weight = balanced(ys, ws, k);
        java.util.SplittableRandom random = new java.util.SplittableRandom(SEED);
        float[][] w1 = new float[d][h];
        float[] b1 = new float[h];
        float[][] w2 = new float[h][k];
        float[] b2 = new float[k];
        for (int j = 0; j < d; j++) {
            for (int u = 0; u < h; u++) {
                w1[j][u] = (float) (random.nextGaussian() / Math.sqrt(d));
            }
        }
        for (int u = 0; u < h; u++) {
            for (int c = 0; c < k; c++) {
                w2[u][c] = (float) (random.nextGaussian() / Math.sqrt(h));
            }
        }
        Adam a1 = new Adam(d * h);
        Adam ab1 = new Adam(h);
        Adam a2 = new Adam(h * k);
        Adam ab2 = new Adam(k);
        float[] act = new float[h];
        float[] back = new float[h];
        double[] z = new double[k];
        for (int t = 1; t <= ITERATIONS; t++) {
            float[][] g1 = new float[d][h];
            float[] gb1 = new float[h];
            float[][] g2 = new float[h][k];
            float[] gb2 = new float[k];
            for (int i = 0; i < n; i++) {
                float[] x = xs.get(i);
                System.arraycopy(b1, 0, act, 0, h);
                for (int j = 0; j < d; j++) {
                    float xj = x[j];
                    float[] row = w1[j];
                    for (int u = 0; u < h; u++) {
                        act[u] += xj * row[u];
                    }
                }
                for (int u = 0; u < h; u++) {
                    act[u] = Math.max(0, act[u]);
                }
                for (int c = 0; c < k; c++) {
                    double s = b2[c];
                    for (int u = 0; u < h; u++) {
                        s += act[u] * w2[u][c];
                    }
                    z[c] = s;
                }
                softmax(z);
                java.util.Arrays.fill(back, 0);
                for (int c = 0; c < k; c++) {
                    float e = (float) ((z[c] - (ys.get(i) == c ? 1 : 0)) * weight[i] / n);
                    gb2[c] += e;
                    for (int u = 0; u < h; u++) {
                        g2[u][c] += act[u] * e;
                        back[u] += w2[u][c] * e;
                    }
                }
                for (int u = 0; u < h; u++) {
                    if (act[u] <= 0) {
                        back[u] = 0;
                    }
                    gb1[u] += back[u];
                }
                for (int j = 0; j < d; j++) {
                    float xj = x[j];
                    float[] row = g1[j];
                    for (int u = 0; u < h; u++) {
                        row[u] += xj * back[u];
                    }
                }
            }
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int j = 0; j < d; j++) {
                for (int u = 0; u < h; u++) {
                    w1[j][u] = a1.step(j * h + u, w1[j][u], g1[j][u] + LAMBDA * w1[j][u], c1, c2);
                }
            }
            for (int u = 0; u < h; u++) {
                b1[u] = ab1.step(u, b1[u], gb1[u], c1, c2);
                for (int c = 0; c < k; c++) {
                    w2[u][c] = a2.step(u * k + c, w2[u][c], g2[u][c] + LAMBDA * w2[u][c], c1, c2);
                }
            }
            for (int c = 0; c < k; c++) {
                b2[c] = ab2.step(c, b2[c], gb2[c], c1, c2);
            }
        }
        double[][] hidden = new double[h][d + 1];
        for (int u = 0; u < h; u++) {
            for (int j = 0; j < d; j++) {
                hidden[u][j] = w1[j][u];
            }
            hidden[u][d] = b1[u];
        }
        double[][] out = new double[h + 1][k];
        for (int u = 0; u < h; u++) {
            for (int c = 0; c < k; c++) {
                out[u][c] = w2[u][c];
            }
        }
        for (int c = 0; c < k; c++) {
            out[h][c] = b2[c];
        }
        return new Trained(hidden, out);
    }

    /** Turns the class scores into probabilities, in place (shifted by the largest, so exp never overflows). */
    private static void softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double total = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            total += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= total;
        }
    }

    /** Adam's moment estimates for a block of parameters. */
    private static final class Adam {
        private final double[] m1;
        private final double[] m2;

        Adam(int size) {
            m1 = new double[size];
            m2 = new double[size];
        }

        /** One update of parameter {@code i}; {@code c1} and {@code c2} are the step's bias corrections. */
        float step(int i, float value, double g, double c1, double c2) {
            m1[i] = 0.9 * m1[i] + 0.1 * g;
            m2[i] = 0.999 * m2[i] + 0.001 * g * g;
            return (float) (value - LEARNING_RATE * (m1[i] / c1) / (Math.sqrt(m2[i] / c2) + 1e-8));
        }
    }

    /** Each row's weight: its own times 1/(its class's total), scaled so the weights sum to the number of rows. */
    private static double[] balanced(List<Integer> ys, List<Double> ws, int k) {
        int n = ys.size();
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
        return weight;
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
        int[] end = new int[1];
        return jsonString(line, line.indexOf('"', line.indexOf(':', at + key.length()) + 1), end);
    }

    /** A field holding a list of strings ({@code "key": ["a", "b"]}), or null when the line has no such field. */
    static List<String> jsonStrings(String line, String name) {
        String key = "\"" + name + "\"";
        int at = line.indexOf(key);
        if (at < 0) {
            return null;
        }
        int i = line.indexOf('[', at + key.length());
        List<String> out = new ArrayList<>();
        int[] end = new int[1];
        for (i = i + 1; i < line.length() && line.charAt(i) != ']'; i++) {
            if (line.charAt(i) == '"') {
                out.add(jsonString(line, i, end));
                i = end[0];
            }
        }
        return out;
    }

    /** The JSON string whose opening quote is at {@code i}; {@code end[0]} is set to its closing quote. */
    private static String jsonString(String line, int i, int[] end) {
        StringBuilder b = new StringBuilder();
        for (i = i + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                end[0] = i;
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
        throw new IllegalArgumentException("unterminated string in " + line);
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
