package org.peerbot.core.signpost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Test helper: parses shipped packs and hand-written YAML into the plain trees the core reads. */
final class Packs {

    private Packs() {
    }

    static Map<String, Object> tree(String region) {
        String path = String.format(DirectoryPack.RESOURCE_PATTERN, region);
        try (InputStream in = Packs.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no pack on the class path at " + path);
            }
            return yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DirectoryPack load(String region) {
        return DirectoryPack.fromTree(region, tree(region));
    }

    static Map<String, Object> parse(String yamlText) {
        return yaml().load(yamlText);
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
