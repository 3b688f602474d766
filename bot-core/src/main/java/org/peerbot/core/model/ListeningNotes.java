package org.peerbot.core.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the conversation planner remembers between turns, so it can follow the member's lead without keeping
 * anything they wrote: counts, flags, directory topic ids and reflection keys (entries of the planner's own word
 * lists, such as {@code relation:mum}), never message text.
 *
 * @param turns             listening replies given so far
 * @param lastQuestionTurn  the listening turn whose reply last ended in a question, or -1
 * @param lastSummaryTurn   the turn of the last summary, or -1
 * @param lastChoicesTurn   the turn choices (keep talking, a person, a service) were last offered, or -1
 * @param venting           the member asked only to be heard: no signposting or problem-solving until they ask
 * @param crisisBlockGiven  the full crisis contacts block has been sent once; later risk gets the short form
 * @param checkInPending    the next message is read as an answer to the crisis reply (a yes makes it urgent)
 * @param checkInAsked      and that reply asked directly about suicide ("are you thinking about ending your life?")
 * @param emergencyLeft     after "call 999 now" (something taken, means at hand, a medical emergency): how many more
 *                          member messages are met with the emergency number first, whatever they say
 * @param signposted        directory topics already signposted (each once)
 * @param threads           reflection keys heard, newest last (at most {@link #THREADS}), for summaries
 * @param topics            directory topic ids heard, newest last (at most {@link #THREADS}), for signposting and
 *                          matching a volunteer
 * @param endOfLife         they have told us they are dying (end stage, palliative care, a hospice bed, their funeral
 *                          planned): talk of their own death after that is heard as it is, and the sentence model's
 *                          lean to risk alone raises no crisis reply or line (a rule's reading still does)
 * @param tone              how the last message that said something landed: {@code good} (good news, a good feeling),
 *                          {@code hard} (a loss, bad news, a hard feeling) or empty; a heart or a "yep" sent back after
 *                          the reply is met in that tone (a reaction keeps the tone it answers)
 */
public record ListeningNotes(int turns, int lastQuestionTurn, int lastSummaryTurn, int lastChoicesTurn,
                             boolean venting, boolean crisisBlockGiven, boolean checkInPending,
                             boolean checkInAsked, int emergencyLeft, Set<String> signposted, List<String> threads,
                             List<String> topics, boolean endOfLife, String tone) {

    public static final int THREADS = 4;
    public static final ListeningNotes NONE = new ListeningNotes(0, -1, -1, -1, false, false, false, false, 0,
            Set.of(), List.of(), List.of(), false, "");

    public ListeningNotes {
        signposted = Set.copyOf(new LinkedHashSet<>(signposted));
        threads = List.copyOf(threads);
        topics = List.copyOf(topics);
        tone = tone == null ? "" : tone;
    }

    /** Whether the reply before this one ended in a question. */
    public boolean askedLastTurn() {
        return turns > 0 && lastQuestionTurn == turns - 1;
    }

    /** Whether one of the last {@code replies} replies ended in a question. */
    public boolean askedWithin(int replies) {
        return lastQuestionTurn >= 0 && turns - lastQuestionTurn <= replies;
    }

    public ListeningNotes nextTurn(boolean endedInQuestion) {
        return new ListeningNotes(turns + 1, endedInQuestion ? turns : lastQuestionTurn, lastSummaryTurn,
                lastChoicesTurn, venting, crisisBlockGiven, checkInPending, checkInAsked, emergencyLeft, signposted,
                threads, topics, endOfLife, tone);
    }

    public ListeningNotes summarised() {
        return new ListeningNotes(turns, lastQuestionTurn, turns, lastChoicesTurn, venting, crisisBlockGiven,
                checkInPending, checkInAsked, emergencyLeft, signposted, threads, topics, endOfLife, tone);
    }

    public ListeningNotes offeredChoices() {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, turns, venting, crisisBlockGiven,
                checkInPending, checkInAsked, emergencyLeft, signposted, threads, topics, endOfLife, tone);
    }

    public ListeningNotes venting(boolean value) {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, value, crisisBlockGiven,
                checkInPending, checkInAsked, emergencyLeft, signposted, threads, topics, endOfLife, tone);
    }

    /** The tone of the message just heard ({@code good}, {@code hard} or empty), for a reaction sent after the reply. */
    public ListeningNotes toned(String value) {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, venting, crisisBlockGiven,
                checkInPending, checkInAsked, emergencyLeft, signposted, threads, topics, endOfLife, value);
    }

    /** They told us they are dying; kept for the rest of the conversation. */
    public ListeningNotes endOfLifeTold() {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, venting, crisisBlockGiven,
                checkInPending, checkInAsked, emergencyLeft, signposted, threads, topics, true, tone);
    }

    public ListeningNotes withCrisisBlock() {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, venting, true,
                checkInPending, checkInAsked, emergencyLeft, signposted, threads, topics, endOfLife, tone);
    }

    public ListeningNotes checkIn(boolean pending) {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, venting,
                crisisBlockGiven, pending, pending && checkInAsked, emergencyLeft, signposted, threads, topics, endOfLife, tone);
    }

    /** Whether the crisis reply awaiting an answer asked the direct question (only while an answer is awaited). */
    public ListeningNotes asked(boolean directQuestion) {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, venting,
                crisisBlockGiven, checkInPending, checkInPending && directQuestion, emergencyLeft, signposted, threads,
                topics, endOfLife, tone);
    }

    public ListeningNotes emergency(int left) {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, venting,
                crisisBlockGiven, checkInPending, checkInAsked, Math.max(0, left), signposted, threads, topics, endOfLife, tone);
    }

    /** The same notes with the reflection keys heard replaced (a correction takes back what was misheard). */
    public ListeningNotes withThreads(List<String> kept) {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, venting,
                crisisBlockGiven, checkInPending, checkInAsked, emergencyLeft, signposted, kept, topics, endOfLife, tone);
    }

    public ListeningNotes signposted(List<String> more) {
        Set<String> all = new LinkedHashSet<>(signposted);
        all.addAll(more);
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, venting,
                crisisBlockGiven, checkInPending, checkInAsked, emergencyLeft, all, threads, topics, endOfLife, tone);
    }

    public ListeningNotes heard(List<String> newThreads, List<String> newTopics) {
        return new ListeningNotes(turns, lastQuestionTurn, lastSummaryTurn, lastChoicesTurn, venting,
                crisisBlockGiven, checkInPending, checkInAsked, emergencyLeft, signposted, append(threads, newThreads),
                append(topics, newTopics), endOfLife, tone);
    }

    private static List<String> append(List<String> old, List<String> more) {
        List<String> out = new ArrayList<>(old);
        for (String s : more) {
            out.remove(s);
            out.add(s);
        }
        while (out.size() > THREADS) {
            out.remove(0);
        }
        return out;
    }

    /**
     * A text-free form for the stores: {@code t=3;q=2;s=-1;c=-1;f=vbka;e=0;p=bereavement;h=relation:mum;o=...;m=good}
     * (the tone part only when there is one, so notes written before it read the same).
     */
    public String encode() {
        return "t=" + turns + ";q=" + lastQuestionTurn + ";s=" + lastSummaryTurn + ";c=" + lastChoicesTurn + ";f="
                + (venting ? "v" : "") + (crisisBlockGiven ? "b" : "") + (checkInPending ? "k" : "")
                + (checkInAsked ? "a" : "") + (endOfLife ? "d" : "") + ";e=" + emergencyLeft + ";p="
                + String.join(",", signposted) + ";h=" + String.join(",", threads) + ";o=" + String.join(",", topics)
                + (tone.isEmpty() ? "" : ";m=" + tone);
    }

    /** Reads {@link #encode()}'s form; anything unreadable gives {@link #NONE} rather than failing a member's turn. */
    public static ListeningNotes decode(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        try {
            int t = 0;
            int q = -1;
            int s = -1;
            int c = -1;
            String f = "";
            int e = 0;
            List<String> p = List.of();
            List<String> h = List.of();
            List<String> o = List.of();
            String m = "";
            for (String part : text.split(";", -1)) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String v = part.substring(eq + 1);
                switch (part.substring(0, eq)) {
                    case "t" -> t = Integer.parseInt(v);
                    case "q" -> q = Integer.parseInt(v);
                    case "s" -> s = Integer.parseInt(v);
                    case "c" -> c = Integer.parseInt(v);
                    case "f" -> f = v;
                    case "e" -> e = Integer.parseInt(v);
                    case "p" -> p = list(v);
                    case "h" -> h = list(v);
                    case "o" -> o = list(v);
                    case "m" -> m = v.matches("good|hard") ? v : "";
                    default -> { }
                }
            }
            return new ListeningNotes(t, q, s, c, f.contains("v"), f.contains("b"), f.contains("k"),
                    f.contains("a"), e, new LinkedHashSet<>(p), h, o, f.contains("d"), m);
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    private static List<String> list(String v) {
        return v.isEmpty() ? List.of() : List.of(v.split(","));
    }
}
