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

/**
 * Triage throughput, one thread (one core). {@code mixed} is the figure the target is about (four short
 * messages to one long one); {@code short} and {@code long} show where the time goes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TriageBenchmark {

    @Param({"mixed", "short", "long"})
    public String mix;

    private Triage triage;
    private List<String> messages;
    private int next;

    @Setup
    public void setUp() {
        triage = Fixtures.triage();
        messages = Fixtures.messages(4096, 42, mix);
    }

    @Benchmark
    public TriageResult classify() {
        String text = messages.get(next);
        next = (next + 1) & 4095;
        return triage.classify(text);
    }
}
