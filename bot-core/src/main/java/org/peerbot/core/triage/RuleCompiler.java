package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.Signal;
import org.peerbot.core.triage.RuleBook.Rule;

/** Checks and compiles one entry of a file's {@code rules:} list into a {@link Rule}. */
final class RuleCompiler {
    private static final Set<String> RULE_KEYS = Set.of("id", "category", "kind", "signals", "match", "unless",
            "cancel_by", "override", "disabled", "note");

    private RuleCompiler() {
    }

    /** Adds, replaces ({@code override}) or removes ({@code disabled}) the rule in {@code byId}. */
    static void compile(RuleBook book, Place at, Map<String, Object> raw, Map<String, Rule> byId) {
        Object idObj = raw.get("id");
        if (!(idObj instanceof String id) || !id.matches("[a-z0-9_.-]+")) {
            throw at.at(raw, "id", at.label()).fail("'id' is missing or not of the form letters, digits, '.', '_', '-' (got "
                    + idObj + ")");
        }
        Place rule = at.named("rule '" + id + "'");
        for (String key : raw.keySet()) {
            if (!RULE_KEYS.contains(String.valueOf(key))) {
                throw rule.at(raw, key, rule.label()).fail("unknown key '" + key + "'; allowed: "
                        + new TreeSet<>(RULE_KEYS));
            }
        }
        boolean override = Boolean.TRUE.equals(raw.get("override"));
        if (byId.containsKey(id) && !override) {
            throw rule.fail("duplicate rule id; rename it, or add 'override: true' to replace the earlier rule");
        }
        if (Boolean.TRUE.equals(raw.get("disabled"))) {
            byId.remove(id);
            return;
        }
        Category category = RuleBook.category(field(rule, raw, "category"), raw.get("category"), true);
        CrisisKind kind = null;
        if (category == Category.CRISIS) {
            Object k = raw.get("kind");
            try {
                kind = CrisisKind.fromId(String.valueOf(k));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw field(rule, raw, "kind").fail("a crisis rule needs 'kind', one of self_harm, medical_emergency, "
                        + "harm_to_others, abuse (got " + k + ")");
            }
        } else if (raw.get("kind") != null) {
            throw field(rule, raw, "kind").fail("'kind' goes only with category crisis; remove it");
        }
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        Place sp = field(rule, raw, "signals");
        for (String s : RuleTrees.strings(sp, raw.get("signals"))) {
            try {
                signals.add(Signal.valueOf(s.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw sp.fail("unknown signal '" + s + "'; use one of " + java.util.Arrays.toString(Signal.values()));
            }
        }
        List<List<Phrase>> match = match(book, field(rule, raw, "match"), raw.get("match"));
        List<Phrase> unless = book.phrases(field(rule, raw, "unless"), raw.get("unless"));
        Set<String> cb = raw.containsKey("cancel_by") ? RuleBook.cancelBy(field(rule, raw, "cancel_by"), raw.get("cancel_by"))
                : category == null ? Set.of() : book.defaultCancelBy.getOrDefault(category, Set.of());
        byId.remove(id);
        byId.put(id, new Rule(id, category, kind, Set.copyOf(signals), List.copyOf(match), unless, cb, 0));
    }

    private static Place field(Place rule, Map<String, Object> raw, String key) {
        return rule.at(raw, key, rule.label() + ", " + key);
    }

    private static List<List<Phrase>> match(RuleBook book, Place mp, Object m) {
        if (!(m instanceof List<?> ml) || ml.isEmpty()) {
            throw mp.fail("'match' must be a non-empty list of patterns (a pattern, or a list of patterns that must "
                    + "all occur)");
        }
        List<List<Phrase>> match = new ArrayList<>();
        for (int j = 0; j < ml.size(); j++) {
            Object alt = ml.get(j);
            Place p = mp.at(ml, j, mp.label() + "[" + j + "]");
            if (alt instanceof String s) {
                match.add(List.of(book.phrase(p, s)));
            } else if (alt instanceof List<?> all && !all.isEmpty()) {
                List<Phrase> ps = new ArrayList<>();
                for (int k = 0; k < all.size(); k++) {
                    Place pk = p.at(all, k, p.label());
                    if (!(all.get(k) instanceof String s)) {
                        throw pk.fail("must hold only pattern strings");
                    }
                    ps.add(book.phrase(pk, s));
                }
                match.add(List.copyOf(ps));
            } else {
                throw p.fail("must be a pattern string or a non-empty list of them");
            }
        }
        return match;
    }
}
