package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What each rule costs the rules-only path, for rule authors: a diagnostic, not part of classifying.
 *
 * <p>It reads each message as {@link Triage#classify} does (same normalising, same candidates by anchor word) and
 * times every candidate unit's phrase search on its own, so a family that is tried on most messages, or whose
 * pattern is slow to search, shows at the top. The timer itself costs a few tens of nanoseconds a unit, so the
 * figures rank rules well and add up to more than the real path; the rules-only JMH figure stays the measure of speed.
 * {@code benchmarks}' {@code RuleCostReport} writes the table to {@code docs/}.
 */
public final class RuleCosts {

    /**
     * One rule (or the feeling or idiom lists): how many of its alternatives there are, how many times one was tried
     * (its anchor was among the message's words), and the nanoseconds spent searching, summed over the timed rounds.
     */
    public record Row(String owner, int units, long tried, long nanos) {
    }

    private RuleCosts() {
    }

    /**
     * Times every candidate unit on every message: {@code warmRounds} untimed passes first (so the JIT has compiled
     * the search), then {@code rounds} timed ones. Rows come dearest first; {@code tried} counts one round.
     */
    public static List<Row> measure(Triage triage, List<String> messages, int warmRounds, int rounds) {
        Objects.requireNonNull(triage, "triage");
        if (rounds < 1 || warmRounds < 0) {
            throw new IllegalArgumentException("rounds must be at least 1 and warmRounds at least 0");
        }
        Triage.Unit[] units = triage.units;
        long[] nanos = new long[units.length];
        long[] tried = new long[units.length];
        for (int round = 0; round < warmRounds + rounds; round++) {
            boolean timed = round >= warmRounds;
            boolean counting = round == warmRounds;
            for (String m : messages) {
                Vocab.Text x = triage.read(m);
                if (x == null) {
                    continue;
                }
                BitSet candidates = triage.candidates(x);
                for (int u = candidates.nextSetBit(0); u >= 0; u = candidates.nextSetBit(u + 1)) {
                    long start = System.nanoTime();
                    search(units[u], x);
                    long spent = System.nanoTime() - start;
                    if (timed) {
                        nanos[u] += spent;
                    }
                    if (counting) {
                        tried[u]++;
                    }
                }
            }
        }
        Map<String, long[]> byOwner = new LinkedHashMap<>();
        for (int u = 0; u < units.length; u++) {
            long[] sums = byOwner.computeIfAbsent(units[u].owner(), k -> new long[3]);
            sums[0]++;
            sums[1] += tried[u];
            sums[2] += nanos[u];
        }
        List<Row> rows = new ArrayList<>(byOwner.size());
        byOwner.forEach((owner, s) -> rows.add(new Row(owner, (int) s[0], s[1], s[2])));
        rows.sort(Comparator.comparingLong(Row::nanos).reversed().thenComparing(Row::owner));
        return rows;
    }

    /** The search classify makes for a unit: each phrase in turn, stopping at the first that is not there. */
    private static boolean search(Triage.Unit unit, Vocab.Text x) {
        for (Phrase p : unit.phrases()) {
            if (!p.mayOccur(x) || p.find(x) == null) {
                return false;
            }
        }
        return true;
    }
}
