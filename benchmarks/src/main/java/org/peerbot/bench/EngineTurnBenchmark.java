package org.peerbot.bench;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peerbot.core.conversation.ConversationEngine;
import org.peerbot.core.turn.EngineSettings;
import org.peerbot.core.turn.IdentityKeys;
import org.peerbot.core.handoff.Roster;
import org.peerbot.core.memory.InMemoryStores;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.triage.Triage;
import org.peerbot.core.wording.CatalogPrompts;
import org.peerbot.core.signpost.PackDirectory;

/**
 * One full engine turn: dedup, triage, state (through the cache), reply composed and queued in the outbox,
 * with in-memory stores. 1,000 members take turns; the stores are renewed each iteration so the outbox
 * and the processed-event set do not grow without bound. {@code mixed} is the figure the target is about (the
 * same message mix as {@link TriageBenchmark}); {@code short} leaves out the long messages.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineTurnBenchmark {

    private static final int MEMBERS = 1000;

    @Param({"mixed", "short"})
    public String mix;

    private Triage triage;
    private CatalogPrompts prompts;
    private PackDirectory directory;
    private ConversationEngine engine;
    private List<String> messages;
    private ConversationRef[] members;
    private long n;

    @Setup(Level.Trial)
    public void packs() {
        triage = Fixtures.triage();
        prompts = Fixtures.prompts();
        directory = Fixtures.directory();
        messages = Fixtures.messages(4096, 7, mix);
        members = new ConversationRef[MEMBERS];
        for (int i = 0; i < MEMBERS; i++) {
            members[i] = new ConversationRef(Platform.TELEGRAM, String.valueOf(100_000 + i));
        }
    }

    @Setup(Level.Iteration)
    public void freshStores() {
        EngineSettings settings = new EngineSettings(java.util.Set.of(Platform.TELEGRAM),
                java.time.Duration.ofMinutes(2), java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(45),
                java.time.Duration.ofMinutes(10), java.time.Duration.ofMinutes(10), true, null,
                java.time.Duration.ofDays(30), java.time.Duration.ofDays(90), Integer.MAX_VALUE);
        engine = new ConversationEngine(settings, triage::classify, prompts, directory, new InMemoryStores().stores(),
                new Roster(List.of()), new IdentityKeys("benchmark-secret-0123456789"), Clock.systemUTC(),
                EngineEvents.NONE, null);
    }

    @Benchmark
    public void turn() {
        long i = n++;
        ConversationRef who = members[(int) (i % MEMBERS)];
        engine.handle(ChatEvent.MessageReceived.inPrivate("b" + i, who, Sender.of(Platform.TELEGRAM, who.chatId()),
                messages.get((int) (i & 4095)), java.time.Instant.now()));
    }
}
