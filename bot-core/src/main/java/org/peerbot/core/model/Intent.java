package org.peerbot.core.model;

/**
 * What a member's message is doing, beside its safety category: the cues the conversation planner chooses a move
 * from. A message may carry several ("thanks, and my scan was clear" is THANKS and GOOD_NEWS). Two sources fill
 * them: the planner's own word cues and, when present, the semantic triage model; the planner takes their union.
 */
public enum Intent {
    /** Good news: a result, a step forward, something to celebrate. */
    GOOD_NEWS,
    /** Bad news: a diagnosis, a setback, a result that went the wrong way. */
    BAD_NEWS,
    /** A death or a loss (a person, a pet, a pregnancy). */
    LOSS,
    /** Only wants to be heard: "I just need to vent", "no advice please". */
    VENTING,
    /** Tells of a step they took or something they got through. */
    STRENGTH,
    /** A question to the bot itself: who or what it is, its name, whether it is a person, what it can do. */
    BOT_QUESTION,
    /** Asks for a person in any words (a volunteer, a human, someone who has been through it). */
    WANTS_PERSON,
    /** Asks where to find help or a service, by topic or by description. */
    WANTS_SERVICE,
    /** Leaving the chat, said outright or implied (off to cook, the train is here). */
    GOODBYE,
    /** Thanks the bot. */
    THANKS,
    /** A very short reply with little to go on ("yeah", "idk", "ok"). */
    SHORT_REPLY,
    /** Written in a language the wording pack does not speak. */
    OTHER_LANGUAGE,
    /** Says the bot got them wrong: "you misunderstood", "it's not my mum, it's my sister". */
    CORRECTION
}
