package org.peerbot.core.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Loads the shipped rule file the way the config module does: SnakeYAML into plain maps, then fromTrees. */
final class TestRules {
    private static volatile Triage shared;

    private TestRules() {
    }

    static Map<String, Object> shippedTree() {
        try (InputStream in = TestRules.class.getClassLoader().getResourceAsStream(Triage.DEFAULT_RULES)) {
            if (in == null) {
                throw new IllegalStateException(Triage.DEFAULT_RULES + " is not on the classpath");
            }
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> parse(String yaml) {
        return new Yaml().load(yaml);
    }

    static Triage triage() {
        Triage t = shared;
        if (t == null) {
            t = Triage.fromTrees(List.of(shippedTree()));
            shared = t;
        }
        return t;
    }
}
