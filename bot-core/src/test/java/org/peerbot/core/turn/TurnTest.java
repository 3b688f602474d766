package org.peerbot.core.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Platform;

class TurnTest {
    private final Ids ids = new Ids(Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
    private final Address place = new Address.Chat(new ConversationRef(Platform.TELEGRAM, "volunteers"));

    @Test
    void sentencesOfOneEventToOnePlaceGoAsOneMessage() {
        Turn turn = new Turn();
        turn.say(place, "You are on duty.", null);
        turn.say(place, "Nobody is waiting.", null);
        assertThat(turn.entries(ids, Instant.EPOCH)).singleElement()
                .satisfies(e -> assertThat(e.message().text()).isEqualTo("You are on duty.\n\nNobody is waiting."));
    }

    @Test
    void theRepliesOfTwoEventsInOneBatchStayTwoMessages() {
        Turn turn = new Turn();
        turn.say(place, "You are on duty.", null);
        turn.endOfEvent();
        turn.say(place, "You are on duty.", null);
        assertThat(turn.entries(ids, Instant.EPOCH)).hasSize(2);
    }
}
