package org.peerbot.core.conversation;

import java.util.List;
import org.peerbot.core.conversation.Reading.BotQuestion;
import org.peerbot.core.conversation.Reading.Echo;

/**
 * One conversational move, as a peer listener would name it (see docs/conversation.md). A reply is one to three
 * moves; {@link Planner} chooses them and {@link Renderer} turns them into catalogue sentences.
 */
public sealed interface Move {

    /** Whether the rendered sentence ends in a question. */
    default boolean asks() {
        return false;
    }

    /** What an acknowledgement answers. */
    enum Feeling { LOSS, LOSS_OTHER, GOOD_NEWS, BAD_NEWS, MIXED_NEWS, HARD_FEELING, GOOD_FEELING, NAMED_FEELING, HEARD, VENTING,
        THANKS, SHORT_REPLY, UNSURE, HELPED, STRUGGLE, APOLOGY, MANY_HARD_THINGS, IDEA, BIG_NEWS, WAITING,
        FRUSTRATION, PRESENT, MINIMISING, HURT, CLOSE, MISSING, NORMAL, GOOD_IN_LOSS, ALONE, OTHERS_SAY, BY_NOW, TOLD, COMFORT, PLAYED_DOWN,
        PLAYED_DOWN_WIN, FEELING_TOO, RETURNING, FAMILY_NEWS, RELENTLESS, MILD_FEELING, OLD_LOSS, HELPED_OPEN, CORRECTED, NEW_HERE,
        JUST_TYPE, LUCK, OTHERS_MOMENT, OTHERS_MOMENT_PERSON, SELF_BLAME, THEIR_NAME,
        ROLE, HUMOUR, BACK_SOON, OTHERS_JOY, RELIEF, NIGHT, LET_DOWN, EFFORT, TREATMENT_END, SCARE_OVER,
        DISMISSED, MIXED_HARD, SORRY_BACK, ANNIVERSARY, CANT_KNOW, PRAISED, FAR_AWAY, WHY_ME, NOT_SEEN, ENVY, LIGHT,
        LAUGH, BODY_ANGER, NO_QUESTIONS, REGRET, MILESTONE, COMPARE, TORN, LIFE_CHANGE, KEEP_QUIET, TASTE_LOST,
        LOST_FUTURE, FLASHBACK, CARING_ENDED, KINDNESS, READ_FRIGHT, LOST_SELF, PET_BOND, DREAD_LOSING, SENSE_LOST,
        FOND_MEMORY, OWN_BIRTHDAY, CLOSED, BOT_CRITICISED, BOT_SMALL_TALK, REACTION, REACTION_GOOD, REACTION_HARD }

    /** Match the feeling: sorry for a loss, glad for good news, a feeling named back in the member's word. */
    record Acknowledge(Feeling feeling, Echo what, String triageFeeling) implements Move {
    }

    /**
     * After good news, their person named in the gladness ("I'm so glad for you and your sister"), or the thing it is
     * about ("I'm so glad about the flat").
     */
    record GladFor(Echo what) implements Move {
    }

    /**
     * Give back the member's own words for a person or a thing, without adding meaning. Said with a grievance
     * ({@code tone} other than NONE), the line hears the unfairness with who did it and, when {@code did} is not
     * null, what they did in the member's words ("No wonder you're fed up, with your brother never paying you back").
     */
    record Reflect(Echo what, Echo did, Grievance tone) implements Move {
        Reflect(Echo what) {
            this(what, null, Grievance.NONE);
        }
    }

    /**
     * What happened given back in the member's own words turned to "you" ("So you found out at the school gate"), when
     * nothing on the planner's lists gives a word of theirs back; {@code said} comes from {@link OwnWords}.
     */
    record Restate(String said) implements Move {
    }

    /** How a grievance is heard: fed up, hurt, or after their own feeling word was already named back. */
    enum Grievance { NONE, FED_UP, HURT, AFTER_FEELING }

    /** Asked what they should do: the choice is handed back to them, with room to think it through. */
    record HandBack(boolean asks) implements Move {
    }

    /** Name the strength in a step they took; {@code what} is what it was about in their words, or null. */
    record Affirm(Echo what) implements Move {
    }

    /** Two threads from the conversation in the member's words, then check it is right. */
    record Summarise(Echo first, Echo second) implements Move {
        @Override
        public boolean asks() {
            return true;
        }
    }

    /** One open question about their experience, never "why". */
    record Ask(String family, Echo what) implements Move {
        @Override
        public boolean asks() {
            return true;
        }
    }

    /**
     * After fresh news of a death, an invitation that is not a question ("I'm here if you'd like to tell me about
     * your horse"): the loss is not rushed with questions; {@code what} is who they lost in their words, or null.
     */
    record Invite(Echo what) implements Move {
    }

    /** A short line of presence instead of a question: the member leads. */
    record Stay() implements Move {
    }

    /** Keep talking, a person, or a service for what they are going through: they choose. */
    record OfferChoices(String topic) implements Move {
    }

    /** Services for the topics asked about, from the directory pack; each topic once unless asked again. */
    record Signpost(List<String> topics) implements Move {
    }

    /**
     * A warm goodbye with an invitation to come back, and no question; {@code luck} when something lies ahead of them
     * ("wish me luck", "8am start", "Monday it is then"), which is wished well first.
     */
    record WrapUp(boolean thanked, boolean helped, boolean goodNews, boolean luck, boolean comeBack, Echo enjoy,
            Echo thankedFor) implements Move {
    }

    /** An honest, short answer to a question about the bot. */
    record AnswerBot(BotQuestion question) implements Move {
    }

    /** Say plainly what the bot can read, in English and in the member's language when the pack has it. */
    record OtherLanguage(String language) implements Move {
    }

    /**
     * A bare greeting gets an open door.
     *
     * @param again the member has written before in this conversation, or says they are back: "Hello again" is for
     *              them, never for a first "hi"
     */
    record OpenDoor(boolean again) implements Move {
        @Override
        public boolean asks() {
            return true;
        }
    }
}
