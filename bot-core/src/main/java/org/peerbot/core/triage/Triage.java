package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.Signal;
import org.peerbot.core.port.SentenceModel;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.triage.RuleBook.Rule;

/**
 * Rule-based triage of one member message into a {@link Category} (crisis > clinical > human > services > goodbye >
 * sharing), with the crisis kind, the ids of the rules that fired, reply-shaping signals and named feelings.
 *
 * <p>The rules are data ({@link #DEFAULT_RULES} plus organisers' files, parsed by the caller into plain maps and
 * passed to {@link #fromTrees}). Everything is compiled once; {@link #classify} is thread-safe, allocation-light and
 * never throws: whatever the input, it returns a result.
 */
public final class Triage {
    /** Classpath resource of the shipped English rules. */
    public static final String DEFAULT_RULES = "peerbot/triage/rules-en.yaml";

    private static final int ALT = 0;
    private static final int FEELING = 1;
    private static final int IDIOM = 2;

    /** One indexed thing to try: a rule alternative (all phrases must occur), a feeling phrase or an idiom. */
    private record Unit(int type, Rule rule, List<Phrase> phrases, String feeling) {
    }

    private final RuleBook book;
    private final Normalizer normalizer;
    private final Unit[] units;
    /** By word or prefix number: the units anchored on it (null for none). */
    private final int[][] unitsByAnchor;
    private final int[] numberUnits;
    private final int[] unanchored;
    private final boolean hasOtherPersonWords;
    /** The joke modifier's "I mean it" words: an idiom near them is not masked. */
    private final List<Phrase> serious;
    /** The semantic layer, or null for the rules alone. */
    private final SentenceModel model;

    /** The same compiled rules with a semantic layer beside them (see {@link #classify}). */
    private Triage(Triage rules, SentenceModel model) {
        this.book = rules.book;
        this.normalizer = rules.normalizer;
        this.units = rules.units;
        this.unitsByAnchor = rules.unitsByAnchor;
        this.numberUnits = rules.numberUnits;
        this.unanchored = rules.unanchored;
        this.hasOtherPersonWords = rules.hasOtherPersonWords;
        this.serious = rules.serious;
        this.model = Objects.requireNonNull(model, "model");
    }

    private Triage(RuleBook book) {
        this.model = null;
        this.book = book;
        this.normalizer = new Normalizer(book.words, book.emoji, book.lexicon());
        List<Unit> list = new ArrayList<>();
        for (Phrase p : book.idioms) {
            list.add(new Unit(IDIOM, null, List.of(p), null));
        }
        for (Rule r : book.rules) {
            for (List<Phrase> all : r.match()) {
                list.add(new Unit(ALT, r, all, null));
            }
        }
        book.feelings.forEach((k, ps) -> ps.forEach(p -> list.add(new Unit(FEELING, null, List.of(p), k))));
        this.units = list.toArray(new Unit[0]);
        Map<Integer, List<Integer>> byAnchor = new HashMap<>();
        List<Integer> number = new ArrayList<>();
        List<Integer> none = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            Set<String> anchors = null;
            for (Phrase p : units[i].phrases()) {
                if (p.anchors != null && (anchors == null || p.anchors.size() < anchors.size())) {
                    anchors = p.anchors;
                }
            }
            if (anchors == null) {
                none.add(i);
                continue;
            }
            for (String a : anchors) {
                if (a.equals(Phrase.NUM)) {
                    number.add(i);
                } else {
                    byAnchor.computeIfAbsent(book.vocab.anchorId(a), k -> new ArrayList<>()).add(i);
                }
            }
        }
        this.unitsByAnchor = new int[book.vocab.size()][];
        byAnchor.forEach((id, us) -> unitsByAnchor[id] = us.stream().mapToInt(Integer::intValue).distinct().toArray());
        this.numberUnits = number.stream().mapToInt(Integer::intValue).distinct().toArray();
        this.unanchored = none.stream().mapToInt(Integer::intValue).toArray();
        this.hasOtherPersonWords = !book.otherPersonWords.isEmpty() || !book.otherPersonPatterns.isEmpty();
        RuleBook.Modifier joke = book.modifiers.get("joke");
        this.serious = joke == null ? List.of() : joke.unless();
    }

    /**
     * Builds a triage from parsed rule trees (plain maps, lists and strings, as SnakeYAML produces): the shipped
     * {@link #DEFAULT_RULES} first, then any organisers' files, which add rules or replace them ({@code override: true}).
     *
     * @throws IllegalArgumentException naming the file, key or rule id and what to fix, when a tree is not valid
     */
    public static Triage fromTrees(List<Map<String, Object>> trees) {
        if (trees == null) {
            return fromFiles(null);
        }
        List<RuleFile> files = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            Map<String, Object> tree = trees.get(i);
            String name = tree != null && tree.get("name") instanceof String s ? s : "rule file #" + (i + 1);
            files.add(new RuleFile(name, tree, RuleFile.Lines.NONE));
        }
        return fromFiles(files);
    }

    /**
     * As {@link #fromTrees}, from files that keep their names and lines, so that an error says
     * {@code my-rules.yaml, line 12: rule 'local.x', match[0]: ...}.
     *
     * @throws IllegalArgumentException (a rule file error) naming the file, line, rule and what to fix
     */
    public static Triage fromFiles(List<RuleFile> files) {
        return new Triage(RuleBook.from(files));
    }

    /** These rules with {@code model} beside them: {@link #classify} then combines both. */
    public Triage withModel(SentenceModel model) {
        return new Triage(this.model == null ? this : rulesOnly(), model);
    }

    /** These rules without any semantic layer. */
    public Triage rulesOnly() {
        return model == null ? this : new Triage(book);
    }

    /** Whether a semantic layer sits beside the rules. */
    public boolean hasModel() {
        return model != null;
    }

    /**
     * Classifies one message: the rules, then (when a model is set) the semantic reading combined with them (see
     * {@link #combine}). Never throws; null and empty input are sharing; a model fault leaves the rules' result.
     */
    public TriageResult classify(String text) {
        TriageResult rules = classifyRules(text);
        if (model == null || text == null || text.isBlank()) {
            return rules;
        }
        SentenceModel.Reading reading;
        try {
            reading = model.read(text);
        } catch (RuntimeException e) {
            return rules;
        }
        return reading == null ? rules : combine(text, rules, reading);
    }

    /** The rules alone. Never throws. */
    public TriageResult classifyRules(String text) {
        try {
            return doClassify(text);
        } catch (RuntimeException | StackOverflowError e) {
            // A classifier fault must not drop a member's message; the engine still listens.
            return new TriageResult(Category.SHARING, null, List.of("triage.error"), Set.of(), List.of());
        }
    }

    /** Rule id recorded when the model alone found paraphrased risk. */
    static final String MODEL_RISK = "model.risk";
    static final String MODEL_PERSON = "model.person";
    static final String MODEL_SERVICE = "model.service";
    static final String MODEL_GOODBYE = "model.goodbye";

    /**
     * The contract of the two layers: crisis is the union (a reading never removes a rule's crisis; a model-only
     * crisis is self-harm with PASSIVE_IDEATION, the graded check-in, and never where the rules read a denial); a
     * request for a person or a service read by the model lifts a message the rules left as sharing or goodbye;
     * intents are always added.
     */
    static final int SHORT_REQUEST_WORDS = 14;

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    static TriageResult combine(String text, TriageResult rules, SentenceModel.Reading reading) {
        TriageResult r = rules;
        if (r.has(Signal.GREETING) && words(text) <= 3) {
            // "hi" lies close to "anyone there?" in the model's space; a bare greeting is never a request or news.
            reading = new SentenceModel.Reading(reading.risk(), Set.of());
        }
        if (reading.risk() && r.category() != Category.CRISIS && !r.has(Signal.DENIAL)) {
            List<String> ids = new ArrayList<>(r.rules());
            ids.add(MODEL_RISK);
            Set<Signal> signals = EnumSet.of(Signal.PASSIVE_IDEATION);
            if (r.has(Signal.YOUNG_PERSON)) {
                signals.add(Signal.YOUNG_PERSON);
            }
            return new TriageResult(Category.CRISIS, CrisisKind.SELF_HARM, ids, signals, r.feelings(), reading.intents());
        }
        // a clinical reading on the bare topic rule ("a pharmacy", "a dietitian") gives way to a request the model
        // reads; a specific clinical question (a dose, a reading, a symptom) does not
        boolean topicOnly = r.category() == Category.CLINICAL && r.rules().stream()
                .filter(id -> id.startsWith("clin.")).allMatch(id -> id.equals("clin.topic"));
        // ... and only in a short message: a long health question that names a service is still a health question
        boolean liftable = r.category() == Category.SHARING || r.category() == Category.GOODBYE
                || (topicOnly && words(text) <= SHORT_REQUEST_WORDS);
        if (liftable) {
            Category lifted = reading.intents().contains(Intent.WANTS_PERSON) ? Category.HUMAN
                    : reading.intents().contains(Intent.WANTS_SERVICE) ? Category.SERVICES
                    : r.category() == Category.SHARING && reading.intents().contains(Intent.GOODBYE) ? Category.GOODBYE
                    : null;
            if (lifted != null) {
                List<String> ids = new ArrayList<>(r.rules());
                ids.add(lifted == Category.HUMAN ? MODEL_PERSON : lifted == Category.SERVICES ? MODEL_SERVICE
                        : MODEL_GOODBYE);
                Set<Signal> signals = EnumSet.noneOf(Signal.class);
                signals.addAll(r.signals());
                signals.remove(Signal.MEDICINE_QUESTION);
                signals.remove(Signal.CHANGE_OR_DIAGNOSIS);
                signals.remove(Signal.URGENT_SYMPTOM);
                r = new TriageResult(lifted, null, ids, signals, r.feelings(), r.intents());
            }
        }
        return r.withIntents(reading.intents());
    }

    /** The normalised text the rules see (for tests and rule authors). */
    String normalise(String text) {
        return normalizer.normalize(text);
    }

    private TriageResult doClassify(String text) {
        String norm = normalizer.normalize(text);
        if (norm.length() <= 1) {
            return TriageResult.sharing();
        }
        String[] tok = norm.substring(1, norm.length() - 1).split(" ");
        Vocab.Text x = book.vocab.text(tok);
        // which units have their anchor among the message's words
        BitSet candidates = new BitSet(units.length);
        for (int id : x.presentIds) {
            mark(unitsByAnchor[id], candidates);
        }
        if (x.number) {
            mark(numberUnits, candidates);
        }
        mark(unanchored, candidates);
        // idioms first: their words must not count ("my feet are killing me")
        for (int u = candidates.nextSetBit(0); u >= 0 && units[u].type() == IDIOM; u = candidates.nextSetBit(u + 1)) {
            mask(x, units[u].phrases().get(0));
        }
        MessageFlags flags = new MessageFlags(x);
        List<Rule> fired = new ArrayList<>();
        Set<String> firedIds = new HashSet<>();
        List<String> feelings = new ArrayList<>();
        boolean deniedCrisis = false;
        Map<Rule, int[]> firstMatch = new HashMap<>();
        for (int u = candidates.nextSetBit(0); u >= 0; u = candidates.nextSetBit(u + 1)) {
            Unit unit = units[u];
            if (unit.type() == IDIOM) {
                continue;
            }
            if (unit.type() == FEELING) {
                if (!feelings.contains(unit.feeling())) {
                    int[] at = unit.phrases().get(0).find(x);
                    if (at != null && !negated(tok, at[0])) {
                        feelings.add(unit.feeling());
                    }
                }
                continue;
            }
            Rule rule = unit.rule();
            if (firedIds.contains(rule.id())) {
                continue;
            }
            int[] first = null;
            boolean all = true;
            for (Phrase p : unit.phrases()) {
                int[] at = p.mayOccur(x) ? p.find(x) : null;
                if (at == null) {
                    all = false;
                    break;
                }
                if (first == null) {
                    first = at;
                }
            }
            if (!all) {
                continue;
            }
            if (anyFound(rule.unless(), x, 0, tok.length)) {
                continue;
            }
            Cancel cancel = cancelled(rule, tok, first, flags);
            if (cancel != Cancel.NONE) {
                // The same words again later in a long message may stand where nothing excuses them
                // ("years ago I cut ... now I cut again every night"): try each later occurrence of the first phrase.
                Phrase lead = unit.phrases().get(0);
                int[] again = lead.anchoredAtStart() ? null : first;
                do {
                    again = again == null ? null : lead.find(x, again[0] + 1, tok.length);
                } while (again != null && cancelled(rule, tok, again, flags) != Cancel.NONE);
                if (again == null) {
                    deniedCrisis |= cancel == Cancel.NEGATION && rule.category() == Category.CRISIS;
                    continue;
                }
                first = again;
            }
            fired.add(rule);
            firedIds.add(rule.id());
            firstMatch.put(rule, first);
        }
        fired.sort((a, b) -> Integer.compare(a.order(), b.order()));
        Category category = Category.SHARING;
        for (Rule r : fired) {
            if (r.category() != null && r.category().ordinal() < category.ordinal()) {
                category = r.category();
            }
        }
        CrisisKind kind = null;
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        List<String> ids = new ArrayList<>(fired.size());
        for (Rule r : fired) {
            ids.add(r.id());
            if (r.category() == null || r.category() == category) {
                signals.addAll(r.signals());
            }
            if (r.category() == Category.CRISIS && category == Category.CRISIS) {
                if (kind == null) {
                    kind = r.kind();
                }
                if ((r.kind() == CrisisKind.SELF_HARM || r.kind() == CrisisKind.MEDICAL_EMERGENCY)
                        && hasOtherPersonWords && aboutSomeoneElse(x, firstMatch.get(r))) {
                    signals.add(Signal.ABOUT_SOMEONE_ELSE);
                }
            }
        }
        if (signals.contains(Signal.PASSIVE_IDEATION) && !onlyPassive(fired, category, kind, signals)) {
            // graded risk: a wish or a hint is passive only when no rule found intent, a plan, a method or a time
            signals.remove(Signal.PASSIVE_IDEATION);
        }
        if (category == Category.CRISIS) {
            signals.remove(Signal.DENIAL);
            signals.remove(Signal.GREETING);
        } else if (deniedCrisis) {
            signals.add(Signal.DENIAL);
        }
        if (category != Category.CLINICAL) {
            signals.remove(Signal.MEDICINE_QUESTION);
            signals.remove(Signal.CHANGE_OR_DIAGNOSIS);
            signals.remove(Signal.URGENT_SYMPTOM);
        }
        return new TriageResult(category, kind, ids, signals, feelings);
    }

    private static boolean onlyPassive(List<Rule> fired, Category category, CrisisKind kind, Set<Signal> signals) {
        if (category != Category.CRISIS || kind != CrisisKind.SELF_HARM || signals.contains(Signal.IMMEDIATE_DANGER)
                || signals.contains(Signal.METHOD_SEEKING)) {
            return false;
        }
        for (Rule r : fired) {
            if (r.category() == Category.CRISIS && !r.signals().contains(Signal.PASSIVE_IDEATION)) {
                return false;
            }
        }
        return true;
    }

    private static void mark(int[] unitsHere, BitSet candidates) {
        if (unitsHere != null) {
            for (int u : unitsHere) {
                candidates.set(u);
            }
        }
    }

    private enum Cancel { NONE, NEGATION, CONTEXT }

    /** Whether the rule's modifiers (negation, past, fiction, joke) excuse the match at {@code at}. */
    private Cancel cancelled(Rule rule, String[] tok, int[] at, MessageFlags flags) {
        Set<String> cb = rule.cancelBy();
        if (cb.contains("negation") && negated(tok, at[0])) {
            return Cancel.NEGATION;
        }
        if ((cb.contains("past") && flags.is("past", at)) || (cb.contains("fiction") && flags.is("fiction", at))
                || (cb.contains("joke") && flags.is("joke", at))) {
            return Cancel.CONTEXT;
        }
        return Cancel.NONE;
    }

    private static boolean anyFound(List<Phrase> phrases, Vocab.Text x, int from, int to) {
        for (Phrase p : phrases) {
            if (p.mayOccur(x) && p.find(x, from, to) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces every occurrence of an idiom with a placeholder word that no rule uses, except where the writer says
     * they mean it ("I could strangle him, I'm not joking": the joke modifier's {@code unless} words nearby).
     */
    private void mask(Vocab.Text x, Phrase idiom) {
        int from = 0;
        int[] m;
        while (from < x.length() && (m = idiom.find(x, from, x.length())) != null) {
            if (!anyFound(serious, x, sentenceStart(x.t, m[0]), sentenceEnd(x.t, m[1]))) {
                for (int i = m[0]; i < m[1]; i++) {
                    x.mask(i);
                }
            }
            from = Math.max(m[1], m[0] + 1);
        }
    }

    /** A negation word among the few words before the match, within its clause. */
    private boolean negated(String[] tok, int matchStart) {
        for (int i = matchStart - 1, seen = 0; i >= 0 && seen < book.negationWindow; i--, seen++) {
            String w = tok[i];
            if (w.equals(".") || w.equals("?") || w.equals(",") || w.equals("but")) {
                return false;
            }
            if (book.negationWords.contains(w)) {
                // "if I don't ...", "unless I ..." are conditions, and "not everyone ..." is about others: not denials
                boolean condition = i > 0 && (tok[i - 1].equals("if") || tok[i - 1].equals("unless")
                        || (i > 1 && tok[i - 2].equals("if")));
                boolean notEveryone = i + 1 < tok.length && NOT_A_DENIAL_AFTER.contains(tok[i + 1]);
                // "never felt this suicidal", "never been so close to ending it": a measure of degree, not a denial
                boolean degree = i + 2 < tok.length && DEGREE_VERBS.contains(tok[i + 1])
                        && DEGREE_WORDS.contains(tok[i + 2]);
                // "can't stop thinking about ...": the thought will not go away, the opposite of a denial
                boolean persistent = i + 1 < tok.length && tok[i + 1].equals("stop") && !w.equals("not");
                if (degree || persistent) {
                    return false;
                }
                // "no I have taken them all": an answer before a new statement, not a denial of it
                boolean answer = w.equals("no") && i + 1 < tok.length && SUBJECT_AFTER_ANSWER.contains(tok[i + 1]);
                return !condition && !notEveryone && !answer;
            }
        }
        return false;
    }

    private static final Set<String> DEGREE_VERBS = Set.of("felt", "been", "feel", "was", "am", "im", "got");

    private static final Set<String> DEGREE_WORDS = Set.of("this", "so", "more", "as", "that", "such", "worse");

    private static final Set<String> NOT_A_DENIAL_AFTER = Set.of("everyone", "everybody", "all", "only", "many");

    private static final Set<String> SUBJECT_AFTER_ANSWER = Set.of("i", "im", "ive", "id", "ill", "we", "weve", "its",
            "it", "this", "thats", "my");

    private boolean aboutSomeoneElse(Vocab.Text x, int[] match) {
        if (match == null) {
            return false;
        }
        String[] tok = x.t;
        for (int i = match[0]; i < match[1]; i++) {
            if (book.otherPersonWords.contains(tok[i])) {
                return true;
            }
        }
        for (int i = match[0] - 1, seen = 0; i >= 0 && seen < book.otherPersonWindow; i--, seen++) {
            String w = tok[i];
            if (w.equals(".") || w.equals("?")) {
                break;
            }
            if (w.equals("i") || w.equals("im") || w.equals("ive") || w.equals("me")) {
                return false; // nearest subject is the member
            }
            if (book.otherPersonWords.contains(w)) {
                return true;
            }
        }
        return anyFound(book.otherPersonPatterns, x, 0, tok.length);
    }

    /**
     * Context modifiers (past, fiction, joke), looked for in the sentence of the match and one sentence either side,
     * so that a long message which mentions a film somewhere does not excuse a present-tense disclosure elsewhere.
     */
    private final class MessageFlags {
        private final Vocab.Text x;
        private final String[] tok;
        private final Map<String, Boolean> known = new HashMap<>(8);

        MessageFlags(Vocab.Text x) {
            this.x = x;
            this.tok = x.t;
        }

        boolean is(String modifier, int[] match) {
            int from = sentenceStart(tok, match[0]);
            int to = sentenceEnd(tok, match[1]);
            String key = modifier + ':' + from + ':' + to;
            return known.computeIfAbsent(key, k -> {
                RuleBook.Modifier mod = book.modifiers.get(modifier);
                return mod != null && anyFound(mod.patterns(), x, from, to)
                        && !anyFound(mod.unless(), x, from, to);
            });
        }
    }

    private static boolean isBreak(String w) {
        return w.equals(".") || w.equals("?");
    }

    /** Start of the sentence before the match's sentence (two clause breaks back), or 0. */
    private static int sentenceStart(String[] tok, int at) {
        int breaks = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (isBreak(tok[i]) && ++breaks == 2) {
                return i + 1;
            }
        }
        return 0;
    }

    /** End of the sentence after the match's sentence, or the end of the message. */
    private static int sentenceEnd(String[] tok, int at) {
        int breaks = 0;
        for (int i = at; i < tok.length; i++) {
            if (isBreak(tok[i]) && ++breaks == 2) {
                return i + 1;
            }
        }
        return tok.length;
    }

    /** Rule ids, for tests and documentation. */
    Set<String> ruleIds() {
        Set<String> out = new TreeSet<>();
        book.rules.forEach(r -> out.add(r.id()));
        return out;
    }

    Set<String> feelingKeys() {
        return new LinkedHashSet<>(book.feelings.keySet());
    }
}
