package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;

/**
 * The parsed, validated and merged rule trees (the shipped file plus organisers' extra files). Every problem is
 * reported as an {@link IllegalArgumentException} naming the file, the key or rule id, and what to change.
 */
final class RuleBook {
    static final Set<String> MODIFIERS = Set.of("negation", "past", "fiction", "joke");
    private static final Set<String> TOP_KEYS = Set.of("name", "version", "normalise", "modifiers", "defaults",
            "feelings", "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "category", "kind", "signals", "match", "unless",
            "cancel_by", "override", "disabled", "note");

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

    private final Map<String, List<Phrase>> modPatterns = new LinkedHashMap<>();
    private final Map<String, List<Phrase>> modUnless = new LinkedHashMap<>();
    private final List<Map<String, Object>> rawRules = new ArrayList<>();
    private final List<String> rawRuleWhere = new ArrayList<>();

    static RuleBook from(List<Map<String, Object>> trees) {
        if (trees == null || trees.isEmpty()) {
            throw new IllegalArgumentException("no rule trees given: pass at least the shipped file "
                    + Triage.DEFAULT_RULES + " parsed into a Map");
        }
        RuleBook book = new RuleBook();
        for (int i = 0; i < trees.size(); i++) {
            Map<String, Object> tree = trees.get(i);
            String file = tree != null && tree.get("name") instanceof String s ? s : "rule file #" + (i + 1);
            if (tree == null) {
                throw new IllegalArgumentException(file + ": is empty; it must be a map with a 'rules' list");
            }
            book.read(file, tree);
        }
        book.finish();
        return book;
    }

    private void read(String file, Map<String, Object> tree) {
        for (String key : tree.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(file + ": unknown top-level key '" + key + "'; allowed: "
                        + new java.util.TreeSet<>(TOP_KEYS));
            }
        }
        Map<String, Object> norm = map(file, "normalise", tree.get("normalise"));
        if (norm != null) {
            for (String key : norm.keySet()) {
                if (!key.equals("words") && !key.equals("emoji")) {
                    throw new IllegalArgumentException(file + ": normalise." + key + " is unknown; use 'words' or 'emoji'");
                }
            }
            stringMap(file, "normalise.words", norm.get("words"), true).forEach((k, v) ->
                    words.put(k.toLowerCase(Locale.ROOT).trim(), v.toLowerCase(Locale.ROOT).trim()));
            emoji.putAll(stringMap(file, "normalise.emoji", norm.get("emoji")));
        }
        Map<String, Object> mods = map(file, "modifiers", tree.get("modifiers"));
        if (mods != null) {
            for (Map.Entry<String, Object> e : mods.entrySet()) {
                String key = e.getKey();
                String where = "modifiers." + key;
                switch (key) {
                    case "negation" -> {
                        Map<String, Object> m = map(file, where, e.getValue());
                        negationWords.addAll(strings(file, where + ".words", m.get("words")));
                        if (m.get("window") != null) {
                            negationWindow = integer(file, where + ".window", m.get("window"), 1, 10);
                        }
                    }
                    case "other_person" -> {
                        Map<String, Object> m = map(file, where, e.getValue());
                        otherPersonWords.addAll(strings(file, where + ".words", m.get("words")));
                        otherPersonPatterns.addAll(phrases(file, where + ".patterns", m.get("patterns")));
                        if (m.get("window") != null) {
                            otherPersonWindow = integer(file, where + ".window", m.get("window"), 1, 15);
                        }
                    }
                    case "idioms" -> idioms.addAll(phrases(file, where, e.getValue()));
                    case "past", "fiction", "joke" -> {
                        Map<String, Object> m = map(file, where, e.getValue());
                        modPatterns.computeIfAbsent(key, k -> new ArrayList<>())
                                .addAll(phrases(file, where + ".patterns", m.get("patterns")));
                        modUnless.computeIfAbsent(key, k -> new ArrayList<>())
                                .addAll(phrases(file, where + ".unless", m.get("unless")));
                    }
                    default -> throw new IllegalArgumentException(file + ": " + where + " is unknown; modifiers are "
                            + "negation, other_person, idioms, past, fiction, joke");
                }
            }
        }
        Map<String, Object> defaults = map(file, "defaults", tree.get("defaults"));
        if (defaults != null) {
            Map<String, Object> cb = map(file, "defaults.cancel_by", defaults.get("cancel_by"));
            if (cb != null) {
                cb.forEach((cat, v) -> defaultCancelBy.put(category(file, "defaults.cancel_by." + cat, cat, false),
                        cancelBy(file, "defaults.cancel_by." + cat, v)));
            }
        }
        Map<String, Object> feel = map(file, "feelings", tree.get("feelings"));
        if (feel != null) {
            feel.forEach((k, v) -> {
                if (!k.matches("[a-z_]+")) {
                    throw new IllegalArgumentException(file + ": feelings key '" + k + "' must be a lower-case catalogue key");
                }
                feelings.computeIfAbsent(k, x -> new ArrayList<>()).addAll(phrases(file, "feelings." + k, v));
            });
        }
        Object rs = tree.get("rules");
        if (rs != null) {
            if (!(rs instanceof List<?> list)) {
                throw new IllegalArgumentException(file + ": 'rules' must be a list of rules (each starting '- id: ...')");
            }
            for (int i = 0; i < list.size(); i++) {
                Object r = list.get(i);
                if (!(r instanceof Map<?, ?>)) {
                    throw new IllegalArgumentException(file + ": rules[" + i + "] must be a map with id, category and match");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> rule = (Map<String, Object>) r;
                rawRules.add(rule);
                rawRuleWhere.add(file + ": rules[" + i + "]");
            }
        }
    }

    private void finish() {
        for (String m : List.of("past", "fiction", "joke")) {
            modifiers.put(m, new Modifier(List.copyOf(modPatterns.getOrDefault(m, List.of())),
                    List.copyOf(modUnless.getOrDefault(m, List.of()))));
        }
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (int i = 0; i < rawRules.size(); i++) {
            Map<String, Object> raw = rawRules.get(i);
            String where = rawRuleWhere.get(i);
            Object idObj = raw.get("id");
            if (!(idObj instanceof String id) || !id.matches("[a-z0-9_.-]+")) {
                throw new IllegalArgumentException(where + ": 'id' is missing or not of the form letters, digits, '.', '_', '-' (got "
                        + idObj + ")");
            }
            where = where + " (id '" + id + "')";
            for (String key : raw.keySet()) {
                if (!RULE_KEYS.contains(String.valueOf(key))) {
                    throw new IllegalArgumentException(where + ": unknown key '" + key + "'; allowed: "
                            + new java.util.TreeSet<>(RULE_KEYS));
                }
            }
            boolean override = Boolean.TRUE.equals(raw.get("override"));
            if (byId.containsKey(id) && !override) {
                throw new IllegalArgumentException(where + ": duplicate rule id; rename it, or add 'override: true' to replace the earlier rule");
            }
            if (Boolean.TRUE.equals(raw.get("disabled"))) {
                byId.remove(id);
                continue;
            }
            Category category = category(where, "category", raw.get("category"), true);
            CrisisKind kind = null;
            if (category == Category.CRISIS) {
                Object k = raw.get("kind");
                try {
                    kind = CrisisKind.fromId(String.valueOf(k));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException(where + ": a crisis rule needs 'kind', one of self_harm, medical_emergency, harm_to_others, abuse (got "
                            + k + ")");
                }
            } else if (raw.get("kind") != null) {
                throw new IllegalArgumentException(where + ": 'kind' goes only with category crisis; remove it");
            }
            Set<Signal> signals = EnumSet.noneOf(Signal.class);
            for (String s : strings(where, "signals", raw.get("signals"))) {
                try {
                    signals.add(Signal.valueOf(s.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": unknown signal '" + s + "'; use one of "
                            + java.util.Arrays.toString(Signal.values()));
                }
            }
            Object m = raw.get("match");
            if (!(m instanceof List<?> ml) || ml.isEmpty()) {
                throw new IllegalArgumentException(where + ": 'match' must be a non-empty list of patterns (a pattern, or a list of patterns that must all occur)");
            }
            List<List<Phrase>> match = new ArrayList<>();
            for (int j = 0; j < ml.size(); j++) {
                Object alt = ml.get(j);
                if (alt instanceof String s) {
                    match.add(List.of(phrase(where, "match[" + j + "]", s)));
                } else if (alt instanceof List<?> all && !all.isEmpty()) {
                    List<Phrase> ps = new ArrayList<>();
                    for (Object o : all) {
                        if (!(o instanceof String s)) {
                            throw new IllegalArgumentException(where + ": match[" + j + "] must hold only pattern strings");
                        }
                        ps.add(phrase(where, "match[" + j + "]", s));
                    }
                    match.add(List.copyOf(ps));
                } else {
                    throw new IllegalArgumentException(where + ": match[" + j + "] must be a pattern string or a non-empty list of them");
                }
            }
            List<Phrase> unless = phrases(where, "unless", raw.get("unless"));
            Set<String> cb = raw.containsKey("cancel_by") ? cancelBy(where, "cancel_by", raw.get("cancel_by"))
                    : category == null ? Set.of() : defaultCancelBy.getOrDefault(category, Set.of());
            byId.remove(id);
            byId.put(id, new Rule(id, category, kind, Set.copyOf(signals), List.copyOf(match), unless, cb, 0));
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

    // ---- tree helpers -----------------------------------------------------------------------------------------

    private static Category category(String where, String key, Object v, boolean allowSignal) {
        String s = String.valueOf(v);
        if (allowSignal && "signal".equals(s)) {
            return null;
        }
        try {
            return Category.fromId(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be one of crisis, clinical, human, services, goodbye, sharing"
                    + (allowSignal ? ", signal" : "") + " (got " + v + ")");
        }
    }

    private static Set<String> cancelBy(String where, String key, Object v) {
        Set<String> out = new HashSet<>();
        for (String s : strings(where, key, v)) {
            if (!MODIFIERS.contains(s)) {
                throw new IllegalArgumentException(where + ": " + key + " has unknown modifier '" + s + "'; use "
                        + new java.util.TreeSet<>(MODIFIERS));
            }
            out.add(s);
        }
        return Set.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String where, String key, Object v) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a map (key: value lines)");
        }
        for (Object k : m.keySet()) {
            if (!(k instanceof String)) {
                throw new IllegalArgumentException(where + ": '" + key + "' has a non-text key " + k + "; quote it");
            }
        }
        return (Map<String, Object>) m;
    }

    private static Map<String, String> stringMap(String where, String key, Object v) {
        return stringMap(where, key, v, false);
    }

    /** {@code dropAllowed}: an empty text ('') is a replacement that drops the word (normalise.words only). */
    private static Map<String, String> stringMap(String where, String key, Object v, boolean dropAllowed) {
        Map<String, Object> m = map(where, key, v);
        Map<String, String> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, val) -> {
                if (!(val instanceof String s) || (s.isBlank() && !(dropAllowed && s.isEmpty()))) {
                    throw new IllegalArgumentException(where + ": " + key + "." + k + " must be a non-empty text (quote it)");
                }
                out.put(k, s);
            });
        }
        return out;
    }

    private static List<String> strings(String where, String key, Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (!(v instanceof Collection<?> c)) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a list of texts");
        }
        List<String> out = new ArrayList<>();
        for (Object o : c) {
            if (!(o instanceof String s)) {
                throw new IllegalArgumentException(where + ": '" + key + "' must hold only texts (got " + o
                        + "); quote numbers and words like yes/no");
            }
            out.add(s);
        }
        return out;
    }

    private static int integer(String where, String key, Object v, int min, int max) {
        if (v instanceof Number n && n.intValue() >= min && n.intValue() <= max) {
            return n.intValue();
        }
        throw new IllegalArgumentException(where + ": '" + key + "' must be a whole number from " + min + " to " + max);
    }

    private List<Phrase> phrases(String where, String key, Object v) {
        List<Phrase> out = new ArrayList<>();
        for (String s : strings(where, key, v)) {
            out.add(phrase(where, key, s));
        }
        return List.copyOf(out);
    }

    private Phrase phrase(String where, String key, String s) {
        try {
            return Phrase.compile(s, vocab);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + key + ": " + e.getMessage(), e);
        }
    }
}
