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
import org.peerbot.core.model.Signal;
import org.peerbot.core.port.SentenceModel;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.triage.RuleBook.Rule;

/**
 * Rule-based triage of one member message into a {@link Category} (crisis > clinical > human > services > goodbye >
 * sharing), with the crisis kind, the ids of the rules that fired, reply-shaping signals and named feelings.
 *
 * <p>The rules are data ({@link #DEFAULT_RULES} plus organisers' files, parsed by the caller and passed to
 * {@link #fromFiles}, or {@link #fromTrees} without lines). Everything is compiled once; {@link #classify} is
 * thread-safe, allocation-light and never throws: whatever the input, it returns a result.
 *
 * <p>A little over 300 lines on purpose: what is left is the index of units by anchor word and the one classify
 * loop (candidates, unless, modifiers, precedence, signals), which is easiest to check for safety read top to
 * bottom in one place. The parts with a job of their own live beside it: loading ({@link RuleBook}), where a match
 * counts ({@link Scope}), joining the model's reading ({@link SemanticCombine}).
 */
public final class Triage {
    /** The clinical rule that reads only a question form and a health word (see requestOverBareTopic). */
    static final String BARE_TOPIC = "clin.topic";

    /** Classpath resource of the shipped English rules. */
    public static final String DEFAULT_RULES = "peerbot/triage/rules-en.yaml";

    private static final int ALT = 0;
    private static final int FEELING = 1;
    private static final int IDIOM = 2;

    /**
     * The rules' result, and whether the rules set aside alarming words in it (an idiom masked, or a crisis match
     * excused as past, fiction or a joke): the model, which reads the words without that sense, is then not let
     * to raise a crisis on its own in a short message.
     */
    private record RulesRead(TriageResult result, boolean setAside) {
    }

    /** One indexed thing to try: a rule alternative (all phrases must occur), a feeling phrase or an idiom. */
    record Unit(int type, Rule rule, List<Phrase> phrases, String feeling) {
        /** What the unit belongs to, for {@link RuleCosts}: a rule id, or the feeling or idiom lists. */
        String owner() {
            return switch (type) {
                case FEELING -> "(feeling " + feeling + ")";
                case IDIOM -> "(idioms)";
                default -> rule.id();
            };
        }
    }

    private final RuleBook book;
    private final Normalizer normalizer;
    /** Package-private for {@link RuleCosts}, which times each unit the way {@link #doClassify} tries it. */
    final Unit[] units;
    /** By word or prefix number: the units anchored on it (null for none). */
    private final int[][] unitsByAnchor;
    private final int[] numberUnits;
    private final int[] unanchored;
    private final boolean hasOtherPersonWords;
    /** Where a match counts (negation, past, fiction, joke, someone else, idioms). */
    private final Scope scope;
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
        this.scope = rules.scope;
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
                if (all.size() == 1) {
                    // a line that is one choice of many (a word list) is tried choice by choice (Phrase.choices)
                    all.get(0).choices(book.vocab).forEach(c -> list.add(new Unit(ALT, r, List.of(c), null)));
                } else {
                    list.add(new Unit(ALT, r, all, null));
                }
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
        this.scope = new Scope(book);
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
        RulesRead read = readRules(text);
        TriageResult rules = read.result();
        if (model == null || text == null || text.isBlank()) {
            return rules;
        }
        SentenceModel.Reading reading;
        try {
            reading = model.read(text);
        } catch (RuntimeException e) {
            return rules;
        }
        return reading == null ? rules : SemanticCombine.combine(text, rules, reading, read.setAside());
    }

    /** The rules alone. Never throws. */
    public TriageResult classifyRules(String text) {
        return readRules(text).result();
    }

    private RulesRead readRules(String text) {
        try {
            return doClassify(text);
        } catch (RuntimeException | StackOverflowError e) {
            // A classifier fault must not drop a member's message; the engine still listens.
            return new RulesRead(new TriageResult(Category.SHARING, null, List.of("triage.error"), Set.of(), List.of()),
                    false);
        }
    }

    /** The normalised text the rules see, for rule authors writing patterns ({@code triage --explain}). */
    public String normalise(String text) {
        return normalizer.normalize(text);
    }

    private RulesRead doClassify(String text) {
        Vocab.Text x = read(text);
        if (x == null) {
            return new RulesRead(TriageResult.sharing(), false);
        }
        String[] tok = x.t;
        BitSet candidates = candidates(x);
        // idioms first: their words must not count ("my feet are killing me")
        boolean setAside = false;
        for (int u = candidates.nextSetBit(0); u >= 0 && units[u].type() == IDIOM; u = candidates.nextSetBit(u + 1)) {
            setAside |= scope.mask(x, units[u].phrases().get(0));
        }
        Scope.MessageFlags flags = scope.new MessageFlags(x);
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
                    if (at != null && !scope.negated(tok, at[0])) {
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
            int from = Integer.MAX_VALUE;
            int to = 0;
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
                from = Math.min(from, at[0]);
                to = Math.max(to, at[1]);
            }
            if (!all) {
                continue;
            }
            // An 'unless' excuses the words near the match (its sentence and one either side), not a whole long
            // post: a fence or a diagnosis mentioned three sentences earlier does not excuse a threat or a plan.
            Scope.Cancel cancel = scope.unlessNear(rule, x, from, to) ? Scope.Cancel.UNLESS
                    : scope.cancelled(rule, tok, first, flags);
            if (cancel != Scope.Cancel.NONE) {
                // The same words again later in a long message may stand where nothing excuses them
                // ("years ago I cut ... now I cut again every night"): try each later occurrence of the first phrase.
                Phrase lead = unit.phrases().get(0);
                int[] again = lead.anchoredAtStart() ? null : first;
                do {
                    again = again == null ? null : lead.find(x, again[0] + 1, tok.length);
                } while (again != null && (scope.unlessNear(rule, x, Math.min(again[0], from), Math.max(again[1], to))
                        || scope.cancelled(rule, tok, again, flags) != Scope.Cancel.NONE));
                if (again == null) {
                    deniedCrisis |= cancel == Scope.Cancel.NEGATION && rule.category() == Category.CRISIS;
                    setAside |= cancel == Scope.Cancel.CONTEXT && rule.category() == Category.CRISIS;
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
        if (category == Category.CLINICAL) {
            category = requestOverBareTopic(fired);
        }
        CrisisKind kind = null;
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        List<String> ids = new ArrayList<>(fired.size());
        for (Rule r : fired) {
            ids.add(r.id());
            // a person asked for beside a specific clinical question keeps what the question was, so the reply can
            // name the GP, a pharmacist or 111 before the handoff
            boolean clinicalBesidePerson = category == Category.HUMAN && r.category() == Category.CLINICAL
                    && !r.id().equals(BARE_TOPIC);
            if (r.category() == null || r.category() == category || clinicalBesidePerson) {
                signals.addAll(r.signals());
            }
            if (r.category() == Category.CRISIS && category == Category.CRISIS) {
                if (kind == null) {
                    kind = r.kind();
                }
                // a threat to someone is someone else's too when another person makes it ("he's shouting he's going
                // to kill her"): the member is a witness to be kept safe, not the one to be talked down
                if ((r.kind() == CrisisKind.SELF_HARM || r.kind() == CrisisKind.MEDICAL_EMERGENCY
                        || r.kind() == CrisisKind.HARM_TO_OTHERS)
                        && hasOtherPersonWords && scope.aboutSomeoneElse(x, firstMatch.get(r))) {
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
        if (category != Category.CLINICAL && category != Category.HUMAN) {
            signals.removeAll(Signal.CLINICAL_QUESTION);
        }
        return new RulesRead(new TriageResult(category, kind, ids, signals, feelings), setAside);
    }

    /**
     * A clinical reading gives way to a request for a person or a service the rules also read: "is there an advice
     * line for Parkinson's?" and "any chance of talking to another carer of someone with dementia?" ask for a service
     * and a person, not for clinical advice. A specific clinical rule (a dose, a reading, a change of medicine) keeps
     * it clinical against a service ("should I see my GP?" asks for a decision, not a service), but not against a
     * person: across parts 3 to 9 and triage-dev, no message where a specific clinical rule and a person rule both
     * fired was labelled clinical, and a member who asks for a person is offered one. Crisis is decided before this.
     */
    private static Category requestOverBareTopic(List<Rule> fired) {
        boolean person = false;
        boolean service = false;
        boolean specific = false;
        for (Rule r : fired) {
            specific |= r.category() == Category.CLINICAL && !r.id().equals(BARE_TOPIC);
            person |= r.category() == Category.HUMAN;
            service |= r.category() == Category.SERVICES;
        }
        return person ? Category.HUMAN : service && !specific ? Category.SERVICES : Category.CLINICAL;
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

    /** The message as the units read it: normalised words with their vocabulary ids, or null when it has none. */
    Vocab.Text read(String text) {
        String norm = normalizer.normalize(text);
        if (norm.length() <= 1) {
            return null;
        }
        return book.vocab.text(norm.substring(1, norm.length() - 1).split(" "));
    }

    /** The units worth trying on a message: those anchored on one of its words (or on a number), and the unanchored. */
    BitSet candidates(Vocab.Text x) {
        BitSet candidates = new BitSet(units.length);
        for (int id : x.presentIds) {
            mark(unitsByAnchor[id], candidates);
        }
        if (x.number) {
            mark(numberUnits, candidates);
        }
        mark(unanchored, candidates);
        return candidates;
    }

    private static void mark(int[] unitsHere, BitSet candidates) {
        if (unitsHere != null) {
            for (int u : unitsHere) {
                candidates.set(u);
            }
        }
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
