package org.peerbot.core.wording;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerbot.core.port.PromptCatalog.Prompt;
import org.peerbot.core.port.PromptCatalog;

/**
 * The prompt catalogue built from a parsed YAML tree (nested maps; leaves are a string or a list of
 * strings). Nested keys join with dots; each variant's id is {@code key#n}. Later trees override
 * earlier ones key by key, so organisers can change the wording without touching the rest.
 */
public final class CatalogPrompts implements PromptCatalog {

    /** The shipped en-GB catalogue on the classpath. */
    public static final String DEFAULT_RESOURCE = "peerbot/prompts/en-GB.yaml";

    private final Map<String, List<Prompt>> byKey;

    private CatalogPrompts(Map<String, List<Prompt>> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    public static CatalogPrompts fromTrees(List<Map<String, Object>> trees) {
        Map<String, List<Prompt>> all = new LinkedHashMap<>();
        for (Map<String, Object> tree : trees) {
            flatten("", tree, all);
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("The prompt catalogue is empty: check the wording file");
        }
        return new CatalogPrompts(all);
    }

    private static void flatten(String prefix, Map<?, ?> node, Map<String, List<Prompt>> out) {
        for (Map.Entry<?, ?> e : node.entrySet()) {
            String key = prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey();
            Object value = e.getValue();
            if (value instanceof Map<?, ?> child) {
                flatten(key, child, out);
            } else if (value instanceof String text) {
                out.put(key, List.of(prompt(key, 0, text)));
            } else if (value instanceof List<?> list) {
                List<Prompt> variants = new ArrayList<>();
                for (Object item : list) {
                    if (!(item instanceof String text)) {
                        throw new IllegalArgumentException("Prompt catalogue key '" + key
                                + "' must hold text or a list of texts, found " + describe(item));
                    }
                    variants.add(prompt(key, variants.size(), text));
                }
                if (variants.isEmpty()) {
                    throw new IllegalArgumentException("Prompt catalogue key '" + key + "' has an empty list");
                }
                out.put(key, List.copyOf(variants));
            } else {
                throw new IllegalArgumentException("Prompt catalogue key '" + key
                        + "' must hold text or a list of texts, found " + describe(value));
            }
        }
    }

    private static Prompt prompt(String key, int index, String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Prompt catalogue key '" + key + "' has an empty sentence");
        }
        return new Prompt(key + "#" + index, trimmed);
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : value.getClass().getSimpleName();
    }

    @Override
    public List<Prompt> variants(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    @Override
    public Set<String> keys() {
        return byKey.keySet();
    }

    /** Checks that every key the engine needs is present; names the missing ones. */
    public void requireKeys(Set<String> needed) {
        List<String> missing = needed.stream().filter(k -> !byKey.containsKey(k)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The prompt catalogue is missing keys: " + String.join(", ", missing));
        }
    }
}
