package org.peerbot.core.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peerbot.core.wording.Safety;
import org.peerbot.core.port.PromptCatalog.Prompt;
import org.peerbot.core.testing.TestPacks;

/** Build-time checks of every sentence the bot can say (no doses, no orders about medicines; plain English). */
class CatalogueTest {

    private final CatalogPrompts catalog = TestPacks.prompts();

    private List<Prompt> everything() {
        List<Prompt> all = new ArrayList<>();
        catalog.keys().forEach(k -> all.addAll(catalog.variants(k)));
        return all;
    }

    @Test
    void everyEntryReadsPlainly() {
        List<String> hard = new ArrayList<>();
        for (Prompt p : everything()) {
            if (p.id().startsWith("plan.language.") && !p.id().startsWith("plan.language.en")) {
                continue; // Written in another language on purpose; an English reading score means nothing there.
            }
            String text = p.text().replaceAll("\\{[a-z_]+}", "it");
            if (Readability.words(text) < 4) {
                continue; // Button labels and single words: reading ease means nothing for them.
            }
            double score = Readability.fleschReadingEase(text);
            if (score < 70) {
                hard.add(p.id() + " (" + Math.round(score) + ")");
            }
        }
        assertThat(hard).as("entries with Flesch reading ease under 70").isEmpty();
    }

    @Test
    void noEntryContainsADose() {
        assertThat(everything()).noneMatch(p -> Safety.DOSE.matcher(p.text()).find());
    }

    /** Telling someone to take, stop, start or change a medicine; "don't ... without" is allowed. */
    private static final Pattern MEDICINE_ORDER = Pattern.compile(
            "(?i)\\b(take|stop|start|change|increase|decrease|double|halve|skip|reduce)\\b[^.]{0,30}"
                    + "\\b(medicine|medication|tablets?|pills?|insulin|dose|doses)\\b");

    @Test
    void noEntryTellsAnyoneToTakeStopOrChangeAMedicine() {
        List<String> orders = new ArrayList<>();
        for (Prompt p : everything()) {
            for (String sentence : p.text().split("(?<=[.!?])\\s+")) {
                Matcher m = MEDICINE_ORDER.matcher(sentence);
                String lower = sentence.toLowerCase(Locale.ROOT);
                boolean guarded = lower.contains("don't") || lower.contains("do not") || lower.contains("never")
                        || lower.contains("without");
                if (m.find() && !guarded) {
                    orders.add(p.id() + ": " + sentence);
                }
            }
        }
        assertThat(orders).isEmpty();
    }

    @Test
    void theCheckItselfCatchesAMedicineOrderAndADose() {
        assertThat(MEDICINE_ORDER.matcher("You could double your insulin tonight.").find()).isTrue();
        assertThat(Safety.DOSE.matcher("try 500mg").find()).isTrue();
        assertThat(Safety.DOSE.matcher("take 2 tablets").find()).isTrue();
        assertThat(Readability.fleschReadingEase(
                "Pharmacological considerations necessitate individualised therapeutic optimisation.")).isLessThan(70);
    }

    @Test
    void missingAndMalformedEntriesAreNamed() {
        assertThatThrownBy(() -> catalog.text("no.such.key")).hasMessageContaining("no.such.key");
        assertThatThrownBy(() -> CatalogPrompts.fromTrees(List.of(Map.of("intro", Map.of("first", 3)))))
                .hasMessageContaining("intro.first");
    }

    @Test
    void organisersCanOverrideOneSentenceAndKeepTheRest() {
        CatalogPrompts custom = CatalogPrompts.fromTrees(List.of(TestPacks.tree(CatalogPrompts.DEFAULT_RESOURCE),
                Map.of("thanks", "Cheers, any time.")));
        assertThat(custom.text("thanks")).isEqualTo("Cheers, any time.");
        assertThat(custom.text("intro.first")).isEqualTo(catalog.text("intro.first"));
    }
}
