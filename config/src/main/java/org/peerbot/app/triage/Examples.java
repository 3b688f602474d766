package org.peerbot.app.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peerbot.core.model.Intent;
import tools.jackson.databind.JsonNode;

/**
 * A labelled set for {@code triage-eval}: JSONL with "text" and "category" (or "label") fields, or CSV with a header
 * and columns text,label. An optional "intents" field (a JSON list, or in CSV a column of names separated by
 * ';' or '|') gives the message's intents for per-intent scores.
 */
final class Examples {
    /** One message with its gold category; {@code intents} null when the row has no intents field. */
    record Example(String text, String gold, Set<Intent> intents) {
    }

    /** A file that is missing or cannot be read (exit code 2). */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private Examples() {
    }

    static BufferedReader open(String file, InputStream in) throws IOException {
        if (file.equals("-")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new Unreadable("cannot read file '" + file + "' (missing, a directory, or not readable)");
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
        return jsonl ? jsonl(file, content, labels) : csv(file, content, labels);
    }

    private static List<Example> jsonl(String file, String content, Map<String, String> labels) {
        List<Example> out = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = file + " line " + (i + 1);
            JsonNode obj;
            try {
                obj = JsonLines.object(lines[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
            String text = JsonLines.text(obj, "text");
            String gold = obj.has("category") ? JsonLines.text(obj, "category") : JsonLines.text(obj, "label");
            if (text == null || gold == null) {
                throw new IllegalArgumentException(where + ": needs string fields \"text\" and \"category\"");
            }
            List<String> intents;
            try {
                intents = JsonLines.strings(obj.get("intents"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": \"intents\" " + e.getMessage());
            }
            out.add(new Example(text, labels.getOrDefault(gold, gold.toLowerCase(Locale.ROOT)), intents(where, intents)));
        }
        return out;
    }

    private static List<Example> csv(String file, String content, Map<String, String> labels) {
        List<Example> out = new ArrayList<>();
        List<List<String>> rows = Csv.parse(content);
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = rows.get(0);
        int textCol = indexOf(header, "text");
        int labelCol = indexOf(header, "label") >= 0 ? indexOf(header, "label") : indexOf(header, "category");
        int intentCol = indexOf(header, "intents");
        int start = 1;
        if (textCol < 0) {
            textCol = 0;
            labelCol = 1;
            intentCol = -1;
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
            List<String> intents = intentCol >= 0 && intentCol < row.size()
                    ? Arrays.asList(row.get(intentCol).split("[;|]")) : null;
            out.add(new Example(row.get(textCol), labels.getOrDefault(g, g.toLowerCase(Locale.ROOT)),
                    intents(file + " record " + (i + 1), intents)));
        }
        return out;
    }

    private static Set<Intent> intents(String where, List<String> names) {
        if (names == null) {
            return null;
        }
        Set<Intent> out = new LinkedHashSet<>();
        for (String n : names) {
            String s = n.trim();
            if (s.isEmpty()) {
                continue;
            }
            try {
                out.add(Intent.valueOf(s.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown intent '" + s + "'; use "
                        + Arrays.stream(Intent.values()).map(x -> x.name().toLowerCase(Locale.ROOT)).toList());
            }
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
}
