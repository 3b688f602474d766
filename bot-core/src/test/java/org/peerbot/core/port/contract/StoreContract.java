package org.peerbot.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Handoff;
import org.peerbot.core.model.HandoffStatus;
import org.peerbot.core.model.Mode;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Priority;
import org.peerbot.core.model.Receipt;
import org.peerbot.core.port.Stores;
import org.peerbot.core.port.VolunteerStore.VolunteerState;

/**
 * What every implementation of the store ports promises. Run against the in-memory stores and against
 * JDBC on H2 and on PostgreSQL.
 */
public abstract class StoreContract {

    protected static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final AtomicInteger SEQ = new AtomicInteger();
    protected Stores s;

    /** Fresh, empty stores for each test. */
    protected abstract Stores freshStores();

    @BeforeEach
    void open() {
        s = freshStores();
    }

    protected static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet() + "-" + System.nanoTime();
    }

    private static ConversationRef chat(String id) {
        return new ConversationRef(Platform.TELEGRAM, id);
    }

    private Handoff request(String key, CrisisKind kind, Instant at) {
        Handoff h = Handoff.request(unique("h"), key, chat("c-" + key), "Robin 12", kind, null, at);
        s.handoffs().insert(h);
        return h;
    }

    @Test
    void conversationsRoundTripAndDelete() {
        String key = unique("k");
        ConversationState state = ConversationState.fresh(key, chat("555"), "Wren 20", T0).introduced(true)
                .flag(CrisisKind.SELF_HARM, T0.plusSeconds(5)).usedPrompt("listen.reflect#1").usedPrompt("x#2")
                .inMode(Mode.WAITING, "h1").quiet(true).seen(T0.plusSeconds(9))
                .withNotes(org.peerbot.core.model.ListeningNotes.NONE.heard(List.of("relation:mum", "thing:exam"),
                        List.of("bereavement")).signposted(List.of("bereavement")).venting(true).withCrisisBlock()
                        .checkIn(true).nextTurn(true).offeredChoices());
        for (int i = 0; i < 40; i++) {
            state = state.usedPrompt("plan.ack.heard#" + i); // a long conversation's worth of sentence ids
        }
        s.conversations().save(state);
        assertThat(s.conversations().find(key)).contains(state);
        s.conversations().save(state.inMode(Mode.BOT, null).clearRisk());
        assertThat(s.conversations().find(key).orElseThrow().risk()).isNull();
        assertThat(s.conversations().delete(key)).isTrue();
        assertThat(s.conversations().find(key)).isEmpty();
        assertThat(s.conversations().delete(key)).isFalse();
    }

    @Test
    void topicsAndLanguageRoundTripOnConversationsAndHandoffs() {
        String key = unique("m");
        ConversationState state = ConversationState.fresh(key, chat("556"), "Wren 21", T0)
                .noticed(List.of("diabetes", "cancer"), "pl");
        s.conversations().save(state);
        assertThat(s.conversations().find(key).orElseThrow()).satisfies(found -> {
            assertThat(found.topics()).containsExactly("diabetes", "cancer");
            assertThat(found.language()).isEqualTo("pl");
        });
        Handoff h = Handoff.request(unique("h"), key, chat("c-" + key), "Wren 21", null,
                List.of("cancer", "mental_health"), "cy", T0);
        s.handoffs().insert(h);
        assertThat(s.handoffs().find(h.id())).contains(h);
        assertThat(s.handoffs().claim(h.id(), "ash", T0.plusSeconds(1), T0.plusSeconds(300))).isTrue();
        Handoff claimed = s.handoffs().find(h.id()).orElseThrow();
        assertThat(claimed.topics()).containsExactly("cancer", "mental_health");
        assertThat(claimed.language()).isEqualTo("cy");
        s.handoffs().update(claimed.backToQueue());
        assertThat(s.handoffs().find(h.id()).orElseThrow().topics()).containsExactly("cancer", "mental_health");
    }

    @Test
    void idleConversationsExcludeRiskAndHandoffs() {
        String idle = unique("idle");
        String flagged = unique("flag");
        String waiting = unique("wait");
        s.conversations().save(ConversationState.fresh(idle, chat("1"), "A", T0));
        s.conversations().save(ConversationState.fresh(flagged, chat("2"), "B", T0).flag(CrisisKind.ABUSE, T0));
        s.conversations().save(ConversationState.fresh(waiting, chat("3"), "C", T0).inMode(Mode.WAITING, "h"));
        List<String> keys = s.conversations().idleSince(T0.plusSeconds(1), 100);
        assertThat(keys).contains(idle).doesNotContain(flagged, waiting);
    }

    @Test
    void theQueueIsUrgentFirstThenLongestWaiting() {
        String k = unique("q");
        Handoff late = request(k + "a", null, T0.plusSeconds(30));
        Handoff early = request(k + "b", null, T0);
        Handoff urgent = request(k + "c", CrisisKind.SELF_HARM, T0.plusSeconds(60));
        assertThat(s.handoffs().waiting()).extracting(Handoff::id)
                .containsSubsequence(urgent.id(), early.id(), late.id());
        assertThat(s.handoffs().openFor(k + "a")).contains(late);
    }

    @Test
    void aClaimIsWonOnceAndEveryFieldRoundTrips() {
        Handoff h = request(unique("k"), null, T0);
        assertThat(s.handoffs().claim(h.id(), "ash", T0.plusSeconds(1), T0.plusSeconds(300))).isTrue();
        assertThat(s.handoffs().claim(h.id(), "bo", T0.plusSeconds(2), T0.plusSeconds(300))).isFalse();
        Handoff claimed = s.handoffs().find(h.id()).orElseThrow();
        assertThat(claimed.status()).isEqualTo(HandoffStatus.CLAIMED);
        assertThat(claimed.volunteerId()).isEqualTo("ash");
        assertThat(claimed.leaseUntil()).isEqualTo(T0.plusSeconds(300));
        ConversationRef room = new ConversationRef(Platform.DISCORD, "thread-9");
        s.handoffs().update(claimed.withRoom(room).volunteerWrote(T0.plusSeconds(20)));
        assertThat(s.handoffs().byRoom(room)).hasValueSatisfying(x -> {
            assertThat(x.leaseUntil()).isNull();
            assertThat(x.lastVolunteerAt()).isEqualTo(T0.plusSeconds(20));
        });
        assertThat(s.handoffs().claimedBy("ash")).extracting(Handoff::id).contains(h.id());
        s.handoffs().update(s.handoffs().find(h.id()).orElseThrow().closed(HandoffStatus.ENDED, T0.plusSeconds(99)));
        assertThat(s.handoffs().byRoom(room)).isEmpty();
        assertThat(s.handoffs().openFor(h.conversationKey())).isEmpty();
    }

    @Test
    void manyConcurrentClaimsHaveExactlyOneWinner() throws Exception {
        Handoff h = request(unique("k"), CrisisKind.SELF_HARM, T0);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger wins = new AtomicInteger();
        List<Future<?>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String v = "v" + i;
            all.add(pool.submit(() -> {
                go.await();
                if (s.tx().inTransaction(() -> s.handoffs().claim(h.id(), v, T0, T0.plusSeconds(60)))) {
                    wins.incrementAndGet();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : all) {
            f.get(20, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(wins).hasValue(1);
    }

    @Test
    void cardsAreRememberedAndForgetErasesHandoffs() {
        String key = unique("k");
        Handoff h = request(key, null, T0);
        s.handoffs().recordCard(h.id(), Platform.TELEGRAM, "77");
        s.handoffs().recordCard(h.id(), Platform.TELEGRAM, "78");
        s.handoffs().recordCard(h.id(), Platform.DISCORD, "99");
        assertThat(s.handoffs().cards(h.id())).containsEntry(Platform.TELEGRAM, "78").containsEntry(Platform.DISCORD, "99");
        assertThat(s.handoffs().deleteFor(key)).isEqualTo(1);
        assertThat(s.handoffs().find(h.id())).isEmpty();
        assertThat(s.handoffs().cards(h.id())).isEmpty();
    }

    @Test
    void closedHandoffsArePurgedAfterRetention() {
        Handoff h = request(unique("k"), null, T0);
        s.handoffs().update(h.closed(HandoffStatus.CANCELLED, T0.plusSeconds(10)));
        Handoff open = request(unique("k"), null, T0);
        assertThat(s.handoffs().purgeClosedBefore(T0.plusSeconds(11))).isGreaterThanOrEqualTo(1);
        assertThat(s.handoffs().find(h.id())).isEmpty();
        assertThat(s.handoffs().find(open.id())).isPresent();
    }

    @Test
    void volunteersAndBlocks() {
        String v = unique("vol");
        assertThat(s.volunteers().find(v)).isEmpty();
        s.volunteers().save(new VolunteerState(v, true, null));
        s.volunteers().save(new VolunteerState(v, true, T0.plusSeconds(600)));
        assertThat(s.volunteers().find(v)).contains(new VolunteerState(v, true, T0.plusSeconds(600)));
        assertThat(s.volunteers().onDuty()).contains(v);
        s.volunteers().save(new VolunteerState(v, false, null));
        assertThat(s.volunteers().onDuty()).doesNotContain(v);

        String key = unique("k");
        s.blocks().block(key, v, "member");
        assertThat(s.blocks().isBlocked(key, v)).isTrue();
        assertThat(s.blocks().blockedByVolunteer(key)).isFalse();
        s.blocks().block(key, v, "volunteer");
        assertThat(s.blocks().blockedByVolunteer(key)).isTrue();
        assertThat(s.blocks().isBlocked(key, "someone-else")).isFalse();
    }

    private OutboxEntry entry(String key, Platform p, String text, boolean urgent, Instant due) {
        OutboundMessage m = new OutboundMessage(new Address.HandoffRoom(p, "h1", "501", "Chat with Robin 12"), text,
                List.of(new Action("Claim", "claim:h1")), urgent ? Priority.URGENT : Priority.NORMAL, null);
        return new OutboxEntry(unique("o"), key, m, new Receipt.RoomOpened("h1"), due, 0, T0);
    }

    @Test
    void theOutboxHandsOutUrgentFirstOnceAndKeepsEverything() {
        Platform p = Platform.DISCORD;
        String key = unique("k");
        OutboxEntry normal = entry(key, p, "normal \u00e9\u2603 line\nnext", false, T0);
        OutboxEntry urgent = entry(key, p, "urgent", true, T0.plusSeconds(1));
        OutboxEntry later = entry(key, p, "later", false, T0.plusSeconds(100));
        s.outbox().add(normal);
        s.outbox().add(urgent);
        s.outbox().add(later);
        assertThatThrownBy(() -> s.outbox().add(normal)).isInstanceOf(RuntimeException.class);
        List<OutboxEntry> first = s.outbox().claimDue(p, T0.plusSeconds(2), T0.plusSeconds(32), 10);
        assertThat(first).extracting(OutboxEntry::id).containsExactly(urgent.id(), normal.id());
        assertThat(first.get(1)).isEqualTo(normal);
        assertThat(s.outbox().claimDue(p, T0.plusSeconds(3), T0.plusSeconds(33), 10)).isEmpty();
        assertThat(s.outbox().backlog(p)).isEqualTo(3);

        s.outbox().markSent(urgent.id(), T0.plusSeconds(4));
        s.outbox().retryAt(normal.id(), T0.plusSeconds(50), 1);
        assertThat(s.outbox().nextDue(p)).isEqualTo(T0.plusSeconds(50));
        assertThat(s.outbox().claimDue(p, T0.plusSeconds(60), T0.plusSeconds(90), 10)).singleElement()
                .satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(s.outbox().claimDue(p, T0.plusSeconds(95), T0.plusSeconds(125), 10)).extracting(OutboxEntry::id)
                .containsExactly(normal.id());
        s.outbox().markFailed(normal.id(), T0.plusSeconds(96));
        assertThat(s.outbox().backlog(p)).isEqualTo(1);
        assertThat(s.outbox().purgeDoneBefore(T0.plusSeconds(97))).isEqualTo(2);
        assertThat(s.outbox().deleteFor(key)).isEqualTo(1);
        assertThat(s.outbox().backlog(p)).isZero();
        assertThat(s.outbox().nextDue(p)).isNull();
    }

    @Test
    void theOutboxKeepsEveryAddressKind() {
        Platform p = Platform.CONSOLE;
        List<Address> addresses = List.of(new Address.Chat(new ConversationRef(p, "m:1")),
                new Address.PrivateChatOf(p, "42"), new Address.VolunteerPlace(p),
                new Address.Ephemeral(p, "cb.1"), new Address.HandoffRoom(p, "h", "u", ""));
        for (Address a : addresses) {
            OutboxEntry e = new OutboxEntry(unique("o"), null, new OutboundMessage(a, "", List.of(), Priority.NORMAL,
                    "55"), null, T0, 0, T0);
            s.outbox().add(e);
            assertThat(s.outbox().claimDue(p, T0, T0.plusSeconds(1), 10)).singleElement().isEqualTo(e);
            s.outbox().markSent(e.id(), T0);
        }
    }

    @Test
    void eventsAreHandledOnceEvenInsideATransaction() {
        String ev = unique("TELEGRAM:tg:");
        assertThat(s.tx().inTransaction(() -> s.events().markFirst(ev, T0))).isTrue();
        assertThat(s.tx().inTransaction(() -> {
            boolean again = s.events().markFirst(ev, T0);
            // The transaction must still work after a duplicate.
            s.volunteers().save(new VolunteerState(unique("v"), false, null));
            return again;
        })).isFalse();
        assertThat(s.events().purgeBefore(T0.plus(Duration.ofDays(1)))).isGreaterThanOrEqualTo(1);
        assertThat(s.events().markFirst(ev, T0)).isTrue();
    }

    @Test
    void talliesAddUpByDayAndKeepEveryConcurrentIncrement() throws Exception {
        String name = unique("t.");
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 23);
        s.tallies().add(today.minusDays(7), name, 100);
        s.tallies().add(today.minusDays(6), name, 2);
        s.tallies().add(today, name, 3);
        assertThat(s.tallies().since(today.minusDays(6))).containsEntry(name, 5L);
        assertThat(s.tallies().since(today.plusDays(1))).doesNotContainKey(name);

        String busy = unique("t.");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(pool.submit(() -> {
                    go.await();
                    for (int j = 0; j < 10; j++) {
                        s.tx().run(() -> s.tallies().add(today, busy, 1));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : all) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(s.tallies().since(today)).containsEntry(busy, 80L);
    }
}
