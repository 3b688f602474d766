package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A fast necessary condition for a rule: most rules can only match if some word of the text starts with
 * one of the words written in the rule's patterns, so rules whose words are absent are skipped without
 * running their regular expressions. A rule whose patterns could match inside a word (a character class
 * or wildcard right before letters) is always run. {@code TriageGateTest} checks that gating never
 * changes a result.
 */
final class Gate {

    /** A class, wildcard or quantifier directly before letters or a group: the literal may sit mid-word. */
    private static final Pattern MID_WORD = Pattern.compile("(\\]|\\.|\\\\w|\\\\S)[*+?]?(\\{\\d*,?\\d*\\})?[a-z(]");
    private static final int MAX_STEM = 12;
    /** Shorter words ("i", "my", "to") are in nearly every message and would make the gate useless. */
    private static final int MIN_STEM = 3;

    private final Map<String, List<Integer>> byStem = new HashMap<>();
    private final boolean[] always;

    Gate(List<List<String>> patternsPerRule) {
        always = new boolean[patternsPerRule.size()];
        for (int r = 0; r < patternsPerRule.size(); r++) {
            List<String> stems = new ArrayList<>();
            boolean ok = true;
            for (String p : patternsPerRule.get(r)) {
                if (MID_WORD.matcher(p).find() || !collect(p, stems)) {
                    ok = false;
                }
            }
            if (!ok || stems.isEmpty()) {
                always[r] = true;
                continue;
            }
            for (String s : stems) {
                List<Integer> rules = byStem.computeIfAbsent(s, k -> new ArrayList<>());
                if (!rules.contains(r)) {
                    rules.add(r);
                }
            }
        }
    }

    /** Letter runs that begin where a word could begin; false if the pattern has none it can rely on. */
    private static boolean collect(String p, List<String> stems) {
        int i = 0;
        boolean any = false;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                int end = p.indexOf(']', i);
                i = end < 0 ? p.length() : end + 1;
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                int start = i;
                while (i < p.length() && p.charAt(i) >= 'a' && p.charAt(i) <= 'z') {
                    i++;
                }
                char before = start == 0 ? ' ' : p.charAt(start - 1);
                if (before == ' ' || before == '(' || before == '|' || before == '^' || before == '?'
                        || before == ')' || before == ':') {
                    if (i - start < MIN_STEM) {
                        // A short word ("hi", "mg") may be all a match needs: the gate cannot vouch for it.
                        return false;
                    }
                    String run = p.substring(start, i);
                    stems.add(run.length() > MAX_STEM ? run.substring(0, MAX_STEM) : run);
                    any = true;
                }
                continue;
            }
            i++;
        }
        return any;
    }

    /** Marks the rules that may match this normalised text. */
    boolean[] candidates(String text) {
        boolean[] run = always.clone();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !wordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(text.charAt(i))) {
                i++;
            }
            int len = Math.min(i - start, MAX_STEM);
            for (int k = MIN_STEM; k <= len; k++) {
                List<Integer> rules = byStem.get(text.substring(start, start + k));
                if (rules != null) {
                    for (int r : rules) {
                        run[r] = true;
                    }
                }
            }
        }
        return run;
    }

    private static boolean wordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
    }
}
