package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.ListeningNotes;

class ListeningNotesTest {

    @Test
    void notesSurviveTheirStoredFormAndHoldNoText() {
        ListeningNotes notes = ListeningNotes.NONE.heard(List.of("relation:nan", "thing:appeal"), List.of("benefits"))
                .signposted(List.of("benefits")).venting(true).nextTurn(true).nextTurn(false).summarised();
        assertThat(ListeningNotes.decode(notes.encode())).isEqualTo(notes);
        assertThat(notes.askedLastTurn()).isFalse();
    }

    @Test
    void theEmergencyCountSurvivesAndOlderStoredFormsReadAsNone() {
        ListeningNotes notes = ListeningNotes.NONE.withCrisisBlock().emergency(2);
        assertThat(ListeningNotes.decode(notes.encode()).emergencyLeft()).isEqualTo(2);
        // rows written before session 12 have no e= part
        assertThat(ListeningNotes.decode("t=3;q=2;s=-1;c=-1;f=b;p=;h=;o=").emergencyLeft()).isZero();
        assertThat(ListeningNotes.decode("t=3;q=2;s=-1;c=-1;f=b;p=;h=;o=").crisisBlockGiven()).isTrue();
    }

    @Test
    void theToneSurvivesAndOlderStoredFormsHaveNone() {
        ListeningNotes notes = ListeningNotes.NONE.heard(List.of("relation:mum"), List.of()).toned("good");
        assertThat(ListeningNotes.decode(notes.encode())).isEqualTo(notes);
        assertThat(ListeningNotes.decode(notes.encode()).tone()).isEqualTo("good");
        assertThat(ListeningNotes.decode("t=3;q=2;s=-1;c=-1;f=b;p=;h=;o=").tone()).isEmpty();
        // only the two tones are read back; anything else stored is no tone
        assertThat(ListeningNotes.decode("t=3;q=2;s=-1;c=-1;f=;p=;h=;o=;m=hello there").tone()).isEmpty();
    }

    @Test
    void threadsKeepTheNewestFewWithoutRepeats() {
        ListeningNotes notes = ListeningNotes.NONE.heard(List.of("a", "b", "c"), List.of())
                .heard(List.of("a", "d", "e"), List.of());
        assertThat(notes.threads()).containsExactly("c", "a", "d", "e");
    }

    @Test
    void anUnreadableStoredFormGivesFreshNotesRatherThanFailingATurn() {
        assertThat(ListeningNotes.decode("t=abc;q=")).isEqualTo(ListeningNotes.NONE);
        assertThat(ListeningNotes.decode(null)).isEqualTo(ListeningNotes.NONE);
    }
}
