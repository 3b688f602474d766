package org.peerbot.triagemodel;

import java.util.Arrays;

/**
 * Rough latency and heap of the model path (the JMH figures are TriageModelBenchmark's): load time of each reader,
 * median and p99 per read, and what one question to the second reader costs when the second look is asked (one
 * sentence through bge-small and its head), which a message mix hides because it is asked so rarely.
 */
public final class ModelLatencyMain {
    private ModelLatencyMain() {
    }

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        MiniLmSentenceModel m = MiniLmSentenceModel.load();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heap1 = rt.totalMemory() - rt.freeMemory();
        String[] msgs = {
            "is anybody about tonight",
            "my scan came back clear and i'm so relieved",
            "long day. work was hard and the bus was late. i just want to sit down and not think. anyway how are you all doing, has anyone tried the new group on thursdays? i might go next week if i feel up to it.",
            "where can i get my prescription this late",
            "i don't think i can keep going like this",
        };
        for (int i = 0; i < 300; i++) {
            m.read(msgs[i % msgs.length]);
        }
        int n = 2000;
        long[] ns = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            m.read(msgs[i % msgs.length]);
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf("load %d ms; prototypes %d; heap after load +%d MB; read median %.2f ms, p99 %.2f ms%n",
                loadMs, m.prototypeCount(), (heap1 - heap0) >> 20, ns[n / 2] / 1e6, ns[n * 99 / 100] / 1e6);
        long t1 = System.nanoTime();
        MiniLmSentenceModel first = MiniLmSentenceModel.loadFirstOnly();
        long firstMs = (System.nanoTime() - t1) / 1_000_000;
        MiniLmEncoder bge = MiniLmEncoder.loadBge();
        // one-sentence messages of more than twelve words: the only kind the second look is asked about
        String[] asked = {
            "some days i feel like everyone around me would have an easier time if i just was not here",
            "i have been sorting out my things this week so nobody has to deal with the mess afterwards",
            "i keep looking at the tablets in the drawer and thinking about what they could do to me",
        };
        for (int i = 0; i < 100; i++) {
            bge.embed(asked[i % asked.length]);
            first.read(asked[i % asked.length]);
        }
        long[] second = new long[n / 4];
        for (int i = 0; i < second.length; i++) {
            long s = System.nanoTime();
            bge.embed(asked[i % asked.length]);
            second[i] = System.nanoTime() - s;
        }
        Arrays.sort(second);
        System.out.printf("first reader alone: load %d ms; second reader, one asked sentence: median %.2f ms, p99 %.2f ms%n",
                firstMs, second[second.length / 2] / 1e6, second[second.length * 99 / 100] / 1e6);
    }
}
