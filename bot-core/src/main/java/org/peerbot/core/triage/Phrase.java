package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peerbot.core.triage.Node.Alt;
import org.peerbot.core.triage.Node.Ctx;
import org.peerbot.core.triage.Node.Gap;
import org.peerbot.core.triage.Node.IndexedAlt;
import org.peerbot.core.triage.Node.Mark;
import org.peerbot.core.triage.Node.NumRange;
import org.peerbot.core.triage.Node.Opt;
import org.peerbot.core.triage.Node.Seq;
import org.peerbot.core.triage.Node.Word;
import org.peerbot.core.triage.Node.WordSet;

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
    static final Set<String> COMMON = Set.copyOf(List.of("i", "im", "ive", "id", "me", "my", "myself", "you", "your", "the",
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
    static List<Word> firstWords(List<Node> items, int i, Vocab vocab) {
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

    /**
     * One phrase per top-level choice when the whole pattern is a choice (a word list used as a whole match line,
     * "@service_described"), each anchored on its own words; otherwise this phrase alone. A match line fires when any
     * choice matches, so the split reads the same messages; it only spares the matcher trying every choice of a long
     * list on every message that holds one anchor of any of them (session 11: such a line made the services rule
     * cost three times what it did).
     */
    List<Phrase> choices(Vocab vocab) {
        Alt alt = root instanceof IndexedAlt indexed ? indexed.original() : root instanceof Alt a ? a : null;
        if (alt == null || alt.options().stream().anyMatch(o -> o.anchors() == null)) {
            return List.of(this);
        }
        List<Phrase> out = new ArrayList<>(alt.options().size());
        for (Node raw : alt.options()) {
            Node option = optimise(raw, vocab);
            Set<String> w = new HashSet<>();
            option.words(w);
            out.add(new Phrase(source, option, option.anchors(), Set.copyOf(w), vocab));
        }
        return out;
    }

    /** Compiles a pattern; its words and prefixes are numbered in {@code vocab}, shared by one rule book. */
    static Phrase compile(String source, Vocab vocab) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("empty pattern");
        }
        PhraseParser p = new PhraseParser(source, vocab);
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
}
