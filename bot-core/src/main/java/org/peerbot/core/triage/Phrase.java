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
    private final boolean anchorNumber;

    private Phrase(String source, Node root, Set<String> anchors, Set<String> words) {
        this.source = source;
        this.root = root;
        this.anchors = anchors;
        this.words = words;
        Node head = root instanceof Seq seq && !seq.items().isEmpty() ? seq.items().get(0) : root;
        this.anchoredAtStart = head instanceof Mark m && m.start();
        List<Word> firstWords = firstWords(root instanceof Seq seq ? seq.items() : List.of(root), 0);
        this.first = firstWords == null ? null : WordSet.of(firstWords);
        this.firstIsNumber = head instanceof NumRange;
        this.anchorSet = anchors == null ? null : WordSet.ofAnchors(anchors);
        this.anchorNumber = anchors != null && anchors.contains(NUM);
    }

    /** Words one of which must start any match of items[i..], or null when that is unknown or anything goes. */
    private static List<Word> firstWords(List<Node> items, int i) {
        if (i >= items.size()) {
            return null;
        }
        Node n = items.get(i);
        if (n instanceof Mark m && m.start()) {
            return firstWords(items, i + 1);
        }
        if (n instanceof Word w) {
            return List.of(w);
        }
        List<Word> out = new ArrayList<>();
        if (n instanceof WordSet ws) {
            ws.exact().forEach(x -> out.add(new Word(x, false)));
            ws.prefixes().forEach(x -> out.add(new Word(x, true)));
            return out;
        }
        if (n instanceof IndexedAlt ia) {
            WordSet f = ia.firstWords();
            return f == null ? null : firstWords(List.of(f), 0);
        }
        if (n instanceof Seq seq) {
            List<Node> joined = new ArrayList<>(seq.items());
            joined.addAll(items.subList(i + 1, items.size()));
            return firstWords(joined, 0);
        }
        if (n instanceof Opt opt) {
            List<Word> inner = firstWords(List.of(opt.inner()), 0);
            List<Word> rest = firstWords(items, i + 1);
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

    /** Cheap pre-check: false when none of the anchor words occur among the message's tokens. */
    boolean mayOccur(Set<String> tokens) {
        if (anchorSet == null) {
            return true;
        }
        if (!anchorNumber && anchorSet.prefixes().isEmpty() && anchorSet.exact().size() < tokens.size()) {
            // Fewer anchors than words (a long message): look the anchors up instead of walking the words.
            for (String a : anchorSet.exact()) {
                if (tokens.contains(a)) {
                    return true;
                }
            }
            return false;
        }
        for (String t : tokens) {
            if (anchorSet.has(t) || (anchorNumber && t.charAt(0) >= '0' && t.charAt(0) <= '9')) {
                return true;
            }
        }
        return false;
    }

    /** The first match in tokens[from, to): {start, end} token indices, or null. */
    int[] find(String[] tokens, int from, int to) {
        Ctx c = new Ctx(tokens, from, to);
        for (int i = from; i < to; i++) {
            if (first != null && !first.has(tokens[i])) {
                continue;
            }
            if (firstIsNumber && (tokens[i].isEmpty() || tokens[i].charAt(0) < '0' || tokens[i].charAt(0) > '9')) {
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

    int[] find(String[] tokens) {
        return find(tokens, 0, tokens.length);
    }

    /**
     * The same first match as {@link #find(String[])}, found by jumping to where the phrase's first word occurs
     * ({@code positions}: each word of {@code tokens} to its indices, ascending) instead of trying every word;
     * long messages would otherwise pay for every phrase at every word.
     */
    int[] find(String[] tokens, java.util.Map<String, int[]> positions) {
        if (first == null || !first.prefixes().isEmpty() || firstIsNumber || anchoredAtStart) {
            return find(tokens);
        }
        int[] starts = new int[8];
        int n = 0;
        boolean fewerWords = positions.size() < first.exact().size();
        for (String w : fewerWords ? positions.keySet() : first.exact()) {
            int[] at = fewerWords ? (first.exact().contains(w) ? positions.get(w) : null) : positions.get(w);
            if (at == null) {
                continue;
            }
            if (n + at.length > starts.length) {
                starts = java.util.Arrays.copyOf(starts, Math.max(starts.length * 2, n + at.length));
            }
            System.arraycopy(at, 0, starts, n, at.length);
            n += at.length;
        }
        if (n == 0) {
            return null;
        }
        java.util.Arrays.sort(starts, 0, n);
        Ctx c = new Ctx(tokens, 0, tokens.length);
        for (int k = 0; k < n; k++) {
            int end = root.match(c, starts[k], p -> p);
            if (end >= 0) {
                return new int[] {starts[k], end};
            }
        }
        return null;
    }

    static Phrase compile(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("empty pattern");
        }
        Parser p = new Parser(source);
        Node root = p.parseAlternation();
        if (p.pos < p.toks.size()) {
            throw new IllegalArgumentException("unbalanced ')' or ']' in pattern \"" + source + "\"");
        }
        root = optimise(root);
        Set<String> words = new HashSet<>();
        root.words(words);
        return new Phrase(source, root, root.anchors(), Set.copyOf(words));
    }

    /** Alternatives of single words become one hash lookup instead of a scan. */
    private static Node optimise(Node n) {
        if (n instanceof Seq seq) {
            List<Node> items = new ArrayList<>();
            seq.items().forEach(i -> items.add(optimise(i)));
            return new Seq(items);
        }
        if (n instanceof Opt opt) {
            return new Opt(optimise(opt.inner()));
        }
        if (n instanceof Alt alt) {
            List<Node> options = new ArrayList<>();
            alt.options().forEach(o -> options.add(optimise(o)));
            List<Word> singles = new ArrayList<>();
            java.util.Map<String, List<Node>> byFirst = new java.util.HashMap<>();
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
                    ws.exact().forEach(x -> singles.add(new Word(x, false)));
                    ws.prefixes().forEach(x -> singles.add(new Word(x, true)));
                } else {
                    others.add(o);
                }
            }
            java.util.Map<String, List<Node>> frozen = new java.util.HashMap<>();
            byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new IndexedAlt(singles.isEmpty() ? null : WordSet.of(singles), java.util.Map.copyOf(frozen),
                    List.copyOf(others), alt);
        }
        return n;
    }

    // ---- matching ---------------------------------------------------------------------------------------------

    /** Continuation: given the position after a node, the end of the whole match or -1. */
    private interface Cont {
        int apply(int pos);
    }

    private record Ctx(String[] t, int from, int to) {
        boolean isBreak(int i) {
            String w = t[i];
            return w.length() == 1 && (w.charAt(0) == '.' || w.charAt(0) == '?');
        }

        boolean isPunct(int i) {
            String w = t[i];
            return w.length() == 1 && (w.charAt(0) == '.' || w.charAt(0) == '?' || w.charAt(0) == ',');
        }
    }

    private sealed interface Node permits Word, WordSet, Seq, Alt, IndexedAlt, Opt, Gap, Mark, Raw, Suffix, NumRange {
        int match(Ctx c, int pos, Cont k);

        Set<String> anchors();

        default void words(Set<String> out) {
        }
    }

    private record Word(String text, boolean prefix) implements Node {
        public int match(Ctx c, int pos, Cont k) {
            if (pos < c.to() && (prefix ? c.t()[pos].startsWith(text) : c.t()[pos].equals(text))) {
                return k.apply(pos + 1);
            }
            return -1;
        }

        public Set<String> anchors() {
            return Set.of(prefix ? text + "*" : text);
        }

        public void words(Set<String> out) {
            out.add(text);
        }
    }

    /** A set of single words and prefixes: exact words by hash, prefixes by a character trie (no allocation). */
    private record WordSet(Set<String> exact, Set<String> prefixes, Trie trie) implements Node {
        static WordSet ofAnchors(Set<String> anchors) {
            List<Word> words = new ArrayList<>();
            for (String a : anchors) {
                if (!a.equals(NUM)) {
                    words.add(a.endsWith("*") ? new Word(a.substring(0, a.length() - 1), true) : new Word(a, false));
                }
            }
            return of(words);
        }

        static WordSet of(List<Word> words) {
            Set<String> exact = new HashSet<>();
            Set<String> prefixes = new HashSet<>();
            for (Word w : words) {
                (w.prefix() ? prefixes : exact).add(w.text());
            }
            return new WordSet(Set.copyOf(exact), Set.copyOf(prefixes), prefixes.isEmpty() ? null : Trie.of(prefixes));
        }

        boolean has(String w) {
            return exact.contains(w) || (trie != null && trie.hasPrefixOf(w));
        }

        public int match(Ctx c, int pos, Cont k) {
            return pos < c.to() && has(c.t()[pos]) ? k.apply(pos + 1) : -1;
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
            Set<String> best = null;
            for (Node n : items) {
                Set<String> a = n.anchors();
                if (a != null && (best == null || score(a) < score(best))) {
                    best = a;
                }
            }
            return best;
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

    /** Alternatives indexed by their first word, so only the options that can start here are tried. */
    private record IndexedAlt(WordSet singles, java.util.Map<String, List<Node>> byFirst, List<Node> others, Alt original)
            implements Node {
        public int match(Ctx c, int pos, Cont k) {
            if (pos < c.to()) {
                String w = c.t()[pos];
                if (singles != null && singles.has(w)) {
                    int r = k.apply(pos + 1);
                    if (r >= 0) {
                        return r;
                    }
                }
                List<Node> opts = byFirst.get(w);
                if (opts != null) {
                    for (Node o : opts) {
                        int r = o.match(c, pos, k);
                        if (r >= 0) {
                            return r;
                        }
                    }
                }
            }
            for (Node o : others) {
                int r = o.match(c, pos, k);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }

        /** The words a match must start with, or null when some option can start anywhere. */
        WordSet firstWords() {
            if (!others.isEmpty()) {
                return null;
            }
            List<Word> all = new ArrayList<>();
            if (singles != null) {
                singles.exact().forEach(x -> all.add(new Word(x, false)));
                singles.prefixes().forEach(x -> all.add(new Word(x, true)));
            }
            byFirst.keySet().forEach(x -> all.add(new Word(x, false)));
            return WordSet.of(all);
        }

        public Set<String> anchors() {
            return original.anchors();
        }

        public void words(Set<String> out) {
            original.words(out);
        }
    }

    /** One word ending in one of a set of suffixes ("/[a-z]+(itis|osis)/" compiles to this). */
    private record Suffix(Set<String> suffixes, int[] lengths) implements Node {
        public int match(Ctx c, int pos, Cont k) {
            if (pos >= c.to()) {
                return -1;
            }
            String w = c.t()[pos];
            for (int len : lengths) {
                if (len >= w.length()) {
                    break;
                }
                if (suffixes.contains(w.substring(w.length() - len))) {
                    return k.apply(pos + 1);
                }
            }
            return -1;
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
        final List<String> toks = new ArrayList<>();
        int pos;

        Parser(String source) {
            this.source = source;
            String s = source.trim().toLowerCase(java.util.Locale.ROOT);
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/') {
                    int j = s.indexOf('/', i + 1);
                    if (j < 0) {
                        throw new IllegalArgumentException("unclosed /regex/ in pattern \"" + source + "\"");
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
                throw new IllegalArgumentException("empty alternative or group in pattern \"" + source + "\"");
            }
            return items.size() == 1 ? items.get(0) : new Seq(items);
        }

        private void expect(String close) {
            if (pos >= toks.size() || !toks.get(pos).equals(close)) {
                throw new IllegalArgumentException("missing '" + close + "' in pattern \"" + source + "\"");
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
                    throw new IllegalArgumentException("gap '" + t + "' must be ~0 to ~30 in pattern \"" + source + "\"");
                }
            }
            if (t.length() > 2 && t.startsWith("/") && t.endsWith("/")) {
                java.util.regex.Matcher sm = java.util.regex.Pattern.compile("\\[a-z]\\+\\(([a-z|]+)\\)").matcher(t.substring(1, t.length() - 1));
                if (sm.matches()) {
                    Set<String> suffixes = Set.of(new java.util.LinkedHashSet<>(List.of(sm.group(1).split("\\|"))).toArray(new String[0]));
                    return new Suffix(suffixes, suffixes.stream().mapToInt(String::length).distinct().sorted().toArray());
                }
                try {
                    return new Raw(java.util.regex.Pattern.compile(t.substring(1, t.length() - 1)));
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new IllegalArgumentException("regex " + t + " in pattern \"" + source + "\" is not valid: "
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
                throw new IllegalArgumentException("unknown class " + t + " in pattern \"" + source
                        + "\" (use <num>, <lt:N> or <ge:N>)");
            }
            boolean prefix = t.endsWith("*");
            String w = prefix ? t.substring(0, t.length() - 1) : t;
            if (w.isEmpty() || !w.matches("[a-z0-9.,'?]+")) {
                throw new IllegalArgumentException("word '" + t + "' in pattern \"" + source
                        + "\" must be lower-case letters or digits (optionally ending in *)");
            }
            return new Word(w.replace("'", ""), prefix);
        }
    }

    /** Prefix trie over lower-case words; each node keeps its children's characters sorted. */
    private static final class Trie {
        private char[] keys = new char[0];
        private Trie[] kids = new Trie[0];
        private boolean end;

        static Trie of(Set<String> prefixes) {
            Trie root = new Trie();
            for (String p : prefixes) {
                Trie n = root;
                for (int i = 0; i < p.length(); i++) {
                    n = n.child(p.charAt(i), true);
                }
                n.end = true;
            }
            return root;
        }

        private Trie child(char c, boolean create) {
            int i = java.util.Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            if (!create) {
                return null;
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Trie[] d = new Trie[kids.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, d, 0, at);
            k[at] = c;
            d[at] = new Trie();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, d, at + 1, kids.length - at);
            keys = k;
            kids = d;
            return d[at];
        }

        /** True when some prefix in the trie starts {@code w} (or equals it). */
        boolean hasPrefixOf(String w) {
            Trie n = this;
            for (int i = 0; i < w.length(); i++) {
                n = n.child(w.charAt(i), false);
                if (n == null) {
                    return false;
                }
                if (n.end) {
                    return true;
                }
            }
            return false;
        }
    }
}
