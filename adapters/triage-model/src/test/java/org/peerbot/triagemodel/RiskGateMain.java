package org.peerbot.triagemodel;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * For tuning the risk gate (not a test): reads "gold TAB text" lines from stdin and prints, for each sentence the
 * model reads, the head's risk probability, the nearest risk and "none" prototypes' similarities, the risk cue and
 * whether the gate passes.
 */
public final class RiskGateMain {
    private RiskGateMain() {
    }

    public static void main(String[] args) throws Exception {
        MiniLmSentenceModel m = MiniLmSentenceModel.load();
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = r.readLine()) != null) {
            int tab = line.indexOf('\t');
            String gold = line.substring(0, tab);
            for (String part : MiniLmSentenceModel.sentences(line.substring(tab + 1))) {
                System.out.println(gold + "\t" + m.riskTrace(part) + "\t" + part);
            }
        }
    }
}
