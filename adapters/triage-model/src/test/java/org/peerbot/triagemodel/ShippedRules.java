package org.peerbot.triagemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.peerbot.core.triage.Triage;
import org.yaml.snakeyaml.Yaml;

/** The shipped rule book, for this module's tests and tools (the application loads it in config's CorePacks). */
final class ShippedRules {
    private ShippedRules() {
    }

    static Triage triage() {
        try (InputStream in = Triage.class.getClassLoader().getResourceAsStream(Triage.DEFAULT_RULES)) {
            if (in == null) {
                throw new IllegalStateException(Triage.DEFAULT_RULES + " is not on the classpath");
            }
            Map<String, Object> tree = new Yaml().load(in);
            return Triage.fromTrees(List.of(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
