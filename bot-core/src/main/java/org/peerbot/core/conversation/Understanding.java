package org.peerbot.core.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peerbot.core.conversation.CueBook.Cue;
import org.peerbot.core.conversation.Reading.BotQuestion;
import org.peerbot.core.conversation.Reading.Echo;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;

/**
 * Reads a member message for the planner: its intents, topics and the safe words that may be reflected. It adds to
 * what triage found and never overrides safety: crisis and clinical messages never reach the planner.
 *
 * <p>The word lists live in {@code peerbot/conversation/cues-en.txt}. Only words on the reflection lists are ever
 * given back, so names, numbers, medicines and method words cannot be echoed whatever the member writes.
 *
 * <p>Over 300 lines on purpose: it holds one small reading per kind of message (news, loss, goodbyes, requests,
 * feelings, what may be reflected), each a few lines over the word lists, and they share the clause splitting and
 * the scoping that keep them from misreading each other. The words themselves are data, not code.
 */
public final class Understanding {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "any");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "dont", "didnt", "doesnt", "isnt",
            "wasnt", "arent", "werent", "wont", "cant", "couldnt", "wouldnt", "havent", "hasnt", "hadnt", "wish",
            "hope", "hoping", "if", "nobody", "nothing", "without", "barely", "hardly", "scarcely");
    private static final Set<String> REQUEST = Set.of("can", "could", "want", "wanna", "like", "need", "please",
            "is", "are", "any", "anyone", "anybody", "where", "who", "how", "would", "looking", "help", "wish",
            "connect", "find", "id", "rather", "prefer");
    /** Words that ask in so many words, without "who", "is" or "are" (which also tell: "the one who made us laugh"). */
    private static final Set<String> PLAIN_ASKS = Set.of("can", "could", "want", "wanna", "need", "please", "any",
            "anyone", "anybody", "where", "looking", "find", "wish", "id", "would", "help");
    /**
     * Whether a message without a question mark plainly asks, for the model's request readings: a word that only asks
     * ("could", "please", "anyone", "where"), a want or a need of something ("need someone", "want a group"), or help
     * for themselves ("help me", "help with"). "I really want to go" and "who's going to help her" tell; they do not
     * ask for a service.
     */
    private static boolean plainlyAsks(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (ONLY_ASKS.contains(w) || (i == 0 && (w.equals("who") || w.equals("how")))) {
                return true; // "who do I ring about PIP" asks from its first word
            }
            if ((w.equals("is") || w.equals("are")) && i + 1 < words.length && words[i + 1].equals("there")) {
                return true; // "is there anything for people like me"
            }
            if (WANTS.contains(w) && anyAfter(words, i, 3, WANTED)) {
                return true;
            }
            if (w.equals("help") && i + 1 < words.length && HELP_FOR.contains(words[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ONLY_ASKS = Set.of("can", "could", "please", "any", "anyone", "anybody",
            "where", "looking", "find", "connect");
    private static final Set<String> WANTS = Set.of("want", "wanna", "need", "wish", "id", "would");
    private static final Set<String> WANTED = Set.of("a", "an", "some", "someone", "somebody", "help", "talk", "speak",
            "chat", "support", "advice", "info", "information", "number", "counselling", "counseling", "therapy",
            "therapist", "counsellor", "group", "helpline", "nurse", "doctor", "gp", "person", "human", "volunteer",
            "service", "services", "contact", "details");
    private static final Set<String> HELP_FOR = Set.of("me", "with", "us", "finding", "getting", "for");

    private static final Set<String> FEELING_LEAD = Set.of("feel", "feeling", "feels", "felt", "im", "am", "so",
            "really", "very", "been", "just", "totally", "completely", "bit", "quite", "pretty", "too", "more",
            "always", "getting", "get", "gets", "was", "proper", "utterly", "absolutely", "bloody", "dead", "well",
            "super", "extremely", "incredibly", "kinda", "sorta", "little", "seriously", "honestly", "literally",
            "properly", "feelin", "abit", "rather", "fairly", "that", "and", "but", "still", "this", "pure", "weirdly",
            "strangely", "oddly");
    private static final Set<String> THANKS_FILLER = Set.of("so", "much", "very", "really", "lot", "a", "for", "that",
            "this", "the", "you", "u", "again", "x", "xx", "xxx", "listening", "chat", "chatting", "talk", "talking",
            "help", "your", "time", "all", "lovely", "bot", "peerbot", "oh", "ok", "okay", "many", "loads", "it",
            "and", "to", "me", "hearing", "being", "there", "kind", "nice", "of", "just", "i", "wanted", "want", "say",
            "dear", "hun", "hon", "love", "mate", "have", "been", "youve", "ve", "such", "great", "ever",
            "saying", "with", "here", "awake", "around", "today", "tonight", "earlier", "before", "yesterday");
    private static final Set<String> AFTER_GOODBYE = Set.of("now", "soon", "bye", "then", "anyway", "x", "xx", "xxx",
            "lol", "though", "tonight", "today", "for", "a", "bit", "while", "later", "thanks", "thank", "you",
            "again", "love", "guys", "all", "and", "the", "my", "in", "some", "little", "night", "done", "off");
    /** Just before a goodbye word, words that make it a time rather than leaving ("last nite", "a good night"). */
    private static final Set<String> NOT_LEAVING_BEFORE = Set.of("last", "every", "all", "at", "one", "a", "that",
            "each", "most", "some",
            // session 28: "scared of going to bed like a kid", "I dread going to bed": a fear of it, not leaving
            "of", "about", "dread", "dreading", "hate", "fear", "avoid", "avoiding", "before");
    /** Others who may be "saying goodbye" in the member's story (not the member leaving). */
    private static final Set<String> OTHERS_SAYING = Set.of("theyre", "they", "hes", "shes", "he", "she", "everyone",
            "everybody", "people", "were", "like", "all");
    /** "can't talk to anyone about it" tells; it does not ask for a person. */
    private static final Set<String> TALK = Set.of("talk", "speak", "chat", "tell");
    /** Emoji alone: crying or heartbreak is heard as upset; a thumbs up or an OK hand as a short yes. */
    private static final String UPSET_EMOJI = "\\x{1F62D}\\x{1F622}\\x{1F625}\\x{1F61E}\\x{1F614}\\x{1F494}\\x{1F97A}"
            + "\\x{2639}\\x{1F641}\\x{1F63F}\\x{1F629}\\x{1F62B}";
    /** Where a message's sentences end, and (with commas) its clauses; compiled once, as a reading runs per message. */
    private static final java.util.regex.Pattern SENTENCES = java.util.regex.Pattern.compile("[.!?\\n;]+");
    private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile("[.!?\\n;,]+");
    private static final java.util.regex.Pattern UPSET = java.util.regex.Pattern.compile("[" + UPSET_EMOJI + "]");
    /** A thumbs up, an OK hand, a smile, a heart or folded hands alone: a short warm "yes", not news to read. */
    private static final java.util.regex.Pattern NODS = java.util.regex.Pattern.compile(
            "[\\x{1F44D}\\x{1F44C}\\x{1F642}\\x{1F60A}\\x{263A}\\x{2764}\\x{1F495}\\x{1F496}\\x{1F497}"
            + "\\x{1F499}\\x{1F49A}\\x{1F49B}\\x{1F49C}\\x{1F9E1}\\x{1F970}\\x{1F60D}\\x{1F64F}]");
    private static final java.util.regex.Pattern CELEBRATION = java.util.regex.Pattern.compile(
            "[\\x{1F389}\\x{1F973}\\x{1F64C}\\x{1F38A}\\x{1F942}\\x{1F37E}]");
    /** Laughing or crying-laughing emoji: humour, read only beside something hard. */
    private static final java.util.regex.Pattern LAUGHING = java.util.regex.Pattern.compile(
            "[\\x{1F602}\\x{1F923}\\x{1F605}\\x{1F643}]");
    /** Laughing out loud (not the wry or upside-down face of "I'm FINE 🙃"): something funny, told as funny. */
    private static final java.util.regex.Pattern LAUGHING_OUT_LOUD = java.util.regex.Pattern.compile(
            "[\\x{1F602}\\x{1F923}\\x{1F606}\\x{1F604}]");
    /**
     * Words that make a laugh dark humour about the body or dying ("my lungs are on strike, I'll be pushing up daisies
     * 😂"), met by the planner's humour line, never laughed along with.
     */
    private static final Set<String> NOT_JUST_FUNNY = Set.of("daisies", "dead", "die", "dying", "died", "grave",
            "coffin", "funeral", "kill", "killing", "lungs", "pancreas", "kidneys", "liver", "heart", "chemo",
            "hospital", "pain", "ambulance", "sugar", "sugars", "hypo", "scan", "cancer");
    /** Words of a request beside a laugh ("pls don't tell me to have a warm bath lol"): not a joke to laugh along with. */
    private static final Set<String> ASKS_NOT = Set.of("dont", "please", "pls", "plz", "stop");
    private static final Set<Intent> FROM_MODEL = EnumSet.of(Intent.WANTS_PERSON, Intent.WANTS_SERVICE,
            Intent.BOT_QUESTION, Intent.THANKS);
    private static final Set<String> BUT = Set.of("but", "though", "tho", "however", "except");
    private static final Set<String> OTHERS = Set.of("his", "her", "their", "mums", "moms", "dads", "nans",
            "grans", "husbands", "wifes", "partners", "sons", "daughters", "sisters", "brothers", "friends");

    /** Places that say where someone is ("mum's home from hospital"): news about the person, not the place. */
    private static final Set<String> WHERE_THEY_ARE = Set.of("thing:home", "thing:hospital");

    /** After a person, words that make them the one who passed something on ("my neighbour said I should try it"). */
    private static final Set<String> PASSED_ON = Set.of("said", "says", "told", "suggested", "recommended",
            "reckons", "reckoned", "mentioned", "sent", "thought");

    /** Words for a person spoken of, not named: "she won't talk to me about it". */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "hes", "shes", "his", "hers", "hed", "shed");

    private static final Set<String> FUTURE = Set.of("tomorrow", "tomorrows", "next", "week", "weekend", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "month", "year", "soon", "after");
    private static final Set<String> NOT_YET = Set.of("yet", "but", "tho", "though", "still", "unless", "until",
            "however");
    private static final Set<String> ASKS_WHO = Set.of("who", "where", "which", "anyone", "anybody", "anything",
            "anywhere");
    /** Before a condition, words that say it was just found ("they told me it's MS"). */
    private static final Set<String> TOLD = Set.of("told", "said", "confirmed", "diagnosed", "diagnosis", "turns",
            "found", "results", "tests", "scan");

    /** Words that ask for a place or an organisation rather than a person ("is there anywhere..."). */
    private static final Set<String> PLACE_WORDS = Set.of("anywhere", "where", "somewhere", "service", "services",
            "helpline", "charity", "charities", "organisation", "organisations", "group", "groups", "line");
    /** Between words and a following person: no determiner stands in between, so the person is theirs. */
    private static final Set<String> BOUNDARY = Set.of("even", "also", "and", "but", "or", "with", "about", "to",
            "for", "of", "from", "at", "by", "on", "in", "is", "was", "are", "were", "has", "had", "have", "just",
            "only", "so", "then", "when", "because", "as", "if", "told", "tell", "asked", "ask", "said", "called");

    /** "lost my brother", "losing the dog": a loss when the person or pet follows. */
    private static final Set<String> LOSING = Set.of("lost", "losing", "lose", "loss");
    /** Words that, straight after a person, say they died ("dad passed"), unless a thing follows ("passed his test"). */
    private static final Set<String> DIED_AFTER = Set.of("passed", "died");
    private static final Set<String> NOT_A_DEATH_AFTER = Set.of("his", "her", "my", "the", "a", "an", "their", "it",
            "its", "all", "every", "me", "out", "by", "on", "over", "round", "away");
    /** Words that judge the member in a role ("the worst mum going", "a rubbish dad"). */
    private static final Set<String> SELF_JUDGED = Set.of("worst", "bad", "terrible", "rubbish", "useless", "awful",
            "crap", "failure", "better", "shit", "shite", "lousy");

    /** The roles a member judges themselves in. */
    private static final Set<String> PARENT_ROLES = Set.of("mum", "mam", "mom", "mother", "dad", "father", "parent",
            "wife", "husband", "daughter", "son", "grandma", "nan", "grandad", "carer");

    /** Before a person: someone else's or nobody in particular ("her mum", "a friend"), so not theirs to give back. */
    private static final Set<String> NOT_OWNERS = Set.of("his", "her", "their", "your", "ur", "a", "an", "someones",
            "somebodys", "whose", "any", "every", "no", "other", "another", "this", "that", "these", "those", "some",
            "each", "anyones", "everyones", "like");

    private static final Understanding ENGLISH = new Understanding(CueBook.load(CueBook.ENGLISH));

    private final CueBook cues;
    private final List<Cue> relations;
    private final List<Cue> things;
    private final List<Cue> feelings;
    private final List<Cue> conditions;
    private final List<Cue> grievances;
    private final Set<String> goodFeelings;
    private final Set<String> feelingsNeedingLead;
    private final Set<String> bareFeelings;
    private final Set<String> relationWords;
    private final Map<String, Set<String>> languages = new HashMap<>();
    private final Set<String> shortReplies;
    /** Whole messages that only react to the reply before ("aww", "ha", "yep"): the reaction cue section. */
    private final Set<String> reactionWords;
    private final Set<String> thanksWords;
    private final Map<String, Echo> echoes = new HashMap<>();
    /**
     * The word lists' cues by first word, built once: a reading asks for the present cues of a list many times, and
     * walking every cue of a long list each time was a large part of an engine turn. Keyed by the list itself.
     */
    private final Map<List<Cue>, CueBook.FirstWords> firstWords = new java.util.IdentityHashMap<>();

    Understanding(CueBook cues) {
        this.cues = cues;
        this.relations = longestFirst(cues.section("reflect:relation"));
        this.things = longestFirst(cues.section("reflect:thing"));
        this.feelings = longestFirst(cues.section("reflect:feeling"));
        this.conditions = longestFirst(cues.section("reflect:condition"));
        this.grievances = longestFirst(cues.section("reflect:grievance"));
        for (List<Cue> list : List.of(relations, things, feelings, conditions, grievances)) {
            firstWords.put(list, CueBook.FirstWords.of(list));
        }
        Set<String> good = new LinkedHashSet<>();
        cues.section("feeling:good").forEach(c -> good.add(c.key()));
        this.goodFeelings = Set.copyOf(good);
        Set<String> led = new LinkedHashSet<>();
        cues.section("feeling:needs_lead").forEach(c -> led.add(c.key()));
        this.feelingsNeedingLead = Set.copyOf(led);
        Set<String> bare = new LinkedHashSet<>();
        cues.section("feeling:bare").forEach(c -> bare.add(c.key()));
        this.bareFeelings = Set.copyOf(bare);
        Set<String> rel = new LinkedHashSet<>();
        relations.forEach(c -> {
            if (c.words().length == 1) {
                rel.add(c.key());
            }
        });
        this.relationWords = Set.copyOf(rel);
        for (String section : cues.sectionsStartingWith("lang:")) {
            Set<String> words = new LinkedHashSet<>();
            cues.section(section).forEach(c -> words.add(c.key()));
            languages.put(section.substring("lang:".length()), Set.copyOf(words));
        }
        this.shortReplies = keys("short");
        this.reactionWords = keys("reaction");
        Set<String> thanked = new HashSet<>();
        cues.section("thanks").forEach(c -> thanked.addAll(List.of(c.words())));
        this.thanksWords = Set.copyOf(thanked);
        relations.forEach(c -> echoes.put("relation:" + c.key(), new Echo("relation:" + c.key(), c.shownAs(), false)));
        things.forEach(c -> echoes.put("thing:" + c.key(), new Echo("thing:" + c.key(), c.shownAs(), false)));
        conditions.forEach(c -> echoes.put("condition:" + c.key(), new Echo("condition:" + c.key(), c.shownAs(),
                false)));
    }

    /** The words a stored reflection key stands for ("relation:mum" is "your mum"), or null when unknown. */
    Echo echoFor(String key) {
        return echoes.get(key);
    }

    /** The shipped English cues. */
    public static Understanding english() {
        return ENGLISH;
    }

    /** Directory topic ids a message is about, in the order of the word lists. */
    public List<String> topics(String text) {
        return topics(CueBook.tokens(text == null ? "" : text));
    }

    private List<String> topics(String[] words) {
        List<String> out = new ArrayList<>();
        for (String section : cues.sectionsStartingWith("topic:")) {
            if (cues.first(section, words) != null) {
                out.add(section.substring("topic:".length()));
            }
        }
        return out;
    }

    /** After "I miss" / "still miss": a thing or a doing ("the drive", "going out", "my job"), not a person. */
    private static boolean missesAThing(CueBook.Match m, String[] words) {
        String[] cue = m.cue().words();
        if (!List.of(cue).contains("miss")) {
            return false;
        }
        int end = CueBook.endAt(cue, words, m.at());
        if (end < 0 || end >= words.length) {
            return false;
        }
        String next = words[end];
        String after = end + 1 < words.length ? words[end + 1] : "";
        return MISSED_THINGS.contains(next) || (next.endsWith("ing") && next.length() > 4)
                || (next.equals("my") && MISSED_THINGS.contains(after));
    }

    private static final Set<String> MISSED_THINGS = Set.of("the", "a", "an", "it", "that", "this", "those", "work",
            "job", "driving", "food", "sugar", "chocolate", "wine", "beer", "cake", "bread", "garden", "allotment",
            "car", "freedom", "independence", "life", "old", "home", "house", "routine", "sport", "football", "hair",
            "body", "energy", "sleep", "holidays", "going", "being", "doing", "having");

    /** Whether the message has a word of violence, a weapon, fear, control or a plan against someone. */
    public boolean namesDanger(String text) {
        String[] words = CueBook.read(text == null ? "" : text).words();
        for (Cue cue : cues.candidates("danger_words", words)) {
            for (int at : CueBook.places(cue, words)) {
                if (!anyBefore(words, at, 2, NOT_DONE) && !theirOwnFear(cue, words, at)) {
                    return true;
                }
            }
        }
        return false; // "my husband hasn't touched me since the operation" names no harm done
    }

    /**
     * A fear that is someone else's own, with nothing they fear named ("I think he's scared" of a husband gone quiet
     * since the diagnosis): no danger to anyone. "She's scared of him" still names one.
     */
    private static boolean theirOwnFear(Cue cue, String[] words, int at) {
        int end = at + cue.words().length;
        // "he's scared of her" names someone to fear; "wondering if he's scared of me now" (a son since the hospital)
        // is someone's fear of the member, no danger to them
        boolean ofTheMember = end + 1 < words.length && words[end].equals("of")
                && (words[end + 1].equals("me") || words[end + 1].equals("us"));
        boolean feared = end < words.length && FEAR_OBJECT.contains(words[end]) && !ofTheMember;
        return FEAR_WORDS.contains(cue.key()) && anyBefore(words, at, 2, SOMEONE_IS) && !feared;
    }

    private static final Set<String> FEAR_WORDS = Set.of("scared", "scare*", "afraid", "frightened", "terrified",
            "fear*");
    private static final Set<String> SOMEONE_IS = Set.of("hes", "shes", "theyre");
    private static final Set<String> FEAR_OBJECT = Set.of("of", "to", "for", "that", "hell", "shell", "theyll");

    /** Words that say a thing was not done, just before it ("hasn't touched me", "never hit me"). */
    private static final Set<String> NOT_DONE = Set.of("hasnt", "havent", "hadnt", "doesnt", "didnt", "never",
            "not", "wont", "wouldnt");

    /** Whether the message has any word of dying, an ending, not being here, means or harm ([risk_words]). */
    public boolean namesRisk(String text) {
        return says("risk_words", text);
    }

    /**
     * Whether the message has a saying whose words sound like harm and are not ("she'll be the death of me", "could
     * murder a brew"; an [idiom] with a word of dying or killing): the sentence model alone leaning to risk there adds
     * no line beside the reply.
     */
    public boolean speaksInIdiom(String text) {
        for (CueBook.Match m : cues.all("idiom", CueBook.read(text == null ? "" : text).words())) {
            for (String w : m.cue().words()) {
                if (HARM_SOUNDING.contains(w)) {
                    return true; // "doing my head in" sounds like no harm: the model's leaning there keeps its line
                }
            }
        }
        return false;
    }

    /** Words that make a saying sound like harm ("the death of me", "could kill for a brew"). */
    private static final Set<String> HARM_SOUNDING = Set.of("die", "dying", "died", "dead", "death", "kill",
            "killing", "killed", "murder", "murdered", "shoot", "shot", "strangle", "throttle", "hang", "jump");

    /**
     * Whether the message hints at giving up or an end in everyday words ("what's the point", "wouldn't care if I got
     * hit by a bus", "had enough of it all"; [risk_hint]): words that ask for the gentle direct question when the
     * sentence model alone leans to risk, where a message without them gets only a 24/7 line beside the reply.
     */
    public boolean hintsRisk(String text) {
        String[] words = CueBook.read(text == null ? "" : text).words();
        boolean toldADeath = deathNotDenied(words);
        for (CueBook.Match m : cues.all("risk_hint", words)) {
            if (!(toldADeath && DEATH_WORDS.contains(m.cue().key()))) {
                return true; // "he died in March" tells of a loss: the word of death is theirs, not a hint
            }
        }
        return false;
    }

    private static final Set<String> DEATH_WORDS = Set.of("dies", "died", "dead", "death");

    /** Whether the message makes small what they told ("don't make a fuss", "forget I said anything"; [minimise]). */
    public boolean minimises(String text) {
        return says("minimise", text);
    }

    /** Whether the message tells of calm or peace about what was told ([calm_after]): after risk, a warning sign. */
    public boolean calmAfter(String text) {
        return says("calm_after", text);
    }

    /** The whole-message phrases of a cue section ("short", "reaction"), as one set. */
    private Set<String> keys(String section) {
        Set<String> out = new LinkedHashSet<>();
        cues.section(section).forEach(c -> out.add(c.key()));
        return Set.copyOf(out);
    }

    /** Whether a cue of the word-list section stands anywhere in the message. */
    private boolean says(String section, String text) {
        return cues.first(section, CueBook.read(text == null ? "" : text).words()) != null;
    }

    public Reading read(String text, TriageResult triage) {
        // "[sticker: cartoon cat lying face-down] chemo round 4 of 6 yesterday": a sticker or gif described in
        // brackets is how they feel, not a cat or a carpet in their life; only their own words are read
        String said = text == null ? "" : DESCRIBED_MEDIA.matcher(text).replaceAll(" ").strip();
        String raw = said.isEmpty() && text != null ? text : said;
        // "my sister's baby", "my knee's swollen": a possessive read as the word itself, never as a plural
        CueBook.Tokens read = CueBook.read(raw);
        String[] all = read.words();
        boolean[] owner = read.owners();
        // Idioms are blanked for reading news, loss and feelings ("I died laughing" is not a death); so is a member's
        // "back again" greeting at the start ("back again, the tribunal was today and we won" is not a relapse).
        boolean returning = returning(all);
        String[] words = cues.masked("idiom", returning ? greetingMasked(all) : all);
        String[] stems = stems(words, owner);
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        // From the semantic layer, only the readings whose errors are mild: a request (and only one that asks), a
        // question to the bot, thanks. News, loss and strengths set the tone of the reply ("sorry for your loss" to
        // "mum's a bit better"), and a goodbye read wrongly closes on someone who is staying ("can't switch off
        // tonight"), so those come from the word lists alone.
        for (Intent i : triage.intents()) {
            if (FROM_MODEL.contains(i)) {
                intents.add(i);
            }
        }
        CueBook.Match setUp = cues.first("helper_set_up", words);
        boolean newcomer = cues.first("new_here", words) != null || setUp != null;
        if (newcomer && cues.first("thanks", words) == null) {
            // "I am new here" can lie near thanks for the model: a newcomer is welcomed, not told "you're welcome"
            intents.remove(Intent.THANKS);
        }
        boolean question = raw.indexOf('?') >= 0;
        boolean asking = question || anyOf(words, REQUEST);
        if (!question && !plainlyAsks(words)) {
            // The model's request readings need a message that plainly asks: "my PIP assessment is on Monday" is
            // not a request for a service, though it has "is" in it.
            intents.remove(Intent.WANTS_PERSON);
            intents.remove(Intent.WANTS_SERVICE);
        }
        if (!asking) {
            // A request, from whichever source, is only a request when it asks ("it's nice to talk to someone").
            intents.remove(Intent.WANTS_PERSON);
            intents.remove(Intent.WANTS_SERVICE);
        }
        switch (triage.category()) {
            // "it's nice to talk to someone" tells; "can I talk to someone?" asks. Only a request is queued.
            case HUMAN -> {
                if (asking && (question || !triage.readByModelAlone() || plainlyAsks(words))) {
                    intents.add(Intent.WANTS_PERSON);
                }
            }
            // "my GP put me on a waiting list for therapy" tells; it does not ask. Only a request is signposted.
            case SERVICES -> {
                if (asking && (question || !triage.readByModelAlone() || plainlyAsks(words))) {
                    intents.add(Intent.WANTS_SERVICE); // the model alone: only a message that plainly asks
                }
            }
            // A goodbye the rules read; not one the model lifted ("can't switch off tonight" is not leaving).
            case GOODBYE -> {
                if (!triage.rules().contains(TriageResult.MODEL_GOODBYE)) {
                    intents.add(Intent.GOODBYE);
                }
            }
            default -> { }
        }
        if (cues.first("correction", words) != null) {
            intents.add(Intent.CORRECTION); // owned before anything else is said back
        }
        if (triage.has(Signal.THANKS) || cues.first("thanks", cues.masked("not_thanks", words)) != null) {
            intents.add(Intent.THANKS);
        }
        boolean backSoon = cues.first("back_soon", words) != null;
        if (isGoodbye(raw) && !backSoon) { // "brb mum's calling" steps away; it does not leave
            intents.add(Intent.GOODBYE);
        }
        boolean family = familyNews(words); // read once: news, the person given back and the extra all use it
        boolean storyAfter = storyAfterCalmStart(raw);
        if (goodNewsTheirs(words, storyAfter) || family || CELEBRATION.matcher(raw).find()
                || goodNewsAlone(raw)) {
            intents.add(Intent.GOOD_NEWS);
        }
        if (goodResultNow(words, storyAfter)) {
            intents.add(Intent.GOOD_NEWS); // "then he said the tumour has shrunk": a good result is good news, in any telling
        }
        if (cues.first("worse_numbers", words) != null) {
            // "only pumping at 30 percent now, down from 40": a number where lower is worse; "down from" is not good here
            intents.remove(Intent.GOOD_NEWS);
            intents.add(Intent.BAD_NEWS);
        }
        int hardNews = separateHardNews(words);
        // "my dad's going to be so disappointed": the other person's feeling, feared; not news, and not theirs
        boolean letDown = cues.first("let_down", words) != null;
        String[] unfeared = letDown ? cues.masked("let_down", words) : words;
        if (cues.first("bad_news", unfeared) != null && !onlyPastFailures(words) && !onlyFeared(words)
                && !onlyAsATime(words)) {
            intents.add(Intent.BAD_NEWS);
        }
        if (intents.contains(Intent.GOOD_NEWS) && butAfterGoodNews(words) && !onlyAFeelingAfterBut(words)
                && !goodAfterBut(words)) {
            intents.add(Intent.BAD_NEWS); // "offered a job, but it means moving away": good and hard together
        }
        // "Wonderful news everybody!! ... Depression is such a gift", "love that for me": the good words are bitter, and
        // what they tell is a blow, heard as one
        boolean sarcastic = cues.first("sarcasm", words) != null;
        if (sarcastic) {
            intents.remove(Intent.GOOD_NEWS);
        }
        String[] own = depossessed(stems);
        // a name is looked for only when a capital stands after the first word, and the message is not in title case
        boolean mayName = CAPITAL_AFTER_START.matcher(raw).find() && !titleCase(raw);
        Set<String> names = mayName ? givenNames(raw) : Set.of();
        Echo lost = lostSomeone(own, words, owner, names);
        Echo lostOther = lost == null ? someoneElseLost(own, words, owner, names) : null;
        Echo gone = lost == null ? goneAtClose(raw) : null;
        if (gone != null) {
            // "he's gone. 42 years married", "since my wife went": gone said to close a sentence, of a person
            intents.add(Intent.LOSS);
            lost = gone == GONE_UNNAMED ? null : gone;
        }
        boolean unnamedLoss = lost == null && lostOther == null && cues.first("loss_unnamed", words) != null;
        if (unnamedLoss) {
            intents.add(Intent.LOSS); // "cleared Brian's wardrobe", "would have been her 60th": sorry, no one named
        }
        // deaths in something they read or watched ("a tiktok about people dying in their sleep") are no loss of theirs
        boolean readAbout = cues.first("read_online", words) != null;
        if ((deathNotDenied(words) && !readAbout) || lost != null || NAMED_DEATH_FIRST.matcher(raw).find()) {
            intents.add(Intent.LOSS);
            if (!goodResultThenBut(words)) {
                intents.remove(Intent.GOOD_NEWS); // "she passed last night" is not an exam
            }
        }
        if (triage.has(Signal.END_OF_LIFE) && !NAMED_DEATH_FIRST.matcher(raw).find()) {
            // their own death told calmly ("planning the funeral with my daughter this afternoon ... I want Highway to
            // Hell going in"): no one was lost, and the one named beside it is not mourned ("sorry about your daughter")
            intents.remove(Intent.LOSS);
            lost = null;
        }
        if (toldACondition(words)) {
            intents.add(Intent.BAD_NEWS); // "they told me today it's MS": a diagnosis, in any words
        }
        if (cues.first("venting", words) != null) {
            intents.add(Intent.VENTING);
        }
        // tears are never praised as a step ("had a cry, first time in ages"), nor is joining the group or the forum
        // that frightened them ("joined a facebook group ... now I'm reading every post at 2am")
        if (unnegated("strength", words) && !anyOf(words, TEARS) && cues.first("taste_lost", words) == null
                && cues.first("step_undone", words) == null && !readAbout) {
            intents.add(Intent.STRENGTH);
        }
        // "well its nice to have someone to talk to. ill let you go now love": the chat is thanked, no one is asked for
        // "is there anyone at the hospital I can complain to?", "anyone who can tell me my rights at work": a service
        // asked for (PALS, Citizens Advice), not a volunteer to talk to (session 34, blind-27)
        if (asking && unnegated("person", cues.masked("person_had", words)) && !anyOf(words, COMPLAINT_OR_RIGHTS)) {
            intents.add(Intent.WANTS_PERSON);
        }
        if (asking && unnegated("service", words)) {
            intents.add(Intent.WANTS_SERVICE);
        }
        BotQuestion bot = botQuestion(words);
        if (triage.has(Signal.ASKS_IF_BOT) && bot == null) {
            bot = BotQuestion.PERSON;
        }
        if (bot == null && intents.contains(Intent.BOT_QUESTION)) {
            bot = BotQuestion.PERSON; // the model heard a question to the bot: the honest answer covers any kind
        }
        if (bot == BotQuestion.ACT && words.length > 12) {
            // asked to act inside a longer message ("could you ring my GP for me ... I hate the phone"): the rest is
            // listened to as usual, and the planner adds what the bot can't do (Planner.thenWhatTheBotCannotDo)
            intents.remove(Intent.BOT_QUESTION);
        } else if (bot != null) {
            intents.add(Intent.BOT_QUESTION);
        }
        Echo closed = null;
        if (words.length > 0 && words.length <= 3 && shortReplies.contains(String.join(" ", words))) {
            intents.add(Intent.SHORT_REPLY);
        } else if (words.length <= 10 && closedShort(raw)) {
            // "Fine. Managing, just about.", "yeah. not much to say tbh", "Och it's fine. Mustn't grumble.": a closed
            // answer in a few short pieces is met as one, with no push for more
            intents.add(Intent.SHORT_REPLY);
            closed = shownCue("short_closed", "closed:", words);
        }
        boolean upsetEmoji = words.length == 0 && UPSET.matcher(raw).find();
        if (words.length == 0 && !upsetEmoji && NODS.matcher(raw).find()) {
            intents.add(Intent.SHORT_REPLY); // a thumbs up alone is a short "yes", not a message to read
        }
        String language = language(raw, words);
        if (language != null) {
            intents.add(Intent.OTHER_LANGUAGE);
        }
        // "who helps people with PIP forms" asks for help; it does not say the chat helped
        boolean helped = unnegated("helped", words) && !anyOf(words, ASKS_WHO);
        if (helped && intents.contains(Intent.THANKS) && intents.contains(Intent.GOODBYE) && feltBetterOnly(words)) {
            // "ty, feel better now, mum's calling so gtg, this helped": feeling better after the chat is thanks as they
            // go, not news to wish them a lovely time with
            intents.remove(Intent.GOOD_NEWS);
        }
        if (helped && saidItHelped(words)) {
            // "I feel better for saying it", "it was really good to talk": the chat helped; that is not news
            intents.remove(Intent.GOOD_NEWS);
        }
        if (helped && !question && intents.contains(Intent.THANKS)) {
            // "thanks, I rang cruse like you said and it really helped": a service they used, told with thanks, not
            // asked for ("would be nice to talk to someone who's lost a parent too" still asks)
            intents.remove(Intent.WANTS_SERVICE);
            intents.remove(Intent.WANTS_PERSON);
        }
        if (!question && cues.first("said_it", words) != null) {
            // "thanks. just needed to say it to someone who gets it. off to work now": what they needed is done, told
            // with thanks; no one is queued and no list is sent
            intents.remove(Intent.WANTS_SERVICE);
            intents.remove(Intent.WANTS_PERSON);
        }
        if (negatedTalk(words)) {
            // "nobody knew, so I can't talk to anyone about it" tells how alone they are; it does not ask
            intents.remove(Intent.WANTS_PERSON);
        }
        if (cues.first("just_type", words) != null) {
            // "please don't send anyone, I just want to type it out": no one is sent and no list is given
            intents.remove(Intent.WANTS_PERSON);
            intents.remove(Intent.WANTS_SERVICE);
        }
        FeelingAt felt = feeling(unfeared); // read once: thanks, the reply and the things below all use it
        Echo alsoFelt = felt == null ? null : hardFeelingAfter(words, felt);
        CueBook.Match bigNews = cues.first("big_news", words);
        if (raw.contains("!!") && bigNews != null && intents.contains(Intent.BAD_NEWS) && !intents.contains(Intent.LOSS)
                && firstBut(words) > bigNews.at() && !BUT.contains(words[bigNews.at()])) {
            // "got offered the job!! but my grandad's back in hospital": the hard part after the "but" does not take
            // the joy before it; both are heard
            intents.add(Intent.GOOD_NEWS);
        }
        if (excited(raw, words, intents, felt) || (felt != null && felt.echo().good()
                && cues.first("big_news", words) != null && !intents.contains(Intent.BAD_NEWS)
                && !intents.contains(Intent.LOSS))) {
            // "my sister's having a baby!!", "we're having a baby, I'm so happy": big news that is good to them
            intents.add(Intent.GOOD_NEWS); // "my sister's having a baby!!": big news said with delight
            if (butAfterGoodNews(words) && !onlyAFeelingAfterBut(words) && !goodAfterBut(words)) {
                intents.add(Intent.BAD_NEWS); // "got the job!! but it's in Leeds and I can't drive": both are heard
            }
        }
        CueBook.Match thankedFor = cues.first("thanks_for", words);
        boolean thanksOnly = intents.contains(Intent.THANKS) && (thanksOnly(words) || (words.length <= 10
                && !intents.contains(Intent.LOSS) && !intents.contains(Intent.BAD_NEWS)
                && !intents.contains(Intent.GOOD_NEWS) && felt == null
                && cues.first("struggle", words) == null)
                // "thank you for not telling me to just buy one", "thank you. needed someone to not roll their eyes
                // at me": thanks for how they were met, opening a short message, is thanks (blind-28 got a question)
                || (thankedFor != null && thankedFor.at() <= 3 && words.length <= 16 && !intents.contains(Intent.LOSS)
                && !intents.contains(Intent.BAD_NEWS)));
        boolean unsure = intents.contains(Intent.SHORT_REPLY) && (cues.first("short_unsure", words) != null
                || closed != null);
        boolean askedForPerson = unnegated("person_verb", words);
        List<String> topics = topics(words); // idioms blanked: "my phone died" is not grief, and not a topic
        if (askedForPerson && anyOf(words, PLACE_WORDS) && !topics.isEmpty()) {
            // "is there anywhere I can talk to someone about grief?" asks for a service for the topic
            askedForPerson = false;
            intents.remove(Intent.WANTS_PERSON);
            intents.add(Intent.WANTS_SERVICE);
        }
        if (intents.contains(Intent.LOSS) && !question && !anyOf(words, PLAIN_ASKS)) {
            // "my friend died. we met at the support group. she was the one who made everyone laugh" tells of a
            // death; a request beside a loss asks in so many words ("can", "need", "where", "anyone")
            intents.remove(Intent.WANTS_SERVICE);
            intents.remove(Intent.WANTS_PERSON);
        }
        if (!askedForPerson && intents.contains(Intent.WANTS_SERVICE) && unnegated("service", words)) {
            // "is there anyone who can help with money stuff" asks for help with a thing, not to talk to a person
            intents.remove(Intent.WANTS_PERSON);
        }
        if (bot == BotQuestion.PERSON && !askedForPerson) {
            // "are you a real person?" asks about the bot; it is not a request for one
            intents.remove(Intent.WANTS_PERSON);
        }
        // "I haven't yet", "I'm safe but..." leave the door open: only a plain reassurance is taken as one
        boolean reassures = cues.first("reassure", words) != null && !anyOf(words, NOT_YET);
        if (felt == null && upsetEmoji) {
            felt = new FeelingAt(new Echo("feeling:upset", "upset", false), 0, 0);
        }
        if (felt != null && !felt.echo().good() && intents.contains(Intent.GOOD_NEWS)
                && !intents.contains(Intent.BAD_NEWS) && anyBefore(words, felt.at(), 2, WAS)) {
            // "i was SO worried about the toilets ... and NOBODY looked twice": the worry was before the good day, and
            // is over; it is not said back as felt "right now"
            felt = null;
        }
        // "feeling a bit flat" is a feeling, not the flat: a word read as the feeling is not also a thing.
        String[] forThings = stems.clone();
        if (felt != null) {
            for (int k = felt.at(); k < felt.end(); k++) {
                forThings[k] = "_";
            }
        }
        CueBook.Match sorryFor = cues.first("apology", words);
        if (sorryFor != null) {
            // "sorry for the essay", "sorry, long rant": what they say sorry for is their message, not a thing to give
            // back ("So you've had your essay on your mind")
            int end = CueBook.endAt(sorryFor.cue().words(), words, sorryFor.at());
            forThings = masked(forThings, sorryFor.at(), end + 1);
        }
        CueBook.Match sorryBack = cues.first("sorry_back", words);
        if (sorryBack != null) {
            // "apologies to the group for my outburst": the group they say sorry to is not what they tell of
            int end = CueBook.endAt(sorryBack.cue().words(), words, sorryBack.at());
            forThings = masked(forThings, sorryBack.at(), Math.min(words.length, end + 3));
        }
        boolean presence = words.length <= 8 && cues.first("presence", words) != null;
        boolean frustrated = (unnegated("frustration", words) && !othersAnger(words)) || sarcastic;
        boolean minimising = cues.first("minimising", words) != null;
        boolean hurt = done("hurt", words);
        boolean close = cues.first("close", words) != null;
        CueBook.Match missed = cues.first("missing", words);
        // "I miss the drive to the coast", "miss going to work": a thing or a doing missed is not someone missed, and
        // never gets "missing someone like that is so hard"
        boolean missing = missed != null && !missesAThing(missed, words);
        // the words of the news itself are not a person of theirs: "gonna be an auntie", "uncle at 15" tell what they
        // became, not about an aunt or an uncle ("our daughter rang" still is)
        String[] forPerson = family ? cues.masked("family_news:age", cues.masked("family_news", own)) : own;
        for (int k = 0; k + 2 < forPerson.length; k++) {
            if ((words[k].equals("sort") || words[k].equals("kind")) && words[k + 1].equals("of")) {
                // "what sort of wife does that": the role she judges herself in, not a person she tells of
                forPerson = masked(forPerson, k + 2, k + 3);
            }
        }
        // "counting every penny like my granny used to": someone named only to compare with is not who it is about
        forPerson = cues.masked("person:compared", forPerson);
        CueBook.Match role = cues.first("role_change", words);
        if (role != null) {
            // "more nurse than wife": the roles are the member's own, not people to give back
            forPerson = forPerson.clone();
            for (int k = role.at(); k < Math.min(forPerson.length, CueBook.endAt(role.cue().words(), words,
                    role.at()) + 3); k++) {
                forPerson[k] = "_";
            }
        }
        if (setUp != null) {
            // "my granddaughter set this up for me": who helped them here is not who the chat is about
            forPerson = forPerson.clone();
            for (int k = Math.max(0, setUp.at() - 4); k < setUp.at(); k++) {
                forPerson[k] = "_";
            }
        }
        // "none of that matters, it's mum's scan on thursday": the reply follows what they say matters most
        String[] ownFocus = own; // their words, less what they say matters less (for what troubles them)
        CueBook.Match inside = cues.first("what_matters:inside", words);
        CueBook.Match after = inside == null ? cues.first("what_matters:after", words) : null;
        CueBook.Match before = inside == null && after == null ? cues.first("what_matters:before", words) : null;
        if (inside != null) {
            forPerson = masked(masked(forPerson, 0, inside.at()),
                    CueBook.endAt(inside.cue().words(), words, inside.at()), words.length);
            forThings = masked(masked(forThings, 0, inside.at()),
                    CueBook.endAt(inside.cue().words(), words, inside.at()), words.length);
            ownFocus = masked(masked(own, 0, inside.at()),
                    CueBook.endAt(inside.cue().words(), words, inside.at()), words.length);
        } else if (after != null || before != null) {
            // "the rest I can handle" points back, unless more follows it ("... the rest I can cope with. it's my
            // knee that's the worry"): then what follows is what matters
            CueBook.Match cue = after != null ? after : before;
            if (after != null && stepAfter(words, after.at())) {
                // "the bus was late, the cat's poorly. BUT the bit I wanted to tell someone - I swam 10 lengths": the
                // week's troubles are not news to be sorry for; the step after the cue is what they came to tell
                intents.remove(Intent.BAD_NEWS);
                frustrated = false;
            }
            int end = CueBook.endAt(cue.cue().words(), words, cue.at());
            boolean back = after == null && end >= words.length - 2;
            int from = back ? before.at() : 0;
            int to = back ? words.length : end;
            forPerson = masked(forPerson, from, to);
            forThings = masked(forThings, from, to);
            ownFocus = masked(own, from, to);
        }
        // "my son and I cleared Derek's wardrobe": in a loss told without naming who died, the people named are not
        // the one lost, so none is given back for the sorrow to be about
        if (intents.contains(Intent.LOSS)) {
            // "Sean passed away Sunday. Knew him better than my own brothers": the brothers are a comparison, not the
            // one lost, so the sorrow is not about them
            for (int k = 0; k < forPerson.length; k++) {
                if (forPerson[k].equals("than")) {
                    forPerson = masked(forPerson, k + 1, k + 4);
                }
            }
        }
        Echo person = unnamedLoss ? null : echo(relations, "relation:", forPerson, owner, true, false);
        Echo thing = echo(things, "thing:", forThings, owner, false, false);
        Echo where = thing;
        if (thing != null && (intents.contains(Intent.GOOD_NEWS) || intents.contains(Intent.STRENGTH))
                && (onlyWhere(thing, forThings) || WHERE_THEY_ARE.contains(thing.key()))
                && (intents.contains(Intent.GOOD_NEWS) || !backAt(thing, forThings))) {
            // "he proposed on the beach", "he's out of hospital": where the good news happened, not what it is about;
            // nor is "round the park" what a first bike ride is ("Well done on the park")
            thing = null;
        }
        if (thing != null && (intents.contains(Intent.STRENGTH) || intents.contains(Intent.GOOD_NEWS))
                && onlyAfter(thing, forThings, SINCE)) {
            thing = null; // "did my own buttons, first time since Christmas": never "Well done on Christmas!"
        }
        if (thing != null && intents.contains(Intent.GOOD_NEWS) && goneFrom(thing, forThings)) {
            thing = null; // "slept 9 hours, no pain waking me": the gladness is never "about the pain"
        }
        Echo about = newsAbout(forThings, words, owner);
        if (about != null && intents.contains(Intent.GOOD_NEWS) && about.shown().startsWith("your ")
                && othersNews(words)) {
            // "our jamie got the job!!": great news about the job, not about "your job"; the news is someone else's
            about = new Echo(about.key(), "the " + about.shown().substring("your ".length()), about.good(),
                    about.bare());
        }
        if (person != null && intents.contains(Intent.BAD_NEWS) && !intents.contains(Intent.GOOD_NEWS)
                && subject(person, own) && (about == null || !about.shown().startsWith(person.shown() + "'s "))) {
            about = person; // "my son's being bullied at school": sorry about your son, not about school
        }
        if (about == null && person != null && intents.contains(Intent.BAD_NEWS)
                && !intents.contains(Intent.GOOD_NEWS) && nearHardNews(person, own, words)) {
            about = person; // "my girlfriend left me": sorry about the person the hard news is about
        }
        // (the place itself is never what good news is about: newsAbout passes over it, so the thing is looked at)
        if (person != null && intents.contains(Intent.GOOD_NEWS) && about == null && where != null
                && WHERE_THEY_ARE.contains(where.key()) && (subject(person, own) || justBeforePlace(person, where, own))) {
            about = person; // "my cat came home after 3 days": great news about your cat, not about home
        }
        // "my sister's pregnant and we've been trying for years": someone else's news that touches their own longing
        // is not met as joy, nor as bad news about the sister; both the gladness and the hurt are heard
        boolean othersJoy = person != null && cues.first("others_joy:own", words) == null
                && !intents.contains(Intent.LOSS) && (cues.first("others_joy:glad_but", words) != null
                || (cues.first("others_joy", words) != null && (intents.contains(Intent.GOOD_NEWS)
                || family || cues.first("big_news", words) != null
                // their own lack read as the bad news, with no illness in it ("my brother's got cancer" is not joy)
                || (intents.contains(Intent.BAD_NEWS) && echo(conditions, "condition:", words, owner, false, true) == null))));
        if (othersJoy) {
            intents.remove(Intent.GOOD_NEWS);
            intents.remove(Intent.BAD_NEWS);
        }
        if (cues.first("others_joy:glad_but", words) != null) {
            // "she asked if I minded, course I said no ... happy for her, gutted for me": no step to praise in it
            intents.remove(Intent.STRENGTH);
        }
        // "my husband smiled at me this morning, first time since January", "mum called me by my name today": someone
        // else's moment that matters to them is given back as theirs, never praised as the member's own step
        boolean othersMoment = !othersJoy && !intents.contains(Intent.LOSS) && !intents.contains(Intent.BAD_NEWS)
                && othersMoment(words, person, own, names);
        if (othersMoment) {
            intents.remove(Intent.STRENGTH);
            intents.remove(Intent.GOOD_NEWS);
        }
        // "my husband Derek", "our old dog Bess": the name they gave is given back with the person
        if (mayName) {
            person = named(person, raw);
            lost = named(lost, raw);
            about = about != null && about.key().startsWith("relation:") ? named(about, raw) : about;
        }
        boolean manyAtOnce = hardNews >= 3 || (words.length <= 6 && cues.first("everything_at_once", words) != null);
        String aside = aside(words);
        if ("night".equals(aside) && (family || intents.contains(Intent.GOOD_NEWS))) {
            aside = null; // "our first grandchild arrived at 3am!!": the news, not a hard night
        }
        if (aside == null && !intents.contains(Intent.LOSS) && !intents.contains(Intent.BAD_NEWS)
                && !intents.contains(Intent.GOOD_NEWS)) {
            // a heart, a thumbs up or a sticker sent back after the reply, or only "aww", "ha", "yep": a reaction to
            // what was said, met in the tone of the message before it (Planner), not read as a new message
            boolean wordless = words.length == 0 && !raw.isBlank() && !UPSET.matcher(raw).find();
            boolean mediaOnly = said.isEmpty() && text != null && DESCRIBED_MEDIA.matcher(text).find();
            if (wordless || mediaOnly) {
                aside = "reaction";
            } else if (words.length <= 3 && reactionWords.contains(String.join(" ", words))) {
                aside = "reaction_words";
            }
        }
        if ("come_back".equals(aside)) {
            intents.add(Intent.GOODBYE); // "can I come back tomorrow if that's ok?" is said on the way out
        }
        // a joke told as one ("james bond eat your heart out") counts as a laugh; the joke's own words are not read as
        // dark ("heart"), and only a request ("pls don't tell me ... lol") stops it, not any "didn't" in the story
        boolean lightJoke = cues.first("humour:light", words) != null;
        if (aside == null && (LAUGHING_OUT_LOUD.matcher(raw).find() || lightJoke)
                && !anyOf(words, lightJoke ? ASKS_NOT : NEGATORS)
                && !anyOf(cues.masked("humour:light", words), NOT_JUST_FUNNY)) {
            // "that showstopper was a DISASTER 🤣": something funny, laughed at (nothing hard told with it is checked
            // by the planner); "pls don't tell me to have a warm bath lol" asks for something, and is not
            aside = "laugh";
        }
        if (!intents.contains(Intent.LOSS) && cues.first("envy", words) != null) {
            // "another pregnancy announcement ... I put my phone face down", "so jealous it makes me feel sick", "all
            // our friends are retiring ... now I'm cutting up her food": others' good news is what they have lost or
            // can't have; no joy is wished on it, and the envy is not judged
            aside = "envy";
            intents.remove(Intent.GOOD_NEWS);
        } else if (!intents.contains(Intent.LOSS) && cues.first("not_seen", words) != null) {
            // "but you look so well!", "everyone said how well he looked ... they never see him at 6am", "'feeling
            // better then?' ... now I feel like a fraud": the good words are what others see from outside; that is
            // no news to be glad of, and not being seen is what is heard
            aside = "not_seen";
            intents.remove(Intent.GOOD_NEWS);
        }
        if (cues.first("treatment_end", words) != null && !intents.contains(Intent.LOSS)
                && (cues.first("treatment_end:hard", words) != null || intents.contains(Intent.BAD_NEWS)
                || (felt != null && !felt.echo().good()))) {
            // "last radiotherapy today ... feel like they've let go of my hand": an ending told with something hard
            // is met as the strange thing it can be, never as "brilliant news" nor as a blow
            aside = "treatment_end";
            intents.remove(Intent.GOOD_NEWS);
            intents.remove(Intent.BAD_NEWS);
        } else if (!intents.contains(Intent.GOOD_NEWS) && !intents.contains(Intent.LOSS)
                && !LEADING_ASIDES.contains(String.valueOf(aside)) && cues.first("effort", words) != null
                && cues.first("effort:setback", words) != null) {
            // "HbA1c went up even though I've been so careful": the effort is named, and the unfairness
            aside = "effort";
        }
        Echo hardPart = null;
        if (intents.contains(Intent.GOOD_NEWS) && intents.contains(Intent.BAD_NEWS)) {
            // "passed my driving test, but my nan went into a hospice": the gladness names what the good part is
            // about, and the sorrow names who the hard part is about, when the "but" parts them
            // ("scan all clear!! ... and then made redundant" has no "but": the thing nearest the first news stays)
            int but = firstBut(words);
            about = but < 0 ? about : goodPartThing(forThings, words, owner, but);
            // the person the hard part is about opens it ("but my dad's been taken in"); "but it means moving away
            // from mum" is no bad news about mum
            hardPart = but < 0 ? null : echo(relations, "relation:", masked(masked(forPerson, 0, but + 1), but + 4,
                    words.length), owner, true, false);
        }
        if ("dismissed".equals(aside)) {
            intents.remove(Intent.STRENGTH); // "when I got through there were no appointments left" is no step
        }
        if (thing != null && intents.contains(Intent.STRENGTH) && !intents.contains(Intent.GOOD_NEWS)
                && !backAt(thing, forThings) && farFromTheStep(thing, forThings, words)) {
            thing = null; // "day 40. walking past the offie I could taste it. didn't buy one": never "Well done on walking"
        }
        if ("self_blame".equals(aside) && !intents.contains(Intent.LOSS)) {
            intents.remove(Intent.BAD_NEWS); // "he can't help being poorly. what sort of wife does that": guilt, not news
            // "slept right through and woke up feeling like a monster for being glad": the relief is what they blame
            // themselves for; it is not news to cheer
            intents.remove(Intent.GOOD_NEWS);
        }
        if ("fond_memory".equals(aside)) {
            // "he would of been 50 today ... had a wee laugh with his pals": a memory of someone who died is a loss
            // told, heard with sorrow beside the warmth, and never as a grievance about the one remembered
            intents.add(Intent.LOSS);
            intents.remove(Intent.GOOD_NEWS);
        }
        if ("caring_ended".equals(aside) && person != null && person.key().equals("relation:carer")) {
            person = null; // "I'm not a carer any more": they were the carer; no carer of theirs is in the story
        }
        return new Reading(intents, bot, topics, person, thing, felt == null ? null : felt.echo(), language,
                thanksOnly,
                helped, unsure,
                askedForPerson, reassures, unnegated("struggle", words), sorryFor != null,
                manyAtOnce, othersJoy ? Reading.Extra.OTHERS_JOY : othersMoment ? Reading.Extra.OTHERS_MOMENT
                : extra(words, family, newcomer), cues.first("risk_again", all) != null,
                echo(conditions, "condition:", words, owner, false, true), cues.first("crisis:other_languages", all) != null,
                frustrated, presence, minimising && !close, hurt, close, missing,
                cues.first("normalise", words) != null || oddly(words, felt), cues.first("alone", words) != null,
                unnegated("good_results", words), about, aside, lost, lostOther,
                missing ? onlyPerson(own, owner) : null, java.util.Arrays.hashCode(all), anyOf(words, PRONOUNS),
                cues.first("missing:in_loss", words) != null,
                troubled(ownFocus, forThings, words, all, owner), returning, alsoFelt,
                felt != null && felt.echo() != null && !felt.echo().good() && mildBefore(words, felt.at()),
                intents.contains(Intent.LOSS) && cues.first("loss:long_ago", words) != null,
                deniedKeys(forPerson, forThings, owner), grievance(words), unnegated("role_change", words),
                setUp != null, cues.first("humour", words) != null || LAUGHING.matcher(raw).find(),
                cues.first("humour:coping", words) != null, backSoon, greets(words),
                OwnWords.later(raw, focus(words, felt)),
                cues.first("danger_near", words) != null, felt == null && othersFeeling(words), theirName(raw),
                hardPart, leavingTo(words), thankedFor(words), closed);
    }

    /**
     * The words the reply is about, for choosing which clause of theirs to give back: the feeling read, else the step
     * they took ("sat and cried" in a post that also tells of the kids, the washer and the cat). Good news is not one:
     * in "got engaged, but my parents aren't happy" the hard part is what is given back.
     */
    private List<String> focus(String[] words, FeelingAt felt) {
        if (felt != null && felt.end() > felt.at()) {
            return List.of(java.util.Arrays.copyOfRange(words, felt.at(), felt.end()));
        }
        CueBook.Match step = cues.first("strength", words);
        if (step != null) {
            int end = CueBook.endAt(step.cue().words(), words, step.at());
            if (end > step.at()) {
                return List.of(java.util.Arrays.copyOfRange(words, step.at(), end));
            }
        }
        return List.of();
    }

    /** Whether a step or good news is told after the word at {@code from} ("the bit I wanted to tell ..."). */
    private boolean stepAfter(String[] words, int from) {
        for (String section : List.of("strength", "good_news")) {
            for (Cue cue : cues.candidates(section, words)) {
                for (int at : CueBook.places(cue, words)) {
                    if (at > from) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a feeling word stands in the message said of someone else ("she looked so frightened"). */
    private boolean othersFeeling(String[] words) {
        CueBook.Match worry = cues.first("worry", words);
        if (worry != null && saidOfSomeoneElse(words, worry.at())) {
            return true;
        }
        for (Cue cue : present(feelings, words)) {
            for (int at : CueBook.places(cue, words)) {
                if (saidOfSomeoneElse(words, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that make what someone did a "would have" ("my late wife would've laughed at me"), not done. */
    private static final Set<String> WOULD_HAVE = Set.of("would", "wouldve", "woulda", "couldve", "mightve", "d");

    /**
     * What someone keeps doing to them, in the member's words turned to "you" ("taking the credit", "never paying
     * you back"), the first not negated ("he doesn't ignore me" is no grievance) and not only imagined ("she'd have
     * laughed at me"); null when none.
     */
    private Echo grievance(String[] words) {
        Echo best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Cue cue : present(grievances, words)) {
            for (int at : CueBook.places(cue, words)) {
                if (at < bestAt && doneAt(words, at)) {
                    best = new Echo("grievance:" + cue.words()[0], cue.shownAs(), false);
                    bestAt = at;
                }
                break;
            }
        }
        return best;
    }

    /**
     * The reflection keys of people and things the member only denies ("it's not my mum, it's my sister"): what was
     * heard of them before is put right, so no later summary gives them back.
     */
    private List<String> deniedKeys(String[] own, String[] forThings, boolean[] owner) {
        List<String> out = new ArrayList<>();
        record Kind(List<Cue> list, String prefix, String[] in) { }
        for (Kind kind : List.of(new Kind(relations, "relation:", own), new Kind(things, "thing:", forThings))) {
            for (Cue cue : present(kind.list(), kind.in())) {
                boolean deny = false;
                boolean affirm = false;
                for (int at : CueBook.places(cue, kind.in())) {
                    if (denied(kind.in(), owner, at)) {
                        deny = true;
                    } else {
                        affirm = true;
                    }
                }
                if (deny && !affirm && !out.contains(kind.prefix() + cue.key())) {
                    out.add(kind.prefix() + cue.key());
                }
            }
        }
        return out;
    }

    /** Someone new in the family: "gonna be an auntie", or an age straight after ("uncle at 15"). */
    private boolean familyNews(String[] words) {
        if (unnegated("family_news", words)) {
            return true;
        }
        for (Cue cue : cues.candidates("family_news:age", words)) {
            for (int at : CueBook.places(cue, words)) {
                int end = CueBook.endAt(cue.words(), words, at);
                if (end < words.length && words[end].chars().allMatch(Character::isDigit) && !negatedBefore(words, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Between a thing of theirs and what is wrong with it: "my knee('s) swollen", "my back has gone". */
    private static final Set<String> LINKS = Set.of("is", "are", "was", "were", "has", "have", "had", "been", "being",
            "keeps", "kept", "getting", "got", "so", "really", "very", "all", "still", "just", "completely", "totally",
            "now", "again", "always", "constantly", "properly", "badly", "absolutely");

    /**
     * What the member is troubled by: a person, thing or condition of theirs with what is wrong with it straight after
     * ("my knee's swollen", "my anxiety is through the roof", "my little one's coughing"), the earliest when several;
     * null when nothing named has trouble said of it.
     */
    private Echo troubled(String[] own, String[] forThings, String[] words, String[] all, boolean[] owner) {
        Set<Integer> trouble = new HashSet<>();
        for (Cue cue : cues.candidates("trouble", all)) {
            for (int at : CueBook.places(cue, all)) {
                if (!negatedBefore(all, at)) {
                    trouble.add(at);
                }
            }
        }
        if (trouble.isEmpty()) {
            return null;
        }
        Echo best = null;
        int bestAt = Integer.MAX_VALUE;
        record Kind(List<Cue> list, String prefix, String[] in, boolean person) { }
        for (Kind kind : List.of(new Kind(relations, "relation:", own, true), new Kind(things, "thing:", forThings,
                false), new Kind(conditions, "condition:", words, false))) {
            for (Cue cue : present(kind.list(), kind.in())) {
                for (int at : CueBook.places(cue, kind.in())) {
                    if (at >= bestAt || (kind.person() && !ownedAt(kind.in(), owner, at))) {
                        continue;
                    }
                    int k = CueBook.endAt(cue.words(), kind.in(), at);
                    while (k < all.length && k - at < 6 && LINKS.contains(all[k])) {
                        k++;
                    }
                    if (trouble.contains(k)) {
                        String shown = kind.person() ? cue.shownAs() : whose(cue.shownAs(), kind.in(), owner, at);
                        best = new Echo(kind.prefix() + cue.key(), shown, false);
                        bestAt = at;
                    }
                }
            }
        }
        return best;
    }

    /** "back again", "hi it's me again" opening a message: a member coming back. */
    private boolean returning(String[] all) {
        CueBook.Match m = cues.first("returning", all);
        if (m != null && (m.at() == 0 || (m.at() == 1 && GREETINGS.contains(all[0])))) {
            return true;
        }
        // "hi. you probably don't remember me, I was on here a lot last winter": said early, anywhere in the opening
        CueBook.Match said = cues.first("returning_said", all);
        return said != null && said.at() < RETURNING_SAID_WITHIN;
    }

    /** How far into a message a member's "you probably don't remember me" still opens it. */
    private static final int RETURNING_SAID_WITHIN = 16;

    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "hiya", "morning", "evening", "so",
            "ok", "okay", "well");

    /** The words with the returning greeting at the start blanked. */
    private String[] greetingMasked(String[] all) {
        CueBook.Match m = cues.first("returning", all);
        if (m == null || m.at() > 1) {
            return all; // "you probably don't remember me" is part of what they say, not a greeting to blank
        }
        String[] out = all.clone();
        for (int k = 0; k < CueBook.endAt(m.cue().words(), all, m.at()); k++) {
            out[k] = "_";
        }
        return out;
    }

    /**
     * A hard feeling said after a good one ("I'm happy but honestly terrified"): both are heard, so the second is
     * given back too; null when there is none.
     */
    private Echo hardFeelingAfter(String[] words, FeelingAt felt) {
        FeelingAt rest = feeling(java.util.Arrays.copyOfRange(words, felt.end(), words.length));
        if (rest == null || rest.echo().key().equals(felt.echo().key())
                || rest.echo().shown().startsWith(felt.echo().shown())
                || felt.echo().shown().startsWith(rest.echo().shown())) {
            return null; // "tired of it ... so tired": one feeling said twice is named once
        }
        if (!felt.echo().good() && BODY_OF_A_FEELING.contains(rest.echo().key())) {
            return null; // "so angry I'm shaking": the shaking is the anger, not a second feeling to name
        }
        if (felt.echo().good()) {
            return rest.echo().good() ? null : rest.echo();
        }
        // "guilty but happy", "sad and angry at the same time": a second feeling joined to a hard one is heard too
        // ("happy and proud" is one gladness, met as one)
        int joinAt = felt.end();
        // "bit gutted, bit relieved": a second feeling straight after the first is joined to it too
        return (joinAt < words.length && JOINS.contains(words[joinAt]) && rest.at() <= 3) || rest.at() <= 1
                ? rest.echo() : null;
    }

    /** Who can be angry for them: "the wife was raging too" is on their side, not who they are fed up with. */
    private static final Set<String> ON_THEIR_SIDE = Set.of("she", "he", "they", "wife", "husband", "missus", "mrs",
            "partner", "mum", "mam", "dad", "son", "daughter", "sister", "brother", "friend", "mate", "nurse",
            "everyone", "family", "kids", "hubby", "fella", "lass");
    private static final Set<String> ANGRY_WAS = Set.of("was", "is", "were", "are", "s", "got", "went", "has", "been");

    /**
     * The only anger told is someone else's, on their behalf ("aye. the wife was raging tae"): they are not fed up
     * with her. Session 33 (blind-26) got "No wonder you're fed up with your wife".
     */
    private boolean othersAnger(String[] words) {
        CueBook.Match m = cues.first("frustration", words);
        if (m == null || m.at() < 2) {
            return false;
        }
        int k = m.at() - 1;
        if (words[k].equals("been") && k >= 2) {
            k--; // "she has been fuming"
        }
        String[] after = java.util.Arrays.copyOfRange(words, CueBook.endAt(m.cue().words(), words, m.at()),
                words.length);
        // "he was raging at me again": angry at them, not on their side
        boolean atThem = after.length >= 2 && (after[0].equals("at") || after[0].equals("with"))
                && (after[1].equals("me") || after[1].equals("us"));
        return ANGRY_WAS.contains(words[k]) && ON_THEIR_SIDE.contains(words[k - 1]) && !atThem
                && cues.first("frustration", after) == null;
    }

    /** Feelings that are how a hard feeling shows in the body ("so angry I'm shaking"), not one of their own. */
    private static final Set<String> BODY_OF_A_FEELING = Set.of("feeling:shaky", "feeling:shaking",
            "feeling:trembling", "feeling:shaken", "feeling:shaking like a leaf");

    /** A regional greeting said alone ("now then", "ey up"), at most a word after it ("now then love"). */
    private boolean greets(String[] words) {
        CueBook.Match m = cues.first("greeting", words);
        return m != null && m.at() == 0 && words.length - CueBook.endAt(m.cue().words(), words, 0) <= 1;
    }

    /** "weirdly relieved", "strangely calm": a feeling the member finds odd to have, so it is normalised. */
    private static boolean oddly(String[] words, FeelingAt felt) {
        return felt != null && felt.at() > 0 && ODDLY.contains(words[felt.at() - 1]);
    }

    /** A loss cue not denied straight before it: "he's not dead lol, he moved away" is no loss. */
    private boolean deathNotDenied(String[] words) {
        for (CueBook.Match m : cues.all("loss", words)) {
            if (!ruledOut(words, m.at()) && !ownFuneral(words, m.at()) && !lostAPart(words, m)
                    && !deadAsVery(words, m.at()) && !lostAsIf(words, m)) {
                return true;
            }
        }
        return false;
    }

    /** "im meant to just get on with it": what they are left with, not what others say (the others_say aside). */
    private static final Pattern LEFT_TO_GET_ON =
            Pattern.compile("\\b(meant|supposed|expected) to just get on with it\\b");

    /** The word that makes a loss "as if" ("it's like I've lost him"). */
    private static final Set<String> LIKE = Set.of("like");

    /** Whom "lost" is said of when someone still here feels lost to them ("it's like I've lost him"). */
    private static final Set<String> LOST_AS_IF_WHO = Set.of("him", "her", "them");

    /** Words of a complaint or of rights, which a service answers rather than a volunteer. */
    private static final Set<String> COMPLAINT_OR_RIGHTS = Set.of("complain", "complaint", "complaints", "rights");

    /** Words "dead" makes stronger, as "very" would, in everyday speech: "he was dead sound about it", "dead chuffed". */
    private static final Set<String> DEAD_AS_VERY = Set.of("sound", "good", "nice", "easy", "chuffed", "proud",
            "funny", "lucky", "excited", "pleased", "happy", "keen", "quiet", "busy", "tired", "serious", "on", "right",
            "posh", "handy", "simple", "quick", "lovely", "kind", "cool", "sweet", "brilliant", "jealous", "hard",
            "heavy", "slow", "fast", "bored", "boring", "cute", "brave", "friendly", "helpful", "close",
            "canny", "grand", "decent", "supportive", "understanding", "calm", "relaxed", "gentle", "lonely", "nervous",
            "worried", "embarrassed", "awkward", "weird", "loud", "rough");

    /** "dead sound", "dead chuffed": "dead" meaning very, no death (blind-27 got "I'm really sorry. Losing someone"). */
    private static boolean deadAsVery(String[] words, int at) {
        return words[at].equals("dead") && at + 1 < words.length && DEAD_AS_VERY.contains(words[at + 1]);
    }

    /**
     * "it's like I've lost him. he used to tell me everything": lost as if, of someone still here (a son who has shut
     * them out), is no death (blind-27 got "I'm really sorry. Losing someone is so hard").
     */
    private static boolean lostAsIf(String[] words, CueBook.Match m) {
        int next = m.at() + 1;
        if (!LOSING.contains(words[m.at()]) || next >= words.length
                || !LOST_AS_IF_WHO.contains(words[next])) {
            return false; // "it feels like I lost my mum all over again" is still a loss
        }
        return anyBefore(words, m.at(), 3, LIKE);
    }

    /** What "lost her", "lost him" may be followed by that is no death: a part of the body, a sense, a thing. */
    private static final Set<String> LOST_NOT_A_LIFE = Set.of("leg", "legs", "foot", "feet", "toe", "toes", "arm",
            "arms", "hand", "hands", "eye", "eyes", "breast", "breasts", "sight", "hearing", "voice", "speech", "hair",
            "memory", "mind", "marbles", "balance", "job", "jobs", "home", "house", "licence", "license", "keys",
            "phone", "purse", "wallet", "bag", "way", "temper", "nerve", "confidence", "independence", "appetite",
            "weight", "place", "patience", "mobility", "kidney", "womb", "teeth", "tooth", "bladder", "bowel",
            "sense", "smell", "taste", "words", "footing", "grip", "touch", "looks", "figure", "shape");

    /** "she lost her leg", "he lost his sight": a "lost her" or "lost him" cue with a part or a thing after it. */
    private static boolean lostAPart(String[] words, CueBook.Match m) {
        if (!LOSING.contains(words[m.at()])) {
            return false;
        }
        int end = CueBook.endAt(m.cue().words(), words, m.at());
        return end < words.length && LOST_NOT_A_LIFE.contains(words[end]);
    }

    private static final Set<String> TEARS = Set.of("cry", "cried", "crying", "tears", "sobbed", "sobbing", "wept",
            "weeping", "bawled", "bawling");

    /** Words of a funeral that, said as their own ("picked my funeral songs"), tell of no one else's death. */
    private static final Set<String> FUNERAL_WORDS = Set.of("funeral", "coffin", "grave", "headstone", "eulogy",
            "hymns", "cremation");

    /** "my funeral", "my own funeral": their own (often a dark joke, or planning ahead), not a loss told. */
    private static boolean ownFuneral(String[] words, int at) {
        if (!FUNERAL_WORDS.contains(words[at])) {
            return false;
        }
        int k = at - 1;
        if (k >= 0 && words[k].equals("own")) {
            k--;
        }
        return k >= 0 && words[k].equals("my");
    }

    /** After a failure, words that put it in the past ("she failed it twice before", "after failing it once"). */
    private static final Set<String> BEFORE_NOW = Set.of("before", "previously", "twice", "already", "once",
            "times", "first");

    /**
     * Whether every piece of hard news is a failure told as past ("she failed it twice before", "after failing the
     * first time") or a time it is counted from ("first time since the relapse"): said beside a pass or a step, that
     * is still good news, not a blow.
     */
    private boolean onlyPastFailures(String[] words) {
        List<CueBook.Match> all = cues.all("bad_news", words);
        if (all.isEmpty()) {
            return false;
        }
        for (CueBook.Match m : all) {
            int b = m.at() - 1;
            while (b >= 0 && DETERMINERS.contains(words[b])) {
                b--;
            }
            if (b >= 0 && words[b].equals("since") && cues.first("strength", words) != null) {
                continue; // "first time since the relapse": beside a step, the blow is when it was, not news today
            }
            if (!m.cue().words()[0].startsWith("fail")) {
                return false;
            }
            int end = CueBook.endAt(m.cue().words(), words, m.at());
            boolean past = m.at() > 0 && words[m.at() - 1].equals("after");
            for (int k = end; k < Math.min(words.length, end + 4) && !past; k++) {
                past = BEFORE_NOW.contains(words[k]);
            }
            if (!past) {
                return false;
            }
        }
        return true;
    }

    /** Words that join two feelings into one mixed one ("guilty but happy", "sad and angry"). */
    private static final Set<String> JOINS = Set.of("but", "and", "yet", "though", "tho", "n", "plus");

    /** Words before a feeling that say it sits oddly with them ("weirdly relieved"): no wrong way to feel. */
    private static final Set<String> ODDLY = Set.of("weirdly", "strangely", "oddly", "bizarrely", "guiltily",
            "secretly", "surprisingly", "shamefully");

    /** Words that put a thing as where something happened: "on the beach", "at the park", "in town". */
    private static final Set<String> WHERE = Set.of("on", "at", "in", "by", "near", "outside", "inside", "down",
            "up", "across", "along", "around", "round");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "our", "his", "her", "their",
            "this", "that");

    /** Whether every place a thing stands is after a "where" word ("on the beach"), so it says where, not what. */
    private boolean onlyWhere(Echo thing, String[] forThings) {
        return onlyAfter(thing, forThings, WHERE);
    }

    /** A thing named only after "since" is a time ("first time since Christmas", "since the op"), not what is told. */
    private static final Set<String> SINCE = Set.of("since");

    /** Whether every place a thing stands is after one of {@code before} (determiners between are skipped). */
    private boolean onlyAfter(Echo thing, String[] forThings, Set<String> before) {
        String key = thing.key().substring("thing:".length());
        boolean any = false;
        for (Cue cue : present(things, forThings)) { // a cue whose first word is absent has no place to check
            if (!cue.key().equals(key)) {
                continue;
            }
            for (int at : CueBook.places(cue, forThings)) {
                any = true;
                int k = at - 1;
                while (k >= 0 && DETERMINERS.contains(forThings[k])) {
                    k--;
                }
                if (k < 0 || !before.contains(forThings[k])) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Whether the thing is where they went back to ("first day back at work"): going back is the step itself. */
    private boolean backAt(Echo thing, String[] forThings) {
        return placesOf(thing, forThings).stream().anyMatch(p -> anyBefore(forThings, p, 3, BACK));
    }

    private static final Set<String> BACK = Set.of("back");

    /** Where a thing on the lists stands in the words, by its key; empty when it is not there. */
    private List<Integer> placesOf(Echo thing, String[] forThings) {
        for (Cue cue : things) {
            if (("thing:" + cue.key()).equals(thing.key())) {
                return CueBook.places(cue, forThings);
            }
        }
        return List.of();
    }

    /** How near a thing must stand to the words of a step to be what the step was ("walked to the shop"). */
    private static final int STEP_REACH = 6;

    /**
     * Whether the thing stands well away from every word of a step: then it is something else they told of, not the
     * step, and praise for it would be praise for the wrong thing ("well done on the consultant").
     */
    private boolean farFromTheStep(Echo thing, String[] forThings, String[] words) {
        List<Integer> places = placesOf(thing, forThings);
        List<CueBook.Match> steps = cues.all("strength", words);
        if (places.isEmpty() || steps.isEmpty()) {
            return false;
        }
        for (int p : places) {
            for (CueBook.Match m : steps) {
                if (Math.abs(p - m.at()) <= STEP_REACH && !splitBetween(words, Math.min(p, m.at()),
                        Math.max(p, m.at()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a "but" parts a step from what follows it ("deleted it but my head's been on it"). */
    private static boolean splitBetween(String[] words, int from, int to) {
        for (int k = from + 1; k < to && k < words.length; k++) {
            if (BUT.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether every place the thing is named, it is named as gone: "no pain", "without the pain". */
    private boolean goneFrom(Echo thing, String[] forThings) {
        List<Integer> places = placesOf(thing, forThings);
        return !places.isEmpty() && places.stream().allMatch(p -> p > 0
                && (forThings[p - 1].equals("no") || forThings[p - 1].equals("without")));
    }

    /** The thing within four words of the first piece of news, nearest first; null when none is that close. */
    private Echo newsAbout(String[] forThings, String[] words, boolean[] owner) {
        int at = Integer.MAX_VALUE;
        for (String section : List.of("good_news", "bad_news")) {
            CueBook.Match m = cues.first(section, words);
            if (m != null) {
                at = Math.min(at, m.at());
            }
        }
        if (at == Integer.MAX_VALUE) {
            return null;
        }
        Echo best = null;
        int bestGap = 5;
        for (Cue cue : present(things, forThings)) {
            if (onlyWhere(new Echo("thing:" + cue.key(), cue.shownAs(), false), forThings)
                    || WHERE_THEY_ARE.contains("thing:" + cue.key())) {
                // "proposed on the beach", "he's out of hospital": the news is not about the beach or the hospital
                continue;
            }
            for (int p : CueBook.places(cue, forThings)) {
                if (p > 0 && forThings[p - 1].chars().allMatch(Character::isDigit)) {
                    continue; // "slept 6 hours": a count, not their working hours
                }
                if (ruledOut(forThings, p)) {
                    continue; // "no pain wakeups": what is gone is not what the news is about
                }
                if (p > 0 && forThings[p - 1].equals("car")) {
                    continue; // "cried in the car park after": where they were, not what the news is about
                }
                if (p > 0 && SINCE.contains(forThings[p - 1])) {
                    continue; // "been off since Christmas, in and out of hospital": a time, not what the news is about
                }
                int gap = Math.abs(p - at);
                if (gap < bestGap) {
                    best = new Echo("thing:" + cue.key(), whose(cue.shownAs(), forThings, owner, p), false);
                    bestGap = gap;
                }
            }
        }
        return best;
    }

    /** Where the first "but" (or "though", "however") stands, or -1. */
    private static int firstBut(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (BUT.contains(words[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * In good and hard news parted by "but", the thing on the lists within three words of the good news, before the
     * "but" ("passed my driving test, but ..."): what the good part is about. Null when no good news stands before the
     * "but" ("the receptionist was snotty, but I'm not diabetic"), or the thing is a place or a time ("engaged at the
     * weekend", "a promotion at work").
     */
    private Echo goodPartThing(String[] forThings, String[] words, boolean[] owner, int but) {
        int goodAt = Integer.MAX_VALUE;
        for (String section : List.of("good_news", "big_news")) {
            CueBook.Match m = cues.first(section, words);
            if (m != null) {
                goodAt = Math.min(goodAt, m.at());
            }
        }
        if (but < 0 || goodAt >= but) {
            return null;
        }
        Echo best = null;
        int bestGap = 4;
        int bestLength = 0;
        for (Cue cue : present(things, forThings)) {
            Echo candidate = new Echo("thing:" + cue.key(), cue.shownAs(), false);
            if (WHERE_THEY_ARE.contains(candidate.key()) || WHEN.contains(candidate.key())
                    || onlyWhere(candidate, forThings)) {
                continue;
            }
            for (int p : CueBook.places(cue, forThings)) {
                // the nearest wins, and of two as near the longer ("driving test" over "test")
                int end = CueBook.endAt(cue.words(), forThings, p);
                int gap = p >= goodAt ? p - goodAt : goodAt - end + 1;
                if (p < but && (gap < bestGap || (gap == bestGap && end - p > bestLength))) {
                    best = new Echo(candidate.key(), whose(cue.shownAs(), forThings, owner, p), false);
                    bestGap = gap;
                    bestLength = end - p;
                }
            }
        }
        return best;
    }

    /** Things on the lists that are only a time: good news is never "about the weekend". */
    private static final Set<String> WHEN = Set.of("thing:weekend", "thing:the weekend", "thing:today",
            "thing:tonight", "thing:morning", "thing:this morning", "thing:night", "thing:nights", "thing:week",
            "thing:monday", "thing:tuesday", "thing:wednesday", "thing:thursday", "thing:friday", "thing:saturday",
            "thing:sunday", "thing:christmas", "thing:new year", "thing:birthday", "thing:mornings");

    /** The first of the smaller kinds a message is (see {@link Reading#aside()}), or null. */
    private String aside(String[] words) {
        CueBook.Match down = cues.first("minimising", words);
        if (down != null && SILLY.stream().anyMatch(down.cue().key()::contains)) {
            return "silly"; // "silly really": the word they used is answered; "it's probably nothing" is not "silly"
        }
        for (String section : ASIDES) {
            if (cues.first(section, words) != null && asideNeeds.getOrDefault(section, w -> true).test(words)) {
                return section;
            }
        }
        return null;
    }

    /**
     * What an aside needs beside its cue: a word of fright beside something read, an animal beside words of a bond
     * (and no pet gone), no death told beside the dread of one.
     */
    private final java.util.Map<String, java.util.function.Predicate<String[]>> asideNeeds = java.util.Map.of(
            "read_online", this::frightened,
            "pet_bond", w -> anyOf(w, PET_WORDS) && !anyOf(w, PET_GONE),
            "dread_losing", w -> !anyOf(w, DIED),
            "fond_memory", this::deathTold,
            "own_birthday", w -> OWN_BIRTHDAY.matcher(String.join(" ", w)).find(),
            // "im meant to just get on with it" with no help sent is what they are left with, not what others say
            "others_say", w -> !LEFT_TO_GET_ON.matcher(String.join(" ", w)).find());

    /**
     * A birthday of their own: a number of years today or turned ("50 today", "turned 40 on tuesday"), "my birthday",
     * "my 19th". "Dad's 80th", "her birthday", "turn 80 on sunday" of a mum, are someone else's.
     */
    private static final java.util.regex.Pattern OWN_BIRTHDAY = java.util.regex.Pattern.compile(
            "(^|\\b(im|i am|i was|i|me|just) )\\d{2} ?(st|nd|rd|th)? today\\b"
            + "|\\b(its|it is) my (birthday|\\d{2} ?(st|nd|rd|th))\\b"
            + "|\\bmy (birthday|\\d{2} ?(st|nd|rd|th)) (today|is today)\\b"
            + "|\\b(i|ive|i have|just) (turned|hit) \\d{2}\\b|^(turned|hit) \\d{2}\\b");

    /**
     * A death told beside a fond memory: "died", "lost him", "since she passed", "would have been 50 today". A laugh
     * with a husband who is alive is not a memory of someone gone.
     */
    private boolean deathTold(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if ((DIED.contains(words[i]) && !DIED_AFTER.contains(words[i])) || diesAt(words, i)
                    || RESTING_PLACE.contains(words[i])) {
                return true;
            }
        }
        return DEATH_PHRASES.matcher(String.join(" ", words)).find();
    }

    /** Where the dead are remembered, beside a death told (not "dead funny", not the Ashes). */
    private static final Set<String> RESTING_PLACE = Set.of("grave", "cemetery", "crematorium", "headstone");

    private static final java.util.regex.Pattern DEATH_PHRASES = java.util.regex.Pattern.compile(
            "\\b(lost (him|her|them|my \\w+)|my late \\w+|(would|wouldve|would of|would have) (been|turned) \\d+"
            + "|since (he|she|mum|mam|dad|nan|gran|grandad|grandma|grandpa) (went|passed|died|left us))\\b");

    /** An animal named beside words of a bond: "wouldn't be without her" of a sister is not a pet's. */
    private static final Set<String> PET_WORDS = Set.of("dog", "dogs", "cat", "cats", "puppy", "pup", "kitten",
            "budgie", "budgies", "parrot", "hamster", "rabbit", "bunny", "guinea", "tortoise", "ferret", "horse",
            "pony", "staffy", "staffie", "spaniel", "springer", "collie", "labrador", "greyhound", "lurcher",
            "whippet", "terrier", "poodle", "cockapoo", "dachshund", "pug", "moggy", "tabby", "chickens", "hens",
            "purring", "purrs", "purred", "woofs", "wagging");

    /** A pet that died or is going: the loss is heard, not the bond as if it went on. */
    private static final Set<String> PET_GONE = Set.of("died", "passed", "dead", "death", "lost", "pts", "euthanised",
            "euthanized", "rainbow", "vet", "vets");

    /** A death told: the day they dreaded has come, and is a loss, not a dread. */
    private static final Set<String> DIED = Set.of("died", "passed", "pts", "funeral");

    /** Words of fright beside something read: "googled the opening times" frightens no one. */
    private static final Set<String> FRIGHT = Set.of("scared", "scary", "terrified", "terrifying", "frightened",
            "frightening", "panic", "panicking", "panicked", "freaked", "freaking", "spooked", "petrified", "worried",
            "worrying", "anxious", "dread", "horror", "horrified", "nightmare", "nightmares", "shook", "shaken");

    private static final java.util.regex.Pattern FRIGHT_PHRASES = java.util.regex.Pattern.compile(
            "\\b(cant stop thinking|didnt sleep|not slept|cant sleep)\\b");

    private boolean frightened(String[] words) {
        return anyOf(words, FRIGHT) || cues.first("worry", words) != null
                || FRIGHT_PHRASES.matcher(String.join(" ", words)).find();
    }

    private static final List<String> SILLY = List.of("silly", "daft", "stupid", "pathetic");
    /** Asides that say what the member asked for or blames themselves for: nothing read later stands for them. */
    private static final Set<String> LEADING_ASIDES = Set.of("no_questions", "just_type", "luck", "self_blame");
    /**
     * In order: the first found is the aside. "come_back" (asking as they go whether they may come back) is first, so a
     * "tonight" in the same message does not make it a night; "fond_memory" comes before "anniversary", so old holiday
     * videos watched on the day she died are heard as the memory they are; "milestone" comes before "anniversary", so
     * "a year ago tonight I got the call" is celebrated, not mourned; "compare" comes before "self_blame", so a fraud
     * beside others in the group is heard as their pain measured against others'; "light" is last, for a message with
     * nothing else in it.
     * "envy" and "not_seen" are looked for in read, over any of these: others' news, or others' view, is no news of
     * theirs. "bot_criticised" and "bot_small_talk" (words put to the bot itself) come straight after "come_back", so
     * "ur useless lol" is not read as a laugh.
     */
    private static final List<String> ASIDES = List.of("come_back", "bot_criticised", "bot_small_talk", "own_birthday",
            "milestone", "sorry_back",
            "fond_memory", "anniversary", "asks_guess", "no_questions", "just_type", "luck", "keep_quiet", "read_online", "kindness",
            "dread_losing", "pet_bond", "torn", "compare", "self_blame", "regret", "caring_ended", "lost_self",
            "lost_future", "life_change", "taste_lost", "sense_lost", "body_anger", "let_down", "flashback",
            "scare_over:self", "scare_over", "dismissed",
            "others_say", "by_now", "told", "comfort", "relentless", "praised", "far_away", "why_me", "night",
            "light");

    /**
     * Whether the good news in a message is only the chat having helped: a good-news cue that stands just before
     * a "helped" cue ("I feel better for saying it", "it was really good to talk").
     */
    private boolean saidItHelped(String[] words) {
        CueBook.Match good = cues.first("good_news", words);
        CueBook.Match help = cues.first("helped", words);
        return good != null && help != null && good.at() <= help.at() && help.at() - good.at() <= 3;
    }

    /** Whether the message's good news is only feeling better or lighter ("feel better now", "feeling lighter"). */
    private boolean feltBetterOnly(String[] words) {
        CueBook.Match good = cues.first("good_news", words);
        return good == null || good.cue().key().matches(".*\\b(better|lighter)\\b.*");
    }

    /** "can't talk to anyone", "nobody to talk to": a negator within three words before talking. */
    private static boolean negatedTalk(String[] words) {
        for (int i = 0; i < words.length; i++) {
            // "I don't want to talk to a bot, is there a real person" still asks for a person
            if (TALK.contains(words[i]) && negatedBefore(words, i) && !anyAfter(words, i, 3, BOT_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Something good they are off to as they leave ("off to watch the snooker"), in the planner's words, or null. */
    private Echo leavingTo(String[] words) {
        return shownCue("leaving_to", "leaving:", words);
    }

    /** What they thanked the bot for as they go ("ta for the chat": "chat"; "thanks for listening"), or null. */
    private Echo thankedFor(String[] words) {
        return shownCue("thanked_for", "thanked:", words);
    }

    /** Words that carry no answer of their own in a short reply ("och", "aye", "tbh"). */
    private static final Set<String> CLOSED_FILLERS = Set.of("och", "aye", "well", "yeah", "yeh", "ya", "ok", "okay",
            "tbh", "really", "honestly", "lol", "haha", "x", "xx", "ta", "so", "just", "its", "im", "oh", "ah", "eh",
            "ngl", "mate", "pal", "love", "hun", "cheers", "thanks", "still", "mm", "hmm", "i", "guess", "suppose");

    /**
     * Whether every piece of a short message (split at its punctuation) is a closed answer: a short reply, an unsure
     * one, or a closed one ("managing", "mustn't grumble", "not much to say"), with fillers around it; and at least
     * one piece is one of those.
     */
    private boolean closedShort(String raw) {
        boolean any = false;
        for (String piece : raw.split("[.!?,;:\\n]+")) {
            String[] all = CueBook.tokens(piece);
            String[] w = java.util.Arrays.stream(all).filter(x -> !CLOSED_FILLERS.contains(x))
                    .toArray(String[]::new);
            if (w.length == 0) {
                continue;
            }
            if (!closedPiece(w) && !closedPiece(all)) {
                return false; // "just about" is read whole before "just" is dropped as a filler
            }
            any = true;
        }
        return any;
    }

    /** Whether the words are, whole, a short, unsure or closed answer. */
    private boolean closedPiece(String[] w) {
        return shortReplies.contains(String.join(" ", w)) || whole("short_unsure", w) || whole("short_closed", w);
    }

    /**
     * Who the good news may belong to when it is not the member ("he", "our jamie", "my sister"); never "they" ("they're
     * finally taking me seriously" is the member's news).
     */
    private static final Set<String> NEWS_OTHERS = Set.of("he", "she", "hes", "shes", "him", "her", "his");

    /** Whether the good news cue follows someone else as its subject within three words ("our jamie got the job"). */
    private boolean othersNews(String[] words) {
        CueBook.Match m = cues.first("good_news", words);
        if (m == null) {
            return false;
        }
        for (int k = Math.max(0, m.at() - 3); k < m.at(); k++) {
            if (NEWS_OTHERS.contains(words[k])) {
                return true;
            }
            int w = k + 1 < m.at() && KIN_BEFORE.contains(words[k + 1]) ? k + 2 : k + 1;
            if (w < m.at() && (words[k].equals("my") && oneWord(relations, words[w])
                    || words[k].equals("our") && !oneWord(things, words[w]) && !words[w].equals("own"))) {
                return true; // "my sister", "my eldest son", "our jamie"; never "my scan" or "our house"
            }
        }
        return false;
    }

    /** Words that may come between "my" and who they are ("my best friend", "my eldest son"). */
    private static final Set<String> KIN_BEFORE = Set.of("best", "little", "big", "eldest", "youngest", "oldest",
            "middle", "baby", "twin", "step");

    /** Whether a one-word cue of the list is this word. */
    private static boolean oneWord(List<Cue> list, String word) {
        return list.stream().anyMatch(c -> c.words().length == 1 && c.words()[0].equals(word));
    }

    /** Whether the words are exactly one cue of the section. */
    private boolean whole(String section, String[] w) {
        CueBook.Match m = cues.first(section, w);
        return m != null && m.at() == 0 && m.cue().words().length == w.length;
    }

    /** The first cue of a section in the message, as the planner shows it ("=> your cuppa"), or null. */
    private Echo shownCue(String section, String keyPrefix, String[] words) {
        CueBook.Match m = cues.first(section, words);
        return m == null ? null : new Echo(keyPrefix + m.cue().key(), m.cue().shownAs(), true);
    }

    /** Words for the bot itself, after a talk word ("talk to a bot"). */
    private static final Set<String> BOT_WORDS = Set.of("bot", "robot", "machine", "computer", "ai", "chatbot",
            "peerbot", "program", "you", "u");

    // ------------------------------------------------------------------ intents

    /**
     * A goodbye cue counts when it closes one of the last two sentences (at most a couple of words such as "now" or
     * "bye" after it), so "I have to go to hospital tomorrow" is not a goodbye but "anyway, I have to go" is.
     */
    private boolean isGoodbye(String raw) {
        return isGoodbye(raw, 2);
    }

    /**
     * Whether any sentence of the message leaves ("I'll leave it there for today. Thank you ever so much. I shall tell
     * my granddaughter it works"): for the gentle check, where a goodbye with thanks is answered as one.
     */
    public boolean leavesAnywhere(String text) {
        return isGoodbye(text == null ? "" : text, Integer.MAX_VALUE);
    }

    /** A goodbye cue closing one of the last {@code last} sentences. */
    private boolean isGoodbye(String raw, int last) {
        String[] sentences = SENTENCES.split(raw);
        List<String> nonEmpty = new ArrayList<>();
        List<String[]> tokens = new ArrayList<>();
        for (String s : sentences) {
            String[] w = CueBook.tokens(s);
            if (w.length > 0) {
                nonEmpty.add(s);
                tokens.add(w);
            }
        }
        for (int i = Math.max(0, nonEmpty.size() - Math.min(last, nonEmpty.size())); i < nonEmpty.size(); i++) {
            String sentence = nonEmpty.get(i);
            if (ASKS_WHO_OR_WHY.contains(tokens.get(i)[0])) {
                continue; // "who's going to do the school run?" asks about the future; it does not leave
            }
            if (leaves(tokens.get(i), false) || (i == nonEmpty.size() - 1 && nightAlone(tokens.get(i)))) {
                return true;
            }
            // "anyway I'd better go, tea won't cook itself": a leaving cue may close a clause before a comma
            String[] clauses = sentence.split(",");
            for (int c = 0; c < clauses.length - 1; c++) {
                if (leaves(CueBook.tokens(clauses[c]), true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "thank you. that's it really. night": "night" as the whole of the last sentence leaves (as a cue it cannot
     * stand alone, or "a rough night" would). So does "nos da", goodnight in Welsh.
     */
    private static boolean nightAlone(String[] w) {
        List<String> kept = new ArrayList<>();
        for (String t : w) {
            if (!NIGHT_TAIL.contains(t)) {
                kept.add(t);
            }
        }
        String said = String.join(" ", kept);
        return said.equals("night") || said.equals("nite") || said.equals("nos da") || said.equals("night then");
    }

    /** Words that may stand with a lone "night" ("night all x"). */
    private static final Set<String> NIGHT_TAIL = Set.of("x", "xx", "xxx", "all", "everyone", "love", "now", "folks",
            "bot", "peerbot", "and", "thanks", "ta");

    /** First words of a sentence that asks who, why, how or when: never a leaving sentence. */
    private static final Set<String> ASKS_WHO_OR_WHY = Set.of("who", "whos", "why", "how", "when", "where");

    /** Words before "the" that make a leaving cue a time in a story ("after the school run"). */
    private static final Set<String> WHEN_BEFORE = Set.of("after", "since", "during");

    /** Words in a cue that say the member is going ("better go", "let you get on"), not a bare "bye" or "night". */
    private static final Set<String> GOING = Set.of("go", "get", "going", "off", "dash", "run", "leave", "let");

    /**
     * Whether a goodbye cue closes these words; in a clause ({@code clause}), only a cue of going, with nothing
     * after it ("I had to say goodbye, it was awful" tells of a farewell).
     */
    private boolean leaves(String[] w, boolean clause) {
        for (Cue cue : cues.candidates("goodbye", w)) {
            if (clause && java.util.Arrays.stream(cue.words()).noneMatch(GOING::contains)) {
                continue;
            }
            for (int at : CueBook.places(cue, w)) {
                if (at >= 2 && w[at - 1].equals("the") && WHEN_BEFORE.contains(w[at - 2])) {
                    continue; // "cried in the car after the school run": a time in their story, not leaving
                }
                if (negatedBefore(w, at) || (at > 0 && NOT_LEAVING_BEFORE.contains(w[at - 1]))) {
                    continue; // "lost my nan last nite", "had a good night": a time, not leaving
                }
                if (at >= 2 && (w[at - 1].equals("saying") || w[at - 1].equals("said")) && OTHERS_SAYING.contains(w[at - 2])) {
                    continue; // "feels like they're saying goodbye?": others' farewell feared, not the member leaving
                }
                if (anyBefore(w, at, 6, HABIT)) {
                    continue; // "I keep making excuses and going to bed early": what they do each night, not leaving
                }
                if (at >= 1 && w[at - 1].equals("and") && anyBefore(w, at - 1, at - 1, ROUTINE)) {
                    continue; // "pulls the plug at 2pm every day and that's me done": how each day ends, not leaving
                }
                if (at >= 2 && w[at - 1].equals("to") && TOLD_TO.contains(w[at - 2]) || toldEarlier(w, at)) {
                    continue; // "she'd tell me to put the kettle on": what someone says to do, not leaving
                }
                int end = CueBook.endAt(cue.words(), w, at);
                if (end < w.length && w[end].equals("to") || farewellTold(w, at)) {
                    continue; // "had to say goodbye to my horse" tells of a farewell; it is not leaving now
                }
                int tail = 0;
                boolean planned = false;
                for (int k = end; k < w.length; k++) {
                    if (!AFTER_GOODBYE.contains(w[k])) {
                        tail++;
                    }
                    planned |= FUTURE.contains(w[k]);
                }
                if (planned && !cue.anywhere()) {
                    continue; // "I'll go and see him tomorrow" is a plan, not leaving now
                }
                // "have to go $" must close its sentence; "off to make the tea" may trail a few words; "gtg !"
                // counts wherever it stands.
                if (cue.anywhere() || tail <= (cue.closes() || clause ? 0 : 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that tell a routine ("every day", "each night"), anywhere before a goodbye cue joined by "and". */
    private static final Set<String> ROUTINE = Set.of("every", "each");

    /** Words before a leaving cue that make it a habit told ("I keep going to bed early"), not leaving now. */
    private static final Set<String> HABIT = Set.of("keep", "keeps", "kept", "always", "usually", "often", "tend",
            "excuses");

    /** Words before "to say" that make a goodbye one told, not said now: "we had to say goodbye, it was awful". */
    private static final Set<String> HAD_TO = Set.of("had", "got", "never", "didnt", "couldnt", "get");

    /** "had to say goodbye", "never got to say goodbye", "we said goodbye": a farewell told, not this one. */
    private static boolean farewellTold(String[] w, int at) {
        return at >= 3 && w[at - 1].equals("say") && w[at - 2].equals("to") && HAD_TO.contains(w[at - 3])
                || at >= 2 && w[at - 1].equals("said") && (w[at - 2].equals("we") || w[at - 2].equals("they"));
    }

    /** Who is told to do something just before a goodbye cue ("told me to get the kettle on"). */
    private static final Set<String> TOLD_TO = Set.of("me", "us", "you", "him", "her", "them");
    /** Saying what someone should do: "she'd have told me to stop moping and get the kettle on". */
    private static final Set<String> TELLING = Set.of("told", "tell", "tells", "telling", "said", "says", "say",
            "asked", "wants", "wanted", "want", "wanting");

    /** Whether the sentence says earlier, before the goodbye cue, that someone told them to do things. */
    private static boolean toldEarlier(String[] w, int at) {
        for (int k = 2; k < at; k++) {
            if (w[k].equals("to") && TOLD_TO.contains(w[k - 1]) && TELLING.contains(w[k - 2])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Big news ("having a baby", "moving house") is met as big news, not assumed good; said with "!!" and nothing
     * hard in it, it is good news to them.
     */
    private boolean excited(String raw, String[] words, Set<Intent> intents, FeelingAt felt) {
        return raw.contains("!!") && cues.first("big_news", words) != null && !intents.contains(Intent.BAD_NEWS)
                && !intents.contains(Intent.LOSS) && (felt == null || felt.echo().good())
                && cues.first("struggle", words) == null;
    }

    /** Words around good news said alone that change nothing: "omg", "yes", "finally", "guess what". */
    private static final Set<String> CHEER = Set.of("omg", "omfg", "oh", "yes", "yess", "yesss", "yessss", "yay",
            "yey", "woo", "woohoo", "wooo", "whoop", "finally", "guess", "what", "lol", "haha", "hahaha", "ahh",
            "ahhh", "eek", "so", "well", "totally", "just", "actually", "only", "and", "officially", "x", "xx",
            "today", "mate", "god", "my", "wow");

    /**
     * Good news said as a whole sentence ("I'm in!!", "PASSED", "she said yes!!!"): counted only when nothing but
     * cheer words stands beside it in its sentence, so "I'm in pain" and "she passed away" are never good news.
     */
    private boolean goodNewsAlone(String raw) {
        for (String sentence : CLAUSES.split(raw)) {
            String[] w = CueBook.tokens(sentence);
            List<String> kept = new ArrayList<>();
            for (String x : w) {
                if (!CHEER.contains(x)) {
                    kept.add(x);
                }
            }
            if (!kept.isEmpty() && kept.size() <= 3 && cues.section("good_news:alone").stream()
                    .anyMatch(c -> c.key().equals(String.join(" ", kept)))) {
                return true;
            }
        }
        return false;
    }

    /** A copy with the words from {@code from} (inclusive) to {@code to} (exclusive) blanked. */
    private static String[] masked(String[] words, int from, int to) {
        String[] out = words.clone();
        for (int k = Math.max(0, from); k < Math.min(out.length, to); k++) {
            out[k] = "_";
        }
        return out;
    }

    private Reading.Extra extra(String[] words, boolean familyNews, boolean newcomer) {
        if (cues.first("advice", words) != null) {
            return Reading.Extra.ADVICE;
        }
        if (familyNews) {
            return Reading.Extra.FAMILY_NEWS;
        }
        if (cues.first("waiting", words) != null) {
            return Reading.Extra.WAITING;
        }
        if (unnegated("idea", words)) {
            return Reading.Extra.IDEA;
        }
        if (cues.first("big_news", words) != null) {
            return Reading.Extra.BIG_NEWS;
        }
        if (newcomer) {
            return Reading.Extra.NEW_HERE; // "I'm 83 and new to computers": welcomed before anything else
        }
        return Reading.Extra.NONE;
    }

    /**
     * A good-news cue not negated, and not only a good feeling said of someone else: "he's so excited and I can't
     * tell him" is his excitement, not the member's good news ("my daughter passed!" still is).
     */
    private boolean goodNewsTheirs(String[] words, boolean storyAfter) {
        // "every night since he came out of hospital": a good thing just after "since" is when the trouble began,
        // told as a time, not news
        return anyPlace("good_news", words, (cue, at) -> !negatedBefore(words, at) && !hoped(words, at)
                && !anyBefore(words, at, 3, SINCE)
                && !(goodFeelings.contains(cue.key()) && saidOfSomeoneElse(words, at))
                && !(storyAfter && datedBack(cue, words, at))
                && !anyBefore(words, at, 3, OTHERS_THINK) && !aLifeLived(cue, words, at));
    }

    /** Words after "had a good" that tell of a life lived, not news ("I've had a good innings", yes to a DNR at 84). */
    private static final Set<String> A_LIFE = Set.of("innings", "run", "life", "long");

    /** Whether the good-news cue is "... good" followed by one of {@link #A_LIFE}. */
    private static boolean aLifeLived(Cue cue, String[] w, int at) {
        int end = CueBook.endAt(cue.words(), w, at);
        return cue.words()[cue.words().length - 1].equals("good") && end < w.length && A_LIFE.contains(w[end]);
    }

    /**
     * "Finished chemo in March and everyone at work thinks I'm back to normal": good news dated months back is where
     * the story starts, not the news told now (session 28). Looks at the few words after the cue. Asked only when
     * {@link #storyAfterCalmStart} holds: "I got the job!! start in January" dates news to come, told with joy.
     */
    private static boolean datedBack(Cue cue, String[] w, int at) {
        String first = cue.words()[0];
        if (!first.endsWith("ed") && !PAST_STARTS.contains(first)) {
            return false; // "getting married in June": a date to come
        }
        int end = CueBook.endAt(cue.words(), w, at);
        for (int k = end; k < Math.min(w.length, end + 4); k++) {
            boolean in = (w[k].equals("in") || w[k].equals("back")) && !TO_COME.contains(w[k - 1]);
            if (in && k + 1 < w.length && (MONTHS.contains(w[k + 1])
                    || (w[k + 1].equals("the") && k + 2 < w.length && SEASONS.contains(w[k + 2])))) {
                return true;
            }
            if (in && k + 1 < w.length && w[k + 1].matches("(19|20)\\d\\d")
                    && Integer.parseInt(w[k + 1]) < java.time.Year.now().getValue()) {
                return true; // "my runner beans won a prize in 2019": a past year named, where the story began
            }
            if (w[k].equals("last") && k + 1 < w.length && (SEASONS.contains(w[k + 1]) || w[k + 1].equals("year"))) {
                return true;
            }
            if (w[k].equals("ago") && k > end && (w[k - 1].equals("months") || w[k - 1].equals("years"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WAS = Set.of("was", "were");

    /** "everyone at work thinks I'm back to normal": what others believe, not news of theirs. */
    private static final Set<String> OTHERS_THINK = Set.of("thinks", "assumes", "assumed", "reckons", "expects",
            "presumes", "imagines");

    /** First words of a good-news cue that tell it as done ("finished chemo", "had my last", "got the all clear"). */
    private static final Set<String> PAST_STARTS = Set.of("had", "got", "was", "went", "came", "did", "done", "last",
            "final", "passed", "rang", "won", "made", "became");
    /** Words before "in March" that make it a date to come ("start in January", "due in June"). */
    private static final Set<String> TO_COME = Set.of("start", "starts", "starting", "due", "from", "until", "till",
            "booked", "coming", "moving", "back");

    /** A message that opens without an exclamation and goes on for three sentences or more: a story told. */
    private static boolean storyAfterCalmStart(String raw) {
        String t = raw.strip();
        java.util.regex.Matcher end = SENTENCES.matcher(t);
        boolean calm = !end.find() || !end.group().contains("!");
        return calm && !t.contains("!!") && SENTENCES.split(t).length >= 3;
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "winter");

    /** A good result, not denied and not dated months back ("finished chemo in March and ..."). */
    private boolean goodResultNow(String[] words, boolean storyAfter) {
        return anyPlace("good_results", words,
                (cue, at) -> !negatedBefore(words, at) && !(storyAfter && datedBack(cue, words, at)));
    }

    /** A cue of the section neither negated nor only imagined ("she'd have laughed at me" hurts no one). */
    private boolean done(String section, String[] words) {
        return anyPlace(section, words, (cue, at) -> doneAt(words, at));
    }

    /** The words at {@code at} are neither negated nor only imagined ("would've laughed at me"). */
    private static boolean doneAt(String[] words, int at) {
        return !negatedBefore(words, at) && !anyBefore(words, at, 2, WOULD_HAVE);
    }

    private boolean unnegated(String section, String[] words) {
        return anyPlace(section, words, (cue, at) -> !negatedBefore(words, at));
    }

    /** Whether a cue of the section stands somewhere in the words where {@code keep} accepts it. */
    private boolean anyPlace(String section, String[] words, java.util.function.BiPredicate<Cue, Integer> keep) {
        for (Cue cue : cues.candidates(section, words)) {
            for (int at : CueBook.places(cue, words)) {
                if (keep.test(cue, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "not cancer", "no tumour", "isn't a cyst": the word itself denied, not a verb before it ("can't face it"). */
    private static boolean ruledOut(String[] words, int at) {
        return (at >= 1 && NEGATORS.contains(words[at - 1]))
                || (at >= 2 && NEGATORS.contains(words[at - 2]) && ARTICLES.contains(words[at - 1]));
    }

    /** Words that may stand between a denial and what it denies: "not my mum", "not about the money". */
    private static final Set<String> DENIED_THROUGH = Set.of("my", "our", "the", "a", "an", "about", "that");
    /** Words that deny the person or thing straight after them (not "didn't", which denies a verb). */
    private static final Set<String> DENIALS = Set.of("not", "isnt", "wasnt", "arent", "aint", "nae", "nor");

    /**
     * Whether a person, thing or feeling is the one the member denies ("it's not my mum, it's my sister", "my boss
     * not work"): a denial straight before it, through determiners only. "not even my mum" and "not just my mum"
     * deny nothing, and a possessive ("not my mum's fault") is about the thing, so the person stays.
     */
    private static boolean denied(String[] words, boolean[] owner, int at) {
        if (owner != null && at < owner.length && owner[at]) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            if (DENIALS.contains(words[k])) {
                return true;
            }
            if (!DENIED_THROUGH.contains(words[k])) {
                return false;
            }
        }
        return false;
    }

    /** Capitalised words after a person that are not a name ("my mum Sunday", "my GP NHS"). */
    private static final Set<String> NOT_NAMES = Set.of("I", "Im", "Ive", "Id", "Ill", "The", "And", "But", "So",
            "He", "She", "They", "We", "It", "Its", "My", "Our", "His", "Her", "Their", "This", "That", "Then",
            "When", "Just", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Christmas", "Xmas", "Easter", "Nhs", "Gp", "Copd", "Ms", "Hrt", "Type", "Stage", "Was",
            "Is", "Has", "Had", "Who", "Did", "Does", "Died", "Passed", "Got", "Lol", "Omg", "Yesterday", "Today",
            "Tonight", "Tomorrow", "Last", "Next", "Mum", "Dad", "Mam", "Nan", "Gran", "Not", "Still", "Too");
    private static final Pattern NAME = Pattern.compile("[A-Z][a-z]{1,15}");
    /** A capital after the first word ("my husband Derek"); "My Dad Loved Football" is ruled out by titleCase. */
    private static final Pattern CAPITAL_AFTER_START = Pattern.compile("\\s\\p{Lu}");
    private static final Set<String> PETS = Set.of("dog", "dogs", "cat", "cats", "puppy", "kitten", "horse", "pony",
            "rabbit", "budgie", "hamster", "guinea pig", "spaniel", "labrador", "pet", "parrot", "tortoise", "ferret");

    /** Whether a person given back is a pet ("your dog"): who someone is to them has not changed with a pet. */
    static boolean isPet(Echo person) {
        return person != null && person.key().startsWith("relation:")
                && PETS.contains(person.key().substring("relation:".length()));
    }

    /**
     * The person with the name the member gave them, when they wrote it straight after ("my husband Derek", "our
     * old dog Bess", "my friend, Carol"): said back as "your husband Derek". Otherwise the person as it was. Asked
     * only of a message that may name someone (a capital after its first word, not in title case): most name nobody,
     * and no pattern is built for them.
     */
    private static Echo named(Echo person, String raw) {
        // people only: a pet's name was asked not to be given back ("our dog Bramble died" in a blind suite)
        if (person == null || !person.key().startsWith("relation:") || !person.shown().startsWith("your ")
                || isPet(person)) {
            return person;
        }
        String who = person.shown().substring("your ".length());
        java.util.regex.Matcher m = Pattern.compile("(?i:\\b(?:my|our)\\s+(?:old\\s+|late\\s+|little\\s+|best\\s+)?"
                + Pattern.quote(who) + ")(?:,)?\\s+(\\p{L}+)").matcher(raw);
        if (!m.find()) {
            return person;
        }
        String name = m.group(1);
        if (!NAME.matcher(name).matches() || NOT_NAMES.contains(name)) {
            return person;
        }
        return new Echo(person.key(), person.shown() + " " + name, person.good(), person.bare());
    }

    /**
     * The names in a message that may name someone, lower-cased as the words are: capitalised words after its first
     * that are not on {@link #NOT_NAMES}.
     */
    private static Set<String> givenNames(String raw) {
        Set<String> out = new java.util.HashSet<>();
        String[] w = raw.strip().split("[\\s,]+");
        // "Alan died in March", "Pat passed in the spring": a name may open the message when a death follows it
        int from = w.length > 1 && DIED_AFTER_NAME.contains(w[1].toLowerCase(java.util.Locale.ROOT)) ? 0 : 1;
        for (int i = from; i < w.length; i++) {
            if (NAME.matcher(w[i]).matches() && !NOT_NAMES.contains(w[i])) {
                out.add(w[i].toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** A sticker, gif or picture described in square brackets, as some apps and screen readers send them. */
    private static final Pattern DESCRIBED_MEDIA = Pattern.compile(
            "\\[(?i:sticker|gif|image|photo|picture|meme|emoji|voice note|video)\\b[^\\]]*\\]");

    /** "Pat passed in the spring", "Alan died in March": a death told with a name opening the message. */
    private static final Pattern NAMED_DEATH_FIRST = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{L}'-]+\\s+(?:died|passed|has died|has passed)\\b");

    private static final Set<String> DIED_AFTER_NAME = Set.of("died", "passed", "dies", "went");

    /** Words just before hard news that make it a fear, not news: "what if it's come back", "scared it's spread". */
    private static final Set<String> FEARED = Set.of("if", "scared", "worried", "afraid", "terrified", "frightened",
            "dread", "dreading", "fear", "might", "maybe", "worry", "wondering", "suppose");

    /** Whether every piece of hard news in the message is only feared ("what if it's come back"). */
    private boolean onlyFeared(String[] words) {
        return everyBadNewsAfter(words, 4, FEARED);
    }

    /**
     * "hasn't messaged once since my diagnosis", "every day since the stroke": the hard news named only as when
     * something else began, told as a time, is not news told now (the hurt or the struggle after it is what they tell).
     */
    private boolean onlyAsATime(String[] words) {
        for (CueBook.Match m : cues.all("bad_news", words)) {
            // "since my diagnosis" is a time; "since Christmas, in and out of hospital" tells the news after the time
            boolean timeBetween = m.at() >= 1 && (MONTHS.contains(words[m.at() - 1])
                    || SEASONS.contains(words[m.at() - 1]) || HOLIDAYS.contains(words[m.at() - 1]));
            if (!anyBefore(words, m.at(), 2, SINCE) || timeBetween) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> HOLIDAYS = Set.of("christmas", "xmas", "easter", "then", "yesterday", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Whether every hard-news cue in the message has one of these words within {@code span} words before it. */
    private boolean everyBadNewsAfter(String[] words, int span, Set<String> before) {
        for (CueBook.Match m : cues.all("bad_news", words)) {
            if (!anyBefore(words, m.at(), span, before)) {
                return false;
            }
        }
        return true;
    }

    /** "her name was Ffion", "he was called Bert": whose name, then the name as they wrote it (a capital first). */
    private static final Pattern THEIR_NAME = Pattern.compile(
            "(?i:\\b(her|his|their) name (?:was|is)|\\b(she|he|they) (?:was|were) called)\\s+(\\p{Lu}[\\p{L}'-]*)");

    /** The name of someone they tell of, as an echo keyed by whose it is; null when none is given. */
    private static Echo theirName(String raw) {
        java.util.regex.Matcher m = THEIR_NAME.matcher(raw);
        if (!m.find()) {
            return null;
        }
        String whose = m.group(1) != null ? m.group(1).toLowerCase(java.util.Locale.ROOT)
                : switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
                    case "she" -> "her";
                    case "he" -> "his";
                    default -> "their";
                };
        return new Echo("name:" + whose, m.group(3), false);
    }

    /** Whether a third or more of the words start with a capital letter. */
    private static boolean titleCase(String raw) {
        String[] w = raw.strip().split("\\s+");
        long capitals = java.util.Arrays.stream(w).filter(x -> !x.isEmpty() && Character.isUpperCase(x.charAt(0)))
                .count();
        return capitals * 3 >= w.length;
    }

    /** Just before good news, words that make it wished for, not had: "I'd feel better hearing a voice". */
    private static final Set<String> HOPED = Set.of("id", "would", "wouldve", "might", "if", "hope", "hoping",
            "wish", "wishing", "want", "wanna", "praying", "should", "shouldve", "supposed", "meant", "ought", "must");

    /** Before a good feeling, words that make it what others say of them: "everyone says I'm brave". */
    private static final Set<String> SAID_OF = Set.of("says", "said", "saying", "say", "tells", "told", "telling",
            "calls", "called", "calling", "thinks", "reckons", "assume", "assumes", "expect", "expects");

    /** Whether good news is only hoped for or imagined ("I'd just feel better", "hoping it's benign"). */
    private static boolean hoped(String[] words, int at) {
        return anyBefore(words, at, 3, HOPED);
    }

    private static boolean negatedBefore(String[] words, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            if (NEGATORS.contains(words[k]) && !intensifies(words, k, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "I've never felt so frightened", "never been this tired": a "never" that makes the feeling stronger, not one that
     * denies it.
     */
    private static boolean intensifies(String[] words, int k, int at) {
        if (!words[k].equals("never")) {
            return false;
        }
        int next = k + 1;
        if (next < at && words[next].equals("ever")) {
            next++;
        }
        return next + 1 < at && INTENSE_VERB.contains(words[next]) && INTENSE.contains(words[next + 1]);
    }

    private static final Set<String> INTENSE_VERB = Set.of("felt", "been", "feel");
    private static final Set<String> INTENSE = Set.of("so", "this", "that", "as", "more", "such");

    /** Whether one of {@code set} stands in the {@code span} words just before {@code at}. */
    private static boolean anyBefore(String[] words, int at, int span, Set<String> set) {
        for (int k = Math.max(0, at - span); k < at; k++) {
            if (set.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@code set} stands within {@code span} words after {@code at}. */
    private static boolean anyAfter(String[] words, int at, int span, Set<String> set) {
        for (int k = at + 1; k < Math.min(words.length, at + 1 + span); k++) {
            if (set.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** Questions to the bot still heard in a longer message when they open it, with the reason after. */
    private static final List<Map.Entry<String, BotQuestion>> ASKED_FIRST = List.of(
            Map.entry("bot_care", BotQuestion.CARE), Map.entry("bot_memory", BotQuestion.MEMORY));

    /** Whether a cue of {@code section} stands at the first or second word (any cue, not only the first listed). */
    private boolean opensWith(String section, String[] words) {
        return cues.all(section, words).stream().anyMatch(m -> m.at() <= 1);
    }

    private BotQuestion botQuestion(String[] words) {
        if (words.length > 12 && words.length <= 25 && cues.first("bot_privacy", words) != null) {
            return BotQuestion.PRIVACY; // "before I say anything, is this private? ...": asked with its reason
        }
        if (words.length > 25 && words.length <= 40 && opensWith("bot_privacy", words)) {
            return BotQuestion.PRIVACY; // "what do you do with what I write? ... I've not even told my employer"
        }
        if (words.length > 12 && words.length <= 25) {
            // "do you actually care or are you just programmed to say nice things lol": asked first, then said why
            for (Map.Entry<String, BotQuestion> asked : ASKED_FIRST) {
                if (opensWith(asked.getKey(), words)) {
                    return asked.getValue();
                }
            }
        }
        if (words.length > 12 && words.length <= 45 && cues.first("bot_act", words) != null) {
            // "could you ring my GP for me and tell them the tablets make me dizzy? I hate the phone": a bot asked to
            // act in the world says plainly what it can't do, wherever in the message the asking stands
            return BotQuestion.ACT;
        }
        if (words.length == 0 || words.length > 12) {
            return null; // a long message that mentions "who are you" in passing is not a question to the bot
        }
        if (words.length <= 6 && cues.first("bot_how", words) != null) {
            return BotQuestion.HOW_ARE_YOU; // "hi, how are you?" and little else: small talk, not a disclosure
        }
        if (cues.first("bot_memory", words) != null) {
            return BotQuestion.MEMORY; // "do you remember what I told you yesterday?": asked before privacy
        }
        if (cues.first("bot_privacy", words) != null) {
            return BotQuestion.PRIVACY;
        }
        if (cues.first("bot_act", words) != null) {
            return BotQuestion.ACT; // "can't you just ring them for me?": what a bot can't do, said plainly
        }
        if (cues.first("bot_talk", words) != null) {
            return BotQuestion.TALK; // "how does /talk work?": what happens, and the queue, said plainly
        }
        if (cues.first("bot_care", words) != null) {
            return BotQuestion.CARE;
        }
        if (cues.first("bot_person", words) != null) {
            return BotQuestion.PERSON;
        }
        if (cues.first("bot_name", words) != null) {
            return BotQuestion.NAME;
        }
        if (cues.first("bot_made", words) != null) {
            return BotQuestion.WHO_MADE;
        }
        if (cues.first("bot_can_do", words) != null) {
            return BotQuestion.CAN_DO;
        }
        return null;
    }

    private boolean thanksOnly(String[] words) {
        int other = 0;
        for (String w : words) {
            if (!thanksWords.contains(w) && !THANKS_FILLER.contains(w)) {
                other++;
            }
        }
        return other <= 1;
    }

    /** A language other than English written in Latin letters, or a message mostly in another script. */
    private String language(String raw, String[] words) {
        if (mostlyOtherScript(raw)) {
            return "other";
        }
        if (words.length < 3) {
            return null;
        }
        int english = count(words, languages.getOrDefault("en", Set.of()));
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Set<String>> e : languages.entrySet()) {
            if (e.getKey().equals("en")) {
                continue;
            }
            int hits = count(words, e.getValue());
            if (hits > bestHits) {
                best = e.getKey();
                bestHits = hits;
            }
        }
        boolean foreign = bestHits >= 2 && bestHits > english * 2 && bestHits * 4 >= words.length;
        return foreign ? best : null;
    }

    private static int count(String[] words, Set<String> set) {
        int n = 0;
        for (String w : words) {
            if (set.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** True when most letters are outside the Latin script. */
    static boolean mostlyOtherScript(String text) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        return other > 3 && other > latin * 2;
    }

    // ------------------------------------------------------------------ reflection

    private static List<Cue> longestFirst(List<Cue> list) {
        List<Cue> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt((Cue c) -> c.words().length).reversed());
        return List.copyOf(out);
    }

    /** The cues of a list whose first word is in the message (or is a prefix), in the list's order. */
    private List<Cue> present(List<Cue> list, String[] words) {
        CueBook.FirstWords index = firstWords.get(list);
        return (index != null ? index : CueBook.FirstWords.of(list)).present(list, words);
    }

    /**
     * The first listed word of the member's that may be given back; relations only after "my" or "our", and a
     * thing of someone else's ("mum's operation") is "the operation", not "your operation". A condition they ruled out
     * ("the lump's not cancer") is never given back as what this is about ({@code deniable}; a thing may follow a
     * denied verb and still be theirs: "didn't sleep").
     */
    private Echo echo(List<Cue> list, String prefix, String[] words, boolean[] owner, boolean possessive,
                      boolean deniable) {
        Echo best = null;
        int bestAt = Integer.MAX_VALUE;
        Echo messenger = null;
        int messengerAt = Integer.MAX_VALUE;
        for (Cue cue : present(list, words)) {
            for (int at : CueBook.places(cue, words)) {
                if ((possessive && !ownedAt(words, owner, at)) || (deniable && ruledOut(words, at))
                        || denied(words, owner, at)) {
                    continue; // "it's not my mum, it's my sister": the one they put right is never given back
                }
                int end = CueBook.endAt(cue.words(), words, at);
                if (possessive && end < words.length && PASSED_ON.contains(words[end])) {
                    // "my neighbour said I should try this": who suggested it, not who the post is about
                    if (at < messengerAt) {
                        messenger = new Echo(prefix + cue.key(), cue.shownAs(), false);
                        messengerAt = at;
                    }
                    continue; // the same person further on may be who the post is about
                }
                if (at < bestAt) {
                    String shown = possessive ? cue.shownAs() : whose(cue.shownAs(), words, owner, at);
                    Echo theirs = possessive && owner[at] && end < words.length ? echoes.get("relation:" + words[end])
                            : null;
                    if (theirs != null && shown.startsWith("your ") && theirs.shown().startsWith("your ")) {
                        // "my husband's father": the father is who this is about, said as whose he is; the key stays
                        // their own person's, so a later "she" is never taken as the member's husband
                        shown = shown + "'s " + theirs.shown().substring("your ".length());
                    }
                    best = new Echo(prefix + cue.key(), shown, false);
                    bestAt = at;
                }
                break;
            }
        }
        return best != null ? best : messenger;
    }

    /**
     * Whether a person is theirs: "my" or "our" before it, "the" ("the wife", "the kids") or nothing that makes it
     * someone else's; not after "her", "a", "their" and the like ("her mum", "a friend").
     */
    private static boolean ownedAt(String[] words, boolean[] owner, int at) {
        if (at > 0 && SELF_JUDGED.contains(words[at - 1]) && PARENT_ROLES.contains(words[at])) {
            return false; // "felt like the worst mum going": the member's own role, not someone to be sorry about
        }
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            String w = words[k];
            if (owner[k]) {
                return false; // "my neighbour's husband": the husband is the neighbour's
            }
            if (w.equals("my") || w.equals("our") || w.equals("the")) {
                return true;
            }
            if (NOT_OWNERS.contains(w)) {
                return false;
            }
            if (BOUNDARY.contains(w)) {
                return true; // "even mum's illness": no determiner before the person
            }
        }
        return true;
    }

    /** A feeling read in the member's own word and where it stands. */
    private record FeelingAt(Echo echo, int at, int end) {
    }

    /**
     * The member's own feeling word. Words that are plainly feelings ("furious", "exhausted") count wherever they
     * stand; words with other everyday senses ("low", "down", "lost", "flat": the section feeling:needs_lead) only
     * after a feeling lead ("I feel", "so", "a bit").
     */
    private FeelingAt feeling(String[] words) {
        // "the wife's more worried than me": someone else's worry is not named back as theirs; any worry of theirs in
        // the message counts, not only the first cue found ("... when I can't drive. who will look after them" has a
        // "can't" just before one cue, and "who's going to do the school run" before it)
        for (CueBook.Match worry : cues.all("worry", words)) {
            if (!negatedBefore(words, worry.at()) && !saidOfSomeoneElse(words, worry.at())) {
                return new FeelingAt(new Echo("feeling:" + worry.cue().shownAs(), worry.cue().shownAs(), false),
                        worry.at(), CueBook.endAt(worry.cue().words(), words, worry.at()));
            }
        }
        FeelingAt best = null;
        FeelingAt own = null;
        for (Cue cue : present(feelings, words)) {
            for (int at : CueBook.places(cue, words)) {
                boolean led = !feelingsNeedingLead.contains(cue.key()) || ledAsAFeeling(cue, words, at);
                if (!led || negatedBefore(words, at)
                        || (goodFeelings.contains(cue.key()) && (hoped(words, at) || anyBefore(words, at, 3, SAID_OF)))) {
                    continue; // "I'd just feel better hearing a voice" is a wish, not how they feel
                }
                if (cue.key().equals("positive") && (anyBefore(words, at, 3, STATUS_TOLD)
                        || (at + 1 < words.length && words[at + 1].equals("for")))) {
                    continue; // "nobody at work knows I'm positive", "tested positive for covid": a result, not a mood
                }
                FeelingAt here = new FeelingAt(new Echo("feeling:" + cue.key(), cue.shownAs(),
                        goodFeelings.contains(cue.key()), bareFeelings.contains(cue.key())), at,
                        CueBook.endAt(cue.words(), words, at));
                if ((best == null || at < best.at()) && !saidOfSomeoneElse(words, at) && !saidOfAThing(words, at)) {
                    best = here; // "mum is over the moon" is mum's feeling, not theirs to be told back as "you"
                }
                // "I know she's frightened": the nearer "she" owns it, not the "I" that knows it
                if (saidOfThemselves(words, at) && !saidOfSomeoneElse(words, at) && (own == null || at < own.at())) {
                    own = here;
                }
                break;
            }
        }
        // "the kids are fed up ... I just feel like I'm failing everyone": their own feeling before anyone else's
        return own != null ? own : best;
    }

    /**
     * How many separate pieces of hard news: cues that overlap or stand within a few words of each other ("the scan
     * showed it's spread to my liver" matches three cues) are one piece.
     */
    private int separateHardNews(String[] words) {
        List<Integer> at = new ArrayList<>();
        for (String section : List.of("bad_news", "loss")) {
            cues.all(section, words).forEach(m -> at.add(m.at()));
        }
        at.sort(Integer::compare);
        int pieces = 0;
        int last = -100;
        for (int a : at) {
            if (a - last > 4) {
                pieces++;
            }
            last = a;
        }
        return pieces;
    }

    /** A "but" after the good news ("got the job, but it means moving"), not before it ("took months but we did it"). */
    private boolean butAfterGoodNews(String[] words) {
        CueBook.Match good = cues.first("good_news", words);
        return butFrom(words, good == null ? 0 : good.at());
    }

    /** Whether a "but" (or "though", "however") stands at {@code from} or after it. */
    private static boolean butFrom(String[] words, int from) {
        for (int i = Math.max(0, from); i < words.length; i++) {
            if (BUT.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Where the last "but" stands, or -1. */
    private static int lastBut(String[] words) {
        for (int i = words.length - 1; i >= 0; i--) {
            if (BUT.contains(words[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A good result told first and a "but" after it ("all clear!! but my friend from the ward died on Sunday"): the
     * gladness stays beside the loss, so both are heard.
     */
    private boolean goodResultThenBut(String[] words) {
        CueBook.Match result = cues.first("good_results", words);
        return result != null && !negatedBefore(words, result.at()) && butFrom(words, result.at() + 1);
    }

    /** "so cheesy but she loved it": what follows the last "but" is glad, so the news is not mixed. */
    private boolean goodAfterBut(String[] words) {
        int but = lastBut(words);
        return but >= 0 && unnegated("good_after_but", java.util.Arrays.copyOfRange(words, but + 1, words.length))
                && cues.first("bad_news", words) == null; // "but my parents aren't happy" stays mixed
    }

    /** A condition named just after being told it ("they told me today it's MS", "the scan says it's cancer"). */
    private boolean toldACondition(String[] words) {
        for (Cue cue : present(conditions, words)) {
            for (int at : CueBook.places(cue, words)) {
                // "they told me it's MS", "diagnosed with", and "the memory clinic confirmed alzheimers today"
                boolean its = at > 0 && (words[at - 1].equals("its") || words[at - 1].equals("with")
                        || words[at - 1].equals("confirmed")
                        || (at > 1 && words[at - 1].equals("is") && words[at - 2].equals("it")));
                if (its && anyOf(java.util.Arrays.copyOfRange(words, 0, at), TOLD) && !negatedBefore(words, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "I got a place on the course but I'm terrified": what follows the "but" is a feeling about the good news, not
     * hard news of its own, so both are heard rather than met as mixed news.
     */
    private boolean onlyAFeelingAfterBut(String[] words) {
        int but = lastBut(words);
        if (but < 0 || cues.first("bad_news", words) != null) {
            return false;
        }
        String[] after = java.util.Arrays.copyOfRange(words, but + 1, words.length);
        return feeling(after) != null && after.length <= 6;
    }

    /**
     * A word with an everyday sense reads as a feeling after a lead ("a bit flat", "today has been rubbish"), unless
     * what is low or down is a reading or a level ("my sugar was low", "my iron is down").
     */
    private static boolean ledAsAFeeling(Cue cue, String[] words, int at) {
        int end = CueBook.endAt(cue.words(), words, at);
        // "happy but guilty tbh": a feeling opening the message and joined to another is a feeling
        boolean lead = FEELING_LEAD.contains(cue.words()[0]) || (at > 0 && FEELING_LEAD.contains(words[at - 1]))
                || (at == 0 && end < words.length && BUT.contains(words[end]));
        if (!lead || (at >= 2 && words[at - 1].equals("and") && words[at - 2].equals("up"))
                || (end < words.length && WAY_TO.contains(words[end]) && cue.key().equals("down"))) {
            return false; // "looked me up and down", "get down to see him": a look or a trip, not a low mood
        }
        for (int k = Math.max(0, at - 4); k < at; k++) {
            if (MEASURES.contains(words[k])) {
                return false;
            }
        }
        // "a fluid restriction and low salt", "low fat", "low dose": a diet or a dose, not a low mood
        return end >= words.length || !DIET.contains(words[end]);
    }

    /** Words after "low" that make it a diet or a dose. */
    private static final Set<String> DIET = Set.of("salt", "fat", "sugar", "carb", "carbs", "calorie", "calories",
            "dose", "fibre", "residue", "protein", "potassium", "sodium", "gi", "alcohol");

    /** Words before "positive" that make it a test result or a status told ("knows I'm positive"). */
    private static final Set<String> STATUS_TOLD = Set.of("knows", "know", "knew", "told", "tell", "telling",
            "tested", "test", "found", "hiv", "result", "results");

    /** Words after "down" that make it a way to go ("down to see her", "down there"). */
    private static final Set<String> WAY_TO = Set.of("to", "there", "here", "south", "the");

    private static final Set<String> MEASURES = Set.of("sugar", "sugars", "level", "levels", "blood", "bloods",
            "reading", "readings", "number", "numbers", "pressure", "bp", "iron", "battery", "count", "counts",
            "temperature", "temp", "glucose", "bg", "bgs", "ketones", "potassium", "sodium", "oxygen", "sats", "hb",
            "platelets", "weight", "signal", "tyre", "tyres", "stock", "stocks", "money", "funds", "savings");

    /** A feeling the member says of themselves: "I", "I'm", "feel" or "me" in the three words before it. */
    private static boolean saidOfThemselves(String[] words, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            if (SELF.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person or "he"/"she" in the three words before a feeling, with no "I" or "me" between: that person's feeling
     * ("mum is over the moon"), unless it was done to the member ("humiliated me").
     */
    private boolean saidOfSomeoneElse(String[] words, int at) {
        if (at + 1 < words.length && (words[at + 1].equals("me") || words[at + 1].equals("us"))) {
            return false; // "my manager humiliated me": done to them, so the feeling is theirs
        }
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            if (SELF.contains(words[k])) {
                return false;
            }
            if (PRONOUNS.contains(words[k]) || words[k].equals("they") || words[k].equals("theyre")
                    || isPerson(words[k]) || isPerson(stem(words[k]))) {
                return true; // ("the wife's more worried": "wifes" is the wife)
            }
        }
        return false;
    }

    /**
     * "the wait was awful", "it was horrible": a feeling word said of a thing, not a feeling of theirs to name back
     * ("the wait was awful but it's all clear" is relief, not "you're feeling awful").
     */
    private static boolean saidOfAThing(String[] words, int at) {
        if (at < 2 || !Set.of("was", "is", "were", "been").contains(words[at - 1])) {
            return false;
        }
        return words[at - 2].equals("it") || words[at - 2].equals("that")
                || (at >= 3 && Set.of("the", "that", "this").contains(words[at - 3]));
    }

    private static final Set<String> SELF = Set.of("i", "im", "ive", "feel", "feeling", "felt", "me", "am");

    /** "grandads" reads as "grandad" (the apostrophe is gone by now) when the stem is a listed person. */
    private String[] depossessed(String[] words) {
        String[] out = words.clone();
        for (int i = 0; i < out.length; i++) {
            String w = out[i];
            if (!relationWords.contains(w) && relationWords.contains(stem(w))) {
                out[i] = stem(w);
            }
        }
        return out;
    }

    /** The word without a possessive or plural "s" left by a dropped apostrophe ("wifes"), or the word itself. */
    private static String stem(String w) {
        return w.length() > 2 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** "had to say goodbye to", "having to say goodbye to": the words people use for a death or putting a pet down. */
    private static boolean hadToSayGoodbyeTo(String[] w, int k) {
        if (k < 1 || k + 1 >= w.length || !w[k].equals("goodbye") || !w[k + 1].equals("to")) {
            return false;
        }
        // "we said goodbye to our old cat", "saying goodbye to my nan": told of, never said as leaving
        if (w[k - 1].equals("said") || w[k - 1].equals("saying")) {
            return true;
        }
        return k >= 3 && w[k - 1].equals("say") && w[k - 2].equals("to")
                && Set.of("had", "have", "having", "has").contains(w[k - 3]);
    }

    /**
     * A person or pet of theirs lost or died: "lost my younger brother", "lost the wife", "since dad passed". Not
     * "lost my mum's ring" (a thing of theirs) and not "lost touch with my cousin".
     */
    private Echo lostSomeone(String[] own, String[] words, boolean[] owner, Set<String> names) {
        for (Cue cue : present(relations, own)) {
            for (int at : CueBook.places(cue, own)) {
                if (!ownedAt(own, owner, at) || anyBefore(own, at, 3, COMPARING) || !diedAt(cue, own, words, at, names)) {
                    continue;
                }
                return echoes.get("relation:" + cue.key());
            }
        }
        return null;
    }

    /** "knew him better than my own brothers", "like a sister to me": the person named is a comparison, not the one lost. */
    private static final Set<String> COMPARING = Set.of("than", "like");

    /**
     * Someone else's person who died ("her mum died", "my neighbour's husband passed away"): told of, but not the
     * member's own loss, so the sorrow names whose it is ("her mum", "your neighbour's husband"), never the member's
     * own person named elsewhere in the message ("my wife's been low since her mum died" is not "losing your wife").
     */
    private Echo someoneElseLost(String[] own, String[] words, boolean[] owner, Set<String> names) {
        for (Cue cue : present(relations, own)) {
            if (cue.words().length != 1) {
                continue;
            }
            for (int at : CueBook.places(cue, own)) {
                if (ownedAt(own, owner, at) || !diedAt(cue, own, words, at, names)) {
                    continue;
                }
                String person = cue.shownAs().startsWith("your ") ? cue.shownAs().substring("your ".length())
                        : cue.key();
                String before = at > 0 ? own[at - 1] : "";
                if (at > 0 && owner[at - 1] && isPerson(before) && ownedAt(own, owner, at - 1)) {
                    return new Echo("relation:" + cue.key(), "your " + before + "'s " + person, false);
                }
                if (Set.of("his", "her", "their").contains(before)) {
                    return new Echo("relation:" + cue.key(), before + " " + person, false);
                }
                return null;
            }
        }
        return null;
    }

    /** The one person of theirs a message names ("set a place for Dad"), or null when it names none or several. */
    private Echo onlyPerson(String[] own, boolean[] owner) {
        Echo one = null;
        for (Cue cue : present(relations, own)) {
            for (int at : CueBook.places(cue, own)) {
                if (!ownedAt(own, owner, at)) {
                    continue;
                }
                Echo here = echoes.get("relation:" + cue.key());
                if (one != null && !one.key().equals(here.key())) {
                    return null;
                }
                one = here;
            }
        }
        return one;
    }

    /**
     * Whether the person stands within a few words of a piece of hard news ("my girlfriend left me", "lost my
     * sister"): only then is the sorrow said to be about them. "I've had a relapse and can't walk so we've cancelled.
     * husband says there'll be other times" is not news about the husband (session 28).
     */
    private boolean nearHardNews(Echo person, String[] own, String[] words) {
        for (CueBook.Match m : cues.all("bad_news", words)) {
            for (Cue cue : relationCues(person)) {
                for (int at : CueBook.places(cue, own)) {
                    if (at >= m.at() - 5 && at <= m.at() + 4) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the message starts with the person ("my son's being bullied", "mum's had a fall"): it is about them. */
    private boolean subject(Echo person, String[] own) {
        for (Cue cue : relationCues(person)) {
            for (int at : CueBook.places(cue, own)) {
                if (at == 0 || (at == 1 && (own[0].equals("my") || own[0].equals("our")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Someone else's good moment: a cue of one ("smiled", "walked", "remembered", "called me by my name") with someone
     * else as its subject within four words before it (the person they named, or he, she or they), not the member
     * ("I walked to the shop" is their own step), and not denied ("he didn't smile").
     */
    private boolean othersMoment(String[] words, Echo person, String[] own, Set<String> names) {
        for (Cue cue : cues.candidates("others_moment", words)) {
            for (int at : CueBook.places(cue, words)) {
                int after = at + cue.words().length;
                if (at == 0 || negatedBefore(words, at) || FIRST_PERSON.contains(words[at - 1])
                        || (after < words.length && AWAY.contains(words[after]))
                        || (after + 1 < words.length && words[after].equals("at")
                        && FIRST_PERSON.contains(words[after + 1]))
                        || anyBefore(words, at, 6, WORST)) {
                    continue; // "he walked out", "she laughed at me", "worst bit is my wife laughed too" are not
                              // moments to treasure
                }
                for (int k = Math.max(0, at - 4); k < at; k++) {
                    if (THIRD_PERSON.contains(words[k]) || names.contains(words[k])) {
                        return true;
                    }
                }
                if (person != null && !isPet(person)) {
                    for (Cue rel : relationCues(person)) {
                        for (int p : CueBook.places(rel, own)) {
                            if (p < at && at - p <= 5) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> AWAY = Set.of("out", "off", "away");
    private static final Set<String> WORST = Set.of("worst", "worse");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "im", "ive", "me", "us");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "hes", "shes", "theyve", "hed",
            "shed");

    /** Whether the person stands just before the place ("mum's home from hospital", "the cat came home"). */
    private boolean justBeforePlace(Echo person, Echo place, String[] own) {
        String where = place.key().substring("thing:".length());
        for (Cue cue : relationCues(person)) {
            for (int at : CueBook.places(cue, own)) {
                int end = CueBook.endAt(cue.words(), own, at);
                if (end < own.length && (own[end].equals(where) || (end + 1 < own.length
                        && own[end + 1].equals(where)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The relation list's cues for a person given back (one key may be listed in several phrasings). */
    private List<Cue> relationCues(Echo person) {
        String key = person.key().substring("relation:".length());
        List<Cue> out = new ArrayList<>();
        for (Cue cue : relations) {
            if (cue.key().equals(key)) {
                out.add(cue);
            }
        }
        return out;
    }

    /** A person on the relation lists, alone ("sister") or only after "my" or "our" ("my mate", "our lad"). */
    private boolean isPerson(String word) {
        return relationWords.contains(word) || echoes.containsKey("relation:my " + word)
                || echoes.containsKey("relation:our " + word);
    }

    /** Words that make a feeling small when they stand just before it ("a bit", "slightly", "kinda"). */
    private static final Set<String> MILD = Set.of("bit", "abit", "slightly", "little", "kinda", "kindof", "tad",
            "somewhat", "mildly", "touch");

    /**
     * Whether the feeling at {@code at} is said to be small: a hedge straight before it ("bit nervous", "a little
     * bit anxious", "slightly dreading", "kinda nervous"), or before "feeling" ("kinda feeling low"). Only straight
     * before: "our little girl. terrified" has a "little" that is not about the feeling (the full stop is gone from
     * the words), and "not a bit" is not a hedge.
     */
    private static boolean mildBefore(String[] words, int at) {
        int k = at - 1;
        if (k >= 1 && (words[k].equals("feeling") || words[k].equals("feel"))) {
            k--;
        }
        return k >= 0 && MILD.contains(words[k]) && !negatedBefore(words, k);
    }

    /** A loss told with "gone" closing a sentence, of no person the lists can name ("he's gone."). */
    private static final Echo GONE_UNNAMED = new Echo("loss:gone", "", false, false);
    /** Said after "gone" without changing that it closes its sentence. */
    private static final Set<String> AFTER_GONE = Set.of("now", "forever", "too", "x", "xx", "love");
    /** A pronoun and "gone", as one word once the apostrophe is dropped ("he's" reads "hes"). */
    private static final Set<String> GONE_PRONOUNS = Set.of("hes", "shes", "theyve", "theyre");

    /**
     * A death said as "gone" or "went" closing its sentence: "he's gone.", "mum's gone now", "my husband has gone",
     * "since my wife went". Only of a person ("the pain's gone" is not a death), and "went" only after "since"
     * ("since my wife went" is a loss, "then my wife went" is not read as one); "she's gone to bed", "he's gone quiet"
     * do not close on "gone". Returns their person, {@link #GONE_UNNAMED} for a pronoun alone, or null.
     */
    private Echo goneAtClose(String raw) {
        if (says("left_home", raw)) {
            return null; // "both twins gone now. one army one apprenticeship": gone from home, not a death
        }
        for (String sentence : CLAUSES.split(raw)) {
            String[] w = CueBook.tokens(sentence);
            int end = w.length;
            while (end > 0 && AFTER_GONE.contains(w[end - 1])) {
                end--;
            }
            if (end < 2 || !(w[end - 1].equals("gone") || w[end - 1].equals("went"))) {
                continue;
            }
            boolean went = w[end - 1].equals("went");
            int k = end - 2;
            if (!went && k > 0 && (w[k].equals("has") || w[k].equals("is"))) {
                k--; // "my husband has gone"
            }
            if (negatedBefore(w, k + 1)) {
                continue;
            }
            if (!went && GONE_PRONOUNS.contains(w[k])) {
                return GONE_UNNAMED;
            }
            String who = w[k];
            if (!isPerson(who) && who.endsWith("s") && isPerson(who.substring(0, who.length() - 1))) {
                who = who.substring(0, who.length() - 1); // "mum's gone" reads "mums"
            }
            if (!isPerson(who) || (went && !(k >= 2 && w[k - 2].equals("since") || k >= 1 && w[k - 1].equals("since")))) {
                continue;
            }
            for (String key : List.of("relation:my " + who, "relation:our " + who, "relation:" + who)) {
                if (echoes.containsKey(key)) {
                    return echoes.get(key);
                }
            }
            return GONE_UNNAMED;
        }
        return null;
    }

    /**
     * Whether the person at {@code at} died or was lost, told in the ways {@link #lostSomeone} reads. A name given
     * straight after the person is read past ("my wife Maureen passed in the spring").
     */
    private boolean diedAt(Cue cue, String[] own, String[] words, int at, Set<String> names) {
        int end = CueBook.endAt(cue.words(), own, at);
        if (!own[end - 1].equals(words[end - 1])) {
            return false; // "my mum's ring": the thing is what was lost
        }
        if (end < own.length - 1 && names.contains(own[end])) {
            end++;
        }
        for (int k = Math.max(0, at - 4); k < at; k++) {
            if (hadToSayGoodbyeTo(own, k)) {
                return true; // "had to say goodbye to my horse": a death said gently
            }
            // "skipping my insulin to lose weight. my mum thinks I'm fine": weight, a leg or a job lost is no death
            if (LOSING.contains(own[k]) && !negatedBefore(own, k)
                    && !(k + 1 < own.length && (own[k + 1].equals("touch") || own[k + 1].equals("contact")
                    || LOST_NOT_A_LIFE.contains(own[k + 1])))) {
                return true;
            }
        }
        // "passed the test" is not a death, but "died" is whatever follows ("her mum died. the neighbours...": the
        // full stop is gone from the words)
        return diesAt(own, end);
    }

    /** "died" whatever follows; "passed" unless a thing follows ("she passed in May", not "passed my test"). */
    private static boolean diesAt(String[] words, int at) {
        return at < words.length && DIED_AFTER.contains(words[at]) && (words[at].equals("died")
                || at + 1 >= words.length || !NOT_A_DEATH_AFTER.contains(words[at + 1]));
    }

    /** The words with a possessive "'s" read as the word itself: "sisters" (from "sister's") is "sister". */
    private static String[] stems(String[] words, boolean[] owner) {
        String[] out = words.clone();
        for (int i = 0; i < out.length; i++) {
            if (owner[i] && out[i].length() > 2 && out[i].endsWith("s")) {
                out[i] = out[i].substring(0, out[i].length() - 1);
            }
        }
        return out;
    }

    /**
     * How a thing is shown given whose it is: after someone else's person ("her mum's operation", "a friend's
     * wedding") it is "the operation"; after the member's own person with a possessive ("my mate's wedding") it is
     * "your mate's wedding"; else as listed.
     */
    private String whose(String shown, String[] words, boolean[] owner, int at) {
        if (at == 0 || !(shown.startsWith("your ") || shown.startsWith("the "))) {
            return shown;
        }
        String before = words[at - 1];
        String bare = shown.substring(shown.indexOf(' ') + 1);
        if (owner[at - 1] && isPerson(before) && ownedAt(words, owner, at - 1)) {
            return "your " + before + "'s " + bare;
        }
        if (owner[at - 1] || OTHERS.contains(before)) {
            return "the " + bare;
        }
        if (before.equals("the") && someoneElsesBefore(words, owner, at - 1)) {
            // "Margaret's heart is too weak for the operation": the operation is hers, not "your operation"
            return "the " + bare;
        }
        return shown;
    }

    /**
     * Whether someone else's name or "his"/"her" with a possessive stands in the few words before {@code at}, with no
     * word of the member's own between ("mum's coming with me for the operation" keeps the operation theirs).
     */
    private static boolean someoneElsesBefore(String[] words, boolean[] owner, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 8); k--) {
            if (SELF.contains(words[k]) || words[k].equals("my")) {
                return false;
            }
            if (owner[k] || OTHERS.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOf(String[] words, Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

}
