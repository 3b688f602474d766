package org.peerbot.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.peerbot.adapter.telegram.TelegramAdapter;
import org.peerbot.adapter.telegram.TelegramSettings;
import org.peerbot.adapter.telegram.fake.FakeTelegramServer;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.memory.InMemoryStores;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.OutboxEntry;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.Outbox;
import org.peerbot.core.port.Stores;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.triage.Triage;
import org.peerbot.core.wording.CatalogPrompts;
import org.peerbot.store.jdbc.JdbcStores;

/**
 * A burst on Telegram: N members write to the bot at once, then one member writes a crisis message, last.
 * Everything is real except Telegram: the TelegramBots long poller and sender (the {@link TelegramAdapter}),
 * the {@link ConversationEngine}, the outbox and the {@link Dispatcher} with the production pacing
 * ({@link DeliveryPolicy#telegram()}), on the production default store (embedded H2 in files) or the
 * in-memory one. Telegram is the fake Bot API with its flood limits on: more than 30 messages in any second,
 * or a second message to one chat within a second, answers 429 with retry_after 1.
 *
 * <p>Every figure is counted from what the fake accepted: the send rate in each full second of the drain,
 * the 429s it answered, when the crisis reply reached it, and each chat's texts against what the engine
 * queued for that chat (every queued reply delivered exactly once).
 *
 * <p>Usage: {@code BurstHarness [--members 300] [--runs 3] [--store h2|memory] [--rtt-ms 0] [--model false] [--out file]}.
 * {@code --model true} triages with the sentence model as well as the rules, as the bot does by default.
 */
public final class BurstHarness {

    private static final String TOKEN = "7000001:BENCH-burst_token";
    private static final long VOLUNTEERS_CHAT = -100_777L;
    private static final long VOLUNTEER = 501L;
    private static final long FIRST_MEMBER = 10_000_000L;
    private static final long CRISIS_MEMBER = 99_000_000L;
    private static final String CRISIS_TEXT = "I want to end it all tonight";
    private static final int CAP = 30;

    private BurstHarness() {
    }

    /** One run's figures. */
    record Result(int members, int queued, int delivered, int missing, int duplicates, int floodRefusals,
                  int clientRetries, int fullSeconds, double meanPerFullSecond, int minPerFullSecond,
                  double drainSeconds, String perSecond, double crisisToEngineMs, double crisisTurnMs, double crisisToDeliveredMs,
                  double crisisCardMs, boolean crisisReplyHasLines, boolean complete) {

        double rateRatio() {
            return meanPerFullSecond / CAP;
        }

        boolean exactlyOnce() {
            return complete && missing == 0 && duplicates == 0;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int members = Integer.parseInt(opt.getOrDefault("members", "300"));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "3"));
        String store = opt.getOrDefault("store", "h2");
        int rttMillis = Integer.parseInt(opt.getOrDefault("rtt-ms", "0"));
        Path out = opt.containsKey("out") ? Paths.get(opt.get("out")) : null;
        if (Boolean.parseBoolean(opt.getOrDefault("model", "false"))) {
            model = org.peerbot.triagemodel.MiniLmSentenceModel.load();
        }
        // The fake runs on the JDK's HTTP server, which leaves Nagle's algorithm on: with the client's delayed
        // ACKs every call would take about 40 ms, a cost of the fake and not of Telegram. --rtt-ms adds a
        // network round trip on purpose instead.
        System.setProperty("sun.net.httpserver.nodelay", "true");

        Fixtures.triage();
        System.out.printf("burst: %d members + 1 crisis, %d run(s), store %s, added round trip %d ms, triage %s"
                + " (after one unreported warm-up run)%n", members, runs, store, rttMillis, triageName());
        run(Math.min(members, 60), store, rttMillis);
        List<Result> results = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Result res = run(members, store, rttMillis);
            results.add(res);
            System.out.println("run " + r + ": " + res);
        }
        String report = report(members, store, rttMillis, results);
        System.out.print(report);
        if (out != null) {
            Stats.write(out, report);
        }
        boolean allDelivered = results.stream().allMatch(Result::exactlyOnce);
        if (!allDelivered) {
            System.out.println("NOT every reply was delivered exactly once (see above)");
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options are --name value pairs: " + String.join(" ", args));
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }

    /** Ordinary messages from the realistic mix (no crisis among them: the one crisis is the last message). */
    static List<String> ordinaryMessages(Triage triage, int count) {
        List<String> out = new ArrayList<>(count);
        for (String m : Fixtures.messages(count * 3 + 100, 11)) {
            if (triage.classify(m).category() != Category.CRISIS && !m.startsWith("/")) {
                out.add(m);
                if (out.size() == count) {
                    return out;
                }
            }
        }
        throw new IllegalStateException("not enough ordinary messages in the mix");
    }

    /** The sentence model when {@code --model true}, loaded once and shared by every run; else null. */
    private static org.peerbot.core.port.SentenceModel model;

    static String triageName() {
        return model == null ? "rules" : "rules + sentence model";
    }

    static Result run(int members, String store, int rttMillis) throws Exception {
        Triage triage = model == null ? Fixtures.triage() : Fixtures.triage().withModel(model);
        CatalogPrompts prompts = Fixtures.prompts();
        PackDirectory directory = Fixtures.directory();
        List<String> texts = ordinaryMessages(triage, members);
        Path dataDir = null;
        HikariDataSource dataSource = null;
        Stores base;
        if (store.equals("h2")) {
            dataDir = Files.createTempDirectory("peerbot-burst-");
            dataSource = JdbcStores.embedded(dataDir);
            base = JdbcStores.migrateAndOpen(dataSource, "benchmark-secret-0123456789").stores();
        } else if (store.equals("memory")) {
            base = new InMemoryStores().stores();
        } else {
            throw new IllegalArgumentException("--store must be h2 or memory");
        }
        ConcurrentLinkedQueue<OutboxEntry> queued = new ConcurrentLinkedQueue<>();
        Stores stores = new Stores(base.tx(), base.conversations(), base.handoffs(), base.volunteers(), base.blocks(),
                new RecordingOutbox(base.outbox(), queued), base.events(), base.tallies());
        AtomicInteger clientRetries = new AtomicInteger();
        EngineEvents events = new EngineEvents() {
            @Override
            public void sendRetry(Platform platform, boolean rateLimited) {
                if (rateLimited) {
                    clientRetries.incrementAndGet();
                }
            }
        };

        FakeTelegramServer fake = new FakeTelegramServer(TOKEN);
        fake.enforceRateLimits(true, CAP);
        Dispatcher[] ref = new Dispatcher[1];
        ConversationEngine engine = new ConversationEngine(
                EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM)), triage::classify, prompts,
                directory, stores, new Roster(List.of(new Roster.Volunteer("ash", Platform.TELEGRAM,
                String.valueOf(VOLUNTEER), "Ash", Set.of(), Set.of(), 2))),
                new IdentityKeys("benchmark-secret-0123456789"), Clock.systemUTC(), events, () -> ref[0].wake());
        AtomicInteger handled = new AtomicInteger();
        AtomicLong crisisIn = new AtomicLong();
        AtomicLong crisisOut = new AtomicLong();
        String crisisChat = String.valueOf(CRISIS_MEMBER);
        // Times the crisis from the moment its batch reaches the core to the moment the batch is handled (its reply
        // is then in the outbox). Batches go to handleAll as the adapter hands them over.
        ChatEventHandler timed = new ChatEventHandler() {
            @Override
            public void handle(ChatEvent event) {
                handleAll(List.of(event));
            }

            @Override
            public void handleAll(List<? extends ChatEvent> events) {
                boolean crisis = events.stream().anyMatch(e -> e.where().chatId().equals(crisisChat));
                if (crisis) {
                    crisisIn.compareAndSet(0, System.nanoTime());
                }
                try {
                    engine.handleAll(events);
                } finally {
                    if (crisis) {
                        crisisOut.compareAndSet(0, System.nanoTime());
                    }
                    handled.addAndGet(events.size());
                }
            }
        };
        TelegramAdapter adapter = new TelegramAdapter(new TelegramSettings(TOKEN, fake.apiUrl(),
                String.valueOf(VOLUNTEERS_CHAT), false, null), timed, prompts);
        MessageSender sender = rttMillis == 0 ? adapter.sender() : withRoundTrip(adapter.sender(), rttMillis);
        Dispatcher dispatcher = new Dispatcher(stores, Map.of(Platform.TELEGRAM, sender),
                Map.of(Platform.TELEGRAM, DeliveryPolicy.telegram()), Clock.systemUTC(), events);
        ref[0] = dispatcher;
        long crisisAt;
        boolean complete;
        try {
            dispatcher.start(Set.of(Platform.TELEGRAM));
            adapter.start();

            // The burst: everyone at once, the crisis last.
            for (int i = 0; i < members; i++) {
                fake.privateText(FIRST_MEMBER + i, texts.get(i));
            }
            crisisAt = System.nanoTime();
            fake.privateText(CRISIS_MEMBER, CRISIS_TEXT);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + 4L * members / CAP);
            complete = false;
            while (System.nanoTime() < deadline) {
                if (handled.get() >= members + 1 && fake.delivered("sendMessage").size() >= queued.size()
                        && stores.outbox().backlog(Platform.TELEGRAM) == 0) {
                    complete = true;
                    break;
                }
                Thread.sleep(50);
            }
            // Anything sent twice would arrive after the last first delivery: give it time to show.
            Thread.sleep(2000);
        } finally {
            adapter.close();
            dispatcher.close();
            fake.close();
            if (dataSource != null) {
                dataSource.close();
            }
            if (dataDir != null) {
                deleteTree(dataDir);
            }
        }

        List<FakeTelegramServer.Call> sent = new ArrayList<>(fake.delivered("sendMessage"));
        sent.sort(Comparator.comparingLong(FakeTelegramServer.Call::atNanos));

        // Exactly once: each chat's delivered texts against the texts the engine queued for that chat.
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (OutboxEntry e : queued) {
            if (e.platform() == Platform.TELEGRAM) {
                expected.computeIfAbsent(chatOf(e.message().to()), k -> new ArrayList<>()).add(e.message().text());
            }
        }
        Map<String, List<String>> got = new LinkedHashMap<>();
        for (FakeTelegramServer.Call c : sent) {
            got.computeIfAbsent(c.text("chat_id"), k -> new ArrayList<>())
                    .add(FakeTelegramServer.unescape(c.text("text")));
        }
        int missing = 0;
        int duplicates = 0;
        for (String chat : union(expected.keySet(), got.keySet())) {
            Map<String, Integer> balance = new HashMap<>();
            expected.getOrDefault(chat, List.of()).forEach(t -> balance.merge(t, 1, Integer::sum));
            got.getOrDefault(chat, List.of()).forEach(t -> balance.merge(t, -1, Integer::sum));
            for (int b : balance.values()) {
                if (b > 0) {
                    missing += b;
                } else {
                    duplicates -= b;
                }
            }
        }

        // Send rate, in the full seconds from the first delivery while the cap was what limited it: while at least
        // CAP different chats still had a reply waiting (after that, the 1-per-chat limit sets the pace: the
        // volunteers' group, one chat, gets a card for everyone who asked for a person).
        long first = sent.isEmpty() ? 0 : sent.get(0).atNanos();
        long last = sent.isEmpty() ? 0 : sent.get(sent.size() - 1).atNanos();
        Map<String, Integer> waiting = new HashMap<>();
        expected.forEach((chat, list) -> waiting.put(chat, list.size()));
        long saturatedUntil = first;
        for (FakeTelegramServer.Call c : sent) {
            if (waiting.size() < CAP) {
                break;
            }
            saturatedUntil = c.atNanos();
            waiting.computeIfPresent(c.text("chat_id"), (k, v) -> v > 1 ? v - 1 : null);
        }
        long second = TimeUnit.SECONDS.toNanos(1);
        int allSeconds = (int) ((last - first) / second);
        int[] bins = new int[Math.max(allSeconds, 0)];
        for (FakeTelegramServer.Call c : sent) {
            int bin = (int) ((c.atNanos() - first) / second);
            if (bin < allSeconds) {
                bins[bin]++;
            }
        }
        int fullSeconds = (int) ((saturatedUntil - first) / second);
        int[] saturated = java.util.Arrays.copyOf(bins, Math.min(fullSeconds, bins.length));
        double meanPerSecond = saturated.length == 0 ? Double.NaN
                : java.util.Arrays.stream(saturated).average().orElse(Double.NaN);
        int minPerSecond = java.util.Arrays.stream(saturated).min().orElse(0);

        FakeTelegramServer.Call crisisReply = sent.stream().filter(c -> crisisChat.equals(c.text("chat_id")))
                .findFirst().orElse(null);
        FakeTelegramServer.Call card = sent.stream()
                .filter(c -> String.valueOf(VOLUNTEERS_CHAT).equals(c.text("chat_id")))
                .filter(c -> c.text("text").contains("URGENT")).findFirst().orElse(null);
        double ms = 1e6;
        Result result = new Result(members, expected.values().stream().mapToInt(List::size).sum(), sent.size(),
                missing, duplicates, fake.floodRefusals(), clientRetries.get(), fullSeconds, meanPerSecond,
                minPerSecond, (last - first) / 1e9, java.util.Arrays.toString(bins),
                crisisIn.get() == 0 ? Double.NaN : (crisisIn.get() - crisisAt) / ms,
                crisisOut.get() == 0 ? Double.NaN : (crisisOut.get() - crisisIn.get()) / ms,
                crisisReply == null ? Double.NaN : (crisisReply.atNanos() - crisisAt) / ms,
                card == null ? Double.NaN : (card.atNanos() - crisisAt) / ms,
                crisisReply != null && FakeTelegramServer.unescape(crisisReply.text("text")).contains("116 123"),
                complete);
        return result;
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    /** The Telegram chat an address ends up in, for this scenario (members' chats and the volunteers' group). */
    private static String chatOf(Address to) {
        if (to instanceof Address.Chat c) {
            return c.ref().chatId();
        }
        if (to instanceof Address.PrivateChatOf p) {
            return p.userId();
        }
        if (to instanceof Address.VolunteerPlace) {
            return String.valueOf(VOLUNTEERS_CHAT);
        }
        return "unexpected:" + to.getClass().getSimpleName();
    }

    static String report(int members, String store, int rttMillis, List<Result> results) {
        StringBuilder b = new StringBuilder();
        b.append(Stats.fmt("# Burst on the Telegram fake: %d members at once + 1 crisis message last; store %s;"
                + " triage %s; added round trip per send %d ms; Telegram limits enforced (%d msgs/s overall,"
                + " 1 msg/s per chat, 429 retry_after 1 beyond)%n", members, store, triageName(), rttMillis, CAP));
        b.append("# ratio = mean deliveries per full second while >= 30 chats had a reply waiting, over 30;"
                + " crisis_reply_ms = from the crisis update reaching the fake to its reply being accepted by it\n");
        b.append("# run  queued  delivered  missing  dup  429s(fake)  429s(client)  full_s  mean/s  min/s  ratio"
                + "  drain_s  crisis_to_engine_ms  crisis_turn_ms  crisis_reply_ms  urgent_card_ms\n");
        int i = 1;
        for (Result r : results) {
            b.append(Stats.fmt("%5d  %6d  %9d  %7d  %3d  %10d  %12d  %6d  %6.2f  %5d  %5.3f  %7.2f  %19.0f  %14.1f"
                            + "  %15.0f  %14.0f%n", i++, r.queued(), r.delivered(), r.missing(), r.duplicates(),
                    r.floodRefusals(), r.clientRetries(), r.fullSeconds(), r.meanPerFullSecond(),
                    r.minPerFullSecond(), r.rateRatio(), r.drainSeconds(), r.crisisToEngineMs(), r.crisisTurnMs(),
                    r.crisisToDeliveredMs(), r.crisisCardMs()));
        }
        i = 1;
        for (Result r : results) {
            b.append(Stats.fmt("# run %d deliveries per second: %s%n", i++, r.perSecond()));
        }
        Stats ratio = Stats.of(results.stream().map(Result::rateRatio).toList());
        Stats refusals = Stats.of(results.stream().map(Result::floodRefusals).toList());
        Stats crisis = Stats.of(results.stream().map(Result::crisisToDeliveredMs).toList());
        Stats toEngine = Stats.of(results.stream().map(Result::crisisToEngineMs).toList());
        boolean once = results.stream().allMatch(Result::exactlyOnce);
        boolean lines = results.stream().allMatch(Result::crisisReplyHasLines);
        b.append(Stats.fmt("send_rate_ratio: %s  target >= 0.95: %s%n", ratio.summary("%.3f"),
                ratio.min() >= 0.95 ? "met in every run" : ratio.median() >= 0.95 ? "met by the median" : "NOT MET"));
        b.append(Stats.fmt("flood_429s: %s  target 0: %s%n", refusals.summary("%.0f"),
                refusals.max() == 0 ? "met in every run" : "NOT MET"));
        b.append(Stats.fmt("crisis_reply_ms: %s  target <= 2000: %s%n", crisis.summary("%.0f"),
                crisis.max() <= 2000 ? "met in every run" : crisis.median() <= 2000 ? "met by the median" : "NOT MET"));
        b.append(Stats.fmt("crisis_reaches_engine_ms: %s%n", toEngine.summary("%.0f")));
        b.append(Stats.fmt("crisis_reply_has_the_lines: %s%n", lines));
        b.append(Stats.fmt("every_reply_delivered_exactly_once: %s%n", once));
        return b.toString();
    }

    /** A network round trip before each send (Telegram is tens of milliseconds away from most servers). */
    private static MessageSender withRoundTrip(MessageSender sender, int millis) {
        return new MessageSender() {
            @Override
            public Platform platform() {
                return sender.platform();
            }

            @Override
            public org.peerbot.core.model.SendResult send(org.peerbot.core.model.OutboundMessage message) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return sender.send(message);
            }
        };
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real outbox, remembering every entry the engine queued (to check deliveries against). */
    private record RecordingOutbox(Outbox outbox, ConcurrentLinkedQueue<OutboxEntry> queued) implements Outbox {
        @Override
        public void add(OutboxEntry entry) {
            outbox.add(entry);
            queued.add(entry);
        }

        @Override
        public List<OutboxEntry> claimDue(Platform platform, Instant now, Instant leaseUntil, int limit) {
            return outbox.claimDue(platform, now, leaseUntil, limit);
        }

        @Override
        public void markSent(String id, Instant at) {
            outbox.markSent(id, at);
        }

        @Override
        public void retryAt(String id, Instant due, int attempts) {
            outbox.retryAt(id, due, attempts);
        }

        @Override
        public void markFailed(String id, Instant at) {
            outbox.markFailed(id, at);
        }

        @Override
        public long backlog(Platform platform) {
            return outbox.backlog(platform);
        }

        @Override
        public int deleteFor(String conversationKey) {
            return outbox.deleteFor(conversationKey);
        }

        @Override
        public int purgeDoneBefore(Instant before) {
            return outbox.purgeDoneBefore(before);
        }

        @Override
        public Instant nextDue(Platform platform) {
            return outbox.nextDue(platform);
        }
    }
}
