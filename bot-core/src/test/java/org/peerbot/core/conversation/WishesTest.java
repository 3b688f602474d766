package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peerbot.core.handoff.Wish;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.Platform;

class WishesTest {

    @Test
    void languagesAreReadOnlyWhenNamedAsSpoken() {
        assertThat(Wishes.languageIn("someone who speaks Welsh please")).isEqualTo("cy");
        assertThat(Wishes.languageIn("a Urdu speaker")).isEqualTo("ur");
        assertThat(Wishes.languageIn("I need to polish the car")).isNull();
        assertThat(Wishes.languageIn("I had french toast")).isNull();
    }

    @Test
    void theMembersOwnWordsComeBeforeTheConversationSoFar() {
        ConversationState state = ConversationState.fresh("k", new ConversationRef(Platform.CONSOLE, "c1"), "Robin 12",
                Instant.EPOCH).noticed(java.util.List.of("diabetes"), "pl");
        assertThat(Wishes.of(state, null)).isEqualTo(new Wish(java.util.List.of("diabetes"), "pl"));
        Wish asked = Wishes.of(state, "someone who has had chemo, who speaks Welsh");
        assertThat(asked.topics()).contains("cancer").doesNotContain("diabetes");
        assertThat(asked.language()).isEqualTo("cy");
    }
}
