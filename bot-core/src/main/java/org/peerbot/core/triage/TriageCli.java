package org.peerbot.core.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.TriageResult;

/**
 * The {@code triage} and {@code triage-eval} command-line tools. Plain JDK: a small reader for flat JSON
 * objects and for RFC 4180 CSV is all they need. Output goes to {@code out} only; problems go to {@code err}.
 */
public final class TriageCli {

    private TriageCli() {
    }

    /** {@code triage [FILE]}: one JSON object per input message. */
    public static int triage(Triage triage, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.size() > 1) {
            err.println("usage: triage [FILE]   (one message per line, or JSON lines with a \"text\" field)");
            return 2;
        }
        try (BufferedReader reader = open(args.isEmpty() ? null : args.get(0), in)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String text = line;
                if (line.stripLeading().startsWith("{")) {
                    Object t = Json.parseObject(line).get("text");
                    text = t == null ? "" : String.valueOf(t);
                }
                TriageResult r = triage.classify(text);
                StringBuilder b = new StringBuilder("{\"text\": ").append(Json.quote(text))
                        .append(", \"category\": ").append(Json.quote(r.category().id()))
                        .append(", \"kind\": ").append(r.kind() == null ? "null" : Json.quote(r.kind().id()))
                        .append(", \"rules\": [");
                for (int i = 0; i < r.rules().size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(Json.quote(r.rules().get(i)));
                }
                out.println(b.append("]}"));
            }
            out.flush();
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("triage: " + e.getMessage());
            return 2;
        }
    }

    /**
     * {@code triage-eval FILE [--labels LABEL=CATEGORY,...] [--positive CATEGORY]}: JSON lines with {@code text}
     * and {@code category}, or CSV with {@code text,label}. With {@code --positive}, every category but that one
     * counts as "other" (binary evaluation, with the false-positive rate).
     */
    public static int eval(Triage triage, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String file = null;
        Map<String, String> labels = new LinkedHashMap<>();
        String positive = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--labels") && i + 1 < args.size()) {
                for (String pair : args.get(++i).split(",")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length != 2) {
                        err.println("triage-eval: --labels takes LABEL=CATEGORY pairs separated by commas");
                        return 2;
                    }
                    labels.put(kv[0].strip(), kv[1].strip().toLowerCase(Locale.ROOT));
                }
            } else if (a.equals("--positive") && i + 1 < args.size()) {
                positive = args.get(++i).strip().toLowerCase(Locale.ROOT);
            } else if (!a.startsWith("--") && file == null) {
                file = a;
            } else {
                err.println("usage: triage-eval FILE [--labels LABEL=CATEGORY,...] [--positive CATEGORY]");
                return 2;
            }
        }
        if (file == null) {
            err.println("usage: triage-eval FILE [--labels LABEL=CATEGORY,...] [--positive CATEGORY]");
            return 2;
        }
        List<String[]> rows;
        try {
            rows = file.toLowerCase(Locale.ROOT).endsWith(".csv") ? csvRows(file) : jsonRows(file);
        } catch (IOException | IllegalArgumentException e) {
            err.println("triage-eval: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        Evaluation ev = new Evaluation();
        for (String[] row : rows) {
            String gold = labels.getOrDefault(row[1], row[1]).toLowerCase(Locale.ROOT);
            String predicted = triage.classify(row[0]).category().id();
            if (positive != null) {
                gold = gold.equals(positive) ? positive : "other";
                predicted = predicted.equals(positive) ? positive : "other";
            }
            ev.add(gold, predicted);
        }
        ev.print(out, positive);
        return 0;
    }

    private static BufferedReader open(String file, InputStream in) throws IOException {
        Reader r = file == null ? new InputStreamReader(in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        return new BufferedReader(r);
    }

    private static List<String[]> jsonRows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> o = Json.parseObject(line);
            Object text = o.get("text");
            Object cat = o.containsKey("category") ? o.get("category") : o.get("label");
            if (text == null || cat == null) {
                throw new IllegalArgumentException("each line needs \"text\" and \"category\"");
            }
            rows.add(new String[] {String.valueOf(text), String.valueOf(cat)});
        }
        return rows;
    }

    private static List<String[]> csvRows(String file) throws IOException {
        List<List<String>> records = Csv.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0);
        int text = header.indexOf("text");
        int label = header.indexOf("label");
        if (text < 0 || label < 0) {
            throw new IllegalArgumentException("the CSV header needs columns text and label");
        }
        List<String[]> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() > Math.max(text, label)) {
                rows.add(new String[] {r.get(text), r.get(label)});
            }
        }
        return rows;
    }

    /** Per-category precision, recall and F1, macro-F1 and the confusion matrix. */
    static final class Evaluation {
        private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        private final List<String> labels = new ArrayList<>();

        void add(String gold, String predicted) {
            for (String l : List.of(gold, predicted)) {
                if (!labels.contains(l)) {
                    labels.add(l);
                }
            }
            confusion.computeIfAbsent(gold, k -> new LinkedHashMap<>()).merge(predicted, 1, Integer::sum);
        }

        int count(String gold, String predicted) {
            return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
        }

        void print(PrintStream out, String positive) {
            List<String> order = new ArrayList<>();
            for (Category c : Category.values()) {
                if (labels.contains(c.id())) {
                    order.add(c.id());
                }
            }
            labels.stream().filter(l -> !order.contains(l)).forEach(order::add);
            int total = 0;
            for (String g : order) {
                for (String p : order) {
                    total += count(g, p);
                }
            }
            out.printf(Locale.ROOT, "messages: %d%n%n", total);
            out.printf(Locale.ROOT, "%-10s %9s %9s %9s %8s%n", "category", "precision", "recall", "f1", "support");
            double f1Sum = 0;
            int f1Count = 0;
            for (String c : order) {
                int tp = count(c, c);
                int predicted = 0;
                int support = 0;
                for (String o : order) {
                    predicted += count(o, c);
                    support += count(c, o);
                }
                double p = predicted == 0 ? 0 : tp / (double) predicted;
                double r = support == 0 ? 0 : tp / (double) support;
                double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
                if (support > 0) {
                    f1Sum += f1;
                    f1Count++;
                }
                out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %8d%n", c, p, r, f1, support);
            }
            out.printf(Locale.ROOT, "%nmacro-F1: %.3f%n", f1Count == 0 ? 0 : f1Sum / f1Count);
            if (positive != null) {
                int negatives = 0;
                int falsePositives = 0;
                for (String g : order) {
                    if (!g.equals(positive)) {
                        for (String p : order) {
                            negatives += count(g, p);
                        }
                        falsePositives += count(g, positive);
                    }
                }
                out.printf(Locale.ROOT, "false-positive rate (%s): %.3f (%d of %d)%n", positive,
                        negatives == 0 ? 0 : falsePositives / (double) negatives, falsePositives, negatives);
            }
            out.printf("%nconfusion matrix (rows: expected, columns: predicted)%n%-10s", "");
            for (String c : order) {
                out.printf(Locale.ROOT, " %9s", c);
            }
            out.println();
            for (String g : order) {
                out.printf(Locale.ROOT, "%-10s", g);
                for (String p : order) {
                    out.printf(Locale.ROOT, " %9d", count(g, p));
                }
                out.println();
            }
        }
    }
}
