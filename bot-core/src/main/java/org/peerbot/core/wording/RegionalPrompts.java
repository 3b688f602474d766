package org.peerbot.core.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.PromptCatalog;

/**
 * The catalogue as the engine speaks it in one region: the directory pack's terms ({@code {doctor}},
 * {@code {urgent}}, ...) are filled in every sentence, and every other placeholder is left for the caller. So
 * the UK pack says "your GP" and "NHS 111", and a US pack "your doctor", from the same sentences.
 */
public final class RegionalPrompts implements PromptCatalog {

    private final PromptCatalog catalog;
    private final Directory directory;

    public RegionalPrompts(PromptCatalog catalog, Directory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    @Override
    public List<Prompt> variants(String key) {
        List<Prompt> all = catalog.variants(key);
        Map<String, String> terms = directory.terms();
        List<Prompt> out = new ArrayList<>(all.size());
        for (Prompt p : all) {
            out.add(p.text().indexOf('{') < 0 ? p : new Prompt(p.id(), fill(p.text(), terms)));
        }
        return out;
    }

    @Override
    public Set<String> keys() {
        return catalog.keys();
    }

    static String fill(String text, Map<String, String> terms) {
        String out = text;
        for (Map.Entry<String, String> e : terms.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
