package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.SentenceModel;

/** How the rules' result and the semantic model's reading of one message are joined (see {@link #combine}). */
final class SemanticCombine {
    private SemanticCombine() {
    }

    /** Rule id recorded when the model alone found paraphrased risk. */
    static final String MODEL_RISK = TriageResult.MODEL_RISK;
    /** Rule id prefix when the model alone read another crisis: model.medical_emergency, model.abuse, ... */
    static final String MODEL_DANGER = TriageResult.MODEL;
    static final String MODEL_PERSON = TriageResult.MODEL_PERSON;
    static final String MODEL_SERVICE = "model.service";
    static final String MODEL_GOODBYE = TriageResult.MODEL_GOODBYE;

    /**
     * The contract of the two layers: crisis is the union (a reading never removes a rule's crisis; a model-only
     * crisis is self-harm with PASSIVE_IDEATION, the graded check-in, or the kind of another danger it read, and
     * never where the rules read a denial); a
     * request for a person or a service read by the model lifts a message the rules left as sharing or goodbye;
     * intents are always added.
     */
    static final int SHORT_REQUEST_WORDS = 30;

    static int words(String text) {
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

    /** A message this long or shorter is read by the model as one piece (longer ones sentence by sentence). */
    static final int SHORT_MESSAGE_CHARS = 160;

    static TriageResult combine(String text, TriageResult rules, SentenceModel.Reading reading) {
        return combine(text, rules, reading, false);
    }

    /**
     * As above; {@code rulesSetAside} says the rules masked an idiom or excused a crisis match as past, fiction or a
     * joke. In a short message that is the very sentence the model read, and the model does not know the sense ("dying
     * for a holiday", "when I was 16 I tried ..., 20 years later I'm doing ok"), so it raises no crisis there.
     */
    static TriageResult combine(String text, TriageResult rules, SentenceModel.Reading reading, boolean rulesSetAside) {
        TriageResult r = rules;
        if (reading.risk() && rulesSetAside && text.strip().length() <= SHORT_MESSAGE_CHARS) {
            reading = new SentenceModel.Reading(false, reading.intents());
        }
        if (reading.risk() && r.has(Signal.END_OF_LIFE)) {
            // they told us calmly they are dying ("end stage, not long now, I'm alright with it"): their own death is
            // their subject, not a lean to self-harm; a rule's reading of risk (hurrying it, means kept) still stands
            reading = new SentenceModel.Reading(false, reading.danger(), reading.intents());
        }
        if (asksNothing(text, r) || r.has(Signal.REFUSES_HELP)) {
            reading = new SentenceModel.Reading(reading.risk(), reading.danger(),
                    without(reading.intents(), EnumSet.of(Intent.WANTS_SERVICE, Intent.WANTS_PERSON)));
        }
        if (r.has(Signal.GREETING) && words(text) <= 3) {
            // "hi" lies close to "anyone there?" in the model's space; a bare greeting is never a request or news.
            reading = new SentenceModel.Reading(reading.risk(), reading.danger(), Set.of());
        }
        // not over a clinical question the rules read: the model's medical class also fires on long health questions
        // with a bad symptom (18 of the shared clinical set's 3,479), which get the clinical reply and its 111 / 999
        // nor one already in care ("I'm sat in A&E with her"), where "call 999 now" would be absurd
        // nor a flare of a long-standing condition told as the day it is ("RA flare in my hands, can't hold my cup")
        boolean modelEmergencyStandsDown = reading.danger() == CrisisKind.MEDICAL_EMERGENCY
                && (r.has(Signal.IN_CARE) || r.has(Signal.FLARE));
        if (reading.danger() != null && r.category() != Category.CRISIS && r.category() != Category.CLINICAL
                && !r.has(Signal.DENIAL) && !modelEmergencyStandsDown) {
            // a medical emergency, abuse or a threat read in other words: the reply for that kind (999 first), as a
            // rule hit would give; self-harm read at the same time is left to the check-in below only if no danger
            return modelCrisis(r, reading.danger(), MODEL_DANGER + reading.danger().id(),
                    EnumSet.noneOf(Signal.class), reading);
        }
        // "is this private? I don't want it getting back to my family" opens a chat; it tells nothing yet (the rules'
        // privacy signal stands only where no word of risk is in the message)
        boolean privacyOnly = r.has(Signal.PRIVACY_QUESTION) && words(text) <= SHORT_REQUEST_WORDS;
        if (reading.risk() && r.category() != Category.CRISIS && !r.has(Signal.DENIAL) && !privacyOnly) {
            return modelCrisis(r, CrisisKind.SELF_HARM, MODEL_RISK, EnumSet.of(Signal.PASSIVE_IDEATION), reading);
        }
        // a clinical reading on the bare topic rule ("a pharmacy", "a dietitian") gives way to a request the model
        // reads; a specific clinical question (a dose, a reading, a symptom) does not
        boolean topicOnly = r.category() == Category.CLINICAL && r.rules().stream()
                .filter(id -> TriageResult.nonCrisisFamily(id) == Category.CLINICAL)
                .allMatch(id -> id.equals(Triage.BARE_TOPIC));
        // ... and only in a message of up to 30 words: a long health question that names a service is still a health
        // question. At 14 words, requests told with a reason ("Is there a man on here I could talk to? Finding it hard
        // to open up to women about the prostate stuff.") stayed clinical: 25 of part 6's 120 person and service
        // requests. At 30 they are heard and the shared clinical set loses 4 of 3,479; at 60 it lost 30 more.
        boolean liftable = r.category() == Category.SHARING || r.category() == Category.GOODBYE
                || (topicOnly && words(text) <= SHORT_REQUEST_WORDS);
        if (liftable) {
            Category lifted = reading.intents().contains(Intent.WANTS_PERSON) ? Category.HUMAN
                    : reading.intents().contains(Intent.WANTS_SERVICE) ? Category.SERVICES
                    : r.category() == Category.SHARING && reading.intents().contains(Intent.GOODBYE)
                            && !(opensWithGreeting(text) && words(text) <= GREETING_WORDS_AT_MOST) ? Category.GOODBYE
                    : null;
            if (lifted == Category.SERVICES && r.has(Signal.GROUP_QUESTION)) {
                lifted = null; // "is this the right place?" asks to be let in, not for a list of services
            }
            if (lifted != null) {
                List<String> ids = new ArrayList<>(r.rules());
                ids.add(lifted == Category.HUMAN ? MODEL_PERSON : lifted == Category.SERVICES ? MODEL_SERVICE
                        : MODEL_GOODBYE);
                Set<Signal> signals = EnumSet.noneOf(Signal.class);
                signals.addAll(r.signals());
                signals.removeAll(Signal.CLINICAL_QUESTION);
                r = new TriageResult(lifted, null, ids, signals, r.feelings(), r.intents());
            }
        }
        if (r.has(Signal.GROUP_QUESTION) && reading.intents().contains(Intent.WANTS_SERVICE)) {
            return r.withIntents(without(reading.intents(), EnumSet.of(Intent.WANTS_SERVICE)));
        }
        return r.withIntents(reading.intents());
    }

    /** The intents less those dropped. */
    private static Set<Intent> without(Set<Intent> intents, Set<Intent> dropped) {
        Set<Intent> kept = EnumSet.noneOf(Intent.class);
        kept.addAll(intents);
        kept.removeAll(dropped);
        return kept;
    }

    /**
     * A long post that asks nothing ("the whole pile is on the kitchen table and I just sit and look at it"): it is
     * listened to, and the model's reading of a request for a service or a person is set aside; a list or a volunteer
     * it never asked for would not be listening.
     */
    private static boolean asksNothing(String text, TriageResult r) {
        return !r.has(Signal.ASKS) && words(text) > SHORT_REQUEST_WORDS;
    }

    /** The longest message, in words, whose opening greeting outweighs the model's goodbye. */
    static final int GREETING_WORDS_AT_MOST = 25;

    private static final Set<String> GREETING_WORDS = Set.of("hi", "hello", "hey", "hiya", "heya", "morning",
            "afternoon", "evening", "howdy");

    /**
     * "Morning all, sun's out" and "good morning bot, lovely day" lie near a goodbye in the model's space (both are
     * the edges of a chat), but a short message that opens with a greeting is arriving, not leaving. A goodbye the
     * rules read in it still stands, and a longer post that opens "Evening all" may still end by leaving.
     */
    static boolean opensWithGreeting(String text) {
        String[] w = text.strip().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+", 3);
        int first = w.length > 0 && w[0].isEmpty() ? 1 : 0;
        if (w.length <= first) {
            return false;
        }
        String a = w[first];
        return GREETING_WORDS.contains(a)
                || a.equals("good") && w.length > first + 1 && GREETING_WORDS.contains(w[first + 1].split("[^a-z]")[0]);
    }

    /** A crisis the model alone read: the rules' ids with the model's, the given signals and a young person kept. */
    private static TriageResult modelCrisis(TriageResult r, CrisisKind kind, String id, Set<Signal> signals,
                                            SentenceModel.Reading reading) {
        List<String> ids = new ArrayList<>(r.rules());
        ids.add(id);
        if (r.has(Signal.YOUNG_PERSON)) {
            signals.add(Signal.YOUNG_PERSON);
        }
        return new TriageResult(Category.CRISIS, kind, ids, signals, r.feelings(), reading.intents());
    }
}
