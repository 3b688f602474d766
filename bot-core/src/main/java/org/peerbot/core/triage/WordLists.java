package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named word lists of the rule files ({@code lists:}), and their use in patterns: {@code @medicines} stands for
 * "any one of the list's entries". A reference that is already one choice of a group ({@code (pills|@medicines)},
 * {@code [@fillers]}, or a whole pattern) is spliced in as more choices of that group; anywhere else it becomes a
 * group of its own ({@code take @medicines} reads as {@code take (a|b|...)}). Splicing keeps a pattern that was
 * rewritten to use a list exactly the pattern it was, so moving words into a list never changes what matches.
 *
 * <p>Files are read in order and a list named again in a later file gains that file's entries (an organiser adds a
 * medicine to every rule that uses {@code @medicines}). Entries may use other lists.
 */
final class WordLists {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern REF = Pattern.compile("@([A-Za-z0-9_]*)");

    private final Map<String, List<String>> raw = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, String> expanded = new LinkedHashMap<>();

    /** Reads one file's {@code lists:} section. */
    void read(Place file, Map<String, Object> tree) {
        Place sec = file.at(tree, "lists", "lists");
        Map<String, Object> lists = RuleTrees.map(sec, tree.get("lists"));
        if (lists == null) {
            return;
        }
        lists.forEach((name, v) -> {
            Place p = sec.at(lists, name, "lists." + name);
            if (!NAME.matcher(name).matches()) {
                throw p.fail("a list name is lower-case letters, digits and '_', starting with a letter");
            }
            if (!(v instanceof List<?> entries) || entries.isEmpty()) {
                throw p.fail("must be a non-empty list of words or phrases, e.g. [paracetamol, sleeping pills]");
            }
            List<String> out = raw.computeIfAbsent(name, k -> new ArrayList<>());
            places.putIfAbsent(name, p);
            for (int i = 0; i < entries.size(); i++) {
                Place e = p.at(entries, i, "lists." + name + "[" + i + "]");
                if (!(entries.get(i) instanceof String s) || s.isBlank()) {
                    throw e.fail("must be a word or phrase in quotes (got " + entries.get(i)
                            + "); quote numbers and words like yes/no");
                }
                if (hasTopLevelBar(s)) {
                    throw e.fail("holds '|' outside brackets: give each choice its own entry (\""
                            + RuleTrees.shorten(s) + "\")");
                }
                try {
                    Phrase.compile(s, new Vocab()); // checked alone, so the error points at the entry
                } catch (IllegalArgumentException x) {
                    if (!s.contains("@")) {
                        throw e.fail(x.getMessage() + " in \"" + RuleTrees.shorten(s) + "\"");
                    }
                }
                out.add(s);
            }
        });
    }

    /** Expands the lists' own references; call once every file is read. */
    void finish() {
        for (String name : raw.keySet()) {
            expandList(name, new ArrayList<>());
        }
    }

    private String expandList(String name, List<String> using) {
        String done = expanded.get(name);
        if (done != null) {
            return done;
        }
        if (using.contains(name)) {
            using.add(name);
            throw places.get(using.get(0)).fail("lists use each other in a circle: @" + String.join(" -> @", using));
        }
        using.add(name);
        List<String> parts = new ArrayList<>();
        List<String> entries = raw.get(name);
        for (int i = 0; i < entries.size(); i++) {
            Place p = places.get(name).named("lists." + name + "[" + i + "]");
            parts.add(expand(entries.get(i), p, using));
        }
        using.remove(using.size() - 1);
        String joined = String.join("|", parts);
        expanded.put(name, joined);
        return joined;
    }

    /** The pattern with every {@code @name} replaced by its list, as described above. */
    String expand(String pattern, Place p) {
        return pattern.indexOf('@') < 0 ? pattern : expand(pattern, p, new ArrayList<>());
    }

    private String expand(String pattern, Place p, List<String> using) {
        Matcher m = REF.matcher(pattern);
        StringBuilder out = new StringBuilder(pattern.length() * 4);
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            if (name.isEmpty()) {
                throw p.fail("'@' must be followed by a list name, e.g. @medicines, in pattern \""
                        + RuleTrees.shorten(pattern) + "\"");
            }
            if (!raw.containsKey(name)) {
                throw p.fail("unknown word list '@" + name + "' in pattern \"" + RuleTrees.shorten(pattern)
                        + "\"; the lists are " + (raw.isEmpty() ? "none (add a 'lists:' section)"
                        : "@" + String.join(", @", new TreeSet<>(raw.keySet()))));
            }
            String body = expandList(name, using);
            boolean choice = boundary(pattern, m.start() - 1, -1) && boundary(pattern, m.end(), +1);
            out.append(pattern, last, m.start()).append(choice ? body : "(" + body + ")");
            last = m.end();
        }
        return out.append(pattern, last, pattern.length()).toString();
    }

    /** Whether, skipping spaces from {@code i} in direction {@code step}, the pattern ends or a choice starts/ends. */
    private static boolean boundary(String s, int i, int step) {
        while (i >= 0 && i < s.length() && s.charAt(i) == ' ') {
            i += step;
        }
        if (i < 0 || i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return c == '|' || (step < 0 ? c == '(' || c == '[' : c == ')' || c == ']');
    }

    private static boolean hasTopLevelBar(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/') {
                int j = s.indexOf('/', i + 1);
                i = j < 0 ? s.length() : j;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
