package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One compiled phrase pattern from the rule file. The pattern language works on normalised words:
 * <ul>
 *   <li>{@code kill myself} words in order; {@code kill*} any word starting with "kill"</li>
 *   <li>{@code (pills|tablets)} alternatives (each may be several words), {@code [really]} optional</li>
 *   <li>{@code ...} up to four words in between (never across a clause break), {@code ~N} up to N words</li>
 *   <li>{@code ^} / {@code $} the message starts / ends here (trailing punctuation allowed)</li>
 *   <li>{@code <num>} any number, {@code <lt:4>} a number below 4, {@code <ge:20>} a number of 20 or more</li>
 *   <li>{@code /regex/} a raw regular expression for one word</li>
 * </ul>
 * The compiled form is a small backtracking matcher over the message's tokens (word alternatives are hash lookups,
 * not regex scans), plus "anchor" words of which at least one must be in the message for the pattern to have any
 * chance: the triage only runs patterns whose anchors are present.
 */
final class Phrase {
    static final String NUM = "<num>";

    /** Very common chat words: poor anchors. */
    private static final Set<String> COMMON = Set.copyOf(List.of("i", "im", "ive", "id", "me", "my", "myself", "you", "your", "the",
            "a", "an", "to", "of", "and", "or", "in", "on", "at", "for", "with", "is", "are", "was", "were", "be", "been",
            "do", "does", "did", "have", "has", "had", "it", "its", "this", "that", "what", "whats", "how", "why", "when",
            "where", "who", "which", "can", "could", "should", "would", "will", "just", "so", "not", "no", "dont", "if",
            "but", "he", "she", "they", "him", "her", "them", "his", "their", "we", "us", "our", "about", "all", "up",
            "out", "get", "got", "go", "going", "want", "like", "feel", "know", "think", "there", "here", "now", "then",
            "some", "any", "one", "?", ".", ",", "really", "very", "much", "more", "too", "am", "as", "by", "from", "off",
            "over", "again", "still", "back", "need", "make", "take", "say", "said", "tell", "told", "see", "cant", "im",
            "thats", "its", "ok", "yes", "well", "good", "time", "day", "today", "people", "thing", "things", "way",
            "been", "being", "because", "after", "before", "into", "only", "even", "also", "every", "other", "something",
            "someone", "anyone", "everyone", "nothing", "help", "please", "thanks", "hi", "bit", "lot", "last", "new"));

    final String source;
    private final Node root;
    /** Words (a trailing '*' marks a prefix) of which one must occur; null when the pattern has no anchor. */
    final Set<String> anchors;
    /** All literal words, for the spelling normaliser's lexicon. */
    final Set<String> words;

    /** The words a match can start with (null: any); and whether it must start the message. */
    private final WordSet first;
    private final boolean firstIsNumber;
    private final boolean anchoredAtStart;
    private final WordSet anchorSet;
    /**
     * For a sequence: each later item that must start with one of known words, with how many words the items before
     * it span at least and at most. A start is worth trying only when each such item has one of its words at the
     * right distance, so a long message is not matched from every word. Empty when nothing is known.
     */
    private final List<Later> later;

    private record Later(WordSet starts, int minBefore, int maxBefore) {
    }
    private final boolean anchorNumber;

    private Phrase(String source, Node root, Set<String> anchors, Set<String> words, Vocab vocab) {
        this.source = source;
        this.root = root;
        this.anchors = anchors;
        this.words = words;
        Node head = root instanceof Seq seq && !seq.items().isEmpty() ? seq.items().get(0) : root;
        this.anchoredAtStart = head instanceof Mark m && m.start();
        List<Word> firstWords = firstWords(root instanceof Seq seq ? seq.items() : List.of(root), 0, vocab);
        this.first = firstWords == null ? null : WordSet.of(firstWords);
        this.firstIsNumber = head instanceof NumRange;
        this.anchorSet = anchors == null ? null : WordSet.ofAnchors(anchors, vocab);
        this.anchorNumber = anchors != null && anchors.contains(NUM);
        List<Later> known = new ArrayList<>();
        if (root instanceof Seq seq && !anchoredAtStart) {
            int min = 0;
            int max = 0;
            for (int k = 0; k < seq.items().size(); k++) {
                Node item = seq.items().get(k);
                List<Word> starts = k > 0 && minLength(item) > 0 ? firstWords(List.of(item), 0, vocab) : null;
                if (starts != null) {
                    known.add(new Later(WordSet.of(starts), min, max));
                }
                min += minLength(item);
                max += maxLength(item);
            }
        }
        this.later = List.copyOf(known);
    }

    /** The fewest words a node can match. */
    private static int minLength(Node n) {
        if (n instanceof Seq seq) {
            return seq.items().stream().mapToInt(Phrase::minLength).sum();
        }
        if (n instanceof Alt alt) {
            return alt.options().stream().mapToInt(Phrase::minLength).min().orElse(0);
        }
        if (n instanceof IndexedAlt ia) {
            return minLength(ia.original());
        }
        if (n instanceof Opt || n instanceof Gap || n instanceof Mark) {
            return 0;
        }
        return 1;
    }

    /** The most words a node can match. */
    private static int maxLength(Node n) {
        if (n instanceof Seq seq) {
            return seq.items().stream().mapToInt(Phrase::maxLength).sum();
        }
        if (n instanceof Alt alt) {
            return alt.options().stream().mapToInt(Phrase::maxLength).max().orElse(0);
        }
        if (n instanceof IndexedAlt ia) {
            return maxLength(ia.original());
        }
        if (n instanceof Opt opt) {
            return maxLength(opt.inner());
        }
        if (n instanceof Gap g) {
            return g.max();
        }
        return n instanceof Mark ? 0 : 1;
    }

    /** Words one of which must start any match of items[i..], or null when that is unknown or anything goes. */
    private static List<Word> firstWords(List<Node> items, int i, Vocab vocab) {
        if (i >= items.size()) {
            return null;
        }
        Node n = items.get(i);
        if (n instanceof Mark m && m.start()) {
            return firstWords(items, i + 1, vocab);
        }
        if (n instanceof Word w) {
            return List.of(w);
        }
        List<Word> out = new ArrayList<>();
        if (n instanceof WordSet ws) {
            return ws.members(vocab);
        }
        if (n instanceof IndexedAlt ia) {
            WordSet f = ia.firstWords(vocab);
            return f == null ? null : firstWords(List.of(f), 0, vocab);
        }
        if (n instanceof Seq seq) {
            List<Node> joined = new ArrayList<>(seq.items());
            joined.addAll(items.subList(i + 1, items.size()));
            return firstWords(joined, 0, vocab);
        }
        if (n instanceof Opt opt) {
            List<Word> inner = firstWords(List.of(opt.inner()), 0, vocab);
            List<Word> rest = firstWords(items, i + 1, vocab);
            if (inner == null || rest == null) {
                return null;
            }
            out.addAll(inner);
            out.addAll(rest);
            return out;
        }
        return null;
    }

    /** Whether the phrase must start the message ({@code ^}), so it has no later occurrence to try. */
    boolean anchoredAtStart() {
        return anchoredAtStart;
    }

    /**
     * Cheap pre-check on the whole message: false when none of the anchor words occurs, or when the first item or a
     * later one needs a word of which none occurs.
     */
    boolean mayOccur(Vocab.Text x) {
        if (anchorSet != null && !(anchorNumber && x.number) && !anchorSet.anyPresent(x)) {
            return false;
        }
        // every later item that must start with known words needs one of them somewhere in the message
        for (Later l : later) {
            if (!l.starts().anyPresent(x)) {
                return false;
            }
        }
        return first == null || firstIsNumber || first.anyPresent(x);
    }

    /**
     * The first match in words [from, to): {start, end} word indices, or null. Starts are tried in order, skipping
     * those whose first word cannot begin a match or where a later item has none of its first words at a distance
     * it could stand at (only the few words in each such window are looked at).
     */
    int[] find(Vocab.Text x, int from, int to) {
        Ctx c = new Ctx(x, from, to);
        for (int i = from; i < to; i++) {
            if (first != null && !first.has(x, i)) {
                continue;
            }
            if (firstIsNumber && (x.t[i].isEmpty() || x.t[i].charAt(0) < '0' || x.t[i].charAt(0) > '9')) {
                continue;
            }
            if (!laterWordsNear(x, i, to)) {
                continue;
            }
            int end = root.match(c, i, p -> p);
            if (end >= 0) {
                return new int[] {i, end};
            }
            if (anchoredAtStart && !c.isPunct(i)) {
                return null; // only leading punctuation can precede a ^ match
            }
        }
        return null;
    }

    int[] find(Vocab.Text x) {
        return find(x, 0, x.length());
    }

    /** Whether every later item has one of its first words where it could stand for a match starting at {@code i}. */
    private boolean laterWordsNear(Vocab.Text x, int i, int to) {
        for (Later l : later) {
            int hi = Math.min(i + l.maxBefore(), to - 1);
            boolean found = false;
            for (int p = i + l.minBefore(); p <= hi && !found; p++) {
                found = l.starts().has(x, p);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Compiles a pattern; its words and prefixes are numbered in {@code vocab}, shared by one rule book. */
    static Phrase compile(String source, Vocab vocab) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("empty pattern");
        }
        Parser p = new Parser(source, vocab);
        Node root = p.parseAlternation();
        if (p.pos < p.toks.size()) {
            throw new IllegalArgumentException("unbalanced ')' or ']'");
        }
        root = optimise(root, vocab);
        Set<String> words = new HashSet<>();
        root.words(words);
        return new Phrase(source, root, root.anchors(), Set.copyOf(words), vocab);
    }

    /** Alternatives of single words become one bit-set test instead of a scan. */
    private static Node optimise(Node n, Vocab vocab) {
        if (n instanceof Seq seq) {
            List<Node> items = new ArrayList<>();
            seq.items().forEach(i -> items.add(optimise(i, vocab)));
            return new Seq(items);
        }
        if (n instanceof Opt opt) {
            return new Opt(optimise(opt.inner(), vocab));
        }
        if (n instanceof Alt alt) {
            List<Node> options = new ArrayList<>();
            alt.options().forEach(o -> options.add(optimise(o, vocab)));
            List<Word> singles = new ArrayList<>();
            java.util.Map<String, List<Node>> byFirst = new java.util.LinkedHashMap<>();
            List<Node> others = new ArrayList<>();
            for (Node o : options) {
                if (o instanceof Word w) {
                    singles.add(w);
                    continue;
                }
                Node head = o instanceof Seq seq && !seq.items().isEmpty() ? seq.items().get(0) : null;
                if (head instanceof Word w && !w.prefix()) {
                    byFirst.computeIfAbsent(w.text(), k -> new ArrayList<>()).add(o);
                } else if (head instanceof WordSet ws && ws.prefixes().isEmpty()) {
                    ws.exact().forEach(x -> byFirst.computeIfAbsent(x, k -> new ArrayList<>()).add(o));
                } else if (o instanceof WordSet ws) {
                    singles.addAll(ws.members(vocab));
                } else {
                    others.add(o);
                }
            }
            return IndexedAlt.of(singles.isEmpty() ? null : WordSet.of(singles), byFirst, List.copyOf(others), alt,
                    vocab);
        }
        return n;
    }

    // ---- matching ---------------------------------------------------------------------------------------------

    /** Continuation: given the position after a node, the end of the whole match or -1. */
    private interface Cont {
        int apply(int pos);
    }

    private record Ctx(Vocab.Text x, int from, int to) {
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

    private sealed interface Node permits Word, WordSet, Seq, Alt, IndexedAlt, Opt, Gap, Mark, Raw, Suffix, NumRange {
        int match(Ctx c, int pos, Cont k);

        Set<String> anchors();

        default void words(Set<String> out) {
        }
    }

    /** One word, or a prefix ({@code kill*}); {@code id} is its number in the rule book's vocabulary. */
    private record Word(String text, boolean prefix, int id) implements Node {
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
    private record WordSet(Set<String> exact, Set<String> prefixes, java.util.BitSet exactIds, java.util.BitSet prefixIds,
                           java.util.BitSet all, int[] allIds) implements Node {
        static WordSet ofAnchors(Set<String> anchors, Vocab vocab) {
            List<Word> words = new ArrayList<>();
            for (String a : anchors) {
                if (!a.equals(NUM)) {
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

    private record Seq(List<Node> items) implements Node {
        public int match(Ctx c, int pos, Cont k) {
            return from(0, c, pos, k);
        }

        private int from(int i, Ctx c, int pos, Cont k) {
            if (i == items.size()) {
                return k.apply(pos);
            }
            return items.get(i).match(c, pos, p -> from(i + 1, c, p, k));
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
                s += COMMON.contains(w) ? 100 : w.endsWith("*") ? (w.length() <= 4 ? 20 : 3) : w.equals(NUM) ? 30 : 1;
            }
            return s;
        }

        public void words(Set<String> out) {
            items.forEach(n -> n.words(out));
        }
    }

    private record Alt(List<Node> options) implements Node {
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
    private record IndexedAlt(WordSet singles, java.util.Map<String, List<Node>> byFirst, int[] firstIds,
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
    private record Suffix(Set<String> suffixes, CharTrie reversed) implements Node {
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

    private record Opt(Node inner) implements Node {
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
    private record Gap(int max) implements Node {
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
    private record Mark(boolean start) implements Node {
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

    /** One word matching a regular expression. */
    private record Raw(java.util.regex.Pattern regex) implements Node {
        public int match(Ctx c, int pos, Cont k) {
            return pos < c.to() && regex.matcher(c.t()[pos]).matches() ? k.apply(pos + 1) : -1;
        }

        public Set<String> anchors() {
            return null;
        }
    }

    /** A number, optionally below or at-or-above a bound. */
    private record NumRange(double bound, int mode) implements Node {
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
            return Set.of(NUM);
        }
    }

    // ---- parser -----------------------------------------------------------------------------------------------

    private static final class Parser {
        final String source;
        final Vocab vocab;
        final List<String> toks = new ArrayList<>();
        int pos;

        Parser(String source, Vocab vocab) {
            this.source = source;
            this.vocab = vocab;
            String s = source.trim().toLowerCase(java.util.Locale.ROOT);
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/') {
                    int j = s.indexOf('/', i + 1);
                    if (j < 0) {
                        throw new IllegalArgumentException("unclosed /regex/");
                    }
                    toks.add(s.substring(i, j + 1));
                    i = j + 1;
                } else if ("()[]|".indexOf(c) >= 0) {
                    toks.add(String.valueOf(c));
                    i++;
                } else {
                    int j = i;
                    while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "()[]|".indexOf(s.charAt(j)) < 0) {
                        j++;
                    }
                    toks.add(s.substring(i, j));
                    i = j;
                }
            }
        }

        Node parseAlternation() {
            List<Node> options = new ArrayList<>();
            options.add(parseSeq());
            while (pos < toks.size() && toks.get(pos).equals("|")) {
                pos++;
                options.add(parseSeq());
            }
            return options.size() == 1 ? options.get(0) : new Alt(options);
        }

        Node parseSeq() {
            List<Node> items = new ArrayList<>();
            while (pos < toks.size()) {
                String t = toks.get(pos);
                if (t.equals("|") || t.equals(")") || t.equals("]")) {
                    break;
                }
                pos++;
                switch (t) {
                    case "(" -> {
                        Node inner = parseAlternation();
                        expect(")");
                        items.add(inner);
                    }
                    case "[" -> {
                        Node inner = parseAlternation();
                        expect("]");
                        items.add(new Opt(inner));
                    }
                    case "..." -> items.add(new Gap(4));
                    case "^" -> items.add(new Mark(true));
                    case "$" -> items.add(new Mark(false));
                    default -> items.add(atom(t));
                }
            }
            if (items.isEmpty()) {
                throw new IllegalArgumentException("empty choice or group (check for '||', '()' or a '|' at an end)");
            }
            return items.size() == 1 ? items.get(0) : new Seq(items);
        }

        private void expect(String close) {
            if (pos >= toks.size() || !toks.get(pos).equals(close)) {
                throw new IllegalArgumentException("missing '" + close + "'");
            }
            pos++;
        }

        private Node atom(String t) {
            if (t.startsWith("~")) {
                try {
                    int n = Integer.parseInt(t.substring(1));
                    if (n < 0 || n > 30) {
                        throw new NumberFormatException();
                    }
                    return new Gap(n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("gap '" + t + "' must be ~0 to ~30");
                }
            }
            if (t.length() > 2 && t.startsWith("/") && t.endsWith("/")) {
                java.util.regex.Matcher sm = java.util.regex.Pattern.compile("\\[a-z]\\+\\(([a-z|]+)\\)").matcher(t.substring(1, t.length() - 1));
                if (sm.matches()) {
                    return Suffix.of(Set.of(new java.util.LinkedHashSet<>(List.of(sm.group(1).split("\\|"))).toArray(new String[0])));
                }
                try {
                    return new Raw(java.util.regex.Pattern.compile(t.substring(1, t.length() - 1)));
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new IllegalArgumentException("regex " + t + " is not valid: "
                            + e.getDescription());
                }
            }
            if (t.startsWith("<")) {
                if (t.equals(NUM)) {
                    return new NumRange(0, NumRange.ANY);
                }
                if (t.matches("<(lt|ge):\\d{1,5}(\\.\\d+)?>")) {
                    double n = Double.parseDouble(t.substring(4, t.length() - 1));
                    return new NumRange(n, t.startsWith("<lt") ? NumRange.BELOW : NumRange.AT_LEAST);
                }
                throw new IllegalArgumentException("unknown class " + t + " (use <num>, <lt:N> or <ge:N>)");
            }
            boolean prefix = t.endsWith("*");
            String w = prefix ? t.substring(0, t.length() - 1) : t;
            if (w.isEmpty() || !w.matches("[a-z0-9.,'?]+")) {
                throw new IllegalArgumentException("word '" + t + "' must be lower-case letters or digits (optionally ending in *)");
            }
            return Word.of(w.replace("'", ""), prefix, vocab);
        }
    }
}
