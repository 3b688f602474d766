package org.peerbot.triagemodel;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Reads lines from stdin and prints the first reader's reading beside both readers' (for tuning; not a test). */
public final class SecondLookProbeMain {
    private SecondLookProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        MiniLmSentenceModel first = MiniLmSentenceModel.loadFirstOnly();
        MiniLmSentenceModel both = MiniLmSentenceModel.load();
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = r.readLine()) != null) {
            System.out.println(first.read(line) + " | " + both.read(line) + " <- " + line);
        }
    }
}
