package org.peerbot.core.triage;

import java.util.List;

/**
 * Runs triage-eval from the test classpath (SnakeYAML loads the shipped rules), for measuring on data sets that live
 * outside the repository: {@code java -cp ... org.peerbot.core.triage.TriageEvalMain FILE [flags]}. Not a test.
 */
public final class TriageEvalMain {
    private TriageEvalMain() {
    }

    public static void main(String[] args) {
        Triage t = TestRules.triage();
        if (args.length > 0 && args[0].equals("explain")) {
            for (int i = 1; i < args.length; i++) {
                System.out.println(t.normalise(args[i]) + " => " + t.classify(args[i]));
            }
            return;
        }
        if (args.length > 0 && args[0].equals("triage")) {
            System.exit(TriageCli.triage(t, List.of(args).subList(1, args.length), System.in, System.out, System.err));
        }
        System.exit(TriageCli.eval(t, List.of(args), System.in, System.out, System.err));
    }
}
