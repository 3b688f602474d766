package org.peerbot.core.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.ScriptedTriage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 18: a crisis message is triaged on arrival and its turn goes ahead of ordinary turns already waiting. */
class CrisisFirstInboundTest {

    private static final String CRISIS = "I want to end it all";
    private static final int ORDINARY = 40;

    /** Counts how often each text is triaged: once, on arrival (the turn reuses that reading). */
    private static final class CountingTriage implements Function<String, TriageResult> {
        final ScriptedTriage scripted = new ScriptedTriage().crisis(CRISIS, CrisisKind.SELF_HARM);
        final Map<String, Integer> looks = new ConcurrentHashMap<>();

        @Override
        public TriageResult apply(String text) {
            looks.merge(text, 1, Integer::sum);
            return scripted.apply(text);
        }
    }

    /**
     * Records the category of each member turn, in the order the turns ran (the engine reports it from inside the
     * turn), and holds the first turn until released so that the others queue up behind it.
     */
    private static final class TurnOrder implements EngineEvents {
        final List<Category> turns = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void triaged(Category category) {
            turns.add(category);
            if (turns.size() == 1) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void aCrisisArrivingBehindManyOrdinaryMessagesHasTheNextTurn() throws Exception {
        CountingTriage triage = new CountingTriage();
        TurnOrder order = new TurnOrder();
        Harness h = new Harness(triage, EngineSettings.defaults(), List.of(), "uk", order);
        ExecutorService pool = Executors.newFixedThreadPool(ORDINARY + 2);
        try {
            pool.submit(() -> h.engine.handle(message(h, "9000", "first")));
            await().atMost(Duration.ofSeconds(10)).until(() -> order.turns.size() == 1);
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (int i = 0; i < ORDINARY; i++) {
                String text = "ordinary " + i;
                String who = String.valueOf(9100 + i);
                all.add(pool.submit(() -> h.engine.handle(message(h, who, text))));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> h.engine.turnsWaiting() == ORDINARY);
            all.add(pool.submit(() -> h.engine.handle(message(h, "9999", CRISIS))));
            await().atMost(Duration.ofSeconds(10)).until(() -> h.engine.turnsWaiting() == ORDINARY + 1);
            order.release.countDown();
            for (java.util.concurrent.Future<?> f : all) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(order.turns).hasSize(ORDINARY + 2);
        assertThat(order.turns.get(0)).isEqualTo(Category.SHARING);
        assertThat(order.turns.get(1)).as("the crisis goes ahead of %d ordinary turns waiting", ORDINARY)
                .isEqualTo(Category.CRISIS);
        assertThat(order.turns.subList(2, order.turns.size())).containsOnly(Category.SHARING);
        assertThat(triage.looks).as("each message is triaged once, on arrival").allSatisfy((text, n) ->
                assertThat(n).isEqualTo(1));
        h.deliver();
        assertThat(String.join("\n", h.textsTo(Harness.member("9999")))).contains("116 123");
    }

    @Test
    void aBatchPutsChatsAtRiskFirstKeepsEachChatsOrderAndTriagesEachMessageOnce() {
        CountingTriage triage = new CountingTriage();
        List<String> turns = new CopyOnWriteArrayList<>();
        EngineEvents events = new EngineEvents() {
            @Override
            public void triaged(Category category) {
                turns.add(category.name());
            }
        };
        Harness h = new Harness(triage, EngineSettings.defaults(), List.of(), "uk", events);
        List<org.peerbot.core.model.ChatEvent> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(message(h, String.valueOf(9100 + i), "ordinary " + i));
        }
        batch.add(message(h, "9999", "an earlier message from the same member"));
        batch.add(message(h, "9999", CRISIS));
        h.engine.handleAll(batch);
        h.engine.handleAll(batch); // redelivered: handled once

        assertThat(turns).hasSize(7);
        assertThat(turns.subList(0, 2)).as("the member at risk first, their own messages in order")
                .containsExactly("SHARING", "CRISIS");
        assertThat(triage.looks).allSatisfy((text, n) -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(triage.looks.get(CRISIS)).as("once per delivery, on arrival").isEqualTo(2);
        h.deliver();
        assertThat(String.join("\n", h.textsTo(Harness.member("9999")))).contains("116 123");
        for (int i = 0; i < 5; i++) {
            assertThat(h.textsTo(Harness.member(String.valueOf(9100 + i)))).as("every member answered").isNotEmpty();
        }
    }

    private static org.peerbot.core.model.ChatEvent message(Harness h, String who, String text) {
        return new org.peerbot.core.model.ChatEvent.MessageReceived(h.nextId(), Harness.member(who),
                org.peerbot.core.model.Space.PRIVATE, org.peerbot.core.model.Sender.of(
                        org.peerbot.core.model.Platform.TELEGRAM, who), text, h.clock.instant(), false, null);
    }
}
