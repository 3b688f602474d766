package org.peerbot.core.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads rule files the way the config module does: SnakeYAML into plain maps, with each entry's line kept (the
 * parsed tree and the node tree are walked side by side), then {@link Triage#fromFiles}.
 */
final class TestRules {
    private static volatile Triage shared;

    private TestRules() {
    }

    /** Asserts what the shipped rules alone (no model) read the message as, with the whole result in the message. */
    static void rulesRead(org.peerbot.core.model.Category expected, String text) {
        org.peerbot.core.model.TriageResult r = triage().classifyRules(text);
        org.assertj.core.api.Assertions.assertThat(r.category()).as(text + " -> " + r).isEqualTo(expected);
    }

    /** A labelled JSONL set from the test resources, one flat object a line ("text", "category", ...). */
    static List<Map<String, Object>> labelled(String resource) {
        try (InputStream in = TestRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(Json::readFlatObject).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shippedText() {
        try (InputStream in = TestRules.class.getClassLoader().getResourceAsStream(Triage.DEFAULT_RULES)) {
            if (in == null) {
                throw new IllegalStateException(Triage.DEFAULT_RULES + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> shippedTree() {
        return parse(shippedText());
    }

    static RuleFile shippedFile() {
        return file("rules-en.yaml", shippedText());
    }

    static Map<String, Object> parse(String yaml) {
        return new Yaml().load(yaml);
    }

    /** A rule file with its lines, as an organiser's file is read. */
    static RuleFile file(String name, String yaml) {
        Map<String, Object> tree = new Yaml().load(new StringReader(yaml));
        Node root = new Yaml().compose(new StringReader(yaml));
        Map<Object, Map<Object, Integer>> lines = new IdentityHashMap<>();
        walk(root, tree, lines);
        return new RuleFile(name, tree, (container, key) -> {
            Map<Object, Integer> m = lines.get(container);
            Integer l = m == null ? null : m.get(key);
            return l == null ? 0 : l;
        });
    }

    private static void walk(Node node, Object value, Map<Object, Map<Object, Integer>> out) {
        if (node instanceof MappingNode m && value instanceof Map<?, ?> map) {
            Map<Object, Integer> here = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && map.containsKey(k.getValue())) {
                    here.put(k.getValue(), k.getStartMark().getLine() + 1);
                    walk(t.getValueNode(), map.get(k.getValue()), out);
                }
            }
            out.put(map, here);
        } else if (node instanceof SequenceNode s && value instanceof List<?> list) {
            Map<Object, Integer> here = new HashMap<>();
            for (int i = 0; i < s.getValue().size() && i < list.size(); i++) {
                here.put(i, s.getValue().get(i).getStartMark().getLine() + 1);
                walk(s.getValue().get(i), list.get(i), out);
            }
            out.put(list, here);
        }
    }

    static Triage triage() {
        Triage t = shared;
        if (t == null) {
            t = Triage.fromFiles(List.of(shippedFile()));
            shared = t;
        }
        return t;
    }
}
