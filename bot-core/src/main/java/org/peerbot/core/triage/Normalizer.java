package org.peerbot.core.triage;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Folds a raw chat message into the canonical form the rule patterns are written against:
 * <pre>" w1 w2 . w3 , w4 "</pre>
 * lower case, accents and zero-width / bidi characters removed, emoji turned into words, runs of a repeated letter
 * collapsed, text-speak and misspellings replaced, {@code .!?;:} and line breaks folded into a clause token
 * {@code .} ({@code ?} kept as its own token, since questions matter), commas kept as {@code ,}, every other symbol a
 * space, numbers split from units ("800mg" -> "800 mg") unless the rules know the run as one word ("hba1c", "2nite").
 * Words are separated by exactly one space and the string starts and ends with a space, so a pattern can match
 * whole words with plain regular expressions. Immutable and thread-safe; never throws.
 */
final class Normalizer {
    /** Longest input we look at: well beyond any chat message, bounds the work for hostile input. */
    static final int MAX_CHARS = 200_000;

    private final Map<String, String> words;
    private final Map<String, String> phrases;
    private final Map<Integer, String> emoji;
    private final Set<String> lexicon;

    Normalizer(Map<String, String> words, Map<String, String> emoji, Set<String> lexicon) {
        Map<String, String> single = new HashMap<>();
        Map<String, String> multi = new HashMap<>();
        words.forEach((k, v) -> {
            if (k.indexOf(' ') >= 0) {
                multi.put(' ' + k + ' ', ' ' + v + ' ');
            } else {
                single.put(k, v);
            }
        });
        this.words = Map.copyOf(single);
        this.phrases = Map.copyOf(multi);
        Map<Integer, String> e = new HashMap<>();
        emoji.forEach((k, v) -> {
            String key = stripVariation(k);
            if (!key.isEmpty()) {
                e.put(key.codePointAt(0), v);
            }
        });
        this.emoji = Map.copyOf(e);
        this.lexicon = Set.copyOf(lexicon);
    }

    private static String stripVariation(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(cp -> cp != 0xFE0F && cp != 0xFE0E && cp != 0x200D).forEach(b::appendCodePoint);
        return b.toString();
    }

    String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return " ";
        }
        String text = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
        // 1. emoji to words, invisible characters out, before decomposition touches anything.
        StringBuilder pre = new StringBuilder(text.length() + 16);
        boolean ascii = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                pre.append((char) cp);
                continue;
            }
            ascii = false;
            String word = emoji.get(cp);
            if (word != null) {
                pre.append(' ').append(word).append(' ');
            } else if (isInvisible(cp)) {
                // zero-width joiners and bidi controls hide words from matching: drop them
            } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x00B4 || cp == 0xFF07) {
                pre.append('\'');
            } else {
                pre.appendCodePoint(cp);
            }
        }
        String s = pre.toString();
        if (!ascii) {
            s = java.text.Normalizer.normalize(s, Form.NFKD);
        }
        s = s.toLowerCase(Locale.ROOT);
        // 2. tokenise: letters/digits into words, clause punctuation into tokens.
        List<String> tokens = new ArrayList<>(Math.min(4096, s.length() / 3 + 4));
        StringBuilder word = new StringBuilder(24);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue; // accents and zalgo marks
            }
            if (word.length() == 0 && (c >= 'a' && c <= 'z' || isDigit(c))) {
                int end = knownMixedWord(s, i);
                if (end > i) {
                    tokens.add(s.substring(i, end));
                    i = end - 1;
                    continue;
                }
            }
            if (c >= 'a' && c <= 'z' || Character.isLetter(c)) {
                if (word.length() > 0 && isDigit(word.charAt(word.length() - 1))) {
                    flush(word, tokens);
                }
                word.append(c);
            } else if (isDigit(c)) {
                if (word.length() > 0 && !isDigit(word.charAt(word.length() - 1)) && word.charAt(word.length() - 1) != '.') {
                    flush(word, tokens);
                }
                word.append(c);
            } else if (c == '.' && word.length() > 0 && isDigit(word.charAt(word.length() - 1))
                    && i + 1 < n && isDigit(s.charAt(i + 1))) {
                word.append(c); // decimal point: "1.6"
            } else if (c == '*' && word.length() > 0 && i + 1 < n && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '*')) {
                word.append(c); // censored words: "k*ll", "su*cide" (mapped by normalise.words)
            } else if (c == '\'') {
                // apostrophes join contractions: "don't" -> "dont"; "'ll" becomes " will"
                if (word.length() > 0 && i + 2 < n + 1 && s.startsWith("ll", i + 1)
                        && (i + 3 >= n || !Character.isLetter(s.charAt(i + 3)))) {
                    flush(word, tokens);
                    tokens.add("will");
                    i += 2;
                }
            } else if (c == '?') {
                flush(word, tokens);
                if (!tokens.isEmpty() && ".".equals(tokens.get(tokens.size() - 1))) {
                    tokens.set(tokens.size() - 1, "?");
                } else if (tokens.isEmpty() || !"?".equals(tokens.get(tokens.size() - 1))) {
                    tokens.add("?");
                }
            } else if (c == '.' || c == '!' || c == ';' || c == ':' || c == '\n' || c == '\r'
                    || c == '\u2026') {
                flush(word, tokens);
                if (tokens.isEmpty() || !(".".equals(tokens.get(tokens.size() - 1)) || "?".equals(tokens.get(tokens.size() - 1)))) {
                    tokens.add(".");
                }
            } else if (c == ',') {
                flush(word, tokens);
                if (tokens.isEmpty() || !",".equals(tokens.get(tokens.size() - 1))) {
                    tokens.add(",");
                }
            } else if (c == '&') {
                flush(word, tokens);
                tokens.add("and");
            } else {
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        // 3. spelling: collapse letter runs, then text-speak and misspellings.
        StringBuilder out = new StringBuilder(s.length() + 8).append(' ');
        for (String t : tokens) {
            String w = collapseRuns(t);
            String r = words.get(w);
            if (r != null && r.isEmpty()) {
                continue; // an inserted swear word ("i want to f***ing die") must not break a phrase apart
            }
            out.append(r != null ? r : w).append(' ');
        }
        String folded = out.toString();
        for (Map.Entry<String, String> p : phrases.entrySet()) {
            if (folded.contains(p.getKey())) {
                folded = folded.replace(p.getKey(), p.getValue());
            }
        }
        return folded;
    }

    /**
     * A run of letters and digits the rules know as one word ("hba1c", "b12", "spo2", or text-speak such as "2nite")
     * stays whole; any other run is split where letters meet digits ("800mg" -> "800 mg", "70s" -> "70 s"). Returns
     * the run's end, or {@code start} if the run is not one such word.
     */
    private int knownMixedWord(String s, int start) {
        int end = start;
        boolean letters = false;
        boolean digits = false;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (c >= 'a' && c <= 'z') {
                letters = true;
            } else if (isDigit(c)) {
                digits = true;
            } else {
                break;
            }
            end++;
        }
        if (!letters || !digits || end < s.length() && Character.isLetter(s.charAt(end))) {
            return start;
        }
        String run = s.substring(start, end);
        // a run that starts with a digit is a number with its unit ("70s", "3am", "80kg") unless it is text-speak
        boolean known = words.containsKey(run) || s.charAt(start) >= 'a' && lexicon.contains(run);
        return known ? end : start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            int end = word.length();
            if (word.charAt(end - 1) == '.') {
                end--;
            }
            if (end > 0) {
                tokens.add(word.substring(0, end));
            }
            word.setLength(0);
        }
    }

    private static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069)
                || cp == 0xFEFF || cp == 0x00AD || cp == 0xFE0F || cp == 0xFE0E || cp == 0x034F
                || (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /**
     * "sooooo" -> "so", "killlll" -> "kill", "byeeee" -> "bye": a run of three or more of one letter becomes one or
     * two letters, whichever makes a word the rules know (two preferred), else one.
     */
    String collapseRuns(String w) {
        int len = w.length();
        boolean hasRun = false;
        for (int i = 2; i < len; i++) {
            char c = w.charAt(i);
            if (c == w.charAt(i - 1) && c == w.charAt(i - 2) && !isDigit(c)) {
                hasRun = true;
                break;
            }
        }
        if (!hasRun) {
            return w;
        }
        // runs of 2+ become slots; try doubled/single variants for the slots that were 3+ long
        List<int[]> runs = new ArrayList<>(); // start, length
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < len; ) {
            int j = i;
            while (j < len && w.charAt(j) == w.charAt(i)) {
                j++;
            }
            if (j - i >= 3 && !isDigit(w.charAt(i))) {
                runs.add(new int[] {base.length(), 1});
                base.append(w.charAt(i));
            } else {
                base.append(w, i, j);
            }
            i = j;
        }
        int k = Math.min(runs.size(), 4);
        String best = null;
        // masks with more doubles first
        for (int count = k; count >= 0 && best == null; count--) {
            for (int mask = 0; mask < (1 << k); mask++) {
                if (Integer.bitCount(mask) != count) {
                    continue;
                }
                String cand = expand(base, runs, mask);
                if (lexicon.contains(cand) || words.containsKey(cand)) {
                    best = cand;
                    break;
                }
            }
        }
        return best != null ? best : base.toString();
    }

    private static String expand(StringBuilder base, List<int[]> runs, int mask) {
        StringBuilder b = new StringBuilder(base.length() + 4);
        int prev = 0;
        for (int r = 0; r < runs.size(); r++) {
            int at = runs.get(r)[0];
            b.append(base, prev, at + 1);
            if (r < 4 && (mask & (1 << r)) != 0) {
                b.append(base.charAt(at));
            }
            prev = at + 1;
        }
        b.append(base, prev, base.length());
        return b.toString();
    }
}
