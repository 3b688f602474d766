package org.peerbot.app.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peerbot.app.ConfigProblem;
import org.peerbot.app.CorePacks;
import org.peerbot.core.model.Category;
import org.peerbot.core.triage.Triage;

/**
 * {@code peerbot.jar triage} and {@code peerbot.jar triage-eval}: classify messages, or score the triage on a
 * labelled set. Exit codes: 0 success, 1 some input lines could not be read, 2 bad usage or unreadable file.
 */
public final class TriageCli {
    static final String TRIAGE_USAGE = "usage: triage [FILE|-] [--rules RULES.yaml] [--explain] [--model]   (one message per line, or JSONL objects with a \"text\" field; stdin when no FILE)";
    static final String EVAL_USAGE = "usage: triage-eval FILE [--labels LABEL=CATEGORY,...] [--positive CATEGORY] [--errors N] [--rules RULES.yaml] [--model]\n"
            + "  FILE: JSONL with \"text\" and \"category\" fields, or CSV with a header and columns text,label,...\n"
            + "  --labels    map gold labels to categories (or to any other name), e.g. crisis=crisis,not_crisis=other\n"
            + "  --positive  binary evaluation: a prediction is positive when its category is CATEGORY\n"
            + "  --errors N  also print up to N misclassified texts (to stdout, for rule authors)\n"
            + "  an optional \"intents\" field (JSON list; in CSV names separated by ;) adds per-intent scores";

    private TriageCli() {
    }

    /**
     * {@code triage} or {@code triage-eval} with the jar's own options: {@code --rules FILE} (repeatable) adds an
     * organiser's rule file to the shipped rules, as {@code peerbot.wording.rules} does for the bot;
     * {@code --model} puts the semantic layer beside the rules.
     */
    public static int run(String tool, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        List<String> rest = new java.util.ArrayList<>(args);
        boolean model = rest.remove("--model");
        List<java.nio.file.Path> rules = new java.util.ArrayList<>();
        for (int i = rest.indexOf("--rules"); i >= 0; i = rest.indexOf("--rules")) {
            if (i + 1 >= rest.size()) {
                err.println(tool + ": --rules needs a FILE");
                return 2;
            }
            rules.add(java.nio.file.Path.of(rest.get(i + 1)));
            rest.subList(i, i + 2).clear();
        }
        Triage triage;
        try {
            triage = CorePacks.triage(rules);
            if (model) {
                triage = triage.withModel(org.peerbot.triagemodel.MiniLmSentenceModel.load());
            }
        } catch (ConfigProblem e) {
            err.println(e.getMessage() + " " + e.action());
            return 2;
        }
        return tool.equals("triage") ? triage(triage, rest, in, out, err) : eval(triage, rest, in, out, err);
    }

    // ---- triage -----------------------------------------------------------------------------------------------

    public static int triage(Triage triage, List<String> arguments, InputStream in, PrintStream out, PrintStream err) {
        List<String> args = new java.util.ArrayList<>(arguments);
        // --explain: also the text as the rules see it, to write patterns against
        boolean explain = args.remove("--explain");
        if (args.size() > 1 || (!args.isEmpty() && (args.get(0).equals("-h") || args.get(0).equals("--help")))) {
            err.println(TRIAGE_USAGE);
            return 2;
        }
        int bad = 0;
        try (BufferedReader reader = Examples.open(args.isEmpty() ? "-" : args.get(0), in)) {
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
                        String t = JsonLines.text(JsonLines.object(line), "text");
                        if (t == null) {
                            err.println("line " + lineNo + ": JSON object has no string \"text\" field; skipped");
                            bad++;
                            continue;
                        }
                        text = t;
                    } catch (IllegalArgumentException e) {
                        err.println("line " + lineNo + ": " + e.getMessage() + "; skipped");
                        bad++;
                        continue;
                    }
                }
                out.println(JsonLines.result(text, triage.classify(text), explain ? triage.normalise(text) : null));
            }
        } catch (Examples.Unreadable e) {
            err.println("triage: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("triage: cannot read input: " + e.getMessage());
            return 2;
        }
        out.flush();
        return bad == 0 ? 0 : 1;
    }

    // ---- eval -------------------------------------------------------------------------------------------------

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
        List<Examples.Example> examples;
        try {
            examples = Examples.load(file, in, labels);
        } catch (Examples.Unreadable | IllegalArgumentException e) {
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
            for (Examples.Example ex : examples) {
                try {
                    Category.fromId(ex.gold());
                } catch (IllegalArgumentException e) {
                    err.println("triage-eval: gold label '" + ex.gold() + "' is not a category; map it with --labels "
                            + ex.gold() + "=CATEGORY and/or evaluate one category with --positive CATEGORY");
                    return 2;
                }
            }
        }
        Scores.report(triage, examples, positive, errors, file, out);
        out.flush();
        return 0;
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args.get(i);
    }
}
