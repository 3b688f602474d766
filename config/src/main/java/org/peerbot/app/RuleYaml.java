package org.peerbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.peerbot.core.triage.RuleFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a triage rule file with the line of every entry: the file is parsed into plain maps and also composed into
 * SnakeYAML's node tree, and the two are walked side by side, so the core can say "line 12" about a bad rule
 * without knowing YAML.
 */
final class RuleYaml {
    private RuleYaml() {
    }

    static RuleFile classpath(String resource) {
        try (InputStream in = RuleYaml.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigProblem("The built-in file " + resource + " is missing from the jar.",
                        "Rebuild PeerBot with ./mvnw -B verify.");
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new ConfigProblem("Could not read " + resource + ": " + e.getMessage(), "Rebuild PeerBot.");
        }
    }

    static RuleFile file(Path path, String key) {
        if (!Files.isReadable(path)) {
            throw new ConfigProblem("The file " + path + " set in " + key + " cannot be read.",
                    "Check the path in " + key + ", or remove the setting.");
        }
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new ConfigProblem("Could not read " + path + " (" + key + "): " + e.getMessage(),
                    "Check the file and its permissions.");
        }
    }

    /**
     * A key said twice in one entry is an error, not a silent override: a rule that lost its own "id" line took the
     * next rule's "category", "signals" and "match" without a word (session 25).
     */
    static LoaderOptions strict() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return options;
    }

    @SuppressWarnings("unchecked")
    static RuleFile parse(String text, String name) {
        Object tree;
        Node root;
        try {
            tree = new Yaml(new SafeConstructor(strict())).load(text);
            root = new Yaml(new SafeConstructor(strict())).compose(new java.io.StringReader(text));
        } catch (YAMLException e) {
            throw new ConfigProblem(name + " is not valid YAML: " + e.getMessage(), "Fix the YAML in " + name + ".");
        }
        if (!(tree instanceof Map)) {
            throw new ConfigProblem(name + " is not a YAML mapping.", "Fix the YAML in " + name + ".");
        }
        Map<Object, Map<Object, Integer>> lines = new IdentityHashMap<>();
        walk(root, tree, lines);
        return new RuleFile(name, (Map<String, Object>) tree, (container, key) -> {
            Map<Object, Integer> m = lines.get(container);
            Integer l = m == null ? null : m.get(key);
            return l == null ? 0 : l;
        });
    }

    /** Records, per map and list of the tree, the line of each key or element (from 1). */
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
}
