package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/**
 * A service asked for by what it does lists the service that does it. A member out of their medicine at night is
 * helped by a pharmacist (when every pharmacy is shut, the directory puts urgent care first), not by a list that
 * leaves them out.
 */
class SignpostByTopicTest {

    private static final Triage TRIAGE = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
    private final Harness h = new Harness(TRIAGE::classify);
    private int chats;

    private String ask(String text) {
        return h.sayLater(h.pastIntroduction("m" + (chats++)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"is there a chemist open late near me? I've run out of my inhaler",
            "where can I find a pharmacy open on a Sunday",
            "who do I ask for an emergency supply, ran out of my tablets",
            "any late night chemists round here?"})
    void aChemistOrAMedicineRunOutListsThePharmacist(String message) {
        String reply = ask(message);
        assertThat(reply).contains("A pharmacist").doesNotContain("Cruse").doesNotContain("999");
    }

    @Test
    void aServiceAskedForOnAnotherTopicDoesNotListThePharmacist() {
        assertThat(ask("where can I get support after my husband died?")).contains("Cruse")
                .doesNotContain("A pharmacist");
    }
}
