package org.peerbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerbot.core.triage.RuleCosts;
import org.peerbot.core.triage.Triage;

/**
 * Which rules the rules-only path spends its time on, dearest first: for rule authors before and after a new family
 * (the rules-only target is 100,000 messages a second on one core, and one costly pattern can take a fifth of it).
 *
 * <p>Usage: {@code RuleCostReport [--messages a.jsonl,b.txt] [--top 30] [--rounds 5] [--out file]}. Without
 * {@code --messages} it reads the JMH benchmark's mixed load; a {@code .jsonl} file gives its {@code text} fields,
 * any other file its lines. The figures come from {@link RuleCosts}: per-unit timers, so they rank rules and add up to
 * more than the real path; the JMH rules-only figure stays the measure of speed.
 */
public final class RuleCostReport {

    private RuleCostReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = BurstHarness.options(args);
        int top = Integer.parseInt(opt.getOrDefault("top", "30"));
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "5"));
        Map<String, List<String>> corpora = new LinkedHashMap<>();
        if (opt.containsKey("messages")) {
            List<String> all = new ArrayList<>();
            for (String f : opt.get("messages").split(",")) {
                all.addAll(read(Path.of(f.strip())));
            }
            corpora.put(opt.get("messages").split(",").length + " message files", all);
        } else {
            corpora.put("the JMH mixed load (seed 1)", Fixtures.messages(5_000, 1));
        }
        Triage triage = Fixtures.triage();
        StringBuilder out = new StringBuilder();
        corpora.forEach((name, messages) -> out.append(table(name, messages,
                RuleCosts.measure(triage, messages, 3, rounds), top, rounds)));
        System.out.print(out);
        if (opt.containsKey("out")) {
            Files.writeString(Path.of(opt.get("out")), out, StandardCharsets.UTF_8);
        }
    }

    static List<String> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!file.toString().endsWith(".jsonl")) {
            return lines.stream().filter(l -> !l.isBlank()).toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>(lines.size());
        for (String l : lines) {
            if (!l.isBlank()) {
                JsonNode text = json.readTree(l).get("text");
                if (text != null) {
                    texts.add(text.asText());
                }
            }
        }
        return texts;
    }

    static String table(String corpus, List<String> messages, List<RuleCosts.Row> rows, int top, int rounds) {
        long total = rows.stream().mapToLong(RuleCosts.Row::nanos).sum();
        double perMessage = (double) total / rounds / messages.size();
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s: %,d messages, %d timed rounds; units searched cost %.0f ns a message in all%n",
                corpus, messages.size(), rounds, perMessage));
        b.append(String.format("%-44s %10s %8s %12s %7s%n", "rule (or list)", "ns/msg", "share", "tried/msg", "units"));
        for (RuleCosts.Row r : rows.subList(0, Math.min(top, rows.size()))) {
            b.append(String.format("%-44s %10.1f %7.1f%% %12.3f %7d%n", r.owner(),
                    (double) r.nanos() / rounds / messages.size(), total == 0 ? 0 : 100.0 * r.nanos() / total,
                    (double) r.tried() / messages.size(), r.units()));
        }
        b.append(System.lineSeparator());
        return b.toString();
    }
}
