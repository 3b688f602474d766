package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerbot.core.model.TriageResult;

/**
 * About 470 chat messages written for this project as members would type them (text-speak, typos, long and short),
 * each with the category it must get: A self-harm, B medical emergency, C harm to others and abuse, D traps that
 * must not be crisis, E clinical questions, F sharing, services, a person, goodbye; H written later, after the rules
 * for A to F were fixed, to check those fixes carry over. None comes from the evaluation data sets.
 */
class ProbeSuiteTest {

    static Stream<Arguments> probes() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ProbeSuiteTest.class.getResourceAsStream("/peerbot/triage/probes.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    Map<String, Object> p = Json.readFlatObject(line);
                    out.add(Arguments.of(p.get("group"), p.get("text"), p.get("expected")));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("probes")
    void eachProbeGetsItsCategory(String group, String text, String expected) {
        TriageResult r = TestRules.triage().classify(text);
        assertThat(r.category().name().toLowerCase(java.util.Locale.ROOT)).as(text + " -> " + r).isEqualTo(expected);
    }
}
