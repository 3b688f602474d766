package org.peerbot.core.handoff;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.ScriptedTriage;
import org.peerbot.core.turn.IdentityKeys;
import static org.assertj.core.api.Assertions.assertThat;

/** Handoff fixes from issue 15: asking for a person is not a crisis; honest wording; volunteer commands. */
class HandoffFixesTest {

    private final ScriptedTriage triage = new ScriptedTriage()
            .on("can I talk to a real person", Category.HUMAN)
            .crisis("I want to end it all", CrisisKind.SELF_HARM);
    private final Harness h = new Harness(triage);
    private final ConversationRef alex = Harness.member("1001");
    private final ConversationRef tgPlace = new ConversationRef(Platform.TELEGRAM, "volunteers");
    private final Sender ash = Sender.of(Platform.TELEGRAM, "501");

    @Test
    void aPlainTalkWithNobodyOnDutyOffersTheListeningLineNotTheEmergencyList() {
        String reply = String.join("\n", h.say(alex, "/talk"));
        assertThat(reply).contains("no volunteer is on duty").contains("Samaritans").contains("116 123")
                .doesNotContain("999").doesNotContain("85258");
    }

    @Test
    void askingForAPersonInWordsWithNobodyOnDutyIsNotACrisisEither() {
        String reply = String.join("\n", h.say(alex, "can I talk to a real person"));
        assertThat(reply).contains("116 123").doesNotContain("999");
        // The holding messages while they wait say the same: no emergency list for a plain request.
        h.later(Duration.ofMinutes(3));
        assertThat(h.textsTo(alex)).last().asString().contains("Still no volunteer").contains("116 123")
                .doesNotContain("999");
    }

    @Test
    void aCrisisRequestWithNobodyOnDutyKeepsTheFullCrisisReply() {
        String reply = String.join("\n", h.say(alex, "I want to end it all"));
        assertThat(reply).contains("999").contains("116 123").contains("85258").contains("no volunteer is on duty");
        h.later(Duration.ofMinutes(3));
        assertThat(h.textsTo(alex)).last().asString().contains("85258");
    }

    @Test
    void askingAgainWithNobodyOnDutyNeverSaysTheWaitIsAboutNotKnownYet() {
        h.say(alex, "/talk");
        String again = String.join("\n", h.say(alex, "/talk"));
        assertThat(again).contains("number 1").contains("No volunteer is on duty").doesNotContain("about not known");
    }

    @Test
    void aReportOutsideAChatNamesThePseudonymNotADash() {
        h.say(alex, "hello");
        h.say(alex, "/report");
        String pseudonym = h.memory.conversations().find(
                new IdentityKeys("test-secret-0123456789").hash(alex.key())).orElseThrow().pseudonym();
        assertThat(h.textsTo(tgPlace)).last().asString().contains(pseudonym).doesNotContain("chat -");
    }

    @Test
    void aReportInAChatNamesTheChat() {
        h.say(alex, "/talk");
        Handoff open = h.memory.handoffs().waiting().get(0);
        h.say(alex, "/report");
        assertThat(h.textsTo(tgPlace)).last().asString().contains("chat " + open.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/duty maybe", "/duty", "/duty yes please"})
    void dutyTakesOnlyOnOrOff(String command) {
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, command);
        assertThat(h.textsTo(tgPlace)).last().asString().contains("/duty on").contains("/duty off");
        assertThat(h.memory.volunteers().onDuty()).isEmpty();

        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty ON");
        assertThat(h.memory.volunteers().onDuty()).containsExactly("ash");
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty off");
        assertThat(h.memory.volunteers().onDuty()).isEmpty();
    }

    private ConversationRef roomWithAsh() {
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty on");
        h.say(alex, "/talk");
        Handoff handoff = h.memory.handoffs().waiting().get(0);
        h.press(tgPlace, Space.VOLUNTEERS, ash, "claim:" + handoff.id());
        return new ConversationRef(Platform.TELEGRAM, "room-" + handoff.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Take care of yourself tonight.", "Take your time, there's no rush.",
        "I hope the new medicine helps.", "It's good you told your GP about the tablets.",
        "Did the doctor change your medication?", "Don't stop talking to me, I'm glad you're here.",
        "You should be proud of yourself for asking.", "Stop being so hard on yourself.",
        "Starting chemo is a lot. How are you feeling about it?"})
    void kindWordsReachTheMemberWithoutANudge(String words) {
        ConversationRef room = roomWithAsh();
        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, words);
        assertThat(h.textsTo(alex)).last().isEqualTo("Ash: " + words);
        assertThat(h.textsTo(room)).noneMatch(t -> t.contains("peers, not clinicians"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"You should take two more tablets.", "I'd stop taking the sertraline for a bit.",
        "Maybe up your insulin a little.", "Try 50mg instead.", "Just skip tonight's dose.",
        "Come off the meds slowly.", "Double your dose if it gets bad.", "Take an extra pill."})
    void aClinicalInstructionNudgesTheVolunteer(String words) {
        ConversationRef room = roomWithAsh();
        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, words);
        assertThat(h.textsTo(room)).anyMatch(t -> t.contains("peers, not clinicians"));
        assertThat(h.textsTo(alex)).last().isEqualTo("Ash: " + words);
    }

    /** With the shipped triage rules: kind words about care and medicine are not clinical instructions. */
    @ParameterizedTest
    @ValueSource(strings = {"I hope the new medicine helps.", "Did the doctor change your medication?",
        "It's good you told your GP about the tablets.", "Starting chemo is a lot. How are you feeling about it?",
        "That sounds really painful. I'm so sorry about the side effects.",
        "Is your GP helping with the diabetes?"})
    void kindWordsAboutCareAreNotNudgedWithTheShippedRules(String words) {
        Harness real = new Harness(realTriage());
        real.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty on");
        real.say(alex, "/talk");
        Handoff handoff = real.memory.handoffs().waiting().get(0);
        real.press(tgPlace, Space.VOLUNTEERS, ash, "claim:" + handoff.id());
        ConversationRef room = new ConversationRef(Platform.TELEGRAM, "room-" + handoff.id());
        real.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, words);
        assertThat(real.textsTo(room)).noneMatch(t -> t.contains("peers, not clinicians"));
        real.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "You should take two more tablets.");
        assertThat(real.textsTo(room)).anyMatch(t -> t.contains("peers, not clinicians"));
    }

    private static java.util.function.Function<String, org.peerbot.core.model.TriageResult> realTriage() {
        try (java.io.InputStream in = HandoffFixesTest.class.getClassLoader().getResourceAsStream(
                org.peerbot.core.triage.Triage.DEFAULT_RULES)) {
            java.util.Map<String, Object> tree = new org.yaml.snakeyaml.Yaml().load(in);
            return org.peerbot.core.triage.Triage.fromTrees(List.of(tree))::classify;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aVolunteersMessageBeforeTheRoomIsBoundIsAnsweredNotDropped() {
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty on");
        h.say(alex, "/talk");
        Handoff handoff = h.memory.handoffs().waiting().get(0);
        ConversationRef thread = new ConversationRef(Platform.TELEGRAM, "room-" + handoff.id());
        // The claim is taken but its room is not sent (so not bound) before the volunteer writes there.
        h.engine.handle(new org.peerbot.core.model.ChatEvent.ButtonPressed(h.nextId(), tgPlace, Space.VOLUNTEERS,
                ash, "claim:" + handoff.id(), "cb-x", "m1", h.clock.instant()));
        h.engine.handle(new org.peerbot.core.model.ChatEvent.MessageReceived(h.nextId(), thread, Space.VOLUNTEERS,
                ash, "Hello, I'm here", h.clock.instant(), false, null));
        h.deliver();
        assertThat(h.textsTo(thread)).anyMatch(t -> t.startsWith("One moment") && t.contains(handoff.pseudonym()));
        h.volunteerSays(Platform.TELEGRAM, "501", thread, Space.VOLUNTEERS, "Hello again");
        assertThat(h.textsTo(alex)).last().isEqualTo("Ash: Hello again");
        // Chatter in the volunteers' place long after a claim is left alone, as before.
        h.later(Duration.ofMinutes(2));
        int before = h.textsTo(tgPlace).size();
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "anyone want a tea?");
        assertThat(h.textsTo(tgPlace)).hasSize(before);
    }

    @Test
    void theNudgeDetectorAgreesOnBothSides() {
        for (String kind : List.of("take care", "how did the scan go?", "my mum was on insulin too")) {
            assertThat(ClinicalInstruction.in(kind)).as(kind).isFalse();
        }
        assertThat(ClinicalInstruction.in("10 units should do it")).isTrue();
    }
}
