package org.peerbot.core.handoff;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.ScriptedTriage;
import org.peerbot.core.turn.EngineSettings;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: members reach a volunteer whose roster topics or languages fit, first, and are told honestly. */
class MatchingTest {

    private static final String CHEMO = "is there someone who has had chemo I could talk to";
    private static final String POLISH = "can I talk to someone who speaks Polish";

    private final ScriptedTriage triage = new ScriptedTriage()
            .on(CHEMO, Category.HUMAN)
            .on(POLISH, Category.HUMAN)
            .on("I want to talk to a person", Category.HUMAN)
            .on("my type 1 diabetes is wearing me down", Category.SHARING);
    private final ConversationRef alex = Harness.member("1001");
    private final ConversationRef place = new ConversationRef(Platform.TELEGRAM, "volunteers");
    private final Sender ash = Sender.of(Platform.TELEGRAM, "501");   // no topics
    private final Sender cal = Sender.of(Platform.TELEGRAM, "502");   // cancer
    private final Sender dee = Sender.of(Platform.TELEGRAM, "503");   // speaks Polish

    private final Harness h = new Harness(triage,
            EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM))
                    .withMatchWindow(Duration.ofMinutes(2)),
            List.of(new Roster.Volunteer("ash", Platform.TELEGRAM, "501", "Ash", Set.of(), Set.of("en"), 2),
                    new Roster.Volunteer("cal", Platform.TELEGRAM, "502", "Cal", Set.of("Cancer"), Set.of("en"), 2),
                    new Roster.Volunteer("dee", Platform.TELEGRAM, "503", "Dee", Set.of(), Set.of("en", "pl"), 2)));

    private void onDuty(Sender who) {
        h.volunteerSays(who.platform(), who.userId(), place, Space.VOLUNTEERS, "/duty on");
    }

    private Handoff waiting() {
        return h.memory.handoffs().waiting().get(0);
    }

    private String claimText(Sender who) {
        int before = h.sender(Platform.TELEGRAM).all().size();
        h.press(place, Space.VOLUNTEERS, who, "claim:" + waiting().id());
        return h.sender(Platform.TELEGRAM).all().subList(before, h.sender(Platform.TELEGRAM).all().size()).stream()
                .map(d -> d.text()).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void askingForSomeoneWhoHasHadChemoReachesTheVolunteerWithCancerFirst() {
        onDuty(ash);
        onDuty(cal);
        String reply = String.join("\n", h.say(alex, CHEMO));

        assertThat(reply).contains("knows about cancer from their own life is on duty");
        Handoff request = waiting();
        assertThat(request.topics()).containsExactly("cancer");
        assertThat(h.textsTo(place)).last().asString().contains("Topic: cancer").contains("Language: English")
                .contains("Offered first");

        // Ash has no cancer experience: held for Cal inside the window.
        assertThat(claimText(ash)).contains("kept for a volunteer");
        assertThat(h.memory.handoffs().find(request.id()).orElseThrow().status()).isEqualTo(HandoffStatus.WAITING);

        claimText(cal);
        Handoff claimed = h.memory.handoffs().find(request.id()).orElseThrow();
        assertThat(claimed.volunteerId()).isEqualTo("cal");
        assertThat(h.textsTo(alex)).last().asString().contains("Cal").contains("They have been where you are");
    }

    @Test
    void afterTheWindowAnyoneOnDutyMayTakeItAndTheWordingStaysNeutral() {
        onDuty(ash);
        onDuty(cal);
        h.say(alex, CHEMO);
        h.later(Duration.ofMinutes(2).plusSeconds(1));
        claimText(ash);
        assertThat(h.memory.handoffs().openFor(waitingKey()).orElseThrow().volunteerId()).isEqualTo("ash");
        assertThat(h.textsTo(alex)).last().asString().contains("Ash").doesNotContain("been where you are");
    }

    private String waitingKey() {
        return h.memory.handoffs().claimed().get(0).conversationKey();
    }

    @Test
    void withNoVolunteerWithThatExperienceOnDutyTheMemberIsToldSoAndAnyoneMayClaim() {
        onDuty(ash);
        String reply = String.join("\n", h.say(alex, CHEMO));
        assertThat(reply).contains("No volunteer who knows about cancer from their own life is on duty")
                .doesNotContain("is on duty, so I've asked them first");
        assertThat(h.textsTo(place)).last().asString().doesNotContain("Offered first");
        claimText(ash);
        assertThat(h.memory.handoffs().claimed()).singleElement().extracting(Handoff::volunteerId).isEqualTo("ash");
        assertThat(h.textsTo(alex)).last().asString().doesNotContain("been where you are");
    }

    @Test
    void theConversationsTopicGoesOnTheRequestWhenThePersonIsAskedForPlainly() {
        onDuty(ash);
        h.say(alex, "my type 1 diabetes is wearing me down");
        String reply = String.join("\n", h.say(alex, "I want to talk to a person"));
        assertThat(waiting().topics()).containsExactly("diabetes");
        assertThat(reply).contains("No volunteer who knows about diabetes");
        // Only topic ids are kept on the conversation, never words.
        assertThat(h.memory.conversations().find(waiting().conversationKey()).orElseThrow().topics())
                .containsExactly("diabetes");
    }

    @Test
    void askingForAVolunteerWhoSpeaksPolishReachesThemFirst() {
        onDuty(ash);
        onDuty(dee);
        String reply = String.join("\n", h.say(alex, POLISH));
        assertThat(reply).contains("A volunteer who speaks Polish is on duty");
        assertThat(waiting().language()).isEqualTo("pl");
        assertThat(h.textsTo(place)).last().asString().contains("Language: Polish");
        assertThat(claimText(ash)).contains("kept for a volunteer");
        claimText(dee);
        assertThat(h.memory.handoffs().claimed()).singleElement().extracting(Handoff::volunteerId).isEqualTo("dee");
        assertThat(h.textsTo(alex)).last().asString().doesNotContain("been where you are");
    }

    @Test
    void withNoPolishSpeakerOnDutyTheMemberIsToldSo() {
        onDuty(ash);
        String reply = String.join("\n", h.say(alex, POLISH));
        assertThat(reply).contains("No volunteer who speaks Polish is on duty");
        claimText(ash);
        assertThat(h.memory.handoffs().claimed()).singleElement().extracting(Handoff::volunteerId).isEqualTo("ash");
    }

    @Test
    void claimWithoutAnIdPicksTheRequestThatFitsTheVolunteer() {
        onDuty(ash);
        onDuty(cal);
        h.say(Harness.member("2002"), "I want to talk to a person");
        h.say(alex, CHEMO);
        h.volunteerSays(Platform.TELEGRAM, "502", place, Space.VOLUNTEERS, "/claim");
        assertThat(h.memory.handoffs().claimed()).singleElement().satisfies(c -> {
            assertThat(c.volunteerId()).isEqualTo("cal");
            assertThat(c.topics()).containsExactly("cancer");
        });
    }
}
