package org.peerbot.triagemodel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peerbot.core.triage.Triage;
import org.yaml.snakeyaml.Yaml;

/**
 * Names the sentences that carry the label of a long labelled post (not a test), so {@link TrainHeadMain} can use the
 * post: a labelled message longer than the model reads whole is otherwise left out of training. Each sentence of a
 * post that is not "sharing" is read by the given rule book alone; the sentences it reads with the post's own
 * category become the line's "key" list. A post where no sentence is read so is left without keys (and stays out of
 * training). Lines are copied as they are, with the key list added before the closing brace.
 *
 * <pre>
 * java -cp ... org.peerbot.triagemodel.KeyLongPostsMain RULES.yaml IN.jsonl OUT.jsonl
 * </pre>
 *
 * Session 29 keyed parts 15 to 24 with the rule book as it stood at the start of that session (941cbb6), so a part's
 * keys were not chosen by rules written from it afterwards.
 */
public final class KeyLongPostsMain {
    private KeyLongPostsMain() {
    }

    public static void main(String[] args) throws Exception {
        Triage rules;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            Map<String, Object> tree = new Yaml().load(in);
            rules = Triage.fromTrees(List.of(tree));
        }
        List<String> out = new ArrayList<>();
        int keyed = 0;
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String category = TrainHeadMain.jsonField(line, "category");
            String text = TrainHeadMain.jsonField(line, "text");
            List<String> parts = MiniLmSentenceModel.allSentences(text);
            List<String> keys = new ArrayList<>();
            if (parts.size() > 1 && !"sharing".equals(category) && TrainHeadMain.jsonStrings(line, "key") == null) {
                for (String part : parts) {
                    String read = rules.classifyRules(part).category().name().toLowerCase(Locale.ROOT);
                    if (read.equals(category)) {
                        keys.add(part);
                    }
                }
            }
            if (keys.isEmpty()) {
                out.add(line);
            } else {
                keyed++;
                int end = line.lastIndexOf('}');
                out.add(line.substring(0, end) + ", \"key\": [" + String.join(", ",
                        keys.stream().map(KeyLongPostsMain::quoted).toList()) + "]}");
            }
        }
        Files.write(Path.of(args[2]), out, StandardCharsets.UTF_8);
        System.err.printf("%d posts keyed%n", keyed);
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
