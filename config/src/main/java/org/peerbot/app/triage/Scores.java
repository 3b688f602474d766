package org.peerbot.app.triage;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.triage.Triage;

/** The figures {@code triage-eval} prints: per category (or binary), the confusion, per intent, misclassified texts. */
final class Scores {
    private Scores() {
    }

    static void report(Triage triage, List<Examples.Example> examples, String positive, int errors, String file, PrintStream out) {
        List<String> golds = new ArrayList<>();
        List<String> preds = new ArrayList<>();
        long t0 = System.nanoTime();
        List<TriageResult> results = new ArrayList<>();
        for (Examples.Example ex : examples) {
            TriageResult r = triage.classify(ex.text());
            golds.add(ex.gold());
            preds.add(r.category().id());
            results.add(r);
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
        IntentScores.print(examples, results, out);
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
                    TriageResult r = results.get(i);
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
}
