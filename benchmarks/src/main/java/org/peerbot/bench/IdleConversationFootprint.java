package org.peerbot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.memory.InMemoryStores;
import org.peerbot.core.testing.MutableClock;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.model.Sender;
import org.peerbot.core.port.ConversationStore;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.Stores;
import org.peerbot.core.triage.Triage;

/**
 * Retained heap per idle conversation: what one running bot keeps in its JVM for a member who wrote once, got
 * the bot's reply, and went quiet. N members each send one ordinary message through the real
 * {@link ConversationEngine}, and the real {@link Dispatcher} delivers the replies (to a sender that only says
 * "sent"); the conversation rows themselves go to a store that keeps nothing in this JVM, as the JDBC store
 * keeps them in the database. Heap is measured after full collections, before and after.
 *
 * <p>Two moments: right after the exchange (the conversation cache, the member's flood-gate window and the
 * dispatcher's per-chat pacing entry), and idle, once the member has been quiet past the flood gate's
 * two-minute window (the engine's clock is moved on; the cache and the pacing entry stay up to ten minutes,
 * after which an idle conversation costs the JVM nothing at all). Repeated {@code --repeats} times in one JVM.
 *
 * <p>Usage: {@code IdleConversationFootprint [--conversations 100000] [--repeats 3] [--out file]}; run it with a
 * fixed heap and the serial collector (bench/run.sh does) so "used after a full GC" is exact.
 */
public final class IdleConversationFootprint {

    private IdleConversationFootprint() {
    }


    /** The database's side of the conversation store: nothing stays in this JVM. */
    static final class ElsewhereConversations implements ConversationStore {
        @Override
        public Optional<ConversationState> find(String key) {
            return Optional.empty();
        }

        @Override
        public void save(ConversationState state) {
        }

        @Override
        public boolean delete(String key) {
            return false;
        }

        @Override
        public List<String> idleSince(Instant before, int limit) {
            return List.of();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BurstHarness.options(args);
        int n = Integer.parseInt(opt.getOrDefault("conversations", "100000"));
        int repeats = Integer.parseInt(opt.getOrDefault("repeats", "3"));
        Triage triage = Fixtures.triage();
        List<String> texts = new ArrayList<>();
        for (String m : Fixtures.messages(4096, 5)) {
            Category c = triage.classify(m).category();
            // Ordinary exchanges: no crisis and no request for a person (those open a handoff, a different state).
            if (c != Category.CRISIS && c != Category.HUMAN && !m.startsWith("/")) {
                texts.add(m);
            }
        }
        List<Double> afterTalk = new ArrayList<>();
        List<Double> idle = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            double[] perConversation = once(n, triage, texts);
            afterTalk.add(perConversation[0]);
            idle.add(perConversation[1]);
            System.out.printf("repeat %d: %.0f bytes per conversation right after the exchange, %.0f when idle%n",
                    r + 1, perConversation[0], perConversation[1]);
        }
        Stats a = Stats.of(afterTalk);
        Stats i = Stats.of(idle);
        String report = Stats.fmt("# Retained heap per conversation with %d conversations (one ordinary message and"
                        + " its reply each; real engine and dispatcher; conversation rows kept outside the JVM as with"
                        + " the JDBC store); %d repeats; java %s, %s, max heap %d MiB%n"
                        + "idle_bytes_per_conversation: %s  target <= 1024: %s%n"
                        + "right_after_exchange_bytes_per_conversation: %s%n",
                n, repeats, System.getProperty("java.version"),
                ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(),
                Runtime.getRuntime().maxMemory() >> 20, i.summary("%.0f"), i.max() <= 1024 ? "met" : "NOT MET",
                a.summary("%.0f"));
        System.out.print(report);
        if (opt.containsKey("out")) {
            Stats.write(Paths.get(opt.get("out")), report);
        }
    }

    private static double[] once(int n, Triage triage, List<String> texts) throws InterruptedException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        InMemoryStores memory = new InMemoryStores();
        Stores stores = new Stores(memory, new ElsewhereConversations(), memory.handoffs(), memory.volunteers(),
                memory.blocks(), memory.outbox(), memory.processedEvents(), memory.stores().tallies());
        MessageSender sent = new MessageSender() {
            @Override
            public Platform platform() {
                return Platform.TELEGRAM;
            }

            @Override
            public SendResult send(OutboundMessage message) {
                return new SendResult.Sent("1", null);
            }
        };
        // Telegram's per-chat spacing; the overall cap lifted, since the clock stands still while it delivers.
        Dispatcher dispatcher = new Dispatcher(stores, Map.of(Platform.TELEGRAM, sent),
                Map.of(Platform.TELEGRAM, new DeliveryPolicy(Duration.ofSeconds(1), 1_000_000)), clock, null);
        ConversationEngine engine = new ConversationEngine(
                EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM)), triage::classify,
                Fixtures.prompts(), Fixtures.directory(), stores, new Roster(List.of()),
                new IdentityKeys("benchmark-secret-0123456789"), clock, null, null);
        // One member first, so that classes, packs and caches exist before the baseline.
        talk(engine, 4_000_000_000L, texts.get(0), clock);
        dispatcher.drain(Platform.TELEGRAM);
        clearDone(stores, clock);
        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
            talk(engine, 5_000_000_000L + i, texts.get(i % texts.size()), clock);
            if (i % 1000 == 999) {
                dispatcher.drain(Platform.TELEGRAM);
                clearDone(stores, clock);
            }
        }
        dispatcher.drain(Platform.TELEGRAM);
        clearDone(stores, clock);
        if (stores.outbox().backlog(Platform.TELEGRAM) != 0) {
            throw new IllegalStateException("replies left undelivered");
        }
        long afterTalk = usedAfterGc();
        // Quiet for three minutes: the flood gate's windows lapse. One more member's message lets its cache
        // do its housekeeping, as traffic does.
        clock.advance(Duration.ofMinutes(3));
        talk(engine, 3_000_000_000L, texts.get(1), clock);
        Thread.sleep(200);
        dispatcher.drain(Platform.TELEGRAM);
        clearDone(stores, clock);
        long idle = usedAfterGc();
        double[] out = {(afterTalk - before) / (double) n, (idle - before) / (double) n};
        // Keep everything reachable until measured.
        if (engine.hashCode() == dispatcher.hashCode()) {
            System.out.print("");
        }
        return out;
    }

    private static void talk(ConversationEngine engine, long user, String text, Clock clock) {
        ConversationRef ref = new ConversationRef(Platform.TELEGRAM, String.valueOf(user));
        engine.handle(ChatEvent.MessageReceived.inPrivate("u" + user, ref, Sender.of(Platform.TELEGRAM,
                String.valueOf(user)), text, clock.instant()));
    }

    /** Sent rows and processed-event marks live in the database too; the in-memory store would keep them. */
    private static void clearDone(Stores stores, MutableClock clock) {
        stores.outbox().purgeDoneBefore(clock.instant().plusSeconds(1));
        stores.events().purgeBefore(clock.instant().plusSeconds(1));
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
