package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * The parsed, validated and merged rule files (the shipped file plus organisers' extra files). Every problem is a
 * {@link RuleFileException} naming the file, the line (when the reader kept it), the rule or section and what to
 * change. Named word lists ({@link WordLists}) are read from every file first, so any file's patterns may use any
 * file's lists.
 */
final class RuleBook {
    static final Set<String> MODIFIERS = Set.of("negation", "past", "fiction", "joke");
    private static final Set<String> TOP_KEYS = Set.of("name", "version", "normalise", "lists", "modifiers",
            "defaults", "feelings", "rules");

    /** A rule: any one entry of {@code match} (itself one or more phrases that must all occur) fires it. */
    record Rule(String id, Category category, CrisisKind kind, Set<Signal> signals, List<List<Phrase>> match,
                List<Phrase> unless, Set<String> cancelBy, int order) {
        boolean isSignalOnly() {
            return category == null;
        }
    }

    /** A message-level modifier: fires when any pattern occurs and no {@code unless} pattern does. */
    record Modifier(List<Phrase> patterns, List<Phrase> unless) {
    }

    /** A rule as read, compiled once every file is read (a later file may override or disable it). */
    private record RawRule(Place place, Map<String, Object> tree) {
    }

    final Map<String, String> words = new LinkedHashMap<>();
    final Map<String, String> emoji = new LinkedHashMap<>();
    final Set<String> negationWords = new HashSet<>();
    int negationWindow = 3;
    final Set<String> otherPersonWords = new HashSet<>();
    int otherPersonWindow = 6;
    final List<Phrase> otherPersonPatterns = new ArrayList<>();
    final List<Phrase> idioms = new ArrayList<>();
    final Map<String, Modifier> modifiers = new LinkedHashMap<>();
    final Map<Category, Set<String>> defaultCancelBy = new LinkedHashMap<>();
    final Map<String, List<Phrase>> feelings = new LinkedHashMap<>();
    final List<Rule> rules = new ArrayList<>();
    /** The numbers of every word and prefix the book's patterns use. */
    final Vocab vocab = new Vocab();

    private final WordLists lists = new WordLists();
    private final Map<String, List<Phrase>> modPatterns = new LinkedHashMap<>();
    private final Map<String, List<Phrase>> modUnless = new LinkedHashMap<>();
    private final List<RawRule> rawRules = new ArrayList<>();

    static RuleBook from(List<RuleFile> files) {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("no rule files given: pass at least the shipped file "
                    + Triage.DEFAULT_RULES);
        }
        RuleBook book = new RuleBook();
        for (RuleFile f : files) {
            if (f.tree() == null) {
                throw new RuleFileException(f.name(), 0, "", "is empty; it must be a map with a 'rules' list");
            }
            book.checkTopKeys(f);
            book.lists.read(Place.top(f), f.tree());
        }
        book.lists.finish();
        for (RuleFile f : files) {
            book.read(Place.top(f), f.tree());
        }
        book.finish();
        return book;
    }

    private void checkTopKeys(RuleFile f) {
        for (String key : f.tree().keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(key))) {
                throw Place.top(f).at(f.tree(), key, "").fail("unknown top-level key '" + key + "'; allowed: "
                        + new TreeSet<>(TOP_KEYS));
            }
        }
    }

    private void read(Place file, Map<String, Object> tree) {
        readNormalise(file.at(tree, "normalise", "normalise"), tree.get("normalise"));
        readModifiers(file.at(tree, "modifiers", "modifiers"), tree.get("modifiers"));
        Place dp = file.at(tree, "defaults", "defaults");
        Map<String, Object> defaults = RuleTrees.map(dp, tree.get("defaults"));
        if (defaults != null) {
            Place cp = dp.at(defaults, "cancel_by", "defaults.cancel_by");
            Map<String, Object> cb = RuleTrees.map(cp, defaults.get("cancel_by"));
            if (cb != null) {
                cb.forEach((cat, v) -> {
                    Place p = cp.at(cb, cat, "defaults.cancel_by." + cat);
                    defaultCancelBy.put(category(p, cat, false), cancelBy(p, v));
                });
            }
        }
        Place fp = file.at(tree, "feelings", "feelings");
        Map<String, Object> feel = RuleTrees.map(fp, tree.get("feelings"));
        if (feel != null) {
            feel.forEach((k, v) -> {
                Place p = fp.at(feel, k, "feelings." + k);
                if (!k.matches("[a-z_]+")) {
                    throw p.fail("the key '" + k + "' must be a lower-case catalogue key");
                }
                feelings.computeIfAbsent(k, x -> new ArrayList<>()).addAll(phrases(p, v));
            });
        }
        Place rp = file.at(tree, "rules", "rules");
        Object rs = tree.get("rules");
        if (rs != null) {
            if (!(rs instanceof List<?> list)) {
                throw rp.fail("must be a list of rules (each starting '- id: ...')");
            }
            for (int i = 0; i < list.size(); i++) {
                Place p = rp.at(list, i, "rules[" + i + "]");
                if (!(list.get(i) instanceof Map<?, ?>)) {
                    throw p.fail("must be a map with id, category and match");
                }
                rawRules.add(new RawRule(p, RuleTrees.map(p, list.get(i))));
            }
        }
    }

    private void readNormalise(Place np, Object v) {
        Map<String, Object> norm = RuleTrees.map(np, v);
        if (norm == null) {
            return;
        }
        for (String key : norm.keySet()) {
            if (!key.equals("words") && !key.equals("emoji")) {
                throw np.at(norm, key, "normalise." + key).fail("is unknown; use 'words' or 'emoji'");
            }
        }
        RuleTrees.stringMap(np.at(norm, "words", "normalise.words"), norm.get("words"), true).forEach((k, w) ->
                words.put(k.toLowerCase(Locale.ROOT).trim(), w.toLowerCase(Locale.ROOT).trim()));
        emoji.putAll(RuleTrees.stringMap(np.at(norm, "emoji", "normalise.emoji"), norm.get("emoji"), false));
    }

    private void readModifiers(Place mp, Object v) {
        Map<String, Object> mods = RuleTrees.map(mp, v);
        if (mods == null) {
            return;
        }
        for (Map.Entry<String, Object> e : mods.entrySet()) {
            String key = e.getKey();
            Place p = mp.at(mods, key, "modifiers." + key);
            switch (key) {
                case "negation" -> {
                    Map<String, Object> m = nonNull(p, RuleTrees.map(p, e.getValue()));
                    negationWords.addAll(RuleTrees.strings(p.at(m, "words", p.label() + ".words"), m.get("words")));
                    if (m.get("window") != null) {
                        negationWindow = RuleTrees.integer(p.at(m, "window", p.label() + ".window"), m.get("window"), 1, 10);
                    }
                }
                case "other_person" -> {
                    Map<String, Object> m = nonNull(p, RuleTrees.map(p, e.getValue()));
                    otherPersonWords.addAll(RuleTrees.strings(p.at(m, "words", p.label() + ".words"), m.get("words")));
                    otherPersonPatterns.addAll(phrases(p.at(m, "patterns", p.label() + ".patterns"), m.get("patterns")));
                    if (m.get("window") != null) {
                        otherPersonWindow = RuleTrees.integer(p.at(m, "window", p.label() + ".window"), m.get("window"), 1, 15);
                    }
                }
                case "idioms" -> idioms.addAll(phrases(p, e.getValue()));
                case "past", "fiction", "joke" -> {
                    Map<String, Object> m = nonNull(p, RuleTrees.map(p, e.getValue()));
                    modPatterns.computeIfAbsent(key, k -> new ArrayList<>())
                            .addAll(phrases(p.at(m, "patterns", p.label() + ".patterns"), m.get("patterns")));
                    modUnless.computeIfAbsent(key, k -> new ArrayList<>())
                            .addAll(phrases(p.at(m, "unless", p.label() + ".unless"), m.get("unless")));
                }
                default -> throw p.fail("is unknown; modifiers are negation, other_person, idioms, past, fiction, joke");
            }
        }
    }

    private static Map<String, Object> nonNull(Place p, Map<String, Object> m) {
        if (m == null) {
            throw p.fail("is empty; give it its entries or remove it");
        }
        return m;
    }

    private void finish() {
        for (String m : List.of("past", "fiction", "joke")) {
            modifiers.put(m, new Modifier(List.copyOf(modPatterns.getOrDefault(m, List.of())),
                    List.copyOf(modUnless.getOrDefault(m, List.of()))));
        }
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (RawRule raw : rawRules) {
            RuleCompiler.compile(this, raw.place(), raw.tree(), byId);
        }
        int order = 0;
        for (Rule r : byId.values()) {
            rules.add(new Rule(r.id(), r.category(), r.kind(), r.signals(), r.match(), r.unless(), r.cancelBy(), order++));
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("the rule files hold no rules: the shipped " + Triage.DEFAULT_RULES
                    + " must be among them");
        }
    }

    /** Every literal word in every pattern: the spelling normaliser prefers these when collapsing letter runs. */
    Set<String> lexicon() {
        Set<String> lex = new HashSet<>();
        for (Rule r : rules) {
            r.match().forEach(all -> all.forEach(p -> lex.addAll(p.words)));
        }
        feelings.values().forEach(ps -> ps.forEach(p -> lex.addAll(p.words)));
        idioms.forEach(p -> lex.addAll(p.words));
        for (String v : words.values()) {
            lex.addAll(List.of(v.split(" ")));
        }
        lex.addAll(negationWords);
        return lex;
    }

    // ---- shared by the rule compiler ---------------------------------------------------------------------------

    static Category category(Place p, Object v, boolean allowSignal) {
        String s = String.valueOf(v);
        if (allowSignal && "signal".equals(s)) {
            return null;
        }
        try {
            return Category.fromId(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw p.fail("the category must be one of crisis, clinical, human, services, goodbye, sharing"
                    + (allowSignal ? ", signal" : "") + " (got " + v + ")");
        }
    }

    static Set<String> cancelBy(Place p, Object v) {
        Set<String> out = new HashSet<>();
        for (String s : RuleTrees.strings(p, v)) {
            if (!MODIFIERS.contains(s)) {
                throw p.fail("unknown modifier '" + s + "'; use " + new TreeSet<>(MODIFIERS));
            }
            out.add(s);
        }
        return Set.copyOf(out);
    }

    /** A list of patterns (or one), each with its own line. */
    List<Phrase> phrases(Place p, Object v) {
        List<String> texts = RuleTrees.strings(p, v);
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Place at = v instanceof List<?> ? p.at(v, i, p.label() + "[" + i + "]") : p;
            out.add(phrase(at, texts.get(i)));
        }
        return List.copyOf(out);
    }

    /** One pattern, its word lists expanded; an error quotes the pattern as written. */
    Phrase phrase(Place p, String s) {
        String expanded = lists.expand(s, p);
        try {
            return Phrase.compile(expanded, vocab);
        } catch (IllegalArgumentException e) {
            throw p.fail(e.getMessage() + " in pattern \"" + RuleTrees.shorten(s) + "\"");
        }
    }
}
