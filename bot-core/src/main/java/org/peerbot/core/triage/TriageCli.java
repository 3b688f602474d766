package org.peerbot.core.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.TriageResult;

/**
 * The logic behind {@code peerbot.jar triage} and {@code peerbot.jar triage-eval} (JDK only, so the config module
 * only wires arguments and streams). Exit codes: 0 success, 1 some input lines could not be read, 2 bad usage or
 * unreadable file.
 */
public final class TriageCli {
    static final String TRIAGE_USAGE = "usage: triage [FILE|-]   (one message per line, or JSONL objects with a \"text\" field; stdin when no FILE)";
    static final String EVAL_USAGE = "usage: triage-eval FILE [--labels LABEL=CATEGORY,...] [--positive CATEGORY] [--errors N]\n"
            + "  FILE: JSONL with \"text\" and \"category\" fields, or CSV with a header and columns text,label,...\n"
            + "  --labels    map gold labels to categories (or to any other name), e.g. crisis=crisis,not_crisis=other\n"
            + "  --positive  binary evaluation: a prediction is positive when its category is CATEGORY\n"
            + "  --errors N  also print up to N misclassified texts (to stdout, for rule authors)";

    private TriageCli() {
    }

    // ---- triage -----------------------------------------------------------------------------------------------

    public static int triage(Triage triage, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.size() > 1 || (!args.isEmpty() && (args.get(0).equals("-h") || args.get(0).equals("--help")))) {
            err.println(TRIAGE_USAGE);
            return 2;
        }
        int bad = 0;
        try (BufferedReader reader = open(args.isEmpty() ? "-" : args.get(0), in)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String text = line;
                if (line.stripLeading().startsWith("{")) {
                    try {
                        Object t = Json.readFlatObject(line).get("text");
                        if (!(t instanceof String s)) {
                            err.println("line " + lineNo + ": JSON object has no string \"text\" field; skipped");
                            bad++;
                            continue;
                        }
                        text = s;
                    } catch (IllegalArgumentException e) {
                        err.println("line " + lineNo + ": " + e.getMessage() + "; skipped");
                        bad++;
                        continue;
                    }
                }
                out.println(toJson(text, triage.classify(text)));
            }
        } catch (NoSuchFileOrUnreadable e) {
            err.println("triage: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("triage: cannot read input: " + e.getMessage());
            return 2;
        }
        out.flush();
        return bad == 0 ? 0 : 1;
    }

    static String toJson(String text, TriageResult r) {
        StringBuilder b = new StringBuilder(text.length() + 80);
        b.append("{\"text\": ");
        Json.quote(text, b);
        b.append(", \"category\": ");
        Json.quote(r.category().id(), b);
        b.append(", \"kind\": ");
        Json.quote(r.kind() == null ? null : r.kind().id(), b);
        b.append(", \"rules\": [");
        for (int i = 0; i < r.rules().size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            Json.quote(r.rules().get(i), b);
        }
        return b.append("]}").toString();
    }

    // ---- eval -------------------------------------------------------------------------------------------------

    record Example(String text, String gold) {
    }

    public static int eval(Triage triage, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String file = null;
        Map<String, String> labels = new LinkedHashMap<>();
        String positive = null;
        int errors = 0;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--labels" -> {
                        String v = value(args, ++i, a);
                        for (String pair : v.split(",")) {
                            String[] kv = pair.split("=", 2);
                            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                                throw new IllegalArgumentException("--labels expects LABEL=CATEGORY pairs separated by commas, got '" + pair + "'");
                            }
                            labels.put(kv[0].trim(), kv[1].trim().toLowerCase(Locale.ROOT));
                        }
                    }
                    case "--positive" -> {
                        positive = value(args, ++i, a).toLowerCase(Locale.ROOT);
                        try {
                            Category.fromId(positive);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("--positive must be a category: crisis, clinical, human, services, goodbye or sharing (got '" + positive + "')");
                        }
                    }
                    case "--errors" -> {
                        try {
                            errors = Integer.parseInt(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--errors expects a number");
                        }
                    }
                    case "-h", "--help" -> throw new IllegalArgumentException("help");
                    default -> {
                        if (a.startsWith("--") || file != null) {
                            throw new IllegalArgumentException("unexpected argument '" + a + "'");
                        }
                        file = a;
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no FILE given");
            }
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().equals("help")) {
                err.println("triage-eval: " + e.getMessage());
            }
            err.println(EVAL_USAGE);
            return 2;
        }
        List<Example> examples;
        try {
            examples = load(file, in, labels);
        } catch (NoSuchFileOrUnreadable | IllegalArgumentException e) {
            err.println("triage-eval: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("triage-eval: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        if (examples.isEmpty()) {
            err.println("triage-eval: " + file + " holds no examples");
            return 2;
        }
        if (positive == null) {
            for (Example ex : examples) {
                try {
                    Category.fromId(ex.gold());
                } catch (IllegalArgumentException e) {
                    err.println("triage-eval: gold label '" + ex.gold() + "' is not a category; map it with --labels "
                            + ex.gold() + "=CATEGORY and/or evaluate one category with --positive CATEGORY");
                    return 2;
                }
            }
        }
        report(triage, examples, positive, errors, file, out);
        out.flush();
        return 0;
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args.get(i);
    }

    static void report(Triage triage, List<Example> examples, String positive, int errors, String file, PrintStream out) {
        List<String> golds = new ArrayList<>();
        List<String> preds = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Example ex : examples) {
            TriageResult r = triage.classify(ex.text());
            golds.add(ex.gold());
            preds.add(r.category().id());
        }
        long nanos = System.nanoTime() - t0;
        out.printf(Locale.ROOT, "triage-eval %s: %d examples%s%n", file, examples.size(),
                positive == null ? "" : " (binary: positive = predicted " + positive + ")");
        // per-category table over the six categories (plus any other gold labels)
        Set<String> classes = new LinkedHashSet<>();
        for (Category c : Category.values()) {
            classes.add(c.id());
        }
        classes.addAll(golds);
        if (positive != null) {
            binary(golds, preds, positive, out);
            out.println();
            out.println("predicted category by gold label:");
        } else {
            out.printf(Locale.ROOT, "%-12s %9s %9s %9s %8s%n", "category", "precision", "recall", "f1", "support");
            double sumF1 = 0;
            int counted = 0;
            for (String c : classes) {
                int tp = 0, fp = 0, fn = 0, support = 0;
                for (int i = 0; i < golds.size(); i++) {
                    boolean g = golds.get(i).equals(c);
                    boolean p = preds.get(i).equals(c);
                    support += g ? 1 : 0;
                    tp += g && p ? 1 : 0;
                    fp += !g && p ? 1 : 0;
                    fn += g && !p ? 1 : 0;
                }
                double prec = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
                double rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
                double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
                if (support > 0) {
                    sumF1 += f1;
                    counted++;
                }
                out.printf(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f %8d%n", c, prec, rec, f1, support);
            }
            int correct = 0;
            for (int i = 0; i < golds.size(); i++) {
                correct += golds.get(i).equals(preds.get(i)) ? 1 : 0;
            }
            out.printf(Locale.ROOT, "macro-F1 (categories with support): %.3f over %d categories%n",
                    counted == 0 ? 0 : sumF1 / counted, counted);
            out.printf(Locale.ROOT, "accuracy: %.3f%n", (double) correct / golds.size());
            if (golds.contains(Category.CRISIS.id())) {
                int neg = 0, fpCrisis = 0;
                for (int i = 0; i < golds.size(); i++) {
                    if (!golds.get(i).equals(Category.CRISIS.id())) {
                        neg++;
                        fpCrisis += preds.get(i).equals(Category.CRISIS.id()) ? 1 : 0;
                    }
                }
                out.printf(Locale.ROOT, "crisis false-positive rate (non-crisis flagged crisis): %.3f (%d of %d)%n",
                        neg == 0 ? 0 : (double) fpCrisis / neg, fpCrisis, neg);
            }
            out.println();
            out.println("confusion matrix (rows gold, columns predicted):");
        }
        List<String> goldRows = new ArrayList<>(new LinkedHashSet<>(golds));
        goldRows.sort((a, b) -> Integer.compare(order(a), order(b)));
        List<String> predCols = new ArrayList<>();
        for (Category c : Category.values()) {
            predCols.add(c.id());
        }
        out.printf(Locale.ROOT, "%-14s", "gold \\ pred");
        for (String c : predCols) {
            out.printf(Locale.ROOT, " %9s", c);
        }
        out.println();
        for (String g : goldRows) {
            out.printf(Locale.ROOT, "%-14s", g);
            for (String c : predCols) {
                int n = 0;
                for (int i = 0; i < golds.size(); i++) {
                    n += golds.get(i).equals(g) && preds.get(i).equals(c) ? 1 : 0;
                }
                out.printf(Locale.ROOT, " %9d", n);
            }
            out.println();
        }
        out.printf(Locale.ROOT, "%nthroughput this run: %.0f messages/second (one thread, cold JVM, warm-up included)%n",
                examples.size() / Math.max(1e-9, nanos / 1e9));
        if (errors > 0) {
            out.println();
            out.println("misclassified (gold -> predicted):");
            int shown = 0;
            for (int i = 0; i < golds.size() && shown < errors; i++) {
                String g = golds.get(i);
                String p = preds.get(i);
                boolean wrong = positive == null ? !g.equals(p) : g.equals(positive) != p.equals(positive);
                if (wrong) {
                    TriageResult r = triage.classify(examples.get(i).text());
                    String t = examples.get(i).text().replaceAll("\\s+", " ");
                    out.println(g + " -> " + p + " " + r.rules() + " | " + (t.length() > 300 ? t.substring(0, 300) + "..." : t));
                    shown++;
                }
            }
        }
    }

    private static int order(String label) {
        try {
            return Category.fromId(label).ordinal();
        } catch (IllegalArgumentException e) {
            return Category.values().length;
        }
    }

    private static void binary(List<String> golds, List<String> preds, String positive, PrintStream out) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < golds.size(); i++) {
            boolean g = golds.get(i).equals(positive);
            boolean p = preds.get(i).equals(positive);
            if (g && p) {
                tp++;
            } else if (!g && p) {
                fp++;
            } else if (g) {
                fn++;
            } else {
                tn++;
            }
        }
        double prec = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        double fpr = fp + tn == 0 ? 0 : (double) fp / (fp + tn);
        double precN = tn + fn == 0 ? 0 : (double) tn / (tn + fn);
        double recN = tn + fp == 0 ? 0 : (double) tn / (tn + fp);
        double f1N = precN + recN == 0 ? 0 : 2 * precN * recN / (precN + recN);
        out.printf(Locale.ROOT, "%-14s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support");
        out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %8d%n", positive, prec, rec, f1, tp + fn);
        out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %8d%n", "not " + positive, precN, recN, f1N, tn + fp);
        out.printf(Locale.ROOT, "macro-F1: %.3f%n", (f1 + f1N) / 2);
        out.printf(Locale.ROOT, "false-positive rate (negatives predicted %s): %.3f (%d of %d)%n", positive, fpr, fp, fp + tn);
        out.printf(Locale.ROOT, "confusion: TP %d  FN %d  FP %d  TN %d%n", tp, fn, fp, tn);
    }

    // ---- input ------------------------------------------------------------------------------------------------

    private static final class NoSuchFileOrUnreadable extends RuntimeException {
        NoSuchFileOrUnreadable(String message) {
            super(message);
        }
    }

    private static BufferedReader open(String file, InputStream in) throws IOException {
        if (file.equals("-")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new NoSuchFileOrUnreadable("cannot read file '" + file + "' (missing, a directory, or not readable)");
        }
        return Files.newBufferedReader(p, StandardCharsets.UTF_8);
    }

    static List<Example> load(String file, InputStream in, Map<String, String> labels) throws IOException {
        String content;
        try (BufferedReader r = open(file, in)) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                b.append(buf, 0, n);
            }
            content = b.toString();
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        boolean jsonl = file.endsWith(".jsonl") || file.endsWith(".json")
                || (!file.endsWith(".csv") && content.stripLeading().startsWith("{"));
        List<Example> out = new ArrayList<>();
        if (jsonl) {
            String[] lines = content.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                Map<String, Object> obj;
                try {
                    obj = Json.readFlatObject(lines[i]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage());
                }
                Object text = obj.get("text");
                Object gold = obj.containsKey("category") ? obj.get("category") : obj.get("label");
                if (!(text instanceof String t) || !(gold instanceof String g)) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": needs string fields \"text\" and \"category\"");
                }
                out.add(new Example(t, labels.getOrDefault(g, g.toLowerCase(Locale.ROOT))));
            }
            return out;
        }
        List<List<String>> rows = Csv.parse(content);
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = rows.get(0);
        int textCol = indexOf(header, "text");
        int labelCol = indexOf(header, "label") >= 0 ? indexOf(header, "label") : indexOf(header, "category");
        int start = 1;
        if (textCol < 0) {
            textCol = 0;
            labelCol = 1;
            start = 0; // no header: text,label
        } else if (labelCol < 0) {
            throw new IllegalArgumentException(file + ": the CSV header has no 'label' (or 'category') column");
        }
        for (int i = start; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.size() <= Math.max(textCol, labelCol)) {
                throw new IllegalArgumentException(file + " record " + (i + 1) + ": expected at least "
                        + (Math.max(textCol, labelCol) + 1) + " fields, found " + row.size());
            }
            String g = row.get(labelCol).trim();
            out.add(new Example(row.get(textCol), labels.getOrDefault(g, g.toLowerCase(Locale.ROOT))));
        }
        return out;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 4180: fields separated by commas, optionally quoted; quoted fields may hold commas, line breaks and "". */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String s) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("CSV ends inside a quoted field (a quote is not closed)");
            }
            if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
