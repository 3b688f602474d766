package org.peerbot.triagemodel;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Reads lines from stdin and prints the model's reading (for tuning; not a test). */
public final class ModelProbeMain {
    private ModelProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        MiniLmSentenceModel m = MiniLmSentenceModel.load();
        System.out.printf("loaded %d prototypes in %d ms%n", m.prototypeCount(), (System.nanoTime() - t0) / 1_000_000);
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = r.readLine()) != null) {
            System.out.println(m.read(line) + " " + m.explain(line) + " <- " + line);
        }
    }
}
