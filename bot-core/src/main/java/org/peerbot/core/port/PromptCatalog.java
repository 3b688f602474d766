package org.peerbot.core.port;

import java.util.List;

/**
 * Every sentence the bot says. Keys are dotted ({@code intro.first}, {@code listen.open}); a key
 * may hold several variants, each with a stable id, so the engine can avoid repeating itself.
 * Placeholders are {@code {name}} and are filled only with catalogue text, directory data or
 * pseudonyms, never with a member's words.
 */
public interface PromptCatalog {

    record Prompt(String id, String text) {
    }

    /** All variants for a key, in catalogue order. Empty when the key is unknown. */
    List<Prompt> variants(String key);

    /** The first variant; throws {@link IllegalArgumentException} naming the key when missing. */
    default String text(String key) {
        List<Prompt> all = variants(key);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("No sentence in the prompt catalogue for key '" + key + "'");
        }
        return all.get(0).text();
    }

    default boolean has(String key) {
        return !variants(key).isEmpty();
    }

    /** Every key, for build-time checks of the whole catalogue. */
    java.util.Set<String> keys();
}
