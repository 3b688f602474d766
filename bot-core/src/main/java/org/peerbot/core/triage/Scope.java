package org.peerbot.core.triage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.triage.RuleBook.Rule;

/**
 * Where a match counts: the modifiers' scopes. Negation looks at the few words before a match; past, fiction and
 * joke at the match's sentence and its neighbours; "about someone else" at the match and the words before it;
 * idioms are masked unless the writer says they mean it.
 */
final class Scope {
    private final RuleBook book;
    /** The joke modifier's "I mean it" words: an idiom near them is not masked. */
    private final List<Phrase> serious;

    Scope(RuleBook book) {
        this.book = book;
        RuleBook.Modifier joke = book.modifiers.get("joke");
        this.serious = joke == null ? List.of() : joke.unless();
    }

    /** Why a match does not count: not at all, a denial, past / fiction / joke context, or the rule's own unless. */
    enum Cancel { NONE, NEGATION, CONTEXT, UNLESS }

    /** Whether the rule's modifiers (negation, past, fiction, joke) excuse the match at {@code at}. */
    Cancel cancelled(Rule rule, String[] tok, int[] at, MessageFlags flags) {
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

    /**
     * Whether one of the rule's {@code unless} phrases occurs near the match from {@code from} to {@code to}: in the
     * sentence of its start, the sentence of its end, and one sentence either side, for self-harm and harm to others.
     * In a message of three sentences or fewer that is the whole message, as before; in a long post an excuse far from
     * the risky sentence does not count.
     */
    boolean unlessNear(Rule rule, Vocab.Text x, int from, int to) {
        if (rule.unless().isEmpty()) {
            return false;
        }
        if (rule.kind() == null || !NEAR_ONLY.contains(rule.kind())) {
            return anyFound(rule.unless(), x, 0, x.length());
        }
        return anyFound(rule.unless(), x, sentenceStart(x.t, from), sentenceEnd(x.t, Math.max(from, to - 1)));
    }

    /**
     * The kinds whose risk members tell as one sentence of a long post. Medical emergency, abuse and the other
     * categories keep a message-wide unless: a post that discusses a condition's treatment is about it throughout.
     */
    private static final Set<CrisisKind> NEAR_ONLY =
            Set.of(CrisisKind.SELF_HARM, CrisisKind.HARM_TO_OTHERS);

    static boolean anyFound(List<Phrase> phrases, Vocab.Text x, int from, int to) {
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
     * Returns whether anything was masked.
     */
    boolean mask(Vocab.Text x, Phrase idiom) {
        int from = 0;
        int[] m;
        boolean masked = false;
        while (from < x.length() && (m = idiom.find(x, from, x.length())) != null) {
            if (!anyFound(serious, x, sentenceStart(x.t, m[0]), sentenceEnd(x.t, m[1]))) {
                for (int i = m[0]; i < m[1]; i++) {
                    x.mask(i);
                }
                masked = true;
            }
            from = Math.max(m[1], m[0] + 1);
        }
        return masked;
    }

    /** A negation word among the few words before the match, within its clause. */
    boolean negated(String[] tok, int matchStart) {
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
                // "give me one good reason not to ...", "why I can't just ...": weighing it or wishing it, not denying it
                boolean weighing = (i > 0 && REASON.contains(tok[i - 1]) && reasonAsked(tok, i - 1))
                        || (i > 1 && REASON.contains(tok[i - 2]) && tok[i - 1].equals("to") && reasonAsked(tok, i - 2))
                        || (i > 0 && tok[i - 1].equals("why"))
                        || (i > 1 && tok[i - 2].equals("why") && (tok[i - 1].equals("i") || tok[i - 1].equals("im")));
                if (degree || persistent || weighing) {
                    return false;
                }
                // "no I have taken them all": an answer before a new statement, not a denial of it
                boolean answer = w.equals("no") && i + 1 < tok.length && SUBJECT_AFTER_ANSWER.contains(tok[i + 1]);
                return !condition && !notEveryone && !answer;
            }
        }
        return false;
    }

    private static final Set<String> REFLEXIVE = Set.of("himself", "herself", "themselves", "themself");

    private static final Set<String> REASON = Set.of("reason", "reasons");

    /** A reason asked for ("give me one good reason", "what's the reason"), not one held ("I've every reason"). */
    private static boolean reasonAsked(String[] tok, int reason) {
        for (int i = reason - 1; i >= 0 && i >= reason - 4; i--) {
            if (ASK_FOR_REASON.contains(tok[i])) {
                return true;
            }
        }
        return false;
    }

    /** Words before a person's name that make it theirs: "my daughter's arm" (never "my kids": a plural). */
    private static final Set<String> POSSESSORS = Set.of("my", "our", "his", "her", "their");
    private static final Set<String> BODY = Set.of("arm", "arms", "wrist", "wrists", "leg", "legs", "thigh", "thighs",
            "skin", "body", "stomach", "hips", "hip", "face", "neck", "hand", "hands", "back", "chest");

    private static final Set<String> ASK_FOR_REASON = Set.of("give", "gimme", "tell", "what", "whats", "name", "find");

    private static final Set<String> DEGREE_VERBS = Set.of("felt", "been", "feel", "was", "am", "im", "got");

    private static final Set<String> DEGREE_WORDS = Set.of("this", "so", "more", "as", "that", "such", "worse");

    private static final Set<String> NOT_A_DENIAL_AFTER = Set.of("everyone", "everybody", "all", "only", "many");

    private static final Set<String> SUBJECT_AFTER_ANSWER = Set.of("i", "im", "ive", "id", "ill", "we", "weve", "its",
            "it", "this", "thats", "my");

    boolean aboutSomeoneElse(Vocab.Text x, int[] match) {
        if (match == null) {
            return false;
        }
        String[] tok = x.t;
        for (int i = match[0]; i < match[1]; i++) {
            if (tok[i].equals("me") || tok[i].equals("myself")) {
                return false; // "my wife would be better off without me": the one at risk is the member
            }
        }
        for (int i = match[0]; i < match[1]; i++) {
            // inside the match another person is the subject when named first ("my friend wants to ...") or the one
            // harmed ("... kill herself"); after a verb they are an object of what the member does ("said goodbye to
            // my mum without her knowing" is the member's own finality)
            if (book.otherPersonWords.contains(tok[i]) && (i < match[0] + 2 || REFLEXIVE.contains(tok[i]))) {
                return true;
            }
            // "cuts on my daughter's arm": the body hurt is another person's
            if (i > match[0] && POSSESSORS.contains(tok[i - 1]) && tok[i].endsWith("s") && tok[i].length() > 2
                    && i + 1 < match[1] && BODY.contains(tok[i + 1])
                    && book.otherPersonWords.contains(tok[i].substring(0, tok[i].length() - 1))) {
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
    final class MessageFlags {
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
}
