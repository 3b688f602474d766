package org.peerbot.core.triage;

import java.util.Arrays;

/**
 * A character trie whose nodes keep their children's characters sorted (looked up by binary search, no
 * allocation). A node that ends a stored word holds that word's number ({@code -1} elsewhere). The vocabulary keeps
 * pattern prefixes in one; suffix patterns keep their suffixes reversed in another.
 */
final class CharTrie {
    private char[] keys = new char[0];
    private CharTrie[] kids = new CharTrie[0];
    private int id = -1;

    /** Stores {@code word} with its number. */
    void put(String word, int number) {
        CharTrie n = this;
        for (int i = 0; i < word.length(); i++) {
            n = n.child(word.charAt(i), true);
        }
        n.id = number;
    }

    /** The number stored at this node, or -1 when no word ends here. */
    int id() {
        return id;
    }

    /** The child for {@code c}, made when {@code create} and missing; null when missing otherwise. */
    CharTrie child(char c, boolean create) {
        int i = Arrays.binarySearch(keys, c);
        if (i >= 0) {
            return kids[i];
        }
        if (!create) {
            return null;
        }
        int at = -i - 1;
        char[] k = new char[keys.length + 1];
        CharTrie[] d = new CharTrie[kids.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(kids, 0, d, 0, at);
        k[at] = c;
        d[at] = new CharTrie();
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(kids, at, d, at + 1, kids.length - at);
        keys = k;
        kids = d;
        return d[at];
    }

    /**
     * For a trie of reversed suffixes: true when {@code w} ends with one of them and has at least one letter
     * before it.
     */
    boolean hasSuffixOf(String w) {
        CharTrie n = this;
        for (int i = w.length() - 1; i >= 1; i--) {
            n = n.child(w.charAt(i), false);
            if (n == null) {
                return false;
            }
            if (n.id >= 0) {
                return true;
            }
        }
        return false;
    }
}
