package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Sorts a member's message into one category, highest first: crisis (with its kind) > clinical > human >
 * services > goodbye > sharing. The rules are data (a YAML file organisers can extend) read as plain trees;
 * this class only runs them:
 *
 * <ol>
 *   <li>normalise the text (see {@link Normaliser});</li>
 *   <li>erase phrases that only look alarming: idioms ("my feet are killing me") and denials ("i am not
 *       suicidal"), noting a signal for denials;</li>
 *   <li>run every rule: one of its patterns must match, one of its {@code also} patterns too when it has
 *       some, and none of its {@code unless} contexts (the past, media, jokes, other people...);</li>
 *   <li>the highest category wins; a crisis kind comes from the first crisis rule that matched, in file
 *       order, so the file's order is its priority.</li>
 * </ol>
 *
 * Patterns match whole words: each is wrapped so it cannot start or end inside a word. Thread-safe and
 * allocation-light; never throws on any input.
 */
public final class Triage {

    /** The shipped English rules on the classpath. */
    public static final String DEFAULT_RULES = "peerbot/triage/rules-en.yaml";

    private record Erase(String id, Pattern pattern, Signal signal) {
    }

    private record Rule(String id, Category category, CrisisKind kind, Pattern pattern, Pattern also,
                        List<String> unless, Set<Signal> signals) {
    }

    private final Normaliser normaliser;
    private final List<Erase> erasers;
    private final Map<String, Pattern> contexts;
    private final List<Rule> rules;
    private final Map<String, Pattern> feelings;
    private final Gate gate;
    private final boolean gated;

    private Triage(Normaliser normaliser, List<Erase> erasers, Map<String, Pattern> contexts, List<Rule> rules,
                   Map<String, Pattern> feelings, Gate gate, boolean gated) {
        this.normaliser = normaliser;
        this.erasers = List.copyOf(erasers);
        this.contexts = Map.copyOf(contexts);
        this.rules = List.copyOf(rules);
        this.feelings = feelings;
        this.gate = gate;
        this.gated = gated;
    }

    /** The same rules run without the word gate: slower; tests compare the two. */
    Triage ungated() {
        return new Triage(normaliser, erasers, contexts, rules, feelings, gate, false);
    }

    public TriageResult classify(String text) {
        try {
            return run(text);
        } catch (RuntimeException | StackOverflowError e) {
            // A pathological input must never silence the bot: treat it as sharing (listening).
            return TriageResult.sharing();
        }
    }

    private TriageResult run(String raw) {
        String text = normaliser.normalise(raw);
        if (text.isEmpty()) {
            return TriageResult.sharing();
        }
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        List<String> ids = new ArrayList<>(4);
        for (Erase e : erasers) {
            Matcher m = e.pattern.matcher(text);
            if (m.find()) {
                text = m.replaceAll(" . ");
                ids.add(e.id);
                if (e.signal != null) {
                    signals.add(e.signal);
                }
            }
        }
        Map<String, Boolean> seen = new LinkedHashMap<>();
        Category best = Category.SHARING;
        CrisisKind kind = null;
        boolean[] candidates = gated ? gate.candidates(text) : null;
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (candidates != null && !candidates[i]) {
                continue;
            }
            if (!r.pattern.matcher(text).find()) {
                continue;
            }
            if (r.also != null && !r.also.matcher(text).find()) {
                continue;
            }
            if (blocked(r, text, seen)) {
                continue;
            }
            ids.add(r.id);
            signals.addAll(r.signals);
            if (r.category != null && r.category.ordinal() < best.ordinal()) {
                best = r.category;
            }
            if (r.category == Category.CRISIS && kind == null) {
                kind = r.kind;
            }
        }
        List<String> named = new ArrayList<>(2);
        for (Map.Entry<String, Pattern> f : feelings.entrySet()) {
            if (f.getValue().matcher(text).find()) {
                named.add(f.getKey());
            }
        }
        if (best != Category.CRISIS) {
            kind = null;
            signals.remove(Signal.IMMEDIATE_DANGER);
            signals.remove(Signal.ABOUT_SOMEONE_ELSE);
        }
        return new TriageResult(best, kind, ids, signals, named);
    }

    private boolean blocked(Rule r, String text, Map<String, Boolean> seen) {
        for (String c : r.unless) {
            Boolean hit = seen.get(c);
            if (hit == null) {
                hit = contexts.get(c).matcher(text).find();
                seen.put(c, hit);
            }
            if (hit) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ loading

    /**
     * Builds triage from parsed rule files (the shipped one first, then any organiser files). Later files add
     * words, erasers, contexts (extending same-named ones), rules (appended, so they rank after the shipped
     * ones of the same category) and feelings.
     *
     * @throws IllegalArgumentException naming the file part and rule, saying what to fix
     */
    public static Triage fromTrees(List<Map<String, Object>> trees) {
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, String> emoji = new LinkedHashMap<>();
        List<Erase> erasers = new ArrayList<>();
        Map<String, List<String>> contextSources = new LinkedHashMap<>();
        List<Map<String, Object>> ruleTrees = new ArrayList<>();
        Map<String, List<String>> feelingSources = new LinkedHashMap<>();
        for (Map<String, Object> tree : trees) {
            Map<String, Object> norm = map(tree.get("normalise"), "normalise");
            map(norm.get("words"), "normalise.words").forEach((k, v) -> words.put(k.toLowerCase(Locale.ROOT),
                    string(v, "normalise.words." + k).toLowerCase(Locale.ROOT)));
            map(norm.get("emoji"), "normalise.emoji").forEach((k, v) -> emoji.put(k,
                    string(v, "normalise.emoji." + k)));
            for (Object o : list(tree.get("erase"), "erase")) {
                Map<String, Object> e = map(o, "erase entry");
                String id = string(e.get("id"), "erase entry id");
                erasers.add(new Erase(id, compile(strings(e.get("patterns"), "erase " + id + " patterns"),
                        "erase " + id), e.get("signal") == null ? null : signal(e.get("signal"), "erase " + id)));
            }
            map(tree.get("contexts"), "contexts").forEach((k, v) ->
                    contextSources.computeIfAbsent(k, x -> new ArrayList<>()).addAll(strings(v, "contexts." + k)));
            for (Object o : list(tree.get("rules"), "rules")) {
                ruleTrees.add(map(o, "rule"));
            }
            map(tree.get("feelings"), "feelings").forEach((k, v) ->
                    feelingSources.computeIfAbsent(k, x -> new ArrayList<>()).addAll(strings(v, "feelings." + k)));
        }
        Map<String, Pattern> contexts = new LinkedHashMap<>();
        contextSources.forEach((k, v) -> contexts.put(k, compile(v, "context " + k)));
        List<Rule> rules = new ArrayList<>();
        List<List<String>> sources = new ArrayList<>();
        Set<String> ruleIds = new LinkedHashSet<>();
        for (Map<String, Object> r : ruleTrees) {
            Rule rule = rule(r, contexts);
            sources.add(strings(r.get("patterns"), "rule patterns"));
            if (!ruleIds.add(rule.id)) {
                throw new IllegalArgumentException("Triage rule id '" + rule.id + "' is used twice: give each rule "
                        + "its own id");
            }
            rules.add(rule);
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("The triage rules have no 'rules' list: check the rule file");
        }
        Map<String, Pattern> feelings = new LinkedHashMap<>();
        feelingSources.forEach((k, v) -> feelings.put(k, compile(v, "feeling " + k)));
        return new Triage(new Normaliser(words, emoji), erasers, contexts, rules, feelings, new Gate(sources), true);
    }

    private static Rule rule(Map<String, Object> r, Map<String, Pattern> contexts) {
        String id = string(r.get("id"), "a rule's id");
        String where = "triage rule '" + id + "'";
        Category category = r.get("category") == null ? null : enumOf(r.get("category"), where + " category",
                Category::fromId, "crisis, clinical, human, services, goodbye or sharing");
        CrisisKind kind = r.get("kind") == null ? null : enumOf(r.get("kind"), where + " kind", CrisisKind::fromId,
                "self_harm, medical_emergency, harm_to_others or abuse");
        if ((category == Category.CRISIS) != (kind != null)) {
            throw new IllegalArgumentException(where + ": a crisis rule needs a kind, and only a crisis rule has one");
        }
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        for (Object s : list(r.get("signals"), where + " signals")) {
            signals.add(signal(s, where));
        }
        if (category == null && signals.isEmpty()) {
            throw new IllegalArgumentException(where + " has neither a category nor signals: give it one");
        }
        List<String> unless = strings(r.get("unless"), where + " unless");
        for (String c : unless) {
            if (!contexts.containsKey(c)) {
                throw new IllegalArgumentException(where + " names the context '" + c + "', which is not defined "
                        + "under 'contexts'");
            }
        }
        Pattern also = r.get("also") == null ? null : compile(strings(r.get("also"), where + " also"), where);
        return new Rule(id, category, kind, compile(strings(r.get("patterns"), where + " patterns"), where), also,
                List.copyOf(unless), Set.copyOf(signals));
    }

    private static Pattern compile(List<String> patterns, String where) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException(where + " has no patterns");
        }
        // Whole words: the normalised text is words and punctuation marks separated by single spaces, so a
        // match must start at the start of the text or after a space (the engine then tries only there), and
        // must not end inside a word.
        StringBuilder b = new StringBuilder("(?<![^ ])(?:");
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + " has a pattern that is not a valid regular expression: '"
                        + p + "' (" + e.getDescription() + ")");
            }
            b.append(i == 0 ? "" : "|").append("(?:").append(p).append(')');
        }
        return Pattern.compile(b.append(")(?![a-z0-9])").toString());
    }

    private static Signal signal(Object o, String where) {
        return enumOf(o, where + " signal", s -> Signal.valueOf(s.trim().toUpperCase(Locale.ROOT)),
                "one of " + java.util.Arrays.toString(Signal.values()).toLowerCase(Locale.ROOT));
    }

    private static <E> E enumOf(Object o, String where, java.util.function.Function<String, E> parse, String allowed) {
        String s = string(o, where);
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " is '" + s + "': use " + allowed);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String where) {
        if (o == null) {
            return Map.of();
        }
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("In the triage rules, '" + where + "' must be a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<Object, Object>) o).forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static List<?> list(Object o, String where) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new IllegalArgumentException("In the triage rules, '" + where + "' must be a list");
        }
        return l;
    }

    private static List<String> strings(Object o, String where) {
        if (o instanceof String s) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        for (Object item : list(o, where)) {
            out.add(string(item, where));
        }
        return out;
    }

    private static String string(Object o, String where) {
        if (o == null || (o instanceof Map) || (o instanceof List)) {
            throw new IllegalArgumentException("In the triage rules, " + where + " must be text");
        }
        String s = String.valueOf(o);
        if (s.isBlank()) {
            throw new IllegalArgumentException("In the triage rules, " + where + " is empty");
        }
        return s;
    }
}
