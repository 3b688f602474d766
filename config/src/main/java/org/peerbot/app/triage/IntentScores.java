package org.peerbot.app.triage;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.TriageResult;

/**
 * Precision, recall and F1 per intent, and their macro average, over the examples whose row gives its intents (a
 * message may have several, or none). Printed only when the set has an intents field, so the figures for sets
 * without one are exactly as before.
 */
final class IntentScores {
    private IntentScores() {
    }

    /** One intent's counts over the labelled examples. */
    record Row(Intent intent, int tp, int fp, int fn) {
        int support() {
            return tp + fn;
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The rows for every intent that is gold or predicted in some labelled example, in the enum's order. */
    static List<Row> rows(List<Examples.Example> examples, List<TriageResult> results) {
        Set<Intent> seen = EnumSet.noneOf(Intent.class);
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).intents() != null) {
                seen.addAll(examples.get(i).intents());
                seen.addAll(results.get(i).intents());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Intent intent : seen) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < examples.size(); i++) {
                Set<Intent> gold = examples.get(i).intents();
                if (gold == null) {
                    continue;
                }
                boolean g = gold.contains(intent);
                boolean p = results.get(i).has(intent);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            rows.add(new Row(intent, tp, fp, fn));
        }
        return rows;
    }

    /** Macro-F1 over the intents with support. */
    static double macroF1(List<Row> rows) {
        return rows.stream().filter(r -> r.support() > 0).mapToDouble(Row::f1).average().orElse(0);
    }

    static void print(List<Examples.Example> examples, List<TriageResult> results, PrintStream out) {
        long labelled = examples.stream().filter(e -> e.intents() != null).count();
        if (labelled == 0) {
            return;
        }
        List<Row> rows = rows(examples, results);
        out.println();
        out.printf(Locale.ROOT, "intents (over the %d examples that give theirs):%n", labelled);
        out.printf(Locale.ROOT, "%-14s %9s %9s %9s %8s%n", "intent", "precision", "recall", "f1", "support");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %8d%n", r.intent().name().toLowerCase(Locale.ROOT),
                    r.precision(), r.recall(), r.f1(), r.support());
        }
        out.printf(Locale.ROOT, "intent macro-F1 (intents with support): %.3f over %d intents%n", macroF1(rows),
                rows.stream().filter(r -> r.support() > 0).count());
    }
}
