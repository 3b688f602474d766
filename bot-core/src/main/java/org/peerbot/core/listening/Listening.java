package org.peerbot.core.listening;

import java.util.ArrayList;
import java.util.List;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.PromptCatalog.Prompt;

/**
 * Chooses listening prompts: reflect, ask open questions, acknowledge a named feeling, ask about
 * strengths and what matters. Never instructs. Follows the member's lead: a bare greeting gets an
 * open door, not a question about their condition. Avoids every prompt used in the recent turns.
 */
public final class Listening {

    /** The order the follow-up questions rotate through, turn by turn. */
    private static final List<String> QUESTION_FAMILIES = List.of("listen.open_question", "listen.open_question",
            "listen.strengths", "listen.open_question", "listen.matters");

    private final PromptCatalog catalog;

    public Listening(PromptCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The prompts for one listening reply, in order.
     *
     * @param recent prompt ids used in the last turns (never repeated)
     * @param turn   how many listening turns this conversation has had, to vary the questions
     */
    public List<Prompt> reply(TriageResult triage, List<String> recent, int turn) {
        List<Prompt> out = new ArrayList<>();
        if (triage.has(Signal.GREETING) && triage.feelings().isEmpty()) {
            out.add(pick("listen.open_door", recent, turn));
            return out;
        }
        if (!triage.feelings().isEmpty()) {
            String key = "feeling." + triage.feelings().get(0);
            if (catalog.has(key)) {
                out.add(pick(key, recent, turn));
            }
        }
        if (out.isEmpty()) {
            out.add(pick("listen.reflect", recent, turn));
        }
        List<String> used = new ArrayList<>(recent);
        out.forEach(p -> used.add(p.id()));
        out.add(pick(QUESTION_FAMILIES.get(Math.floorMod(turn, QUESTION_FAMILIES.size())), used, turn));
        return out;
    }

    /** A variant of {@code key} not in {@code recent}, starting from a turn-dependent place; never null. */
    public Prompt pick(String key, List<String> recent, int turn) {
        List<Prompt> variants = catalog.variants(key);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("No sentence in the prompt catalogue for key '" + key + "'");
        }
        int start = Math.floorMod(turn * 7 + key.hashCode(), variants.size());
        for (int i = 0; i < variants.size(); i++) {
            Prompt p = variants.get((start + i) % variants.size());
            if (!recent.contains(p.id())) {
                return p;
            }
        }
        // Every variant was used lately: take the one used longest ago.
        return variants.stream().min(java.util.Comparator.comparingInt(p -> recent.indexOf(p.id())))
                .orElseThrow();
    }
}
