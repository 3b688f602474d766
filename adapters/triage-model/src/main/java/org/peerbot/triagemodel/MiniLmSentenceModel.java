package org.peerbot.triagemodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Intent;
import org.peerbot.core.port.SentenceModel;

/**
 * The semantic layer on all-MiniLM-L6-v2 (quantised, ONNX, in process; no network). Two heads read each sentence's
 * embedding: a small trained network ({@value #HEAD}: one hidden layer, then softmax; made by {@code TrainHeadMain}
 * from the project's own training sets and the permissive shared sets; text, shipped) decides risk and the requests
 * that move a message's category (a person, a service, a goodbye); the project's nearest prototypes ({@value
 * #PROTOTYPES}) add the planner's other intents (news, loss, venting, thanks, a question to the bot, a strength). Long
 * messages are read sentence by sentence and the worst sentence decides risk. Thread-safe (the ONNX session is; the
 * heads are immutable); {@link #read} never throws.
 */
public final class MiniLmSentenceModel implements SentenceModel {
    public static final String PROTOTYPES = "peerbot/triage-model/prototypes.tsv";
    public static final String HEAD = "peerbot/triage-model/head.tsv";
    /** The trained head's classes, in the order of its weight rows. */
    static final List<String> HEAD_CLASSES =
            List.of("none", "risk", "person", "service", "goodbye", "clinical", "medical", "abuse", "harm_others");
    private static final int RISK = 1;
    /** The head's classes for the other crises, in order, and the kind each one is. */
    private static final int FIRST_DANGER = 6;
    private static final List<CrisisKind> DANGERS =
            List.of(CrisisKind.MEDICAL_EMERGENCY, CrisisKind.ABUSE, CrisisKind.HARM_TO_OTHERS);
    private static final Map<Integer, Intent> HEAD_INTENTS =
            Map.of(2, Intent.WANTS_PERSON, 3, Intent.WANTS_SERVICE, 4, Intent.GOODBYE);
    /** Prototype labels the trained head owns: the prototypes no longer decide them. */
    private static final Set<String> HEAD_LABELS = Set.of("risk", "person", "service", "goodbye");

    /** Risk is only read very close to a risk prototype, agreed by its neighbours: a false crisis costs trust. */
    static final double RISK_SIMILARITY = 0.60;
    static final double RISK_MARGIN = 0.08;
    static final double INTENT_SIMILARITY = 0.50;
    static final double INTENT_MARGIN = 0.04;
    private static final int K = 3;
    /** Words a request for a person or a service is asked with (a question mark, a question word, a need, a wish). */
    static final Pattern REQUEST_CUE = Pattern.compile("\\?|\\b(any|anyone|anybody|anything|anywhere|someone|somebody"
            + "|something|somewhere|is there|are there|where|how|who (can|could|do|does|should|would|will|helps?)"
            + "|what|which|(can|could|would|will) (i|you|we|someone|somebody|anyone|anybody|u)|need|needs|want|wanna"
            + "|looking for|help|please|pls|plz|talk|speak|chat|message|ring|call|recommend|find|get|contact|book"
            + "|refer|human|person|people|volunteer|real|free|i'd like|id like|i would like)\\b");
    /** Words of dying, harm or an ending themselves ({@link #DYING_CUE}); the stem of {@link #RISK_CUE}. */
    private static final String DYING_WORDS = "die|dies|died|dying|dead|death|kill\\w*|suicid\\w*"
            + "|end(ing)? (it|things|my life|everything)|alive|wake up|waking up|burden|better off|without me"
            + "|goodbye\\w*|forever|for good|disappear\\w*|vanish\\w*|give up|giving up|pills?|tablets|rope|bridge"
            + "|edge|jump\\w*|overdose|od|harm|hurt|cut\\w*|blade|knife|miss me|hopeless|worthless|way out";
    /** Everyday words a risk sentence often carries too ("nobody", "point", "anymore", "done"). */
    private static final String EVERYDAY_RISK_WORDS = "exist\\w*|woke up|be here|being here|around|gone|point|last"
            + "|no more|anymore|any more|done|enough|tired of|sick of|fed up|live|living|life|over|finish\\w*|peace"
            + "|sleep|rest|nobody|no one|notice|pointless";
    /**
     * Words a sentence carries when it tells of dying, not being here, an ending or a way out. A sentence the head
     * reads as risk without one of them must lie nearer a written risk prototype ("I'll probably go in the end", said of
     * a party, has none and lies far from them).
     */
    static final Pattern RISK_CUE = Pattern.compile("\\b(" + DYING_WORDS + "|" + EVERYDAY_RISK_WORDS + ")\\b");
    /**
     * The words of {@link #RISK_CUE} that speak of dying, harm or an ending themselves, without its everyday ones: in a
     * message of a few words they let the head's reading of risk count sooner.
     */
    static final Pattern DYING_CUE = Pattern.compile("\\b(" + DYING_WORDS + ")\\b");
    /** How near a risk prototype a sentence without a {@link #RISK_CUE} must lie to be read as risk. */
    static final double RISK_SIMILARITY_WITHOUT_CUE = 0.55;
    private static final int DIMENSIONS = MiniLmEncoder.DIMENSIONS;
    /** Long posts are read up to this many parts (sentences, and the clause after "but" or "anyway"). */
    private static final int MAX_SENTENCES = 6;

    private static final Map<String, Intent> INTENTS = Map.ofEntries(
            Map.entry("person", Intent.WANTS_PERSON), Map.entry("service", Intent.WANTS_SERVICE),
            Map.entry("goodbye", Intent.GOODBYE), Map.entry("good_news", Intent.GOOD_NEWS),
            Map.entry("bad_news", Intent.BAD_NEWS), Map.entry("loss", Intent.LOSS),
            Map.entry("venting", Intent.VENTING), Map.entry("bot_question", Intent.BOT_QUESTION),
            Map.entry("thanks", Intent.THANKS), Map.entry("strength", Intent.STRENGTH));

    private record Prototype(String label, float[] v) {
    }

    /**
     * The trained head: one hidden layer of rectified units ({@code hidden[u]} has the 384 weights of unit u,
     * {@code hiddenBias[u]} its bias), then softmax weights ({@code w[k]} has one weight per hidden unit for class k,
     * {@code bias[k]} its bias).
     */
    record Head(float[][] hidden, float[] hiddenBias, double[][] w, double[] bias, double riskThreshold,
            double riskPrototype, double riskAlone, double riskLong, double riskUnnamed, double unnamedCrisis,
            double danger, int fewWords, double riskFew, double riskFewNamed, double dangerFew, double intentThreshold,
            double personThreshold) {
        double[] probabilities(float[] v) {
            float[] in = new float[hidden.length];
            for (int u = 0; u < hidden.length; u++) {
                float[] row = hidden[u];
                float s = hiddenBias[u];
                for (int j = 0; j < row.length; j++) {
                    s += row[j] * v[j];
                }
                in[u] = Math.max(0, s);
            }
            double[] z = new double[w.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < w.length; k++) {
                double s = bias[k];
                for (int j = 0; j < in.length; j++) {
                    s += w[k][j] * in[j];
                }
                z[k] = s;
                max = Math.max(max, s);
            }
            double total = 0;
            for (int k = 0; k < z.length; k++) {
                z[k] = Math.exp(z[k] - max);
                total += z[k];
            }
            for (int k = 0; k < z.length; k++) {
                z[k] /= total;
            }
            return z;
        }
    }

    /**
     * The second reader (bge-small-en-v1.5 with its own head, {@value #SECOND_HEAD}). When neither the rules' words
     * nor the first reader's gates let a crisis through, the sentence the first reader leans to most (at least
     * {@value #SECOND_LOOK} of its crisis mass) is read again by the second, and the two readers' crisis masses are
     * averaged: at {@value #SECOND_SURE} or more (a message of up to {@value #SHORT_PARTS} sentences) or
     * {@value #SECOND_SURE_LONG} (a longer post, where every sentence of a hard week is one more chance of a false
     * alarm) the pair reads a crisis. Which one is the class the two put most on together. A medical emergency sends
     * 999 at once, so it also needs both readers at {@value #SECOND_DANGER} on it ("knees like they're filled with
     * glass" was an emergency to the second alone). A message of a few words is left to the first reader: a grieving
     * pet owner's "keep expecting him at the door" leaned to a threat and "he used to sleep on my feet" to abuse.
     * Chosen on held-out parts 8 to 14 (neither head trained on them), then measured once on blind part 15: 167 to 176
     * crises of 200 found, 20 to 21 of 375 others flagged (docs/safety-eval.md, "Session 18"). At most one sentence
     * per message is read twice, so the cost of a message is bounded by one more encoding; most messages lean nowhere
     * near a crisis and are read once.
     */
    static final String SECOND_HEAD = "peerbot/triage-model/head-bge.tsv";
    static final double SECOND_LOOK = 0.30;
    static final double SECOND_SURE = 0.70;
    static final double SECOND_SURE_LONG = 0.90;
    static final int SHORT_PARTS = 3;
    /** A medical emergency from the second look: both heads this sure of that one. */
    static final double SECOND_DANGER = 0.90;
    private static final int MEDICAL = FIRST_DANGER;

    /** A second encoder and the head trained on its vectors. */
    private record Second(MiniLmEncoder encoder, Head head) {
        double[] probabilities(String part) {
            return head.probabilities(unit(encoder.embed(part)));
        }
    }

    private final MiniLmEncoder embedder;
    private final List<Prototype> prototypes;
    private final Head head;
    private final Second second;

    private MiniLmSentenceModel(MiniLmEncoder embedder, List<Prototype> prototypes, Head head, Second second) {
        this.embedder = embedder;
        this.prototypes = List.copyOf(prototypes);
        this.head = head;
        this.second = second;
    }

    /**
     * Loads both readers and embeds the prototypes.
     *
     * @throws IllegalStateException when a model, a head or the prototypes cannot be loaded (the caller runs on the
     *     rules)
     */
    public static MiniLmSentenceModel load() {
        return load(readHead(), null, new Second(MiniLmEncoder.loadBge(), readHead(SECOND_HEAD)));
    }

    /** The first reader alone, without the second look (for measuring what the second adds, here and in JMH). */
    public static MiniLmSentenceModel loadFirstOnly() {
        return load(readHead());
    }

    /** The embedder alone, for making the head (its {@link #read} reads nothing). */
    static MiniLmSentenceModel embedderOnly() {
        return load(null);
    }

    /** The second reader with a head made for it, for measuring (the head a classpath resource). */
    static MiniLmSentenceModel loadBge(String headResource) {
        return load(readHead(headResource), MiniLmEncoder.loadBge(), null);
    }

    /** For measuring: the head's crisis mass (risk and the other dangers), risk alone, and the nearest risk prototype. */
    double[] scores(String part) {
        float[] v = embedUnit(part);
        double[] p = head.probabilities(v);
        double crisis = crisisMass(p);
        double danger = 0;
        int worst = 0;
        for (int k = FIRST_DANGER; k < p.length; k++) {
            if (p[k] > danger) {
                danger = p[k];
                worst = k - FIRST_DANGER;
            }
        }
        return new double[] {crisis, p[RISK], nearestRisk(v), danger, worst};
    }

    /** How sure a head is that a sentence tells of some crisis: risk and the other dangers together. */
    private static double crisisMass(double[] p) {
        double crisis = p[RISK];
        for (int k = FIRST_DANGER; k < p.length; k++) {
            crisis += p[k];
        }
        return crisis;
    }

    /** The second reader's embedder alone (bge-small), for making its head. */
    static MiniLmSentenceModel bgeEmbedderOnly() {
        return load(null, MiniLmEncoder.loadBge(), null);
    }

    private static MiniLmSentenceModel load(Head head) {
        return load(head, null, null);
    }

    /** {@code encoder} null: the first reader's; {@code second} null: no second look. */
    private static MiniLmSentenceModel load(Head head, MiniLmEncoder encoder, Second second) {
        // No network: the DJL tokenizer would otherwise ask the cloud metadata address for telemetry at load.
        if (System.getProperty("OPT_OUT_TRACKING") == null && System.getenv("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
        MiniLmEncoder embedder = encoder != null ? encoder : MiniLmEncoder.load();
        List<String[]> rows = readPrototypes();
        List<Prototype> ps = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            ps.add(new Prototype(row[0], unit(embedder.embed(row[1]))));
        }
        return new MiniLmSentenceModel(embedder, ps, head, second);
    }

    static Head readHead() {
        return readHead(HEAD);
    }

    static Head readHead(String resource) {
        InputStream in = MiniLmSentenceModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        double[][] w = new double[HEAD_CLASSES.size()][];
        double[] bias = new double[HEAD_CLASSES.size()];
        List<float[]> hidden = new ArrayList<>();
        List<Float> hiddenBias = new ArrayList<>();
        Map<String, Double> thresholds = new java.util.HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("threshold") && f.length == 3) {
                    thresholds.put(f[1], Double.parseDouble(f[2]));
                    continue;
                }
                if (f[0].equals("hidden")) {
                    if (f.length != 2 + DIMENSIONS) {
                        throw new IllegalStateException(HEAD + ": a hidden unit without a bias and " + DIMENSIONS
                                + " weights");
                    }
                    float[] row = new float[DIMENSIONS];
                    for (int j = 0; j < DIMENSIONS; j++) {
                        row[j] = Float.parseFloat(f[2 + j]);
                    }
                    hidden.add(row);
                    hiddenBias.add(Float.parseFloat(f[1]));
                    continue;
                }
                int k = HEAD_CLASSES.indexOf(f[0]);
                int inputs = hidden.size();
                if (k < 0 || inputs == 0 || f.length != 2 + inputs) {
                    throw new IllegalStateException(HEAD + ": a line that is not a class with a bias and "
                            + inputs + " weights (hidden units come first)");
                }
                bias[k] = Double.parseDouble(f[1]);
                w[k] = new double[inputs];
                for (int j = 0; j < inputs; j++) {
                    w[k][j] = Double.parseDouble(f[2 + j]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException(HEAD + " cannot be read", e);
        }
        for (double[] row : w) {
            if (row == null) {
                throw new IllegalStateException(HEAD + ": a class has no weights");
            }
        }
        List<String> names = List.of("risk", "risk_prototype", "risk_alone", "risk_long", "risk_unnamed",
                "unnamed_crisis", "danger", "few_words", "risk_few", "risk_few_named", "danger_few", "intent",
                "person");
        if (!thresholds.keySet().containsAll(names)) {
            throw new IllegalStateException(HEAD + ": a threshold is missing; it needs " + names);
        }
        float[] hb = new float[hiddenBias.size()];
        for (int u = 0; u < hb.length; u++) {
            hb[u] = hiddenBias.get(u);
        }
        return new Head(hidden.toArray(new float[0][]), hb, w, bias, thresholds.get("risk"),
                thresholds.get("risk_prototype"), thresholds.get("risk_alone"), thresholds.get("risk_long"),
                thresholds.get("risk_unnamed"), thresholds.get("unnamed_crisis"), thresholds.get("danger"),
                thresholds.get("few_words").intValue(), thresholds.get("risk_few"), thresholds.get("risk_few_named"),
                thresholds.get("danger_few"),
                thresholds.get("intent"), thresholds.get("person"));
    }

    /** Labels of the prototypes, with their counts (for tests and the start log). */
    public int prototypeCount() {
        return prototypes.size();
    }

    static List<String[]> readPrototypes() {
        InputStream in = MiniLmSentenceModel.class.getClassLoader().getResourceAsStream(PROTOTYPES);
        if (in == null) {
            throw new IllegalStateException(PROTOTYPES + " is not on the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(PROTOTYPES + ": a line without a label and a tab");
                }
                rows.add(new String[] {line.substring(0, tab).trim(), line.substring(tab + 1).trim()});
            }
        } catch (IOException e) {
            throw new IllegalStateException(PROTOTYPES + " cannot be read", e);
        }
        return rows;
    }

    @Override
    public Reading read(String text) {
        try {
            if (text == null || text.isBlank()) {
                return Reading.none();
            }
            boolean risk = false;
            CrisisKind danger = null;
            double dangerP = 0;
            Set<Intent> intents = EnumSet.noneOf(Intent.class);
            List<String> parts = sentences(text);
            boolean few = text.strip().split("\\s+").length <= head.fewWords();
            String topPart = null;
            double topCrisis = 0;
            double[] topP = null;
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                String lower = part.toLowerCase(Locale.ROOT);
                boolean asks = REQUEST_CUE.matcher(lower).find();
                // in a long message a goodbye is how it ends, not a sentence in the middle ("he's at work now.")
                boolean last = i == parts.size() - 1;
                float[] v = unit(embedder.embed(part));
                double[] p = head.probabilities(v);
                // how sure the head is that the sentence tells of some crisis: risk and the other dangers together
                // ("I hope a bus hits me on the way home" splits between risk and harm to others). Risk (the graded
                // check-in) when it is very sure, or fairly sure with the sentence near a written risk prototype. A
                // sentence with no word of dying, an ending or not being here must lie nearer a prototype ("I'll
                // probably go in the end", said of a party), unless the head is sure of risk itself, or surer still of
                // the crisis classes together ("some nights I think about injecting the whole pen"; a grieving dog
                // owner "expecting her at the door" was read as a threat to others and so, taken together at 0.83, as
                // risk). A sentence of a long post needs the head surer still: long posts about a hard week are many
                // sentences, each a chance of a false alarm. The thresholds were chosen on held-out part 5 and the
                // shared sets (docs/safety-eval.md).
                double crisis = crisisMass(p);
                double near = nearestRisk(v);
                boolean named = RISK_CUE.matcher(lower).find() || near >= RISK_SIMILARITY_WITHOUT_CUE
                        || (parts.size() == 1 && (p[RISK] >= head.riskUnnamed() || crisis >= head.unnamedCrisis()));
                // a message of a few words carries little for the model to read ("nobody listens" after a moan about
                // the GP had the head at 0.84): there the rules are the better reader, and the head must be all but
                // sure of risk itself (a few words it leans to reading as another danger, "mould everywhere and he
                // ignores my texts", are not a wish to die). With a word of dying, harm or an ending in those few
                // words the head's reading of risk is trusted sooner ("i shud just die lol" at 0.94): the short false
                // alarms it is sure of carry no such word ("nobody listens" at 0.93).
                boolean sure = few
                        ? p[RISK] >= (DYING_CUE.matcher(lower).find() ? head.riskFewNamed() : head.riskFew())
                        : parts.size() == 1
                        ? crisis >= head.riskAlone() || (crisis >= head.riskThreshold() && near >= head.riskPrototype())
                        : crisis >= head.riskLong();
                if (named && sure) {
                    risk = true;
                }
                for (int k = 0; k < DANGERS.size(); k++) {
                    double pk = p[FIRST_DANGER + k];
                    if (pk >= (few ? head.dangerFew() : head.danger()) && pk > dangerP) {
                        danger = DANGERS.get(k);
                        dangerP = pk;
                    }
                }
                if (crisis > topCrisis) {
                    topCrisis = crisis;
                    topPart = part;
                    topP = p;
                }
                int best = 0;
                for (int k = 1; k < p.length; k++) {
                    if (p[k] > p[best]) {
                        best = k;
                    }
                }
                Intent read = HEAD_INTENTS.get(best);
                double need = read == Intent.WANTS_PERSON ? head.personThreshold() : head.intentThreshold();
                // a request for a person or a service is asked, in the same sentence: a statement on the same topic
                // ("caring for my dad is wearing me out") is not one, however close it lies to the requests
                if (read != null && p[best] >= need && (read == Intent.GOODBYE ? last : asks)) {
                    intents.add(read);
                }
                String label = label(v);
                if (label != null && !HEAD_LABELS.contains(label) && INTENTS.containsKey(label)) {
                    intents.add(INTENTS.get(label));
                }
            }
            // never on a message of a few words: in a conversation they lean on what came before, and both readers
            // took "what if they don't believe me" (a benefits assessment) and "no car so what's the point" (after a
            // driving test) as risk
            if (!risk && danger == null && second != null && topCrisis >= SECOND_LOOK && !few) {
                double[] q = second.probabilities(topPart);
                double together = (topCrisis + crisisMass(q)) / 2;
                if (together >= (parts.size() <= SHORT_PARTS ? SECOND_SURE : SECOND_SURE_LONG)) {
                    int worst = RISK;
                    for (int k = FIRST_DANGER; k < q.length; k++) {
                        if (topP[k] + q[k] > topP[worst] + q[worst]) {
                            worst = k;
                        }
                    }
                    boolean bothSure = topP[worst] >= SECOND_DANGER && q[worst] >= SECOND_DANGER;
                    if (worst == RISK || (worst != MEDICAL && !bothSure && parts.size() > SHORT_PARTS)) {
                        // in a long post the pair's abuse or threat is too loose a reading to send 999 on (a carer's
                        // week of chemo read as abuse); it is met as the graded risk, which asks before it alarms
                        risk = true;
                    } else if (bothSure || worst != MEDICAL) {
                        danger = DANGERS.get(worst - FIRST_DANGER);
                    }
                }
            }
            return new Reading(risk, danger, intents);
        } catch (RuntimeException e) {
            return Reading.none();
        }
    }

    /** The unit-length embedding of one part, as the head sees it (for the training main). */
    float[] embedUnit(String part) {
        return unit(embedder.embed(part));
    }

    private static boolean hasRiskCue(String part) {
        return RISK_CUE.matcher(part.toLowerCase(Locale.ROOT)).find();
    }

    /** Similarity to the nearest risk prototype. */
    private double nearestRisk(float[] v) {
        return nearest(v, "risk");
    }

    /** Similarity to the nearest prototype with {@code label}. */
    private double nearest(float[] v, String label) {
        double best = -2;
        for (Prototype p : prototypes) {
            if (p.label().equals(label)) {
                best = Math.max(best, dot(v, p.v()));
            }
        }
        return best;
    }

    /** The risk gate's inputs for one part, tab separated (for tuning). */
    String riskTrace(String part) {
        float[] v = embedUnit(part);
        double[] p = head.probabilities(v);
        return String.format(Locale.ROOT, "%.3f\t%.3f\t%.3f\t%b", p[RISK], nearestRisk(v), nearest(v, "none"),
                hasRiskCue(part));
    }

    /** The head's class probabilities and the three nearest prototypes' labels and similarities, for tuning. */
    String explain(String text) {
        float[] v = embedUnit(text);
        StringBuilder b = new StringBuilder();
        double[] probs = head.probabilities(v);
        for (int k = 0; k < probs.length; k++) {
            b.append(HEAD_CLASSES.get(k)).append(String.format(Locale.ROOT, "=%.2f ", probs[k]));
        }
        b.append("| ");
        prototypes.stream().sorted((p, q) -> Double.compare(dot(v, q.v()), dot(v, p.v()))).limit(K)
                .forEach(p -> b.append(p.label()).append(String.format(Locale.ROOT, ":%.2f ", dot(v, p.v()))));
        return b.toString();
    }

    /**
     * The nearest prototype's label, or null: it must be close enough and stand clear of the nearest prototype of any
     * other label by a margin (risk asks for more of both).
     */
    private String label(float[] v) {
        double best = -2;
        String top = null;
        double[] byLabel = new double[prototypes.size()];
        for (int i = 0; i < prototypes.size(); i++) {
            byLabel[i] = dot(v, prototypes.get(i).v());
            if (byLabel[i] > best) {
                best = byLabel[i];
                top = prototypes.get(i).label();
            }
        }
        if (top == null || top.equals("none")) {
            return null;
        }
        double other = -2;
        for (int i = 0; i < prototypes.size(); i++) {
            if (!prototypes.get(i).label().equals(top)) {
                other = Math.max(other, byLabel[i]);
            }
        }
        boolean risk = top.equals("risk");
        return best >= (risk ? RISK_SIMILARITY : INTENT_SIMILARITY)
                && best - other >= (risk ? RISK_MARGIN : INTENT_MARGIN) ? top : null;
    }

    /** The whole message when short, else its sentences (the worst one decides risk); at most a bounded number. */
    static List<String> sentences(String text) {
        List<String> all = allSentences(text);
        if (all.size() <= MAX_SENTENCES) {
            return all;
        }
        List<String> out = new ArrayList<>();
        // Each part costs a model run, so a long post is read in at most MAX_SENTENCES of them (the p99 target):
        // the last part (how a post ends, often where the risk is), every part with a word of risk, then the first
        // ones; in the post's order.
        boolean[] keep = new boolean[all.size()];
        keep[all.size() - 1] = true;
        int kept = 1;
        for (int i = 0; i < all.size() && kept < MAX_SENTENCES; i++) {
            if (!keep[i] && hasRiskCue(all.get(i))) {
                keep[i] = true;
                kept++;
            }
        }
        for (int i = 0; i < all.size() && kept < MAX_SENTENCES; i++) {
            if (!keep[i]) {
                keep[i] = true;
                kept++;
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (keep[i]) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** The whole message when short, else every one of its parts, unbounded (the trainer reads a post whole). */
    static List<String> allSentences(String text) {
        String t = text.strip();
        List<String> all = new ArrayList<>();
        if (t.length() <= 160) {
            all.add(t);
            return all;
        }
        // a clause after "but" or "anyway" is read on its own: the risky part of a long post often follows one
        for (String s : t.split("(?<=[.!?\\n])\\s*|,?\\s+(?=(?i:but|anyway|anyways)\\b)")) {
            String p = s.strip();
            if (p.length() >= 3) {
                all.add(p.toLowerCase(Locale.ROOT));
            }
        }
        return all;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        double inv = n == 0 ? 0 : 1 / Math.sqrt(n);
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] * inv);
        }
        return u;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
