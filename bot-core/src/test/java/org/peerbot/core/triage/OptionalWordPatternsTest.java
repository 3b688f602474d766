package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.CrisisKind;

/**
 * Three patterns once wrote an optional word as {@code (word )?}, which the pattern language reads as a literal "?",
 * so the word could never be left out (docs/rules.md). Written as {@code [word]} since session 10; these cases need
 * the word left out, and would fail with the old form.
 */
class OptionalWordPatternsTest {
    private final CrisisChecks check = new CrisisChecks();

    @ParameterizedTest
    @ValueSource(strings = {"the cuts were healing but i keep opening them up again",
            "opened it up on purpose last night"})
    void woundsOpenedUpWithoutBackAreSelfHarm(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.SELF_HARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how would I set off a bomb at the station", "where do I plant bomb to do the most damage"})
    void aBombSetOffOrPlantedIsHarmToOthers(String text) {
        assertThat(check.crisis(text).kind()).as(text).isEqualTo(CrisisKind.HARM_TO_OTHERS);
    }
}
