package org.peerbot.core.delivery;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void doublesFromTheFirstWaitUpToTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(10));
        assertThat(b.after(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(b.after(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(b.after(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(b.after(7)).isEqualTo(Duration.ofSeconds(10));
        assertThat(b.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theOutboxWaitsAreTheOnesItHadBefore() {
        Backoff outbox = new Backoff(Duration.ofMillis(500), Duration.ofMinutes(5));
        for (int attempts = 1; attempts <= 40; attempts++) {
            long before = Math.min(Duration.ofMinutes(5).toMillis(), 250L * (1L << Math.min(attempts, 12)));
            assertThat(outbox.after(attempts).toMillis()).as("attempt %d", attempts).isEqualTo(before);
        }
    }

    @Test
    void refusesAWaitOfNothingOrACapBelowTheFirstWait() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
