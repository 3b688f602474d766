package org.peerbot.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerbot.core.wording.Safety;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.HostileText;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/**
 * Arbitrary Unicode, control characters, right-to-left text, zalgo, huge and empty messages: triage and the
 * engine never throw, replies are built only from the catalogue and the directory, and crisis phrases
 * buried in noise are still caught.
 */
class HostileInputPropertiesTest {

    private static final Triage TRIAGE = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
    private static final PromptCatalog PROMPTS = TestPacks.prompts();

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.any();
    }

    @Property(tries = 300)
    void triageNeverThrows(@ForAll("hostile") String text) {
        TriageResult r = TRIAGE.classify(text);
        assertThat(r.category()).isNotNull();
    }

    @Property(tries = 150)
    void theEngineAnswersEveryMessageFromTheCatalogue(@ForAll("hostile") String text) {
        Harness h = new Harness(TRIAGE::classify);
        ConversationRef member = Harness.member("42");
        h.say(member, "hello");
        List<String> replies = h.say(member, text);

        for (String reply : replies) {
            assertThat(Safety.DOSE.matcher(reply).find()).isFalse();
            String stripped = text.strip();
            if (stripped.length() >= 6 && !inCatalogue(stripped)) {
                assertThat(reply).doesNotContain(stripped);
            }
        }
    }

    @Provide
    Arbitrary<String> noisyCrisis() {
        Arbitrary<String> noise = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', ',', '!')
                .ofMaxLength(300);
        Arbitrary<String> phrase = Arbitraries.of("I want to kill myself", "i'm going to end my life tonight",
                "I have taken all my pills", "kms", "i want to die");
        // the noise ends in a full stop: noise that happened to end in "no" or "not" would otherwise read, rightly,
        // as a denial of the phrase ("no kms")
        return Combinators.combine(noise, phrase, noise).as((a, p, b) -> a + ". " + p + " " + b);
    }

    @Property(tries = 200)
    void crisisPhrasesInsideNoiseAreStillCaught(@ForAll("noisyCrisis") String text) {
        assertThat(TRIAGE.classify(text).category()).isEqualTo(Category.CRISIS);
    }

    private static boolean inCatalogue(String text) {
        Set<String> keys = PROMPTS.keys();
        for (String k : keys) {
            for (PromptCatalog.Prompt p : PROMPTS.variants(k)) {
                if (p.text().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

}
