package org.peerbot.core.conversation;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.RecordingSender;
import org.peerbot.core.testing.ScriptedTriage;
import org.slf4j.LoggerFactory;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 7: forged button data, acting on someone else's chat, volunteer commands from members and
 * claims from outside the roster or role are refused with a clear sentence, change nothing, and are logged
 * without the words or data anyone sent.
 */
class AuthorisationTest {

    private static final String FORGED = "claim:zebra-forged-data";

    private final Harness h = new Harness(new ScriptedTriage());
    private final ConversationRef alex = Harness.member("1001");
    private final ConversationRef jo = Harness.member("1002");
    private final ConversationRef tgPlace = new ConversationRef(Platform.TELEGRAM, "volunteers");
    private final ConversationRef dcPlace = new ConversationRef(Platform.DISCORD, "volunteers");
    private final Sender ash = Sender.of(Platform.TELEGRAM, "501");
    private final Sender bo = Sender.of(Platform.DISCORD, "601");
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void release() {
        root.detachAppender(logs);
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(l -> l.contains("zebra"));
    }

    private String answerTo(Sender who) {
        return h.sender(who.platform()).all().stream()
                .filter(d -> d.message().to() instanceof org.peerbot.core.model.Address.Ephemeral)
                .map(RecordingSender.Delivered::text).reduce((a, b) -> b).orElse("");
    }

    private Handoff waitingFor(ConversationRef member) {
        return h.memory.handoffs().waiting().stream().filter(x -> x.memberAddress().equals(member)).findFirst()
                .orElseThrow();
    }

    private boolean logged(String fragment) {
        return logs.list.stream().anyMatch(e -> e.getFormattedMessage().contains(fragment));
    }

    @Test
    void forgedClaimDataIsRefusedAndChangesNothing() {
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty on");
        h.say(alex, "/talk");

        h.press(tgPlace, Space.VOLUNTEERS, ash, FORGED);
        assertThat(answerTo(ash)).isEqualTo("That request is no longer open.");
        assertThat(h.memory.handoffs().waiting()).hasSize(1);
        assertThat(logged("claim refused")).isTrue();

        // A real id pressed from somewhere other than the volunteers' place (a copied button) is refused too.
        Handoff real = waitingFor(alex);
        h.press(alex, Space.PRIVATE, ash, "claim:" + real.id());
        assertThat(answerTo(ash)).isEqualTo("Sorry, only people on the team can take this one.");
        assertThat(h.memory.handoffs().find(real.id()).orElseThrow().status()).isEqualTo(HandoffStatus.WAITING);
    }

    @Test
    void aClaimOfAHandoffThatIsNoLongerOfferedIsRefused() {
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty on");
        h.say(alex, "/talk");
        Handoff gone = waitingFor(alex);
        h.say(alex, "/cancel");

        h.press(tgPlace, Space.VOLUNTEERS, ash, "claim:" + gone.id());
        assertThat(answerTo(ash)).isEqualTo("That request is no longer open.");
        assertThat(h.memory.handoffs().find(gone.id()).orElseThrow().volunteerId()).isNull();
    }

    @Test
    void someoneOutsideTheRosterOrRoleCannotClaim() {
        h.say(alex, "/talk");
        Handoff waiting = waitingFor(alex);
        Sender stranger = Sender.of(Platform.DISCORD, "999");
        h.press(dcPlace, Space.VOLUNTEERS, stranger, "claim:" + waiting.id());
        assertThat(answerTo(stranger)).isEqualTo("Sorry, only people on the team can take this one.");
        assertThat(h.memory.handoffs().find(waiting.id()).orElseThrow().status()).isEqualTo(HandoffStatus.WAITING);
        assertThat(logged("claim refused: not a volunteer")).isTrue();

        h.volunteerSays(Platform.DISCORD, "999", dcPlace, Space.VOLUNTEERS, "/claim " + waiting.id());
        assertThat(h.textsTo(dcPlace)).last().isEqualTo("Sorry, only people on the team can take this one.");
    }

    @Test
    void aVolunteerCannotActOnAnotherVolunteersChatNorHaveTheirOwnEndedByMistake() {
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty on");
        h.volunteerSays(Platform.DISCORD, "601", dcPlace, Space.VOLUNTEERS, "/duty on");
        h.say(alex, "/talk");
        h.press(tgPlace, Space.VOLUNTEERS, ash, "claim:" + waitingFor(alex).id());
        h.say(jo, "/talk");
        h.press(dcPlace, Space.VOLUNTEERS, bo, "claim:" + waitingFor(jo).id());
        Handoff ashChat = h.memory.handoffs().claimedBy("ash").get(0);
        Handoff boChat = h.memory.handoffs().claimedBy("bo").get(0);

        // Bo writes /end in Ash's room.
        h.volunteerSays(Platform.DISCORD, "601", ashChat.room(), Space.VOLUNTEERS, "/end");
        assertThat(h.textsTo(ashChat.room())).last().asString().startsWith("This chat is with another volunteer");
        assertThat(h.memory.handoffs().find(ashChat.id()).orElseThrow().status()).isEqualTo(HandoffStatus.CLAIMED);
        assertThat(h.memory.handoffs().find(boChat.id()).orElseThrow().status()).isEqualTo(HandoffStatus.CLAIMED);
        assertThat(logged("refused: another volunteer's chat")).isTrue();

        // Bo's words in Ash's room never reach Ash's member.
        h.volunteerSays(Platform.DISCORD, "601", ashChat.room(), Space.VOLUNTEERS, "zebra hello from bo");
        assertThat(h.textsTo(alex)).noneMatch(t -> t.contains("zebra"));
    }

    @Test
    void membersAreToldThatVolunteerCommandsAreForVolunteers() {
        h.say(jo, "/talk");
        h.say(alex, "hi");
        for (String command : List.of("/duty on", "/claim", "/handback", "/transfer Ash", "/escalate", "/clear",
                "/queue")) {
            assertThat(h.say(alex, command)).as(command)
                    .containsExactly("That command is for our volunteers. Type /help to see what you can do.");
        }
        assertThat(h.memory.handoffs().waiting()).hasSize(1);
        assertThat(h.memory.volunteers().onDuty()).isEmpty();
        assertThat(logged("refused: the sender is not a volunteer")).isTrue();
    }

    @Test
    void aMemberWhoTypesEndLeavesTheirOwnChatAndTheVolunteerIsTold() {
        h.volunteerSays(Platform.TELEGRAM, "501", tgPlace, Space.VOLUNTEERS, "/duty on");
        h.say(alex, "/talk");
        Handoff w = waitingFor(alex);
        h.press(tgPlace, Space.VOLUNTEERS, ash, "claim:" + w.id());
        ConversationRef room = h.memory.handoffs().find(w.id()).orElseThrow().room();

        assertThat(h.say(alex, "/end")).containsExactly(
                "Okay, I've ended your chat with the volunteer. I'm still here if you want to talk.");
        assertThat(h.textsTo(room)).last().isEqualTo(w.pseudonym() + " has left the chat.");
        assertThat(h.memory.handoffs().find(w.id()).orElseThrow().status()).isEqualTo(HandoffStatus.ENDED);
    }
}
