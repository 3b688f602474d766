package org.peerbot.core.triage;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Every word and prefix that one rule book's patterns use, each given a number. A message's words are looked up
 * here once each ({@link #text}); the compiled patterns then test numbers against bit sets instead of hashing
 * strings, which is most of the time a long message would otherwise cost. Filled while the book is read and only
 * read once the triage is built, so it needs no locking.
 */
final class Vocab {
    private static final int[] NONE = new int[0];

    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> prefixes = new HashMap<>();
    private final CharTrie root = new CharTrie();
    private int next;

    /** The number of a whole word, given it if new. */
    int exactId(String word) {
        Integer id = exact.get(word);
        if (id == null) {
            id = next++;
            exact.put(word, id);
        }
        return id;
    }

    /** The number of a prefix ("kill" of {@code kill*}), given it if new. Prefixes and words never share one. */
    int prefixId(String prefix) {
        Integer id = prefixes.get(prefix);
        if (id == null) {
            id = next++;
            prefixes.put(prefix, id);
            root.put(prefix, id);
        }
        return id;
    }

    /** An anchor as {@link Phrase#anchors} spells it: a word, or a prefix with a trailing '*'. */
    int anchorId(String anchor) {
        return anchor.endsWith("*") ? prefixId(anchor.substring(0, anchor.length() - 1)) : exactId(anchor);
    }

    int size() {
        return next;
    }

    /** A message's words with their numbers, the prefixes each starts with, and every number present. */
    Text text(String[] words) {
        int[] ids = new int[words.length];
        int[][] pre = new int[words.length][];
        BitSet present = new BitSet(next);
        boolean number = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            Integer id = exact.get(w);
            ids[i] = id == null ? -1 : id;
            pre[i] = prefixesOf(w);
            if (!w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9') {
                number = true;
            }
            if (id != null) {
                present.set(id);
            }
            for (int p : pre[i]) {
                present.set(p);
            }
        }
        return new Text(words, ids, pre, present, present.stream().toArray(), number);
    }

    /** The numbers of every known prefix that {@code word} starts with (or equals); usually none. */
    private int[] prefixesOf(String word) {
        int[] out = NONE;
        CharTrie n = root;
        for (int i = 0; i < word.length(); i++) {
            n = n.child(word.charAt(i), false);
            if (n == null) {
                break;
            }
            if (n.id() >= 0) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = n.id();
            }
        }
        return out;
    }

    /**
     * One message's words. {@code ids[i]} is the word's number or -1 when no pattern uses it; {@code pre[i]} the
     * prefixes it starts with. {@code present} (and the same as a list, {@code presentIds}) is every number in the
     * message before idioms were masked, for the quick "can this pattern occur at all" test.
     */
    static final class Text {
        final String[] t;
        final int[] ids;
        final int[][] pre;
        final BitSet present;
        final int[] presentIds;
        final boolean number;

        Text(String[] t, int[] ids, int[][] pre, BitSet present, int[] presentIds, boolean number) {
            this.t = t;
            this.ids = ids;
            this.pre = pre;
            this.present = present;
            this.presentIds = presentIds;
            this.number = number;
        }

        int length() {
            return t.length;
        }

        /** Replaces a word with one no pattern uses (an idiom's words must not count). */
        void mask(int i) {
            t[i] = "_";
            ids[i] = -1;
            pre[i] = NONE;
        }
    }
}
