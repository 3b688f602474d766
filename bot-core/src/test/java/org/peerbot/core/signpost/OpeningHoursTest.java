package org.peerbot.core.signpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningHoursTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static OpeningHours weekly(String... slots) {
        return OpeningHours.weekly(LONDON, List.of(slots), null, null);
    }

    @Test
    void londonWeekdayHoursKeepLocalTimeAcrossBstAndGmt() {
        OpeningHours mind = weekly("mon-fri 09:00-18:00");
        // Wednesday 1 July 2026, BST (UTC+1): 08:30 UTC is 09:30 local.
        assertThat(mind.openAt(Instant.parse("2026-07-01T08:30:00Z"))).isTrue();
        assertThat(mind.openAt(Instant.parse("2026-07-01T16:59:00Z"))).isTrue();
        assertThat(mind.openAt(Instant.parse("2026-07-01T17:00:00Z"))).isFalse();
        // Wednesday 7 January 2026, GMT: 08:30 UTC is 08:30 local.
        assertThat(mind.openAt(Instant.parse("2026-01-07T08:30:00Z"))).isFalse();
        assertThat(mind.openAt(Instant.parse("2026-01-07T17:30:00Z"))).isTrue();
    }

    @Test
    void theDayTheClocksGoForward() {
        OpeningHours macmillan = weekly("daily 08:00-20:00");
        // Sunday 29 March 2026 starts on GMT and moves to BST at 01:00 UTC.
        assertThat(macmillan.openAt(Instant.parse("2026-03-29T07:30:00Z"))).isTrue();   // 08:30 BST
        assertThat(macmillan.openAt(Instant.parse("2026-03-28T07:30:00Z"))).isFalse();  // 07:30 GMT
        assertThat(macmillan.openAt(Instant.parse("2026-03-29T19:30:00Z"))).isFalse();  // 20:30 BST
    }

    @Test
    void slotsRunPastMidnightAndAcrossTheWeekend() {
        OpeningHours breathingSpace = weekly("mon-thu 18:00-02:00", "fri 18:00-mon 06:00");
        assertThat(breathingSpace.openAt(Instant.parse("2026-11-24T01:30:00Z"))).isTrue();   // Tue 01:30, from Monday night
        assertThat(breathingSpace.openAt(Instant.parse("2026-11-24T02:00:00Z"))).isFalse();  // Tue 02:00
        assertThat(breathingSpace.openAt(Instant.parse("2026-11-27T01:30:00Z"))).isTrue();   // Fri 01:30, from Thursday night
        assertThat(breathingSpace.openAt(Instant.parse("2026-11-28T01:30:00Z"))).isTrue();   // Sat 01:30
        assertThat(breathingSpace.openAt(Instant.parse("2026-11-27T12:00:00Z"))).isFalse();  // Fri midday
        assertThat(breathingSpace.openAt(Instant.parse("2026-11-29T12:00:00Z"))).isTrue();   // Sun midday
        assertThat(breathingSpace.openAt(Instant.parse("2026-11-30T05:59:00Z"))).isTrue();   // Mon 05:59
        assertThat(breathingSpace.openAt(Instant.parse("2026-11-30T06:00:00Z"))).isFalse();  // Mon 06:00
    }

    @Test
    void aSpanThatWrapsPastSundayNight() {
        OpeningHours weekend = weekly("sat 09:00-mon 09:00");
        assertThat(weekend.openAt(Instant.parse("2026-11-23T08:59:00Z"))).isTrue();  // Mon 08:59
        assertThat(weekend.openAt(Instant.parse("2026-11-23T09:00:00Z"))).isFalse();
        assertThat(weekend.openAt(Instant.parse("2026-11-21T08:59:00Z"))).isFalse(); // Sat 08:59
    }

    @Test
    void theServicesTimeZoneDecides() {
        OpeningHours auckland = OpeningHours.weekly(ZoneId.of("Pacific/Auckland"), List.of("mon-fri 08:00-17:00"), null, null);
        // Sunday 19:30 UTC in November is Monday 08:30 NZDT.
        assertThat(auckland.openAt(Instant.parse("2026-11-22T19:30:00Z"))).isTrue();
        // Friday 19:30 UTC in November is Saturday 08:30 NZDT.
        assertThat(auckland.openAt(Instant.parse("2026-11-27T19:30:00Z"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mon-fri 09:00-18:00              | Mon to Fri, 9am to 6pm
            daily 08:00-20:00                | every day, 8am to 8pm
            sat 10:30-12:00                  | Sat, 10:30am to midday
            sat-sun 00:00-24:00              | Sat to Sun, all day
            mon,wed-thu 18:00-00:00          | Mon and Wed to Thu, 6pm to midnight
            fri 18:00-mon 06:00              | Fri 6pm to Mon 6am
            """)
    void displayIsPlainEnglish(String slot, String display) {
        assertThat(weekly(slot).display()).isEqualTo(display);
    }

    @Test
    void alwaysOpenAndNotesAndOverrides() {
        assertThat(OpeningHours.always(LONDON, null, null).display()).isEqualTo("any time");
        assertThat(OpeningHours.always(LONDON, null, null).openAt(Instant.EPOCH)).isTrue();
        assertThat(OpeningHours.weekly(LONDON, List.of("mon-fri 08:00-18:00"), "check your own surgery's", null).display())
                .isEqualTo("Mon to Fri, 8am to 6pm (check your own surgery's)");
        assertThat(OpeningHours.weekly(LONDON, List.of("mon-fri 08:00-18:00"), null, "weekdays").display()).isEqualTo("weekdays");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            monday 09:00-18:00       | unknown day 'monday'
            mon-fri 09:00            | is not understood
            mon-fri 09:00-09:00      | starts and ends at the same time
            mon-fri 24:00-18:00      | has a bad time '24:00'
            mon-fri 09:60-18:00      | has a bad time '09:60'
            mon,mon-tue 09:00-10:00  | names a day twice
            """)
    void badSlotsSayWhatIsWrong(String slot, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> weekly(slot)).withMessageContaining(message);
    }
}
