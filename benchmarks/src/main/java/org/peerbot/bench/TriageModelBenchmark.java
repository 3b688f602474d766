package org.peerbot.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.triage.Triage;
import org.peerbot.triagemodel.MiniLmSentenceModel;

/**
 * The full triage path with the semantic layer (rules, then the sentence model), one thread: sample time gives the
 * median and p99 per message that the target is about (<= 5 ms median, <= 20 ms p99 on one core). Run with
 * {@code -jvmArgs -XX:ActiveProcessorCount=1} and taskset for one core. Model load time is printed at setup.
 * {@code readers}: {@code both} is what PeerBot runs (the first reader and the second look it asks for a few messages);
 * {@code first} is the first reader alone, so the pair shows what the second look costs on each mix.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TriageModelBenchmark {

    @Param({"mixed", "short", "long"})
    public String mix;

    @Param({"both", "first"})
    public String readers;

    private Triage triage;
    private List<String> messages;
    private int next;

    @Setup
    public void setUp() {
        long t0 = System.nanoTime();
        MiniLmSentenceModel model = "first".equals(readers)
                ? MiniLmSentenceModel.loadFirstOnly() : MiniLmSentenceModel.load();
        System.out.printf("%nmodel load (%s) %d ms (%d prototypes)%n", readers,
                (System.nanoTime() - t0) / 1_000_000, model.prototypeCount());
        triage = Fixtures.triage().withModel(model);
        messages = Fixtures.messages(4096, 42, mix);
    }

    @Benchmark
    public TriageResult classify() {
        String text = messages.get(next);
        next = (next + 1) & 4095;
        return triage.classify(text);
    }
}
