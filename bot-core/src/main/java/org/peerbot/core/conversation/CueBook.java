package org.peerbot.core.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The planner's word cues for one language: named sections of phrases (see the header of
 * {@code peerbot/conversation/cues-en.txt} for the format). Immutable once read; matching is allocation-light and
 * thread-safe.
 */
final class CueBook {

    static final String ENGLISH = "peerbot/conversation/cues-en.txt";

    /**
     * One phrase: its words ("*" is a gap of up to two words, a word ending in "*" a prefix), how the bot shows it,
     * whether it must close its sentence (a trailing "$") and whether it counts wherever it stands (a trailing "!").
     */
    record Cue(String[] words, String shownAs, boolean closes, boolean anywhere, String key) {
        Cue(String[] words, String shownAs, boolean closes, boolean anywhere) {
            // the key is compared for every cue of a section on every reading, so it is joined once, here
            this(words, shownAs, closes, anywhere, String.join(" ", words));
        }
    }

    private final Map<String, List<Cue>> sections;
    /**
     * Per section, its cues by their first word (see {@link FirstWords}): a message is only tried against cues whose
     * first word it contains, which keeps a reading fast as the word lists grow.
     */
    private final Map<String, FirstWords> index = new java.util.HashMap<>();

    private CueBook(Map<String, List<Cue>> sections) {
        this.sections = sections;
        sections.forEach((name, cues) -> index.put(name, FirstWords.of(cues)));
    }

    /** The cues of a section that could match these words (their first word is among them), in section order. */
    List<Cue> candidates(String name, String[] words) {
        FirstWords ix = index.get(name);
        return ix == null ? List.of() : ix.present(sections.get(name), words);
    }

    /**
     * A list of cues indexed by first word, built once: the positions of its cues by their first word, and of those
     * that start with a prefix or a gap (always tried). {@link #present} gives the cues of that same list whose first
     * word is in a message, in list order.
     */
    record FirstWords(Map<String, int[]> byFirst, int[] always) {
        static FirstWords of(List<Cue> list) {
            Map<String, List<Integer>> by = new java.util.HashMap<>();
            List<Integer> always = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String first = list.get(i).words()[0];
                if (first.endsWith("*")) {
                    always.add(i);
                } else {
                    by.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> out = new java.util.HashMap<>();
            by.forEach((w, at) -> out.put(w, at.stream().mapToInt(Integer::intValue).toArray()));
            return new FirstWords(Map.copyOf(out), always.stream().mapToInt(Integer::intValue).toArray());
        }

        List<Cue> present(List<Cue> list, String[] words) {
            java.util.BitSet at = new java.util.BitSet(list.size());
            for (int i : always) {
                at.set(i);
            }
            for (String w : words) {
                int[] found = byFirst.get(w);
                if (found != null) {
                    for (int i : found) {
                        at.set(i);
                    }
                }
            }
            if (at.isEmpty()) {
                return List.of(); // most sections have no cue whose first word is in the message
            }
            List<Cue> out = new ArrayList<>(at.cardinality());
            for (int i = at.nextSetBit(0); i >= 0; i = at.nextSetBit(i + 1)) {
                out.add(list.get(i));
            }
            return out;
        }
    }

    static CueBook load(String resource) {
        InputStream in = CueBook.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The planner's word cues are missing from the classpath: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CueBook parse(List<String> lines, String source) {
        Map<String, List<Cue>> out = new LinkedHashMap<>();
        String section = null;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                out.computeIfAbsent(section, k -> new ArrayList<>());
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException(source + " line " + n + ": a phrase before any [section]");
            }
            String phrase = line;
            String shown = null;
            int arrow = line.indexOf("=>");
            if (arrow >= 0) {
                phrase = line.substring(0, arrow).strip();
                shown = line.substring(arrow + 2).strip();
            }
            boolean closes = phrase.endsWith("$");
            boolean anywhere = phrase.endsWith("!");
            if (closes || anywhere) {
                phrase = phrase.substring(0, phrase.length() - 1).strip();
            }
            String[] words = tokens(phrase);
            if (words.length == 0) {
                throw new IllegalArgumentException(source + " line " + n + ": an empty phrase");
            }
            out.get(section).add(new Cue(words, shown == null ? phrase : shown, closes, anywhere));
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new CueBook(Map.copyOf(out));
    }

    List<Cue> section(String name) {
        return sections.getOrDefault(name, List.of());
    }

    private final Map<String, List<String>> byPrefix = new java.util.concurrent.ConcurrentHashMap<>();

    /** Section names that start with a prefix ("topic:"), sorted by name (file order is not promised). */
    List<String> sectionsStartingWith(String prefix) {
        return byPrefix.computeIfAbsent(prefix,
                p -> sections.keySet().stream().filter(s -> s.startsWith(p)).sorted().toList());
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower case with accents dropped ("dzień" reads as "dzien") so word lists stay plain ASCII.
     */
    private static String folded(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!ascii(lower)) {
            // only a message with letters outside ASCII pays for the accent folding
            lower = MARKS.matcher(java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD))
                    .replaceAll("");
        }
        return lower;
    }

    /** Lower case, apostrophes dropped, anything else that is not a letter or digit a space. */
    static String[] tokens(String text) {
        return read(text).words();
    }

    /**
     * A message's words ({@link #tokens}) and, for each, whether it was written with a possessive "'s" ("my sister's
     * baby", "my knee's swollen"): the apostrophe is gone from the words, so "sister's" would otherwise read as the
     * plural "sisters". "it's", "she's" and the like are never marked. Read in one pass, so the two are always the
     * same length.
     */
    record Tokens(String[] words, boolean[] owners) {
    }

    /**
     * Contractions whose "'s" is "is" or "has", never a possessive: "she's", "it's", "that's" keep their dropped-apostrophe
     * spelling ("shes", "its") as in {@link #tokens}.
     */
    private static final java.util.Set<String> NOT_OWNERS = java.util.Set.of("it", "he", "she", "that", "there",
            "what", "who", "where", "here", "how", "let", "when", "why", "this", "everything", "nothing",
            "something", "anything");

    /** One pass over the folded text: the words and their possessive marks. */
    static Tokens read(String text) {
        String lower = folded(text);
        List<String> words = new ArrayList<>();
        List<Boolean> marks = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (c == '\'' || c == '\u2019' || c == '\u2018') {
                boolean s = i + 1 < lower.length() && lower.charAt(i + 1) == 's';
                boolean ends = i + 2 >= lower.length() || !Character.isLetterOrDigit(lower.charAt(i + 2));
                marked = s && ends && word.length() > 0 && !NOT_OWNERS.contains(word.toString());
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '*') {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                marks.add(marked);
                word.setLength(0);
                marked = false;
            }
        }
        boolean[] out = new boolean[marks.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = marks.get(i);
        }
        return new Tokens(words.toArray(new String[0]), out);
    }

    /** The words with every match of a section's phrases blanked out (idioms must not count as news or loss). */
    String[] masked(String section, String[] words) {
        String[] out = words.clone();
        for (Cue cue : candidates(section, words)) {
            for (int at : places(cue, out)) {
                int end = endAt(cue.words(), out, at);
                for (int k = at; k < end; k++) {
                    out[k] = "_";
                }
            }
        }
        return out;
    }

    /** Where the first cue of a section matches in the message, or null. */
    Match first(String section, String[] words) {
        for (Cue cue : candidates(section, words)) {
            int at = find(cue.words(), words, 0);
            if (at >= 0) {
                return new Match(cue, at);
            }
        }
        return null;
    }

    /** Every cue of a section that matches, with where it starts (the first place). */
    List<Match> all(String section, String[] words) {
        List<Match> out = new ArrayList<>();
        for (Cue cue : candidates(section, words)) {
            int at = find(cue.words(), words, 0);
            if (at >= 0) {
                out.add(new Match(cue, at));
            }
        }
        return out;
    }

    /** Every place a cue matches, for callers that must check the words before each one. */
    static List<Integer> places(Cue cue, String[] words) {
        List<Integer> out = new ArrayList<>();
        int from = 0;
        while (from < words.length) {
            int at = find(cue.words(), words, from);
            if (at < 0) {
                break;
            }
            out.add(at);
            from = at + 1;
        }
        return out;
    }

    record Match(Cue cue, int at) {
    }

    static int find(String[] phrase, String[] words, int from) {
        for (int start = from; start < words.length; start++) {
            if (matchesAt(phrase, 0, words, start)) {
                return start;
            }
        }
        return -1;
    }

    /** Where the shortest match of a phrase that starts at {@code start} ends (exclusive), or -1. */
    static int endAt(String[] phrase, String[] words, int start) {
        return endFrom(phrase, 0, words, start);
    }

    private static int endFrom(String[] phrase, int p, String[] words, int w) {
        if (p == phrase.length) {
            return w;
        }
        String item = phrase[p];
        if (item.equals("*")) {
            for (int gap = 0; gap <= 2 && w + gap <= words.length; gap++) {
                int end = endFrom(phrase, p + 1, words, w + gap);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (w >= words.length) {
            return -1;
        }
        // a prefix word ("worr*") is compared in place: a substring per comparison was most of a reading's cost
        boolean ok = item.endsWith("*") ? words[w].regionMatches(0, item, 0, item.length() - 1)
                : words[w].equals(item);
        return ok ? endFrom(phrase, p + 1, words, w + 1) : -1;
    }

    private static boolean matchesAt(String[] phrase, int p, String[] words, int w) {
        return endFrom(phrase, p, words, w) >= 0;
    }
}
