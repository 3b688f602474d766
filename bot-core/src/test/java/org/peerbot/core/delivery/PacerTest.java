package org.peerbot.core.delivery;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peerbot.core.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

class PacerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void aSendStillInFlightAfterASecondStillCounts() {
        Pacer pacer = new Pacer(new DeliveryPolicy(Duration.ZERO, 2), clock);
        Instant t0 = clock.instant();
        assertThat(pacer.reserve("a", false, false).granted()).isTrue();
        assertThat(pacer.reserve("b", false, false).granted()).isTrue();
        // Both still out 1.5 s later: either may reach the platform now, so nothing else may go yet.
        clock.advance(Duration.ofMillis(1500));
        Pacer.Slot c = pacer.reserve("c", false, false);
        assertThat(c.granted()).isFalse();
        assertThat(c.overall()).isTrue();
        pacer.finished("a", false, t0);
        assertThat(pacer.reserve("c", false, false).granted()).as("a may have arrived just now").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(pacer.reserve("c", false, false).granted()).isTrue();
    }

    @Test
    void theFirstRoundTripsCountFromTheirReturnAndLaterOnesFromTheReturnLessTheShortestTrip() {
        Pacer pacer = new Pacer(new DeliveryPolicy(Duration.ZERO, 1), clock);
        Duration trip = Duration.ofMillis(150);
        for (int i = 1; i < Pacer.TRIPS_TRUSTED; i++) {
            Instant start = clock.instant();
            assertThat(pacer.reserve("c" + i, false, false).granted()).isTrue();
            clock.advance(trip);
            pacer.finished("c" + i, false, start);
            // Counted from the return: free again a second after it, not a second after the start.
            clock.advance(Duration.ofMillis(1000 - 150));
            Pacer.Slot early = pacer.reserve("x", false, false);
            assertThat(early.granted()).as("trip %d", i).isFalse();
            assertThat(early.readyAt()).isEqualTo(start.plus(trip).plusSeconds(1));
            clock.advance(trip);
        }
        // With this one, enough trips are measured: its slot counts from its return less the shortest trip (its
        // start), and a few milliseconds for the platform's jitter.
        Instant start = clock.instant();
        assertThat(pacer.reserve("d", false, false).granted()).isTrue();
        clock.advance(trip);
        pacer.finished("d", false, start);
        clock.advance(Duration.ofMillis(1000 - 150));
        assertThat(pacer.reserve("e", false, false).readyAt()).isEqualTo(start.plusSeconds(1).plus(Pacer.JITTER));
        clock.advance(Pacer.JITTER);
        assertThat(pacer.reserve("e", false, false).granted()).isTrue();
    }
}
