package org.peerbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What happened, in the member's own words turned to "you", for when nothing on the planner's lists gives a word of
 * theirs back ("I found out at the school gate" is given back as "you found out at the school gate"). A listener
 * restates; a generic "I hear you" shows nothing was heard.
 *
 * <p>Safe reflection (CONVERSATION.md) decides what may be given back: only a short clause told in the first person
 * ("I", "we", "my ..."), never a question, never one that speaks to or of the bot, and never one with a word of risk,
 * method, medicine, dose, swearing or a slur in it; when in doubt, nothing (the planner then says plainly that it
 * heard). The clause is the last such one, as members tend to end on what matters. The result is raw text: it goes
 * into one reply and is never stored (notes keep only list keys).
 */
final class OwnWords {

    /** Clauses within a sentence: commas, and the joins that start a new thought. */
    private static final Pattern CLAUSES = Pattern.compile(
            ",|\\s+-+\\s+|\\s+(?:but|so|because|cos|coz|though|although|while|whilst)\\s+",
            Pattern.CASE_INSENSITIVE);

    /**
     * "... and I ...": a clause that is not theirs as a whole ("the form asked for my worst day and I just sat and
     * cried") is read again from each "and I", so the part that is theirs can be given back.
     */
    private static final Pattern AND_I = Pattern.compile("\\s+and\\s+(?=(?:i|i'm|im|i've|ive|we)\\s)",
            Pattern.CASE_INSENSITIVE);

    /** Medicine names by their endings, and the common ones that have none: never given back (safety rule 12). */
    private static final String[] MEDICINE_ENDINGS = {"pril", "sartan", "olol", "statin", "azole", "cillin", "mycin",
        "cycline", "oxacin", "oxetine", "pramine", "azepam", "zepam", "triptan", "profen", "prazole", "gliptin",
        "gliflozin", "glutide", "formin", "xaban", "parin", "lukast", "olone", "asone", "tidine", "afil", "amide",
        "etine", "iline", "apine", "idone", "clone", "codone", "axine", "tyline", "oxine", "amol", "adol", "ipine"};

    private static final Set<String> MEDICINES = Set.of("paracetamol", "aspirin", "codeine", "morphine", "tramadol",
            "sertraline", "citalopram", "lithium", "warfarin", "apixaban", "naproxen", "gabapentin", "pregabalin",
            "insulin", "steroid", "steroids", "antibiotic", "antibiotics", "antidepressant", "antidepressants",
            "inhaler", "chemo", "methotrexate", "levothyroxine", "thyroxine", "co-codamol", "cocodamol", "zopiclone",
            "melatonin", "diazepam", "valium", "prozac", "calpol", "nurofen", "lemsip", "ozempic", "mounjaro", "wegovy");

    private static boolean medicine(String word) {
        if (word.length() < 5) {
            return false;
        }
        if (MEDICINES.contains(word)) {
            return true;
        }
        for (String e : MEDICINE_ENDINGS) {
            if (word.length() > e.length() && word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A clause about the member starts with one of these (after fillers); "ill" and "id" are left out as words. */
    private static final Set<String> FIRST = Set.of("i", "im", "i'm", "ive", "i've", "i'd", "i'll", "we", "we're",
            "weve", "we've", "my", "our");

    private static final Set<String> FILLERS = Set.of("so", "well", "anyway", "anyways", "honestly", "basically",
            "then", "and", "just", "also", "oh", "ok", "okay", "right", "yeah", "yes", "no", "tbh", "literally", "like",
            "um", "erm", "hmm", "today", "tonight", "yesterday", "now");

    /** Given back with the apostrophe a reply should have ("cant" is said as "can't"). */
    private static final java.util.Map<String, String> APOSTROPHES = java.util.Map.ofEntries(
            java.util.Map.entry("cant", "can't"), java.util.Map.entry("dont", "don't"),
            java.util.Map.entry("wont", "won't"), java.util.Map.entry("didnt", "didn't"),
            java.util.Map.entry("isnt", "isn't"), java.util.Map.entry("wasnt", "wasn't"),
            java.util.Map.entry("havent", "haven't"), java.util.Map.entry("hasnt", "hasn't"),
            java.util.Map.entry("couldnt", "couldn't"), java.util.Map.entry("wouldnt", "wouldn't"),
            java.util.Map.entry("shouldnt", "shouldn't"), java.util.Map.entry("doesnt", "doesn't"),
            java.util.Map.entry("arent", "aren't"), java.util.Map.entry("werent", "weren't"),
            java.util.Map.entry("thats", "that's"));

    /** Words that make a clause depend on another ("when I was little", "if I go"). */
    private static final Set<String> JOINS = Set.of("when", "if", "before", "after", "because", "since", "until",
            "that", "what", "how", "who", "where", "which", "unless", "whether", "once", "as", "than", "said", "says",
            "told", "tell", "think", "thought", "know", "knew", "hope", "wish", "feel", "felt", "like", "he", "she",
            "they", "it", "hes", "shes", "theyre", "its", "you", "u", "can", "could", "should", "would", "will", "do",
            "does", "did", "is", "are", "am", "was", "were", "have", "has", "shall", "may", "might", "must", "cant",
            "dont", "wont", "shouldnt", "wouldnt", "couldnt", "isnt", "arent", "why", "whats");

    /** Words after "my" that make a short phrase a cry about someone ("my own granddaughter", "my poor mum"). */
    private static final Set<String> FOND = Set.of("own", "poor", "little", "dear", "darling", "lovely", "only",
            "beautiful", "baby", "precious");

    /** A question tag closing a clause ("... am I", "... didn't I"). */
    private static final Set<String> TAGS = Set.of("am", "was", "arent", "didnt", "havent", "dont", "wont", "cant",
            "shouldnt", "wasnt", "do", "did", "have", "will", "can", "aren't", "didn't", "haven't", "don't", "won't",
            "can't", "shouldn't", "wasn't");

    /** Trailing words that are tone, not content. */
    private static final Set<String> TRAILING = Set.of("lol", "haha", "hahaha", "lmao", "x", "xx", "xxx", "tbh",
            "though", "really", "honestly", "mate", "hun", "love");

    /**
     * Words never given back. Risk, method and harm words belong to the crisis replies; medicines and doses to the
     * clinical boundary; swearing and slurs are not said back to anyone. Whole words, or the start of one where
     * the entry ends in "*". Nor a "should" or a "must": turned to "you", it would be advice.
     */
    private static final List<String> NEVER = List.of("die", "dies", "died", "dying", "dead", "death*", "kill*",
            "murder*",
            "suicid*", "overdos*", "od", "pill*", "tablet*", "med", "meds", "medic*", "dose*", "dosage", "mg", "ml",
            "insulin", "cut", "cuts", "cutting", "knife", "knives", "blade*", "rope", "hang*", "jump*", "bridge",
            "gun*", "poison*", "bleach", "end", "ending", "gone", "goodbye", "weapon*", "stab*", "hit", "hurt*",
            "harm*", "abus*", "rape*", "raped", "sex*", "drunk", "drink*", "drug*", "cocaine", "weed", "vape*",
            "fuck*", "f*ck*", "shit*", "sh*t", "cunt*", "bastard*", "bitch*", "twat*", "wank*", "piss*", "bollocks",
            "arse*", "dick*", "prick*", "slag*", "whore*", "retard*", "spastic*", "spaz*", "mong*", "paki*", "n*gg*",
            "nigg*", "fag*", "tranny", "gyppo", "pikey", "chav*", "bot", "robot", "you", "your", "you're", "youre",
            "u", "ur", "peerbot", "chat",
            // "my mum says I should be grateful" given back is "you should be grateful": the bot never says a should
            "should", "shouldnt", "must", "ought");

    private OwnWords() {
    }

    /**
     * {@link #said} read the first time it is asked for, and kept: most replies never need it, and reading it costs
     * a few microseconds on a long message. For one turn on one thread.
     */
    static Said later(String text, List<String> focus) {
        return new Said(text, focus);
    }

    /** Their words, read once when first asked for, and whether they are the clause that holds the focus. */
    static final class Said implements java.util.function.Supplier<String> {
        private final String text;
        private final List<String> focus;
        private Found found;
        private List<String> all;

        private Said(String text, List<String> focus) {
            this.text = text;
            this.focus = focus;
        }

        @Override
        public String get() {
            return read().said();
        }

        /** Whether the words given back hold the feeling or the step the reply answers, not only the last clause. */
        boolean focused() {
            return read().focused();
        }

        /**
         * Whether the message's first or last sentence has this word or phrase (as a whole word, in any case): named
         * there, it is what the message is about; named only in between, it was on the way.
         */
        boolean openingOrClosingHas(String phrase) {
            return sentenceHas(phrase, true, true);
        }

        /** Whether the message's first sentence has this word or phrase: what the message opens on is its topic. */
        boolean openingHas(String phrase) {
            return sentenceHas(phrase, true, false);
        }

        private boolean sentenceHas(String phrase, boolean first, boolean last) {
            if (all == null) {
                all = sentences(text.replace('\u2019', '\''));
            }
            if (all.isEmpty()) {
                return false;
            }
            Pattern p = Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b", Pattern.CASE_INSENSITIVE);
            return (first && p.matcher(all.get(0)).find()) || (last && p.matcher(all.get(all.size() - 1)).find());
        }

        /** Whether the words given back are from the last sentence of a message of more than one. */
        boolean closing() {
            return read().closing();
        }

        /**
         * Their clause that names this ("my girlfriend", "the heating"), turned to "you", or null when none that may
         * be given back does: what they said about it, in place of "So this is about the heating".
         */
        String holding(String thing) {
            List<String> words = List.of(CueBook.read(thing).words());
            if (words.isEmpty()) {
                return null;
            }
            return find(text, words, false).said();
        }

        private Found read() {
            if (found == null) {
                found = find(text, focus, true);
            }
            return found;
        }
    }

    private record Found(String said, boolean focused, boolean closing) {
        Found(String said, boolean focused) {
            this(said, focused, false);
        }
    }

    /** The last clause of theirs that may be given back, turned to "you"; null when none may be. */
    static String said(String text) {
        return said(text, List.of());
    }

    /**
     * As above, but the clause that holds the focus (the words of the feeling or the step the planner read, as
     * normalised words: "sat and cried", "walked") is preferred to the last one: "the cat's been sick, and I sat in the
     * car and cried" is given back as "you sat in the car and cried", not as a later clause about the cat.
     */
    static String said(String text, List<String> focus) {
        return find(text, focus, true).said();
    }

    /**
     * The clause that holds the focus, else (when {@code orLast}, or with no focus) the last clause that may be given
     * back; null in {@code said} when there is none.
     */
    private static Found find(String text, List<String> focus, boolean orLast) {
        if (text == null || text.length() > 600) {
            return new Found(null, false); // a long post has a story the lists read better than one clause of it
        }
        String t = text.replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> sentences = sentences(t);
        boolean[] passes = focus.isEmpty() ? new boolean[] {false}
                : orLast ? new boolean[] {true, false} : new boolean[] {true};
        for (boolean focused : passes) {
            for (int i = sentences.size() - 1; i >= 0; i--) {
                String sentence = sentences.get(i);
                if (sentence.indexOf('?') >= 0) {
                    continue; // a question is answered, not given back
                }
                String[] clauses = CLAUSES.split(sentence);
                for (int j = clauses.length - 1; j >= 0; j--) {
                    String whole = turn(clauses[j], j == 0);
                    String turned = focused && !holds(clauses[j], focus) ? null : whole;
                    if (whole == null) {
                        String[] parts = AND_I.split(clauses[j]);
                        for (int p = parts.length - 1; p >= 1 && turned == null; p--) {
                            turned = focused && !holds(parts[p], focus) ? null : turn(parts[p], false);
                        }
                    }
                    if (turned != null) {
                        return new Found(turned, focused, sentences.size() > 1 && i == sentences.size() - 1);
                    }
                }
            }
        }
        return new Found(null, false);
    }

    /** Whether the clause, read as the cues read words, holds the focus words in order. */
    private static boolean holds(String clause, List<String> focus) {
        return CueBook.find(focus.toArray(String[]::new), CueBook.read(clause).words(), 0) >= 0;
    }

    /** Sentences, each keeping the marks it ends with (so a question is known as one). */
    private static List<String> sentences(String t) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '\u2026') {
                while (i + 1 < t.length() && ".!?;:\n\u2026".indexOf(t.charAt(i + 1)) >= 0) {
                    i++;
                }
                out.add(t.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < t.length()) {
            out.add(t.substring(from));
        }
        return out;
    }

    /**
     * A sentence that starts with one of these has dropped its "I", as texts do ("had to go and cry in the loo", "been
     * up since four"): it is theirs. Only at the start of a sentence: after a comma the subject may be someone else's.
     */
    private static final Set<String> SUBJECT_DROPPED = Set.of("had", "went", "spent", "sat", "cried", "ended",
            "been", "woke", "managed", "tried", "cant", "can't", "couldnt", "couldn't", "didnt", "didn't", "finally",
            "walked", "drove", "stayed", "slept", "lay", "got", "havent", "haven't", "left", "came", "lost", "missed",
            "forgot", "rang", "called", "saw", "started", "finished", "cancelled");

    /**
     * "been up since four", "been crying all day" are theirs; "been a long day", "been awful" have dropped "it's",
     * not "I've".
     */
    private static boolean beenByThem(String next) {
        return next.endsWith("ing") || Set.of("up", "to", "at", "in", "on", "off", "out", "back", "told", "given",
                "sent", "signed", "stuck", "away", "home", "down", "left", "made", "put", "asked").contains(next);
    }

    private static String turn(String clause, boolean sentenceStart) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= clause.length(); i++) {
            boolean space = i == clause.length() || Character.isWhitespace(clause.charAt(i));
            if (space && start >= 0) {
                String clean = edgesTrimmed(clause.substring(start, i));
                if (!clean.isEmpty()) {
                    words.add(clean);
                }
                start = -1;
                if (words.size() > 20) {
                    return null; // too long to give back
                }
            } else if (!space && start < 0) {
                start = i;
            }
        }
        while (!words.isEmpty() && FILLERS.contains(lower(words.get(0)))) {
            if (words.size() > 2 && lower(words.get(0)).equals("like") && likened(lower(words.get(1)),
                    lower(words.get(2)))) {
                return null; // "like I was a nice lady from the council": a comparison, not what happened to them
            }
            words.remove(0);
        }
        while (!words.isEmpty() && TRAILING.contains(lower(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 3 && TAGS.contains(lower(words.get(words.size() - 2)))
                && lower(words.get(words.size() - 1)).equals("i")) {
            // "I'm not a carer anymore am I": the tag asks nothing; given back, it would read "am you"
            words.subList(words.size() - 2, words.size()).clear();
        }
        // "three times I've been on hold": a few words of when or how often may come before the subject
        for (int k = 1; k <= 3 && k < words.size() && !FIRST.contains(lower(words.get(0))); k++) {
            String w0 = lower(words.get(k));
            if (FIRST.contains(w0)) {
                if (w0.equals("my") || w0.equals("our") || words.subList(0, k).stream()
                        .anyMatch(w -> JOINS.contains(lower(w)) || !Character.isLetterOrDigit(w.charAt(0)))) {
                    return null; // "when I was little": the clause depends on what it is joined to
                }
                if (!words.subList(0, k).stream().allMatch(w -> WHEN.contains(lower(w))
                        || w.chars().allMatch(Character::isDigit))) {
                    return null; // "most committed relationship I've ever had": the subject is what comes before
                }
                words = new ArrayList<>(words.subList(k, words.size()));
                break;
            }
        }
        if (sentenceStart && words.size() >= 3 && SUBJECT_DROPPED.contains(lower(words.get(0)))
                && !(lower(words.get(0)).equals("been") && !beenByThem(lower(words.get(1))))) {
            words = new ArrayList<>(words);
            words.set(0, capitalOfSentence(words.get(0))); // "Had a proper laugh": "you had", not "you Had"
            words.add(0, lower(words.get(0)).equals("been") ? "ive" : "i"); // "been up since four": "you've been"
        } else if (sentenceStart && words.size() >= 3 && (lower(words.get(0)).equals("gonna")
                || (lower(words.get(0)).equals("going") && lower(words.get(1)).equals("to"))
                || (lower(words.get(0)).equals("off") && lower(words.get(1)).equals("to")))) {
            words = new ArrayList<>(words);
            words.set(0, capitalOfSentence(words.get(0))); // "Going to go": "you're going to go"
            words.add(0, "im"); // "gonna drive to see my nan": "you're gonna drive to see your nan"
        }
        if (words.size() < 2 || words.size() > 14 || !FIRST.contains(lower(words.get(0)))) {
            return null;
        }
        if (words.size() <= 3 && (lower(words.get(0)).equals("my") || lower(words.get(0)).equals("our"))
                && FOND.contains(lower(words.get(1)))) {
            return null; // "my own granddaughter.", "my poor dad": a cry, not a clause; "I hear that your own ..." breaks
        }
        if (words.size() > 2 && lower(words.get(0)).equals("i") && HEDGES.contains(lower(words.get(1)))) {
            return null; // "I suppose the diabetes scares me most": what they suppose is about something else
        }
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (w.chars().anyMatch(Character::isDigit) && (!w.chars().allMatch(Character::isDigit)
                    || k + 1 == words.size() || !COUNTED.contains(lower(words.get(k + 1))))) {
                return null; // numbers are not given back (an age, a reading, a dose), but "10 lengths" is
            }
        }
        if (selfCritical(words)) {
            return null; // "I'm such a baby about it" is not said back to them as a fact
        }
        if (words.size() == 2 && FELT.contains(lower(words.get(1)))) {
            return null; // "I feel" cut from "I feel so rude" is not given back as "You feel." (blind-28)
        }
        if (DANGLING.contains(lower(words.get(words.size() - 1)))) {
            return null; // "my english is not" (cut at "so good"): a clause broken off mid-thought
        }
        if (QUOTED.matcher(clause).find()) {
            return null; // "my friend she say to you 'tranquila": someone else's words, cut off, are not theirs
        }
        for (int k = 2; k < words.size(); k++) {
            if (RUN_ON.contains(lower(words.get(k))) && !LEADS_IN.contains(lower(words.get(k - 1)))) {
                return null; // "I look after my dad he's got really bad depression": two clauses run together
            }
        }
        boolean shouting = clause.equals(clause.toUpperCase(Locale.ROOT))
                && !clause.equals(clause.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>(words.size());
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            String low = lower(w);
            if (never(low) || medicine(low)) {
                return null;
            }
            String prev = k == 0 ? "" : lower(words.get(k - 1));
            out.add(switch (low) {
                case "i" -> "you";
                case "im", "i'm" -> "you're";
                case "ive", "i've" -> "you've";
                case "i'd" -> "you'd";
                // "never thought id see the day", "i think ill be ok": said without apostrophes, before a verb
                case "id" -> k + 1 < words.size() && AFTER_ID.contains(lower(words.get(k + 1))) ? "you'd" : w;
                case "ill" -> k + 1 < words.size() && AFTER_ID.contains(lower(words.get(k + 1))) ? "you'll" : w;
                case "i'll" -> "you'll";
                case "me", "myself" -> low.equals("myself") ? "yourself"
                        : k + 1 < words.size() && possessiveMe(prev, lower(words.get(k + 1))) ? "your" : "you";
                case "my" -> "your";
                case "mine" -> "yours";
                case "we", "us" -> "you";
                case "we're" -> "you're";
                case "we'll" -> "you'll";
                case "we'd" -> "you'd";
                case "weve", "we've" -> "you've";
                case "our", "ours" -> low.equals("our") ? "your" : "yours";
                case "ourselves" -> "yourselves";
                case "am" -> prev.equals("i") ? "are" : w;
                case "was" -> prev.equals("i") ? "were" : w;
                default -> APOSTROPHES.getOrDefault(low, shouting ? low : w);
            });
        }
        return String.join(" ", out);
    }

    /**
     * What a number may count and still be given back ("swam 10 lengths", "40 pages"): never a dose, a weight or a
     * reading, and not a wait ("waiting 3 weeks" is heard as the waiting, not counted back).
     */
    private static final Set<String> COUNTED = Set.of("lengths", "laps", "miles", "pages", "steps", "goes", "floors",
            "holes", "rounds", "chapters");

    /** Words a whole clause never ends on: where one does, it was cut off by a split ("is not | so good"). */
    /** A verb of feeling that says nothing without what is felt ("I feel", "I felt"). */
    private static final Set<String> FELT = Set.of("feel", "feels", "felt", "feeling");
    private static final Set<String> DANGLING = Set.of("not", "is", "are", "was", "were", "the", "a", "an", "to",
            "and", "of", "my", "your", "our", "very", "too", "really", "with", "for", "at", "in", "on", "be", "been",
            // session 26: "and i just. idk" (words failing them) is not given back as "You just."
            "just", "so", "kind", "sort", "cant", "couldnt");

    /**
     * Whether "like" starting a clause makes a comparison ("like I was a stranger", "like I'm a child", "like a
     * ghost"), not a filler ("like I don't even remember", "like I'm not sad sad").
     */
    private static boolean likened(String next, String then) {
        return next.equals("a") || next.equals("an") || (next.equals("i") && (then.equals("was") || then.equals("were")))
                || ((next.equals("im") || next.equals("i'm")) && (then.equals("a") || then.equals("an")
                || then.equals("some") || then.equals("the")));
    }

    /** Verbs after "id" or "ill" that make them "I'd" and "I'll", not "ID" and "ill". */
    private static final Set<String> AFTER_ID = Set.of("be", "have", "never", "see", "get", "go", "like", "love",
            "rather", "do", "make", "feel", "been", "had", "need", "want", "ever", "always", "prefer", "stay", "come",
            "manage", "try", "miss", "cope", "know", "just", "probably");

    /** Words after which dialect "me" may mean "my" ("in me coat", "with me mam"); never "to me", "for me". */
    private static final Set<String> ME_AFTER = Set.of("in", "on", "at", "with", "from", "into", "under", "round",
            "off", "through", "onto", "behind", "sign", "lost", "wrecked");

    /** Words after "me" that show it stays "me" ("told me off", "with me and the kids", "to me today"). */
    private static final Set<String> ME_STAYS = Set.of("a", "an", "the", "and", "or", "but", "to", "too", "so", "up",
            "down", "out", "in", "on", "off", "now", "again", "back", "here", "there", "that", "this", "then", "as",
            "at", "for", "from", "with", "because", "cos", "if", "when", "alone", "yesterday", "today", "tonight",
            "tomorrow", "last", "every", "once", "twice", "anyway", "either", "like", "really", "though", "tho", "lol",
            "x", "feel", "feeling", "by", "all", "about", "over", "more", "less", "much", "some", "any",
            "one", "what", "how", "why", "where", "who", "it", "he", "she", "they", "you", "i", "we", "not", "no",
            "properly", "sick", "mad", "crazy", "happy", "sad", "better", "worse", "going", "into", "round", "through",
            "instead", "please", "ta", "thanks", "mate", "love", "pal", "hun", "anymore", "sometimes", "later", "first",
            "after", "before", "while", "until", "till", "cause", "coz", "haha", "ok", "xx", "innit", "eh", "aye");

    /** Whether dialect "me" before a noun means "my": "me own name", "in me coat", never "told me off". */
    private static boolean possessiveMe(String before, String after) {
        return after.equals("own") || (ME_AFTER.contains(before) && !ME_STAYS.contains(after)
                && after.chars().allMatch(Character::isLetter));
    }

    /** A quotation opened inside the clause. */
    private static final Pattern QUOTED = Pattern.compile("(^|\\s)[\"'\u2018\u201c]\\S");

    /** Someone else's subject starting a second clause with no join before it. */
    private static final Set<String> RUN_ON = Set.of("he", "she", "hes", "shes", "he's", "she's", "theyre", "they're");

    /** Words after which "he" or "she" belongs to the same clause ("said she", "and he", "that she"). */
    private static final Set<String> LEADS_IN = Set.of("and", "but", "that", "because", "cos", "when", "if", "so", "as",
            "said", "says", "think", "thought", "know", "knew", "hope", "until", "till", "before", "after", "where",
            "while", "whether", "since", "like", "how", "what", "who", "tell", "see", "saw", "feel", "felt", "hear",
            "heard", "bet", "reckon", "guess", "wish", "worry", "worried", "scared", "afraid", "glad", "sure", "noticed",
            "notice", "realised", "realized", "found", "means", "mean");

    /** Words of when or how often that may come before the subject ("three times I've been on hold"). */
    private static final Set<String> WHEN = Set.of("once", "twice", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "many", "few", "several", "hundred",
            "times", "time", "last", "night", "week", "month", "year", "today", "yesterday", "tonight", "this",
            "morning", "evening", "afternoon", "every", "each", "day", "all", "again", "and", "honestly", "then",
            "now", "sometimes", "often", "still", "lately", "recently", "anyway", "so", "some", "days", "nights",
            "weekend", "ago", "since", "for", "years", "weeks", "months", "the", "other", "first", "at", "least",
            "just", "but", "well", "oh", "yeah", "aye", "tbh", "ngl", "like", "literally", "actually");

    /** A word capitalised only because it starts the sentence ("Had", "Went"), in lower case; "OK", "I" kept. */
    private static String capitalOfSentence(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(1).equals(lower(w.substring(1)))
                ? lower(w) : w;
    }

    /** "I suppose ...", "I guess ...": the clause that matters is the one they hedge, often not about them. */
    private static final Set<String> HEDGES = Set.of("suppose", "guess", "reckon", "think", "mean", "know", "dunno",
            "bet", "imagine", "expect", "believe");

    /** Names they call themselves: given back, they would sound agreed with. */
    private static final Set<String> SELF_CRITICAL = Set.of("such", "stupid", "idiot", "useless", "pathetic",
            "failure", "baby", "wimp", "burden", "loser", "worthless", "hopeless", "weak", "rubbish", "mess", "wreck",
            "selfish", "ugly", "fat", "disgusting", "horrible", "awful", "terrible", "bad", "lazy", "crazy", "mad",
            "nuts", "psycho", "dramatic", "hypochondriac", "joke", "fraud", "waste", "disappointment");

    private static boolean selfCritical(List<String> words) {
        String first = lower(words.get(0));
        if (!first.equals("im") && !first.equals("i'm") && !(first.equals("i") && words.size() > 2
                && lower(words.get(1)).equals("am"))) {
            return false;
        }
        for (String w : words) {
            if (SELF_CRITICAL.contains(lower(w))) {
                return true;
            }
        }
        return false;
    }

    /** NEVER split once: whole words, plain prefixes ("kill*"), and entries with a star inside ("f*ck*"). */
    private static final Set<String> NEVER_WORDS = Set.copyOf(NEVER.stream().filter(n -> !n.contains("*")).toList());
    private static final java.util.Map<Character, List<String>> NEVER_PREFIXES = NEVER.stream()
            .filter(n -> n.endsWith("*") && n.indexOf('*') == n.length() - 1)
            .map(n -> n.substring(0, n.length() - 1))
            .collect(java.util.stream.Collectors.groupingBy(n -> n.charAt(0)));
    /** Entries with a star inside, without their trailing star; and whether each had one (then any ending). */
    private static final List<String> NEVER_STARRED = NEVER.stream()
            .filter(n -> n.indexOf('*') >= 0 && n.indexOf('*') < n.length() - 1)
            .map(n -> n.endsWith("*") ? n.substring(0, n.length() - 1) : n).toList();
    private static final List<Boolean> NEVER_STARRED_OPEN = NEVER.stream()
            .filter(n -> n.indexOf('*') >= 0 && n.indexOf('*') < n.length() - 1).map(n -> n.endsWith("*")).toList();

    private static boolean never(String word) {
        if (NEVER_WORDS.contains(word)) {
            return true;
        }
        if (!word.isEmpty()) {
            for (String p : NEVER_PREFIXES.getOrDefault(word.charAt(0), List.of())) {
                if (word.startsWith(p)) {
                    return true;
                }
            }
        }
        for (int i = 0; i < NEVER_STARRED.size(); i++) {
            String body = NEVER_STARRED.get(i);
            boolean open = NEVER_STARRED_OPEN.get(i);
            if ((open ? word.length() >= body.length() : word.length() == body.length()) && sameWithStars(body, word)) {
                return true;
            }
        }
        return false;
    }

    /** A star inside an entry ("f*ck") stands for any one letter. */
    private static boolean sameWithStars(String body, String word) {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) != '*' && body.charAt(i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The word without the marks around it ("(yes!!)" is "yes"); apostrophes inside stay. */
    private static String edgesTrimmed(String w) {
        int from = 0;
        int to = w.length();
        while (from < to && !kept(w.charAt(from))) {
            from++;
        }
        while (to > from && !kept(w.charAt(to - 1))) {
            to--;
        }
        return w.substring(from, to);
    }

    private static boolean kept(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
