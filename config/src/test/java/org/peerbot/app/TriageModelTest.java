package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.Intent;
import org.peerbot.core.port.SentenceModel;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code peerbot.triage.model}: the semantic layer reaches the running triage, and off means the rules alone. */
class TriageModelTest {

    private static LivePacks packs(SentenceModel model) {
        PeerBotProperties props = new Binder(new MapConfigurationPropertySource(Map.of("peerbot.region", "uk")))
                .bindOrCreate("peerbot", PeerBotProperties.class);
        return new LivePacks(props, model);
    }

    @Test
    void offMeansNoModelAndTheRulesStillDetectCrisis() {
        TriageModel off = TriageModel.load(false);
        assertThat(off.model()).isNull();
        assertThat(off.state()).isEqualTo("off");
        assertThat(packs(off.model()).classify("I want to end my life").category()).isEqualTo(Category.CRISIS);
    }

    @Test
    void aModelBesideTheRulesIsUsedByTheLiveTriage() {
        SentenceModel person = text -> new SentenceModel.Reading(false, Set.of(Intent.WANTS_PERSON));
        // a wish for company the rules do not read as a request (session 35's rules read "anyone about this evening?")
        String wish = "wish there was somebody about this evening";
        assertThat(packs(person).classify(wish).category()).isEqualTo(Category.HUMAN);
        assertThat(packs(null).classify(wish).category()).isNotEqualTo(Category.HUMAN);
    }
}
