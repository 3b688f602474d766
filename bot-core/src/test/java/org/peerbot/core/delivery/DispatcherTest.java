package org.peerbot.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.memory.InMemoryStores;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.testing.MutableClock;
import org.peerbot.core.testing.RecordingSender;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DispatcherTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryStores memory = new InMemoryStores();
    private final RecordingSender telegram = new RecordingSender(Platform.TELEGRAM);
    private final ConversationRef a = new ConversationRef(Platform.TELEGRAM, "1");
    private final ConversationRef b = new ConversationRef(Platform.TELEGRAM, "2");
    private int ids;

    private Dispatcher dispatcher(DeliveryPolicy policy) {
        return new Dispatcher(memory.stores(), Map.of(Platform.TELEGRAM, telegram), Map.of(Platform.TELEGRAM, policy),
                clock, null);
    }

    /** A Telegram sender that does {@code send} (slow sends, sends that wait for each other). */
    private static MessageSender sender(Function<OutboundMessage, SendResult> send) {
        return new MessageSender() {
            @Override
            public Platform platform() {
                return Platform.TELEGRAM;
            }

            @Override
            public SendResult send(OutboundMessage message) {
                return send.apply(message);
            }
        };
    }

    private void queue(ConversationRef to, String text, boolean urgent) {
        OutboundMessage m = OutboundMessage.to(to, text);
        memory.outbox().add(new OutboxEntry(String.format("%05d", ids++), null, urgent ? m.urgent() : m, null,
                clock.instant(), 0, clock.instant()));
    }

    @Test
    void urgentRepliesJumpTheQueue() {
        for (int i = 0; i < 5; i++) {
            queue(a, "normal " + i, false);
        }
        queue(b, "crisis", true);
        dispatcher(DeliveryPolicy.unlimited()).drain(Platform.TELEGRAM);
        assertThat(telegram.all()).first().extracting(RecordingSender.Delivered::text).isEqualTo("crisis");
        assertThat(telegram.all()).hasSize(6);
    }

    @Test
    void aRateLimitIsHonouredAndNothingIsLostOrSentTwice() {
        queue(a, "one", false);
        queue(a, "two", false);
        telegram.failNext(new SendResult.RetryAfter(Duration.ofSeconds(3), "429"));
        Dispatcher d = dispatcher(DeliveryPolicy.unlimited());

        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).isEmpty();
        assertThat(memory.outbox().backlog(Platform.TELEGRAM)).isEqualTo(2);

        clock.advance(Duration.ofSeconds(3));
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).extracting(RecordingSender.Delivered::text).containsExactly("one", "two");
        assertThat(memory.outbox().backlog(Platform.TELEGRAM)).isZero();
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).hasSize(2);
    }

    @Test
    void passingFaultsBackOffAndPermanentFailuresAreDropped() {
        queue(a, "one", false);
        queue(b, "gone", false);
        telegram.failNext(new SendResult.RetryAfter(Duration.ZERO, "500"), new SendResult.Failed("blocked"));
        Dispatcher d = dispatcher(DeliveryPolicy.unlimited());
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).extracting(RecordingSender.Delivered::text).containsExactly("one");
        assertThat(memory.outbox().backlog(Platform.TELEGRAM)).isZero();
    }

    @Test
    void aChatKeepsItsOrderWhenItsEarlierMessageIsRetriedAndALaterOneIsTakenFirst() {
        // a1 meets a passing fault and is due again in half a second; a2, written meanwhile, is due now and is
        // what the outbox hands out first. It must wait for a1.
        queue(a, "a1", false);
        telegram.failNext(new SendResult.RetryAfter(Duration.ZERO, "502"));
        Dispatcher d = dispatcher(DeliveryPolicy.unlimited());
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).isEmpty();
        queue(a, "a2", false);
        queue(b, "b1", false);
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).extracting(RecordingSender.Delivered::text).containsExactly("b1");
        clock.advance(Duration.ofMillis(500));
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).extracting(RecordingSender.Delivered::text).containsExactly("b1", "a1", "a2");
        assertThat(memory.outbox().backlog(Platform.TELEGRAM)).isZero();
    }

    @Test
    void oneChatIsPacedWhileOthersFlow() {
        queue(a, "a1", false);
        queue(a, "a2", false);
        queue(b, "b1", false);
        Dispatcher d = dispatcher(new DeliveryPolicy(Duration.ofSeconds(1), 30));
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).extracting(RecordingSender.Delivered::text).containsExactly("a1", "b1");
        clock.advance(Duration.ofSeconds(1));
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).extracting(RecordingSender.Delivered::text).containsExactly("a1", "b1", "a2");
    }

    @Test
    void limitsCountFromWhenASendReturnedSoASlowSendCannotCauseA429() {
        // Each send takes 400 ms: the platform may receive it at any point of that, so the chat's next
        // message and the second's budget count from when it returned.
        MessageSender slow = sender(message -> {
            clock.advance(Duration.ofMillis(400));
            return telegram.send(message);
        });
        queue(a, "a1", false);
        queue(a, "a2", false);
        queue(b, "b1", false);
        Dispatcher d = new Dispatcher(memory.stores(), Map.of(Platform.TELEGRAM, slow),
                Map.of(Platform.TELEGRAM, new DeliveryPolicy(Duration.ofSeconds(1), 2)), clock, null);
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).extracting(RecordingSender.Delivered::text).containsExactly("a1", "b1");
        // a1 returned at +0.4 s, b1 at +0.8 s: a2 may go at +1.4 s, not at +1.0 s.
        clock.advance(Duration.ofMillis(200));
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).hasSize(2);
        clock.advance(Duration.ofMillis(400));
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).extracting(RecordingSender.Delivered::text).containsExactly("a1", "b1", "a2");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8})
    void theOverallRateIsCappedWithOneOrManySendsInFlight(int inFlight) {
        for (int i = 0; i < 40; i++) {
            queue(new ConversationRef(Platform.TELEGRAM, "c" + i), "m" + i, false);
        }
        try (Dispatcher d = dispatcher(new DeliveryPolicy(Duration.ofSeconds(1), 30, inFlight))) {
            d.drain(Platform.TELEGRAM);
            // One of the 30 a second is kept for urgent messages.
            assertThat(telegram.all()).hasSize(29);
            clock.advance(Duration.ofSeconds(1));
            d.drain(Platform.TELEGRAM);
            assertThat(telegram.all()).hasSize(40);
        }
        assertThat(List.copyOf(telegram.all())).extracting(RecordingSender.Delivered::text).doesNotHaveDuplicates();
        assertThat(memory.outbox().backlog(Platform.TELEGRAM)).isZero();
    }

    @Test
    void aCrisisReplyDoesNotWaitBehindAFullSecondOfOrdinaryReplies() {
        for (int i = 0; i < 40; i++) {
            queue(new ConversationRef(Platform.TELEGRAM, "c" + i), "m" + i, false);
        }
        Dispatcher d = dispatcher(new DeliveryPolicy(Duration.ofSeconds(1), 30));
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).hasSize(29);
        clock.advance(Duration.ofMillis(300));
        queue(b, "crisis", true);
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).hasSize(30).last().extracting(RecordingSender.Delivered::text).isEqualTo("crisis");
        queue(a, "second crisis", true);
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).as("the second is within the overall cap again").hasSize(30);
        clock.advance(Duration.ofMillis(700));
        d.drain(Platform.TELEGRAM);
        assertThat(telegram.all()).hasSize(42).element(30).extracting(RecordingSender.Delivered::text)
                .isEqualTo("second crisis");
    }

    @Test
    void aCrisisReplyWrittenWhileOrdinaryRepliesFillTheRateGoesAtOnce() {
        // The worker holds about a second of ordinary replies taken ahead (30 for Telegram), and they fill the rate:
        // a crisis reply written now must still be found in the outbox and take the slot kept for urgent messages.
        for (int i = 0; i < 59; i++) {
            queue(new ConversationRef(Platform.TELEGRAM, "c" + i), "m" + i, false);
        }
        try (Dispatcher d = dispatcher(DeliveryPolicy.telegram())) {
            d.start(Set.of(Platform.TELEGRAM));
            await().atMost(Duration.ofSeconds(5)).until(() -> telegram.all().size() == 29);
            // Past the least time between two looks in the outbox: the worker takes the rest, 30 held.
            clock.advance(Duration.ofMillis(60));
            d.wake();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> memory.outbox().nextDue(Platform.TELEGRAM).isAfter(clock.instant()));
            queue(b, "crisis", true);
            clock.advance(Duration.ofMillis(60));
            d.wake();
            await().atMost(Duration.ofSeconds(5)).until(() -> telegram.all().size() == 30);
            assertThat(telegram.all()).last().extracting(RecordingSender.Delivered::text).isEqualTo("crisis");
        }
    }

    @Test
    void differentChatsAreInFlightTogetherAndEachChatKeepsItsOrder() throws Exception {
        // The first four sends wait for each other: one send at a time would break the barrier and fail.
        CyclicBarrier together = new CyclicBarrier(4);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        MessageSender slow = sender(message -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (message.text().endsWith("-0")) {
                    together.await(10, TimeUnit.SECONDS);
                }
                return telegram.send(message);
            } catch (Exception e) {
                return new SendResult.Failed("not in flight together: " + e);
            } finally {
                inFlight.decrementAndGet();
            }
        });
        for (int m = 0; m < 3; m++) {
            for (int c = 0; c < 4; c++) {
                queue(new ConversationRef(Platform.TELEGRAM, "c" + c), "c" + c + "-" + m, false);
            }
        }
        try (Dispatcher d = new Dispatcher(memory.stores(), Map.of(Platform.TELEGRAM, slow),
                Map.of(Platform.TELEGRAM, new DeliveryPolicy(Duration.ZERO, 1000, 4)), clock, null)) {
            d.drain(Platform.TELEGRAM);
        }
        assertThat(most.get()).isEqualTo(4);
        assertThat(telegram.all()).hasSize(12);
        for (int c = 0; c < 4; c++) {
            assertThat(telegram.to(new ConversationRef(Platform.TELEGRAM, "c" + c)))
                    .extracting(RecordingSender.Delivered::text).containsExactly("c" + c + "-0", "c" + c + "-1", "c" + c + "-2");
        }
    }

    /**
     * A platform {@code trip} away on the test's clock: each send waits until the test lets it return, and
     * {@link #returnEarliest} moves the clock to when the earliest send in flight comes back.
     */
    private static final class SlowNetwork implements MessageSender {
        private record Call(OutboundMessage message, Instant back, CountDownLatch returned) {
        }

        private final MutableClock clock;
        private final Duration trip;
        private final List<Call> inFlight = new ArrayList<>();
        private final List<OutboundMessage> delivered = new ArrayList<>();

        SlowNetwork(MutableClock clock, Duration trip) {
            this.clock = clock;
            this.trip = trip;
        }

        @Override
        public Platform platform() {
            return Platform.TELEGRAM;
        }

        @Override
        public SendResult send(OutboundMessage message) {
            Call call = new Call(message, clock.instant().plus(trip), new CountDownLatch(1));
            synchronized (this) {
                inFlight.add(call);
            }
            try {
                if (!call.returned().await(30, TimeUnit.SECONDS)) {
                    return new SendResult.Failed("never returned");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SendResult.Failed("interrupted");
            }
            return new SendResult.Sent("m" + message.text(), null);
        }

        synchronized int inFlight() {
            return inFlight.size();
        }

        synchronized int delivered() {
            return delivered.size();
        }

        /** The earliest send in flight comes back, the clock moved on to that moment. */
        void returnEarliest() {
            Call first;
            synchronized (this) {
                first = inFlight.stream().min(java.util.Comparator.comparing(Call::back)).orElseThrow();
                inFlight.remove(first);
                delivered.add(first.message());
            }
            if (first.back().isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), first.back()));
            }
            first.returned().countDown();
        }
    }

    @Test
    void thePipeStaysFullWhileSendsTakeAHundredMilliseconds() {
        // 100 ms away, 4 sends in flight allowed and no tighter limit: 40 a second when a returning send's place
        // is taken at once. Waiting for a whole claimed batch before taking the next left places empty at the
        // tail of every batch (and the rate at 100 ms under 0.95 of Telegram's cap).
        SlowNetwork network = new SlowNetwork(clock, Duration.ofMillis(100));
        int messages = 120;
        for (int i = 0; i < messages; i++) {
            queue(new ConversationRef(Platform.TELEGRAM, "c" + i), "m" + i, false);
        }
        Instant began = clock.instant();
        try (Dispatcher d = new Dispatcher(memory.stores(), Map.of(Platform.TELEGRAM, network),
                Map.of(Platform.TELEGRAM, new DeliveryPolicy(Duration.ZERO, 1000, 4)), clock, null)) {
            d.start(Set.of(Platform.TELEGRAM));
            while (network.delivered() < messages) {
                int unsent = messages - network.delivered();
                await("4 in flight while " + unsent + " are unsent").atMost(Duration.ofSeconds(5))
                        .until(() -> network.inFlight() == Math.min(4, unsent));
                network.returnEarliest();
            }
        }
        // 120 sends, 4 at a time, 100 ms each: 3 s on the test's clock with the pipe never idle (40 a second).
        assertThat(Duration.between(began, clock.instant())).isEqualTo(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(5)).until(() -> memory.outbox().backlog(Platform.TELEGRAM) == 0);
    }
}
