package org.peerbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.ScriptedTriage;
import org.slf4j.LoggerFactory;

/** With every logger at DEBUG, no word a member or volunteer wrote reaches a log line. */
class NoTextInLogsTest {

    private static final String CRISIS = "zebra-crisis I want to end it all";
    private static final String CLINICAL = "zebra-clinical can I stop my tablets";
    private static final String SHARING = "zebra-sharing my week was awful";
    private static final String RELAY_IN = "zebra-relay-member hello are you there";
    private static final String RELAY_OUT = "zebra-relay-volunteer yes I am here";
    private static final String SECRET_ID = "778899001";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level before;

    @BeforeEach
    void capture() {
        before = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(before);
    }

    @Test
    void scriptedConversationsLeaveNoTextInAnyLogLine() {
        Harness h = new Harness(new ScriptedTriage().crisis(CRISIS, CrisisKind.SELF_HARM)
                .on(CLINICAL, Category.CLINICAL));
        ConversationRef member = new ConversationRef(Platform.TELEGRAM, SECRET_ID);
        ConversationRef place = new ConversationRef(Platform.TELEGRAM, "volunteers");
        h.say(member, "hello");
        h.sender(Platform.TELEGRAM).failNext(new SendResult.RetryAfter(Duration.ZERO, "500"),
                new SendResult.Failed("blocked"));
        h.say(member, SHARING);
        h.say(member, CLINICAL);
        h.volunteerSays(Platform.TELEGRAM, "501", place, Space.VOLUNTEERS, "/duty on");
        h.say(member, CRISIS);
        String id = h.memory.handoffs().waiting().get(0).id();
        h.press(place, Space.VOLUNTEERS, Sender.of(Platform.TELEGRAM, "501"), "claim:" + id);
        h.later(Duration.ofSeconds(2));
        ConversationRef room = new ConversationRef(Platform.TELEGRAM, "room-" + id);
        h.say(member, RELAY_IN);
        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, RELAY_OUT);
        assertThat(h.textsTo(member)).as("the relay really ran").anySatisfy(t -> assertThat(t).contains(RELAY_OUT));
        h.volunteerSays(Platform.TELEGRAM, "501", room, Space.VOLUNTEERS, "/end");
        h.say(member, "/forget");

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : appender.list) {
            lines.add(e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getMessage());
            }
        }
        assertThat(lines).as("the test produced log lines to check").isNotEmpty();
        assertThat(String.join("\n", lines)).doesNotContain("zebra").doesNotContain(SECRET_ID);
    }
}
