package org.peerbot.adapter.telegram;

import org.peerbot.core.model.SlashCommand;
import org.peerbot.core.port.PromptCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A tiny catalogue: one variant per key. */
final class MapCatalog implements PromptCatalog {

    private final Map<String, String> texts = new LinkedHashMap<>();

    static MapCatalog commands() {
        MapCatalog c = new MapCatalog();
        for (SlashCommand command : TelegramAdapter.COMMANDS) {
            c.texts.put(command.helpKey(), "Describes " + command.word());
        }
        return c;
    }

    MapCatalog without(String key) {
        texts.remove(key);
        return this;
    }

    @Override
    public List<Prompt> variants(String key) {
        String t = texts.get(key);
        return t == null ? List.of() : List.of(new Prompt(key + ".1", t));
    }

    @Override
    public Set<String> keys() {
        return texts.keySet();
    }
}
