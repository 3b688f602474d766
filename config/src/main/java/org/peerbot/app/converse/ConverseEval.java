package org.peerbot.app.converse;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.peerbot.app.CorePacks;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.delivery.Dispatcher;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.triage.Triage;
import org.peerbot.store.jdbc.JdbcStores;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code converse-eval}: runs scripted conversations through the real engine (shipped triage, wording and the
 * region's directory pack, the embedded database in a temporary folder) and checks every reply as a peer listener
 * would read it. Prints each failing check, the suite's figures and, with {@code --transcripts}, every
 * conversation. Exit code 0 only when every check passes.
 */
public final class ConverseEval {

    /** The shipped suite, a resource folder listed in its index. */
    public static final String SUITE_INDEX = "conversations/index.txt";
    /** Monday 10:00 in London: the day-time lines are open. */
    static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final String VOLUNTEER_USER = "9001";

    /** The outcome of one conversation. */
    record Outcome(Scenario scenario, List<String> replies, List<String> failures, int turnChecks, int turnFailures) {
        boolean passed() {
            return failures.isEmpty();
        }
    }

    /** The outcome of a suite, with the figures the issue asks for. */
    record Report(List<Outcome> outcomes) {
        int passed() {
            return (int) outcomes.stream().filter(Outcome::passed).count();
        }

        int turnChecks() {
            return outcomes.stream().mapToInt(Outcome::turnChecks).sum();
        }

        int turnFailures() {
            return outcomes.stream().mapToInt(Outcome::turnFailures).sum();
        }

        List<String> allReplies() {
            return outcomes.stream().flatMap(o -> o.replies().stream()).toList();
        }

        double meanDistinct() {
            return outcomes.stream().mapToDouble(o -> Checks.distinctShare(o.replies())).average().orElse(1);
        }

        double questionShare() {
            return Checks.questionShare(allReplies());
        }

        long directive() {
            return allReplies().stream().filter(r -> Checks.DIRECTIVE.stream()
                    .anyMatch(d -> r.toLowerCase(Locale.ROOT).contains(d))).count();
        }

        long doses() {
            return allReplies().stream().filter(r -> Checks.DOSE.matcher(r).find()).count();
        }
    }

    private ConverseEval() {
    }

    /** The command-line entry: {@code converse-eval [FILE_OR_DIR ...] [--transcripts] [--rules-only]}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean transcripts = args.contains("--transcripts");
        boolean model = !args.contains("--rules-only"); // as the bot runs: the semantic layer beside the rules
        List<String> paths = args.stream().filter(a -> !a.startsWith("--")).toList();
        List<Scenario> suite;
        try {
            suite = paths.isEmpty() ? shipped() : fromPaths(paths);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("converse-eval: " + e.getMessage());
            return 2;
        }
        Report report = evaluate(suite, model);
        print(report, transcripts, out);
        return report.passed() == report.outcomes().size() ? 0 : 1;
    }

    /** Runs every scenario, each in a fresh conversation, on the rules alone. */
    public static Report evaluate(List<Scenario> suite) {
        return evaluate(suite, false);
    }

    /** Runs every scenario, each in a fresh conversation; {@code model}: with the semantic layer, as the bot runs. */
    public static Report evaluate(List<Scenario> suite, boolean model) {
        Path dir;
        try {
            dir = Files.createTempDirectory("peerbot-converse");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Triage rules = CorePacks.triage(List.of());
        Triage triage = model ? rules.withModel(org.peerbot.triagemodel.MiniLmSentenceModel.load()) : rules;
        var prompts = CorePacks.prompts(List.of());
        Map<String, Bench> benches = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            int n = 0;
            for (Scenario s : suite) {
                Bench bench = benches.computeIfAbsent(s.region(), r -> new Bench(dir.resolve(r), triage, prompts, r));
                outcomes.add(bench.run(s, "m" + (n++)));
            }
        } finally {
            benches.values().forEach(Bench::close);
            deleteQuietly(dir);
        }
        return new Report(outcomes);
    }

    static void print(Report report, boolean transcripts, PrintStream out) {
        for (Outcome o : report.outcomes()) {
            if (transcripts) {
                out.println("== " + o.scenario().name() + (o.passed() ? "" : "  (FAILED)"));
                for (int i = 0; i < o.scenario().turns().size(); i++) {
                    out.println("you> " + o.scenario().turns().get(i).say());
                    out.println("bot> " + o.replies().get(i).replace("\n", "\n     "));
                }
                out.println();
            }
            if (!o.passed()) {
                out.println("FAIL " + o.scenario().name());
                o.failures().forEach(f -> out.println("  - " + f));
            }
        }
        out.printf(Locale.ROOT, "scenarios passed: %d of %d%n", report.passed(), report.outcomes().size());
        out.printf(Locale.ROOT, "turn checks passed: %d of %d%n", report.turnChecks() - report.turnFailures(),
                report.turnChecks());
        out.printf(Locale.ROOT, "distinct replies per conversation (mean): %.3f%n", report.meanDistinct());
        out.printf(Locale.ROOT, "replies ending in a question: %.3f%n", report.questionShare());
        out.printf(Locale.ROOT, "replies with directive phrasing: %d%n", report.directive());
        out.printf(Locale.ROOT, "replies with dose-like text: %d%n", report.doses());
    }

    // ------------------------------------------------------------------ loading

    /** The suite shipped in the jar. */
    public static List<Scenario> shipped() {
        List<Scenario> all = new ArrayList<>();
        for (String line : resourceText(SUITE_INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                String resource = "conversations/" + name;
                all.addAll(parse(resourceText(resource), resource));
            }
        }
        return all;
    }

    static List<Scenario> fromPaths(List<String> paths) {
        List<Scenario> all = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            List<Path> files;
            try (Stream<Path> s = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
                files = s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                        .toList();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + p + ": " + e.getMessage());
            }
            for (Path f : files) {
                try {
                    all.addAll(parse(Files.readString(f, StandardCharsets.UTF_8), f.toString()));
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage());
                }
            }
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    static List<Scenario> parse(String yaml, String source) {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (tree instanceof Map<?, ?> m && m.get("scenarios") instanceof List<?> inner) {
            tree = inner; // the same list under a "scenarios:" key
        }
        if (!(tree instanceof List<?> list)) {
            throw new IllegalArgumentException(source + ": expected a list of scenarios");
        }
        List<Scenario> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(source + ": each scenario is a map with name and turns");
            }
            out.add(Scenario.from((Map<String, Object>) m, source));
        }
        return out;
    }

    private static String resourceText(String resource) {
        try (InputStream in = ConverseEval.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    // ------------------------------------------------------------------ one region's engine

    /** The engine, embedded database and recording sender for one region. */
    private static final class Bench implements AutoCloseable {
        private final HikariDataSource dataSource;
        private final ConversationEngine engine;
        private final Dispatcher dispatcher;
        private final Recorder recorder = new Recorder();
        private final StepClock clock = new StepClock();
        private final String emergency;
        private final AtomicLong events = new AtomicLong();
        private boolean onDuty;

        Bench(Path dir, Triage triage, org.peerbot.core.wording.CatalogPrompts prompts, String region) {
            dataSource = JdbcStores.embedded(dir);
            JdbcStores jdbc = JdbcStores.migrateAndOpen(dataSource, IdentityKeys.DEMO_SECRET);
            PackDirectory directory = CorePacks.directory(region, null, null);
            emergency = directory.emergency().contact().replaceFirst("(?i)^(call|dial|phone)\\s+", "");
            Roster roster = new Roster(List.of(new Roster.Volunteer("sam", Platform.TELEGRAM, VOLUNTEER_USER, "Sam",
                    Set.of(), Set.of("en"), 50)));
            EngineSettings settings = EngineSettings.defaults().withVolunteerPlatforms(Set.of(Platform.TELEGRAM));
            engine = new ConversationEngine(settings, triage::classify, prompts, directory, jdbc.stores(), roster,
                    new IdentityKeys(IdentityKeys.DEMO_SECRET), clock, null, null);
            Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
            senders.put(Platform.TELEGRAM, recorder);
            Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);
            policies.put(Platform.TELEGRAM, DeliveryPolicy.unlimited());
            dispatcher = new Dispatcher(jdbc.stores(), senders, policies, clock, null);
        }

        Outcome run(Scenario s, String memberId) {
            setDuty(s.volunteersOnDuty());
            ConversationRef member = new ConversationRef(Platform.TELEGRAM, memberId);
            List<String> replies = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            int checks = 0;
            int failed = 0;
            for (int i = 0; i < s.turns().size(); i++) {
                Scenario.Turn t = s.turns().get(i);
                clock.step(Duration.ofMinutes(1));
                recorder.clear();
                engine.handle(ChatEvent.MessageReceived.inPrivate("e" + events.incrementAndGet(), member,
                        Sender.of(Platform.TELEGRAM, memberId), t.say(), clock.instant()));
                dispatcher.drain(Platform.TELEGRAM);
                String reply = String.join("\n", recorder.textsTo(member));
                replies.add(reply);
                List<String> f = Checks.turn(t, reply, emergency);
                checks += countChecks(t);
                failed += f.size();
                int turnNo = i + 1;
                f.forEach(x -> failures.add("turn " + turnNo + " (\"" + abbreviate(t.say()) + "\"): " + x));
            }
            List<String> whole = Checks.conversation(replies);
            checks += 4;
            failed += whole.size();
            failures.addAll(whole);
            // Close anything left open (a queued request) so the next scenario starts with an empty queue.
            engine.handle(ChatEvent.MessageReceived.inPrivate("e" + events.incrementAndGet(), member,
                    Sender.of(Platform.TELEGRAM, memberId), "/forget", clock.instant()));
            dispatcher.drain(Platform.TELEGRAM);
            return new Outcome(s, replies, failures, checks, failed);
        }

        private void setDuty(boolean wanted) {
            if (wanted == onDuty) {
                return;
            }
            ConversationRef room = new ConversationRef(Platform.TELEGRAM, "volunteers");
            engine.handle(new ChatEvent.MessageReceived("e" + events.incrementAndGet(), room, Space.VOLUNTEERS,
                    new Sender(Platform.TELEGRAM, VOLUNTEER_USER, false), wanted ? "/duty on" : "/duty off",
                    clock.instant(), false, null));
            dispatcher.drain(Platform.TELEGRAM);
            onDuty = wanted;
        }

        private static int countChecks(Scenario.Turn t) {
            int n = 0;
            n += t.any().size();
            n += t.all().size() + t.none().size();
            n += t.question() == null ? 0 : 1;
            n += t.echo().isEmpty() ? 0 : 1;
            n += t.crisis() == null ? 0 : 1;
            n += t.fullBlock() == null ? 0 : 1;
            return n;
        }

        private static String abbreviate(String s) {
            return s.length() <= 50 ? s : s.substring(0, 47) + "...";
        }

        @Override
        public void close() {
            dispatcher.close();
            dataSource.close();
        }
    }

    /** Records what was sent, by chat. */
    private static final class Recorder implements MessageSender {
        private final List<OutboundMessage> sent = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public Platform platform() {
            return Platform.TELEGRAM;
        }

        @Override
        public synchronized SendResult send(OutboundMessage message) {
            sent.add(message);
            ConversationRef ref = message.to() instanceof Address.Chat c ? c.ref() : null;
            return new SendResult.Sent(String.valueOf(ids.incrementAndGet()), ref);
        }

        synchronized void clear() {
            sent.clear();
        }

        synchronized List<String> textsTo(ConversationRef chat) {
            return sent.stream().filter(m -> m.to() instanceof Address.Chat c && c.ref().equals(chat))
                    .map(OutboundMessage::text).filter(t -> !t.isBlank()).toList();
        }
    }

    /** A clock moved by hand, a minute a turn, so holding messages and opening hours are the same every run. */
    private static final class StepClock extends Clock {
        private Instant now = START;

        void step(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
