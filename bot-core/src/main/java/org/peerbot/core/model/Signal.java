package org.peerbot.core.model;

/** Extra cues triage reports beside the category; the engine uses them to shape its reply. */
public enum Signal {
    /** The worry is about someone else ("my friend says she wants to die"). */
    ABOUT_SOMEONE_ELSE,
    /**
     * Passive ideation or hinted finality ("better off without me", "not around much longer") with no plan, method
     * or time: the crisis reply asks directly and kindly about suicide, gives a 24/7 line and offers a person.
     */
    PASSIVE_IDEATION,
    /** Already taken something, a plan with means and time, or a medical emergency now: "call 999 now". */
    IMMEDIATE_DANGER,
    /** Asks for method, lethality or dose information: never answered. */
    METHOD_SEEKING,
    /** Denies risk ("I'm not suicidal, just fed up"): no crisis script, but stay gentle. */
    DENIAL,
    /** A bare greeting. */
    GREETING,
    /** Asks whether the bot is a bot or a human. */
    ASKS_IF_BOT,
    /** A question about medicines (what a medicine does, side effects, interactions): pharmacist. */
    MEDICINE_QUESTION,
    /** Starting, stopping or changing a medicine, or a diagnosis or what a reading means: GP. */
    CHANGE_OR_DIAGNOSIS,
    /** An urgent symptom that is not an emergency: NHS 111. */
    URGENT_SYMPTOM,
    /** Tells of a symptom that is going on or will not go away, without asking a question: the reply does not thank them for a question. */
    SYMPTOM_REPORT,
    /** The person may be under 19 (Childline). */
    YOUNG_PERSON,
    /** Thanks. */
    THANKS,
    /**
     * Asks, before saying more, whether the chat is private ("is this private? I don't want it getting back to my
     * family"), with no word of risk in it: the model alone raises no crisis on it.
     */
    PRIVACY_QUESTION,
    /**
     * Asks whether this is the right place or group ("is this the right place? it's my husband who has cancer"): the
     * model's reading of a service request does not turn it into a list of services; they are welcomed.
     */
    GROUP_QUESTION,
    /**
     * Says they are already in hospital care ("I'm sat in A&E with her", "the paramedics are here"): a medical emergency
     * the model alone reads in it does not send "call 999 now" (a rule's reading still does).
     */
    IN_CARE,
    /**
     * A long-standing condition's flare told as the day it is ("RA flare in my hands, can't do my buttons", "migraine
     * day, third this week"): the model's medical-emergency reading is not raised on it alone (session 27).
     */
    FLARE,
    /**
     * They tell us they are dying (end stage, palliative care, a hospice bed, their own funeral planned, treatment
     * stopped for the time they have left), with no word of hurrying it: the model's lean to self-harm is not raised on
     * it alone, in this message or later in the chat (session 34: "I've stopped the chemo because I want to actually be
     * here for the time I've got" got "call 999 now"). A rule's reading of risk always stands.
     */
    END_OF_LIFE,
    /**
     * The message asks something: a question, or words of asking ("is there", "looking for", "I need", "does anyone
     * know"). A long post that asks nothing is not lifted by the model to a list of services or a person.
     */
    ASKS,
    /**
     * Says not to be pointed anywhere ("don't say go to HR", "don't tell me to ring the GP", "no numbers please"): the
     * model's reading of a service or person request is dropped, so no list is sent (session 26).
     */
    REFUSES_HELP;

    /**
     * What a clinical question was about, which decides who the reply names (pharmacist, GP, NHS 111): kept on a
     * clinical reading, or on a person asked for beside a specific clinical question, and dropped on any other.
     */
    public static final java.util.Set<Signal> CLINICAL_QUESTION = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(MEDICINE_QUESTION, CHANGE_OR_DIAGNOSIS, URGENT_SYMPTOM));
}
