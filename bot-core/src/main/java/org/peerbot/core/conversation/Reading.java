package org.peerbot.core.conversation;

import java.util.List;
import java.util.Set;
import org.peerbot.core.model.Intent;

/**
 * How the planner understood one member message: what it is doing and which of the member's own words may be given
 * back. Every word in it comes from the planner's own lists, but for {@link #said()}.
 *
 * @param intents     what the message is doing (the planner's cues joined with the triage's)
 * @param botQuestion which question to the bot, when {@link Intent#BOT_QUESTION}; else null
 * @param topics      directory topic ids the message is about ("bereavement", "diabetes")
 * @param relation    a person by relation ("your mum"), or null
 * @param thing       an ordinary thing or place ("your exam", "the garden"), or null
 * @param feeling     a feeling in the member's own word ("worn out"), or null
 * @param language    the language id when {@link Intent#OTHER_LANGUAGE} ("es", or "other" for another script)
 * @param thanksOnly  the message is thanks and little else
 * @param helped      the member says the chat helped
 * @param unsure      a short reply that says "I don't know" rather than "yes"
 * @param askedForPerson asks for a person in so many words ("I want to talk to a human"), even beside a question
 *                    about the bot
 * @param reassures   says they are safe or will not act ("I won't do anything, I'm just worn out")
 * @param struggle    tells how hard things are without naming a feeling ("I can't get out of bed")
 * @param apologises  says sorry for what they shared ("sorry for going on")
 * @param manyHardThings several pieces of hard news at once (a split, a lost job and a diagnosis)
 * @param extra       asks what they should do, turns over an idea, big news either way, or waiting for results
 * @param riskAgain   words that carry risk on without naming it ("I can't stop thinking about it"); the engine reads
 *                    them as risk only in a conversation where risk was already raised
 * @param condition   a condition the chat is about ("diabetes"), given back only as a topic, never as news
 * @param foreignCrisis risk said in another language ("quiero morir"): the engine answers it as crisis
 * @param frustrated  anger or frustration at how they have been treated ("they lost my forms again", "this is
 *                    useless"): heard as frustration, not corrected
 * @param presence    checks the bot is still there, or says nobody listens ("are you still there?")
 * @param minimising  plays their own feelings down ("silly really, she was only a dog")
 * @param hurt        hurt by someone ("he didn't know who I was", "my partner forgot my birthday")
 * @param close       how close they were to someone ("she basically raised me", "he was family")
 * @param missing     misses someone ("I still miss him", "the house is so quiet without her")
 * @param normalising asks whether a feeling is allowed ("is it terrible that I feel relieved?")
 * @param alone       alone with it ("nobody knew, so I can't talk to anyone about it")
 * @param goodResult  tells of a good test result ("the lump was benign", "the scan came back clear")
 * @param newsAbout   the thing the news is about, when one stands within a few words of it ("passed my driving
 *                    test"); null when the nearest thing is further off ("moved house ... clean for a year"); in good
 *                    and hard news joined by "but", what the good part is about ("passed my test, but ...")
 * @param aside       one more kind the planner meets in its own words, or null: "others_say" (what everyone keeps
 *                    telling them), "by_now" (expecting to feel better by now), "told" (only wanted someone to
 *                    know), "comfort" (something that keeps them going), "relentless" (it never lets up),
 *                    "praised" (someone's kindness told: a rock, an angel, a neighbour who won't take a penny),
 *                    "far_away" (caring from a distance: hours away, abroad, not there when it happened),
 *                    "why_me" (asking why it happened to them, the unfairness),
 *                    "bot_criticised" (the bot itself found useless or samey), "bot_small_talk" (small talk
 *                    put to the bot: a favourite biscuit),
 *                    "let_down" (afraid of how someone will take it), "scare_over" (a scare that is over),
 *                    "dismissed" (let down by a service), "effort" (effort that did not show, beside a setback),
 *                    "treatment_end" (an ending of treatment told with something hard), "sorry_back" (sorry for
 *                    an earlier bad night or outburst, back now), "anniversary" (a date that brings it back: a year
 *                    today, a birthday they would have had, a first Mother's Day without them), "asks_guess" (asks
 *                    the bot to guess what results will be), "milestone" (a day of getting through: 365 days sober, a
 *                    year since the transplant), "regret" ("if only I'd", "I should have noticed"), "torn" (love
 *                    and being worn down said together: "love him to bits but I'm climbing the walls"),
 *                    "keep_quiet" (asked to keep what they told to itself: "don't tell anyone"), "life_change" (a
 *                    big change forced by illness: the licence handed back, the house sold, a care home, ill-health
 *                    retirement), "taste_lost" (food that has lost its taste), "caring_ended" (a caring role
 *                    over: "nobody to do it for"), "lost_future" (a future lost to illness: "I'll never be
 *                    pregnant"), "flashback" (the body still reacting to what happened:
 *                    a smell, a beep, a siren), "kindness" (someone's kindness that touched them: a neighbour's
 *                    pot of food, a nurse who asked how it went), "read_online" (frightened by something read or
 *                    watched: a forum, a video, survival rates), "lost_self" (no longer feeling like
 *                    themselves), "pet_bond" (a pet that keeps them going: "the only reason I get out of bed",
 *                    "wouldn't be without her"; never a pet that died), "dread_losing" (dreading the day someone or a
 *                    pet they love is gone: "dunno what I'll do when she's gone"), "compare" (their
 *                    pain measured against others': "it's only diabetes"), "no_questions" (asked the bot to stop
 *                    asking)
 * @param lost        the member's own person or pet who died, when the message says so ("lost my dad"); null when
 *                    the loss is only named ("the funeral is Friday")
 * @param lostOther   someone else's person who died ("her mum", "your neighbour's husband"), when the member's own
 *                    was not; the sorrow names them, never another person in the message
 * @param missed      when they miss someone and name one person of theirs ("set a place for Dad again"), that
 *                    person; null when they name none or several
 * @param variety     a number drawn from the words of the message (not the words): the same message always gets
 *                    the same wording, and different messages spread over a line's variants, so one line is not
 *                    said the same way in every conversation
 * @param pronoun     speaks of "he" or "she" without naming them ("she won't talk to me about it"): the person is
 *                    the one named earlier in the conversation
 * @param missingInLoss a habit that is grief only in a conversation about a death ("sat at the window waiting for
 *                    him"); everyday waiting anywhere else
 * @param troubled    a person, thing or condition of theirs with what is wrong with it said straight after ("my
 *                    knee's swollen"): what they are troubled by, given back before a side detail ("the dog"); or null
 * @param returning   opens with a member's "back again" or "it's me again"
 * @param alsoFelt    a hard feeling said after a good one ("happy but terrified"), or any second feeling joined to a
 *                    hard one ("guilty but happy", "sad and angry"), so both are heard; or null
 * @param mild        the feeling is said to be small ("bit nervous", "slightly dreading"): met lightly, never with
 *                    "that's hard" or "I'm sorry it's been like that"
 * @param longAgo     the loss is an old one, told as such ("when I was 12", "20 years since", "a long time ago"): met
 *                    warmly, not as fresh news of a death ("a huge thing", "how have you been since")
 * @param denied      reflection keys of people and things the member only denies ("it's not my mum, it's my
 *                    sister"): put right, so never given back again
 * @param grievance   what someone keeps doing to them, in their words turned to "you" ("taking the credit", "never
 *                    paying you back"), or null: a grievance is given back with who did it and the unfairness heard
 * @param roleChange  who they are to someone has changed ("more nurse than husband now"): heard as a loss of its own
 * @param helperSetUp someone helped them get here ("my granddaughter set this up for me"): welcomed, and the helper
 *                    is not who the chat is about
 * @param humour      humour beside something hard ("you couldn't make it up lol"): met lightly, and what is under it
 *                    still heard
 * @param coping      humour said to be how they cope ("if I don't laugh I'll cry"): met the same way, whatever else
 *                    the message says
 * @param backSoon    stepping away for a moment ("brb mum's calling"): not a goodbye; the bot waits
 * @param greets      a regional greeting said alone ("now then", "ey up", "bore da"): met like "hi"
 * @param ownWords    what happened in their own words turned to "you" ({@link OwnWords}), read only when asked
 *                    ({@link #said()}): the one raw text a reading holds, given back only when nothing on the lists
 *                    is, and never stored
 * @param dangerNear  someone coming near or starting again ("he's on his way home", "banging on the door"): danger
 *                    again only in a chat where abuse was told
 * @param othersFeeling the only feeling words are someone else's ("the wife's more worried than me", "she looked so
 *                    frightened"): the triage's feeling labels are not named back as theirs
 * @param theirName   the name of someone they tell of ("her name was Ffion"), key "name:her", "name:his" or
 *                    "name:their": after a loss, said back to them
 * @param hardPart    in good and hard news parted by "but", the person the hard part is about ("passed my test, but
 *                    my nan's in a hospice"): sorry is said about them by name; or null
 * @param leavingTo   as they leave, something good they are off to ("off to watch the snooker", "put the kettle on"),
 *                    in the planner's words ("the snooker", "your cuppa"), wished on them as they go; or null
 * @param thankedFor  as they leave, what they thanked the bot for ("ta for the chat": shown "chat"; "listening"),
 *                    given back in the thanks; or null
 * @param closed      a short closed answer in their words ("managing, just about", "mustn't grumble"), given back
 *                    with no push for more; or null
 */
public record Reading(Set<Intent> intents, BotQuestion botQuestion, List<String> topics, Echo relation, Echo thing,
                      Echo feeling, String language, boolean thanksOnly, boolean helped, boolean unsure,
                      boolean askedForPerson, boolean reassures, boolean struggle, boolean apologises,
                      boolean manyHardThings, Extra extra, boolean riskAgain, Echo condition,
                      boolean foreignCrisis, boolean frustrated, boolean presence, boolean minimising,
                      boolean hurt, boolean close, boolean missing, boolean normalising, boolean alone,
                      boolean goodResult, Echo newsAbout, String aside, Echo lost, Echo lostOther,
                      Echo missed, int variety, boolean pronoun, boolean missingInLoss,
                      Echo troubled, boolean returning, Echo alsoFelt, boolean mild, boolean longAgo,
                      List<String> denied, Echo grievance, boolean roleChange, boolean helperSetUp,
                      boolean humour, boolean coping, boolean backSoon, boolean greets,
                      java.util.function.Supplier<String> ownWords, boolean dangerNear,
                      boolean othersFeeling, Echo theirName, Echo hardPart, Echo leavingTo, Echo thankedFor,
                      Echo closed) {

    /** One more kind of message the planner answers in its own way, or NONE. */
    public enum Extra { NONE, ADVICE, IDEA, BIG_NEWS, WAITING, FAMILY_NEWS, NEW_HERE, OTHERS_JOY, OTHERS_MOMENT }

    /** The kinds of question to the bot, each with its own honest answer. */
    public enum BotQuestion { NAME, PERSON, CAN_DO, WHO_MADE, PRIVACY, CARE, HOW_ARE_YOU, MEMORY, ACT, TALK }

    /**
     * One of the member's words that may be given back.
     *
     * @param key   a stable, text-free key from the word lists ("relation:mum")
     * @param shown how the bot says it ("your mum")
     * @param good  for feelings: a feeling that is good to hear
     * @param bare  for feelings: a word that reads badly after "feeling" ("fuming", "buzzing"), said as "you're
     *              fuming" instead
     */
    public record Echo(String key, String shown, boolean good, boolean bare) {

        public Echo(String key, String shown, boolean good) {
            this(key, shown, good, false);
        }
    }

    public Reading {
        intents = Set.copyOf(intents);
        topics = List.copyOf(topics);
        denied = List.copyOf(denied);
    }

    public boolean has(Intent intent) {
        return intents.contains(intent);
    }

    /** Whether they blame themselves for something they did ("I snapped at him again", "I feel like a monster"). */
    public boolean blamesSelf() {
        return "self_blame".equals(aside);
    }

    /** Something lies ahead that they asked luck for or leave to get ready for (the aside "luck"). */
    public boolean wantsLuck() {
        return "luck".equals(aside);
    }

    /** Their own words for what happened, turned to "you", or null (see {@link OwnWords}). */
    public String said() {
        return ownWords == null ? null : ownWords.get();
    }

    /** Their clause that names this thing, turned to "you", or null (see {@link OwnWords.Said#holding}). */
    String saidAbout(String thing) {
        return ownWords instanceof OwnWords.Said s ? s.holding(thing) : null;
    }

    /** Whether {@link #said} is the clause that holds the feeling or the step read, not only their last clause. */
    boolean saidFocused() {
        return ownWords instanceof OwnWords.Said s && s.focused();
    }

    /** Whether the first sentence of the message names this word of theirs ("last time it took a tribunal"). */
    boolean openingHas(String word) {
        return ownWords instanceof OwnWords.Said s && s.openingHas(word);
    }

    /** Whether the first or last sentence of the message names this word of theirs ("the council lost my ..."). */
    boolean openingOrClosingHas(String word) {
        return ownWords instanceof OwnWords.Said s && s.openingOrClosingHas(word);
    }

    /** Whether their words given back close a message of more than one sentence ("... and I hate it."). */
    boolean saidClosing() {
        return ownWords instanceof OwnWords.Said s && s.closing();
    }
}
