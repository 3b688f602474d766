package org.peerbot.core.organising;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.Reloader;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.ScriptedTriage;
import org.peerbot.core.turn.EngineSettings;
import static org.assertj.core.api.Assertions.assertThat;

class OrganiserCommandsTest {

    private final ScriptedTriage triage = new ScriptedTriage()
            .crisis("I want to end it all", CrisisKind.SELF_HARM)
            .on("can I double my insulin", Category.CLINICAL);
    private final Harness h = new Harness(triage,
            EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM))
                    .withOrganisers(Set.of("TELEGRAM:900")),
            List.of(new Roster.Volunteer("ash", Platform.TELEGRAM, "501", "Ash", Set.of(), Set.of("en"), 2),
                    new Roster.Volunteer("bo", Platform.DISCORD, "601", "Bo", Set.of(), Set.of("en"), 1)));
    private final ConversationRef organiser = Harness.member("900");
    private final ConversationRef alex = Harness.member("1001");
    private final ConversationRef jo = Harness.member("1002");
    private final ConversationRef place = new ConversationRef(Platform.TELEGRAM, "volunteers");
    private final ConversationRef ashDm = new ConversationRef(Platform.TELEGRAM, "501");

    private String organiserSays(String text) {
        return String.join("\n", h.say(organiser, text));
    }

    private void ashSays(ConversationRef where, Space space, String text) {
        h.volunteerSays(Platform.TELEGRAM, "501", where, space, text);
    }

    private String pseudonymOf(ConversationRef member) {
        return h.memory.handoffs().waiting().stream().filter(x -> x.memberAddress().equals(member))
                .map(Handoff::pseudonym).findFirst().orElseThrow();
    }

    @Test
    void membersAndVolunteersAreRefusedOrganiserCommandsWithAClearSentence() {
        for (String command : List.of("/stats", "/roster", "/reload")) {
            assertThat(h.say(alex, command)).as(command)
                    .containsExactly("Sorry, only the people who run the group can use that.");
            ashSays(place, Space.VOLUNTEERS, command);
            assertThat(h.textsTo(place)).as(command).last()
                    .isEqualTo("Sorry, only the people who run the group can use that.");
        }
        // Someone who is not an organiser gets no figures, and a member's own conversation is not disturbed.
        assertThat(h.textsTo(alex)).noneMatch(t -> t.contains("Waiting now") || t.contains("Volunteers:"));
    }

    @Test
    void queueIsAnonymousForOrganisersAndStillListsIdsForVolunteers() {
        ashSays(place, Space.VOLUNTEERS, "/duty on");
        h.say(alex, "/talk");
        h.say(jo, "I want to end it all");
        h.later(Duration.ofMinutes(7));
        String alexName = pseudonymOf(alex);
        String joName = pseudonymOf(jo);

        String summary = organiserSays("/queue");
        assertThat(summary).isEqualTo("Waiting now: 2 (1 urgent). Longest wait: 7 min. In a chat with a volunteer: "
                + "0. Volunteers on duty: 1.");
        assertThat(summary).doesNotContain(alexName).doesNotContain(joName);

        ashSays(place, Space.VOLUNTEERS, "/queue");
        assertThat(h.textsTo(place)).last().asString().contains(alexName).contains(joName);
    }

    @Test
    void statsCountTheLastSevenDaysWithoutNamesAndOutliveForget() {
        ashSays(place, Space.VOLUNTEERS, "/duty on");
        h.say(alex, "hello");
        h.say(alex, "can I double my insulin");
        h.say(jo, "I want to end it all");
        h.later(Duration.ofMinutes(4));
        Handoff joWaiting = h.memory.handoffs().waiting().get(0);
        h.press(place, Space.VOLUNTEERS, Sender.of(Platform.TELEGRAM, "501"), "claim:" + joWaiting.id());
        ConversationRef room = h.memory.handoffs().find(joWaiting.id()).orElseThrow().room();
        ashSays(room, Space.VOLUNTEERS, "/end");
        h.press(jo, Space.PRIVATE, Sender.of(Platform.TELEGRAM, "1002"), "fb:yes");
        h.say(alex, "/talk");
        h.say(alex, "/cancel");

        String stats = organiserSays("/stats");
        assertThat(stats).startsWith("The last 7 days. No names, just counts.")
                .contains("- Messages: 5. Crisis: 1. Health questions: 1.")
                .contains("- Crisis replies: 1 (self harm 1).")
                .contains("- Asked for a person: 2 (1 urgent).")
                .contains("- Picked up by a volunteer: 1. Average wait: 4 min.")
                .contains("- Left before a volunteer came: 1.")
                .contains("- Chats ended: 1.")
                .contains("- Feedback: 1 said it helped, 0 said not really.");

        h.say(jo, "/forget");
        h.say(alex, "/forget");
        assertThat(organiserSays("/stats")).contains("- Crisis replies: 1 (self harm 1).");

        h.later(Duration.ofDays(7));
        assertThat(organiserSays("/stats")).contains("- Messages: 0.").contains("- Crisis replies: 0 (none).");
    }

    @Test
    void rosterShowsDutyAndLoadWithoutTheConsoleSeat() {
        ashSays(place, Space.VOLUNTEERS, "/duty on");
        h.say(alex, "/talk");
        h.press(place, Space.VOLUNTEERS, Sender.of(Platform.TELEGRAM, "501"),
                "claim:" + h.memory.handoffs().waiting().get(0).id());

        assertThat(organiserSays("/roster")).isEqualTo("""
                Volunteers:
                - Ash (ash, telegram): on duty, in 1 of 2 chats
                - Bo (bo, discord): off duty, in 0 of 1 chats""");
    }

    @Test
    void reloadReportsWhatWasLoadedOrWhyNothingChanged() {
        assertThat(organiserSays("/reload")).startsWith("Nothing has changed.")
                .contains("cannot reload its files while it runs");

        AtomicInteger calls = new AtomicInteger();
        h.engine.reloadingWith(() -> {
            if (calls.incrementAndGet() == 1) {
                return new Reloader.Reloaded(142, "uk");
            }
            throw new IllegalArgumentException("rules.yaml: rule 'org.x' has no match list");
        });
        assertThat(organiserSays("/reload")).startsWith("Done.").contains("142 kinds of sentence")
                .contains("the uk list of services");
        assertThat(organiserSays("/reload")).startsWith("Nothing has changed.")
                .contains("rules.yaml: rule 'org.x' has no match list");

        h.say(alex, "/reload");
        assertThat(calls).hasValue(2);
    }

    @Test
    void organiserCommandsWorkInTheVolunteersPlaceAndStaySilentInTheGroup() {
        h.volunteerSays(Platform.TELEGRAM, "900", place, Space.VOLUNTEERS, "/queue");
        assertThat(h.textsTo(place)).last().asString().startsWith("Waiting now: 0");

        ConversationRef group = new ConversationRef(Platform.TELEGRAM, "-100group");
        h.volunteerSays(Platform.TELEGRAM, "900", group, Space.GROUP, "/stats");
        assertThat(h.textsTo(group)).isEmpty();
    }

    @Test
    void theConsoleIsAlwaysAnOrganiser() {
        ConversationRef console = new ConversationRef(Platform.CONSOLE, "member");
        assertThat(String.join("\n", h.say(console, "/stats"))).contains("The last 7 days");
        assertThat(String.join("\n", h.say(console, "/roster"))).contains("- Sam (console, console)");
        assertThat(h.textsTo(ashDm)).isEmpty();
    }
}
