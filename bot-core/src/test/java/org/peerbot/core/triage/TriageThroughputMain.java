package org.peerbot.core.triage;

import java.util.List;

/**
 * Measures single-thread classifications per second on a realistic mix of short chat messages (run by hand; not a
 * test, since timing on a shared CI machine is noise): {@code java -cp ... org.peerbot.core.triage.TriageThroughputMain}.
 */
public final class TriageThroughputMain {
    private TriageThroughputMain() {
    }

    static final List<String> MIX = List.of(
            "hi", "hello there", "I've had a rough week with my sugars all over the place",
            "can I take ibuprofen with my ramipril?", "I feel really lonely since my wife died",
            "thanks, bye for now", "is there a support group near me", "I want to talk to a real person",
            "my feet are killing me after that walk", "I want to die", "my reading was 14 this morning, is that bad?",
            "had a lovely day with the grandkids, feeling hopeful", "I'm so tired of all these appointments",
            "who can I call at the weekend", "my partner doesn't understand how exhausting this is",
            "I'm not suicidal, just fed up", "what causes neuropathy in the feet", "goodnight x",
            "the nurse at the clinic was so kind to me today and it made a real difference",
            "I keep forgetting my evening tablets, any tips for remembering?");

    public static void main(String[] args) {
        Triage t = TestRules.triage();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        long sink = 0;
        for (int i = 0; i < rounds / 4; i++) { // warm-up
            sink += t.classify(MIX.get(i % MIX.size())).rules().size();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += t.classify(MIX.get(i % MIX.size())).rules().size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d classifications in %.2f s: %.0f per second (single thread) [%d]%n", rounds, secs,
                rounds / secs, sink);
    }
}
