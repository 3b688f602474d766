package org.peerbot.core.conversation;

import java.time.Instant;
import java.util.List;
import org.peerbot.core.model.ListeningNotes;
import org.peerbot.core.model.Signal;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.PromptCatalog;

/**
 * The conversation planner's one entry point: reads a member's message, chooses moves from it and the conversation
 * so far, and renders them from the prompt catalogue. The engine calls it for messages that are not crisis, not
 * clinical and not a request for a person; safety replies stay with the engine.
 */
public final class ResponsePlanner {

    /**
     * One listening reply.
     *
     * @param text           what to send
     * @param promptIds      the catalogue sentences used (the engine remembers them so none repeats)
     * @param notes          what to remember for the next turn
     * @param offerButtons   show the "talk to a person" and "find services" buttons
     * @param endsInQuestion the reply ends with a question
     * @param moves          the moves, for tests and evaluation
     */
    public record Reply(String text, List<String> promptIds, ListeningNotes notes, boolean offerButtons,
                        boolean endsInQuestion, List<Move> moves) {
    }

    /** The feeling label for a hard feeling that is someone else's (prompt feeling.theirs). */
    private static final String THEIRS = "theirs";

    private final Understanding understanding;
    private final Planner planner = new Planner();
    private final Renderer renderer;

    public ResponsePlanner(PromptCatalog catalog, Directory directory, Understanding understanding) {
        this.understanding = understanding;
        this.renderer = new Renderer(catalog, directory);
    }

    public Reading read(String text, TriageResult triage) {
        return understanding.read(text, triage);
    }

    /** A warm goodbye with thanks (and gladness when the chat helped), for a leaving said before the last sentences. */
    public Reply goodbye(Reading reading, ListeningNotes notes, List<String> recent, Instant now) {
        List<Move> moves = List.of(new Move.WrapUp(true, reading.helped(), false, reading.wantsLuck(),
                "come_back".equals(reading.aside()), reading.leavingTo(), reading.thankedFor()));
        Renderer.Rendered r = renderer.render(moves, recent, notes.turns(), reading.variety(), now);
        return new Reply(r.text(), r.promptIds(), notes.nextTurn(false), false, false, moves);
    }

    /** Whether any sentence of the message is a goodbye, not only the last two. */
    public boolean leavesAnywhere(String text) {
        return understanding.leavesAnywhere(text);
    }

    /** Whether the message has a word of dying, an ending, not being here, means or giving up. */
    public boolean namesRisk(String text) {
        return understanding.namesRisk(text);
    }

    /** Whether the message has a saying that sounds like harm and is not ("the death of me"). */
    public boolean speaksInIdiom(String text) {
        return understanding.speaksInIdiom(text);
    }

    /** Whether the message has a word of violence, a weapon, fear, control or a plan against someone. */
    public boolean namesDanger(String text) {
        return understanding.namesDanger(text);
    }

    /** Whether the message hints at giving up or an end in everyday words. */
    public boolean hintsRisk(String text) {
        return understanding.hintsRisk(text);
    }

    /** Whether the message makes small what they told ("don't make a fuss", "forget I said anything"). */
    public boolean minimises(String text) {
        return understanding.minimises(text);
    }

    /** Whether the message tells of calm or peace about what was told ("I'm quite calm about it", "at peace now"). */
    public boolean calmAfter(String text) {
        return understanding.calmAfter(text);
    }

    /**
     * The listening reply without its question, its choices or its closing line of presence, for a reply that ends
     * with a question of the engine's own (the gentle check): what was heard, in their words.
     */
    public Reply heard(Reading reading, TriageResult triage, ListeningNotes notes, List<String> recent,
                       Instant now) {
        Planner.Plan plan = planner.plan(reading, triage.feelings(), false, notes);
        List<Move> kept = plan.moves().stream().filter(m -> !m.asks() && !(m instanceof Move.Stay)
                && !(m instanceof Move.OfferChoices) && !(m instanceof Move.Invite)
                && !(m instanceof Move.WrapUp) && !(m instanceof Move.Signpost)).toList();
        if (kept.isEmpty()) {
            kept = List.of(new Move.Acknowledge(Move.Feeling.HEARD, null, null));
        }
        Renderer.Rendered r = renderer.render(kept, recent, notes.turns(), reading.variety(), now);
        return new Reply(r.text(), r.promptIds(), plan.notes(), false, false, kept);
    }

    /**
     * The member's own hard feeling named back on its own ("So you've been feeling exhausted..."), for replies the
     * engine writes itself; null when the message names none.
     */
    public Reply feeling(Reading reading, List<String> recent, int turn) {
        if (reading.feeling() == null || reading.feeling().good()) {
            return null;
        }
        Renderer.Rendered r = renderer.render(List.of(new Move.Acknowledge(Move.Feeling.NAMED_FEELING,
                reading.feeling(), null)), recent, turn, reading.variety(), Instant.EPOCH);
        return new Reply(r.text(), r.promptIds(), null, false, false, List.of());
    }

    public Reply reply(Reading reading, TriageResult triage, ListeningNotes notes, List<String> recent,
                       Instant now) {
        // "she looked so frightened": the rules' feeling label is hers, not theirs to be told "being scared is hard";
        // what is hard for someone close is heard as hard on them both
        List<String> feelings = reading.othersFeeling() && Planner.hardFeelings(triage.feelings()) ? List.of(THEIRS)
                : triage.feelings();
        Planner.Plan plan = planner.plan(reading, feelings, triage.has(Signal.GREETING) || reading.greets(), notes);
        Renderer.Rendered r = renderer.render(plan.moves(), recent, notes.turns(), reading.variety(), now);
        boolean buttons = plan.moves().stream().anyMatch(m -> m instanceof Move.OfferChoices);
        return new Reply(r.text(), r.promptIds(), plan.notes(), buttons, plan.endsInQuestion(), plan.moves());
    }
}
