package org.peerbot.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.peerbot.core.wording.CatalogPrompts;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads the shipped YAML packs in tests, as the application does. */
public final class TestPacks {

    private TestPacks() {
    }

    /** Duplicate keys are an error here as in the shipped loader (RuleYaml, which bot-core cannot see). */
    private static LoaderOptions strict() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return options;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> tree(String resource) {
        try (InputStream in = TestPacks.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return (Map<String, Object>) new Yaml(new SafeConstructor(strict())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CatalogPrompts prompts() {
        return CatalogPrompts.fromTrees(List.of(tree(CatalogPrompts.DEFAULT_RESOURCE)));
    }
}
