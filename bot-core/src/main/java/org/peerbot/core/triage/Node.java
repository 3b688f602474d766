package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The compiled form of a {@link Phrase}: a small backtracking matcher over a message's word numbers. Each node
 * matches at a position and hands the position after it to a continuation; word alternatives are bit-set and
 * index look-ups, not scans.
 *
 * <p>Over 300 lines on purpose: it is one sealed family of small records (word, word set, sequence, choice,
 * indexed choice, optional, gap, start/end mark, regex, suffix, number), each a few lines, and splitting the family
 * across files would only scatter the one contract they share ({@link #match}).
 */
sealed interface Node {
    int match(Ctx c, int pos, Cont k);

    /** Words (a trailing '*' marks a prefix) of which one must occur for a match, or null when not known. */
    Set<String> anchors();

    /** Adds every literal word, for the spelling normaliser's lexicon. */
    default void words(Set<String> out) {
    }

    /** Continuation: given the position after a node, the end of the whole match or -1. */
    interface Cont {
        int apply(int pos);
    }

    record Ctx(Vocab.Text x, int from, int to) {
        String[] t() {
            return x.t;
        }

        boolean isBreak(int i) {
            String w = x.t[i];
            return w.length() == 1 && (w.charAt(0) == '.' || w.charAt(0) == '?');
        }

        boolean isPunct(int i) {
            String w = x.t[i];
            return w.length() == 1 && (w.charAt(0) == '.' || w.charAt(0) == '?' || w.charAt(0) == ',');
        }
    }

    /** One word, or a prefix ({@code kill*}); {@code id} is its number in the rule book's vocabulary. */
    record Word(String text, boolean prefix, int id) implements Node {
        static Word of(String text, boolean prefix, Vocab vocab) {
            return new Word(text, prefix, prefix ? vocab.prefixId(text) : vocab.exactId(text));
        }

        public int match(Ctx c, int pos, Cont k) {
            return pos < c.to() && (prefix ? contains(c.x().pre[pos], id) : c.x().ids[pos] == id) ? k.apply(pos + 1) : -1;
        }

        public Set<String> anchors() {
            return Set.of(prefix ? text + "*" : text);
        }

        public void words(Set<String> out) {
            out.add(text);
        }
    }

    private static boolean contains(int[] ids, int id) {
        for (int i : ids) {
            if (i == id) {
                return true;
            }
        }
        return false;
    }

    /**
     * A set of single words and prefixes, tested by number: a word is in it when its own number is, or the number
     * of a prefix it starts with. {@code all} is both together, for the anchor test.
     */
    record WordSet(Set<String> exact, Set<String> prefixes, java.util.BitSet exactIds, java.util.BitSet prefixIds,
                           java.util.BitSet all, int[] allIds) implements Node {
        static WordSet ofAnchors(Set<String> anchors, Vocab vocab) {
            List<Word> words = new ArrayList<>();
            for (String a : anchors) {
                if (!a.equals(Phrase.NUM)) {
                    words.add(a.endsWith("*") ? Word.of(a.substring(0, a.length() - 1), true, vocab)
                            : Word.of(a, false, vocab));
                }
            }
            return of(words);
        }

        static WordSet of(List<Word> words) {
            Set<String> exact = new HashSet<>();
            Set<String> prefixes = new HashSet<>();
            java.util.BitSet exactIds = new java.util.BitSet();
            java.util.BitSet prefixIds = new java.util.BitSet();
            for (Word w : words) {
                (w.prefix() ? prefixes : exact).add(w.text());
                (w.prefix() ? prefixIds : exactIds).set(w.id());
            }
            java.util.BitSet all = (java.util.BitSet) exactIds.clone();
            all.or(prefixIds);
            return new WordSet(Set.copyOf(exact), Set.copyOf(prefixes), exactIds, prefixes.isEmpty() ? null : prefixIds,
                    all, all.stream().toArray());
        }

        /** The words and prefixes of the set, as pattern words. */
        List<Word> members(Vocab vocab) {
            List<Word> out = new ArrayList<>();
            exact.forEach(w -> out.add(Word.of(w, false, vocab)));
            prefixes.forEach(w -> out.add(Word.of(w, true, vocab)));
            return out;
        }

        boolean has(Vocab.Text x, int pos) {
            int id = x.ids[pos];
            if (id >= 0 && exactIds.get(id)) {
                return true;
            }
            if (prefixIds != null) {
                for (int p : x.pre[pos]) {
                    if (prefixIds.get(p)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether any of these words occurs in the message: whichever of the two lists is shorter is walked. */
        boolean anyPresent(Vocab.Text x) {
            if (allIds.length <= x.presentIds.length) {
                for (int id : allIds) {
                    if (x.present.get(id)) {
                        return true;
                    }
                }
                return false;
            }
            for (int id : x.presentIds) {
                if (all.get(id)) {
                    return true;
                }
            }
            return false;
        }

        public int match(Ctx c, int pos, Cont k) {
            return pos < c.to() && has(c.x(), pos) ? k.apply(pos + 1) : -1;
        }

        public Set<String> anchors() {
            Set<String> all = new HashSet<>(exact);
            prefixes.forEach(p -> all.add(p + "*"));
            return all;
        }

        public void words(Set<String> out) {
            out.addAll(exact);
            out.addAll(prefixes);
        }
    }

    /**
     * Items one after another. {@code remember} is set when two or more items can end in several places (gaps,
     * optional items): then where the rest of the sequence failed from is remembered for the one match, since
     * "item i at word p" fails the same way whichever path reached it. Without it a pattern like
     * {@code ^ ~30 [.] ~30 [.] ~30 [.] ~30 $} tried every way of cutting a long post and cost tens of microseconds.
     */
    record Seq(List<Node> items, boolean remember) implements Node {
        Seq(List<Node> items) {
            this(items, items.stream().filter(n -> n instanceof Gap || n instanceof Opt).count() >= 2);
        }

        public int match(Ctx c, int pos, Cont k) {
            return from(0, c, pos, k, remember ? new java.util.BitSet() : null);
        }

        private int from(int i, Ctx c, int pos, Cont k, java.util.BitSet failed) {
            if (i == items.size()) {
                return k.apply(pos);
            }
            // item i at word pos, as one bit; words are at most the message's length plus one
            int key = i * (c.x().length() + 2) + pos;
            if (failed != null && failed.get(key)) {
                return -1;
            }
            int r = items.get(i).match(c, pos, p -> from(i + 1, c, p, k, failed));
            if (r < 0 && failed != null) {
                failed.set(key);
            }
            return r;
        }

        public Set<String> anchors() {
            int k = anchorIndex();
            return k < 0 ? null : items.get(k).anchors();
        }

        /** The item whose words are the sequence's anchors (the most selective), or -1 when none has any. */
        int anchorIndex() {
            Set<String> best = null;
            int at = -1;
            for (int i = 0; i < items.size(); i++) {
                Set<String> a = items.get(i).anchors();
                if (a != null && (best == null || score(a) < score(best))) {
                    best = a;
                    at = i;
                }
            }
            return at;
        }

        /** Lower is more selective: common words make poor anchors, since they put the pattern on every message. */
        private static int score(Set<String> a) {
            int s = 0;
            for (String w : a) {
                s += Phrase.COMMON.contains(w) ? 100 : w.endsWith("*") ? (w.length() <= 4 ? 20 : 3) : w.equals(Phrase.NUM) ? 30 : 1;
            }
            return s;
        }

        public void words(Set<String> out) {
            items.forEach(n -> n.words(out));
        }
    }

    record Alt(List<Node> options) implements Node {
        public int match(Ctx c, int pos, Cont k) {
            for (Node o : options) {
                int r = o.match(c, pos, k);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }

        public Set<String> anchors() {
            Set<String> all = new HashSet<>();
            for (Node n : options) {
                Set<String> a = n.anchors();
                if (a == null) {
                    return null;
                }
                all.addAll(a);
            }
            return all;
        }

        public void words(Set<String> out) {
            options.forEach(n -> n.words(out));
        }
    }

    /**
     * Alternatives indexed by their first word, so only the options that can start here are tried: {@code firstIds}
     * (sorted) are the first words' numbers, {@code startingWith[i]} the options that start with {@code firstIds[i]}.
     */
    record IndexedAlt(WordSet singles, java.util.Map<String, List<Node>> byFirst, int[] firstIds,
                              Node[][] startingWith, List<Node> others, WordSet[] otherStarts, Alt original)
            implements Node {
        /** {@code otherStarts[i]}: the words {@code others[i]} must start with, or null when that is not known. */
        static IndexedAlt of(WordSet singles, java.util.Map<String, List<Node>> byFirst, List<Node> others, Alt original,
                             Vocab vocab) {
            java.util.TreeMap<Integer, Node[]> byId = new java.util.TreeMap<>();
            java.util.Map<String, List<Node>> frozen = new java.util.HashMap<>();
            byFirst.forEach((w, opts) -> {
                frozen.put(w, List.copyOf(opts));
                byId.put(vocab.exactId(w), opts.toArray(new Node[0]));
            });
            WordSet[] otherStarts = new WordSet[others.size()];
            for (int i = 0; i < otherStarts.length; i++) {
                List<Word> starts = Phrase.firstWords(List.of(others.get(i)), 0, vocab);
                otherStarts[i] = starts == null ? null : WordSet.of(starts);
            }
            return new IndexedAlt(singles, java.util.Map.copyOf(frozen),
                    byId.keySet().stream().mapToInt(Integer::intValue).toArray(), byId.values().toArray(new Node[0][]),
                    others, otherStarts, original);
        }

        public int match(Ctx c, int pos, Cont k) {
            if (pos < c.to()) {
                if (singles != null && singles.has(c.x(), pos)) {
                    int r = k.apply(pos + 1);
                    if (r >= 0) {
                        return r;
                    }
                }
                int id = c.x().ids[pos];
                int at = id < 0 ? -1 : java.util.Arrays.binarySearch(firstIds, id);
                if (at >= 0) {
                    for (Node o : startingWith[at]) {
                        int r = o.match(c, pos, k);
                        if (r >= 0) {
                            return r;
                        }
                    }
                }
            }
            for (int i = 0; i < otherStarts.length; i++) {
                // an option known to start with certain words is not tried where none of them stands
                if (otherStarts[i] != null && (pos >= c.to() || !otherStarts[i].has(c.x(), pos))) {
                    continue;
                }
                int r = others.get(i).match(c, pos, k);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }

        /** The words a match must start with, or null when some option can start anywhere. */
        WordSet firstWords(Vocab vocab) {
            List<Word> all = new ArrayList<>();
            for (WordSet starts : otherStarts) {
                if (starts == null) {
                    return null;
                }
                all.addAll(starts.members(vocab));
            }
            if (singles != null) {
                all.addAll(singles.members(vocab));
            }
            byFirst.keySet().forEach(x -> all.add(Word.of(x, false, vocab)));
            return WordSet.of(all);
        }

        public Set<String> anchors() {
            return original.anchors();
        }

        public void words(Set<String> out) {
            original.words(out);
        }
    }

    /** One word ending in one of a set of suffixes ("/[a-z]+(itis|osis)/" compiles to this), with a letter before it. */
    record Suffix(Set<String> suffixes, CharTrie reversed) implements Node {
        static Suffix of(Set<String> suffixes) {
            CharTrie rev = new CharTrie();
            suffixes.forEach(x -> rev.put(new StringBuilder(x).reverse().toString(), 0));
            return new Suffix(suffixes, rev);
        }

        public int match(Ctx c, int pos, Cont k) {
            return pos < c.to() && reversed.hasSuffixOf(c.t()[pos]) ? k.apply(pos + 1) : -1;
        }

        public Set<String> anchors() {
            return null;
        }
    }

    record Opt(Node inner) implements Node {
        public int match(Ctx c, int pos, Cont k) {
            int r = inner.match(c, pos, k);
            return r >= 0 ? r : k.apply(pos);
        }

        public Set<String> anchors() {
            return null;
        }

        public void words(Set<String> out) {
            inner.words(out);
        }
    }

    /** Up to {@code max} words, never across a clause break. */
    record Gap(int max) implements Node {
        public int match(Ctx c, int pos, Cont k) {
            for (int j = 0; j <= max; j++) {
                if (j > 0) {
                    int w = pos + j - 1;
                    if (w >= c.to() || c.isBreak(w)) {
                        return -1;
                    }
                }
                int r = k.apply(pos + j);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }

        public Set<String> anchors() {
            return null;
        }
    }

    /** ^ the message starts here, $ it ends here (punctuation around allowed). */
    record Mark(boolean start) implements Node {
        public int match(Ctx c, int pos, Cont k) {
            if (start) {
                for (int i = c.from(); i < pos; i++) {
                    if (!c.isPunct(i)) {
                        return -1;
                    }
                }
                return k.apply(pos);
            }
            int p = pos;
            while (p < c.to() && c.isPunct(p)) {
                p++;
            }
            return p == c.to() ? k.apply(p) : -1;
        }

        public Set<String> anchors() {
            return null;
        }
    }

    /**
     * One word matching a regular expression. {@code canStart[ch]} is false for an ASCII character no matching word
     * can begin with, so most words are turned away without a matcher (making one per word was most of what a
     * health-word list cost on a long post).
     */
    record Raw(java.util.regex.Pattern regex, boolean[] canStart) implements Node {
        static Raw of(java.util.regex.Pattern regex) {
            boolean[] canStart = new boolean[128];
            for (char ch = 0; ch < 128; ch++) {
                // Matching the one character either succeeds, or fails having wanted to read on (hitEnd), or fails
                // on that character alone: only in the last case can no longer word starting with it match.
                java.util.regex.Matcher m = regex.matcher(String.valueOf(ch));
                canStart[ch] = m.matches() || m.hitEnd();
            }
            return new Raw(regex, canStart);
        }

        public int match(Ctx c, int pos, Cont k) {
            if (pos >= c.to()) {
                return -1;
            }
            String word = c.t()[pos];
            boolean turnedAway = !word.isEmpty() && word.charAt(0) < 128 && !canStart[word.charAt(0)];
            return !turnedAway && regex.matcher(word).matches() ? k.apply(pos + 1) : -1;
        }

        public Set<String> anchors() {
            return null;
        }
    }

    /** A number, optionally below or at-or-above a bound. */
    record NumRange(double bound, int mode) implements Node {
        static final int ANY = 0;
        static final int BELOW = 1;
        static final int AT_LEAST = 2;

        public int match(Ctx c, int pos, Cont k) {
            if (pos >= c.to()) {
                return -1;
            }
            String w = c.t()[pos];
            if (w.isEmpty() || w.charAt(0) < '0' || w.charAt(0) > '9' || w.length() > 12) {
                return -1;
            }
            double v;
            try {
                v = Double.parseDouble(w);
            } catch (NumberFormatException e) {
                return -1;
            }
            boolean ok = mode == ANY || (mode == BELOW ? v < bound : v >= bound);
            return ok ? k.apply(pos + 1) : -1;
        }

        public Set<String> anchors() {
            return Set.of(Phrase.NUM);
        }
    }
}
