package org.peerbot.core.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peerbot.core.conversation.Move.Acknowledge;
import org.peerbot.core.conversation.Move.Feeling;
import org.peerbot.core.conversation.Reading.Echo;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.ListeningNotes;

/**
 * Chooses the moves of one listening reply from what the member said and the conversation so far. Pure: no
 * wording, no I/O, so each rule below can be tested on its own.
 *
 * <p>The rules follow how a trained peer listener replies (docs/conversation.md): match the feeling first; reflect more than ask (a question at most every
 * other reply); summarise after several turns; offer choices at natural points but never while the member only
 * wants to be heard; notice every way of leaving and close warmly with no question.
 */
final class Planner {

    /** Replies before choices are first offered, and turns between offers. */
    static final int CHOICES_AFTER = 3;
    static final int CHOICES_GAP = 8;
    /** Replies before a first summary, and turns between summaries. */
    static final int SUMMARY_AFTER = 4;
    static final int SUMMARY_GAP = 6;

    /** The moves and the notes to keep for the next turn. */
    record Plan(List<Move> moves, ListeningNotes notes) {
        boolean endsInQuestion() {
            return !moves.isEmpty() && moves.get(moves.size() - 1).asks();
        }
    }

    Plan plan(Reading r, List<String> triageFeelings, boolean greeting, ListeningNotes notes) {
        Plan plan = planTurn(r, triageFeelings, greeting, notes);
        if (r.botQuestion() == Reading.BotQuestion.ACT && !r.has(Intent.BOT_QUESTION)
                && !r.has(Intent.OTHER_LANGUAGE)) {
            plan = thenWhatTheBotCannotDo(plan);
        }
        if (!r.has(Intent.CORRECTION) || r.has(Intent.OTHER_LANGUAGE)) {
            return plan;
        }
        // "no, it's my sister", "you misunderstood": own the mistake first, then follow what they say now
        List<Move> moves = new ArrayList<>(plan.moves());
        moves.add(0, new Acknowledge(Feeling.CORRECTED, null, null));
        return new Plan(List.copyOf(moves), plan.notes());
    }

    /**
     * "Could you ring my GP for me and tell them the tablets make me dizzy? I hate the phone": what they told is heard
     * first, as any message would be, and then the bot says plainly what it can't do and what it can. No question is
     * left after the answer; a goodbye stays last.
     */
    private static Plan thenWhatTheBotCannotDo(Plan plan) {
        List<Move> moves = new ArrayList<>(plan.moves());
        while (!moves.isEmpty() && moves.get(moves.size() - 1).asks()) {
            moves.remove(moves.size() - 1);
        }
        int at = !moves.isEmpty() && moves.get(moves.size() - 1) instanceof Move.WrapUp ? moves.size() - 1
                : moves.size();
        moves.add(at, new Move.AnswerBot(Reading.BotQuestion.ACT));
        return new Plan(List.copyOf(moves), plan.notes());
    }

    private Plan planTurn(Reading r, List<String> triageFeelings, boolean greeting, ListeningNotes notes) {
        List<String> threads = new ArrayList<>();
        if (r.relation() != null) {
            threads.add(r.relation().key());
        }
        if (r.condition() != null) {
            threads.add(r.condition().key());
        }
        if (r.thing() != null) {
            threads.add(r.thing().key());
        }
        if (!r.denied().isEmpty()) {
            // "it's not my mum, it's my sister": what was heard of mum is put right, so no summary gives it back
            List<String> kept = new ArrayList<>(notes.threads());
            kept.removeAll(r.denied());
            notes = notes.withThreads(kept);
        }
        // a death told in words the topic list lacks ("my wife passed in the spring") is still grief to remember, so
        // what they say of her later is heard as missing her
        List<String> heardTopics = r.has(Intent.LOSS) && !r.topics().contains("bereavement")
                ? java.util.stream.Stream.concat(r.topics().stream(), java.util.stream.Stream.of("bereavement")).toList()
                : r.topics();
        ListeningNotes n = notes.heard(threads, heardTopics).toned(toneOf(r));
        List<Move> moves = new ArrayList<>();

        if (r.has(Intent.OTHER_LANGUAGE)) {
            if (r.feeling() != null && !r.feeling().good()) {
                // "tengo mucho miedo ... I was so scared": a feeling said in English among the other language is
                // heard first, before the honest word about reading English
                moves.add(new Acknowledge(Feeling.NAMED_FEELING, r.feeling(), null));
            }
            moves.add(new Move.OtherLanguage(r.language()));
            return done(moves, n);
        }
        if (r.presence()) {
            // "are you still there?", "nobody listens": say plainly that someone is here, and nothing else
            moves.add(new Acknowledge(Feeling.PRESENT, null, null));
            return done(moves, n);
        }
        boolean smallTalk = "bot_small_talk".equals(r.aside()) && !r.frustrated() && r.topics().isEmpty()
                && (r.feeling() == null || r.feeling().good());
        if (("bot_criticised".equals(r.aside()) || smallTalk) && !r.has(Intent.LOSS)
                && !r.has(Intent.BAD_NEWS) && !r.has(Intent.WANTS_PERSON) && !r.has(Intent.GOODBYE)) {
            // "ur useless. bet u just say 'that sounds hard'": taken on the chin, not met with the line it mocked;
            // "whats ur fave biscuit then bot": answered lightly as a bot, and handed back to them
            moves.add(new Acknowledge("bot_criticised".equals(r.aside()) ? Feeling.BOT_CRITICISED
                    : Feeling.BOT_SMALL_TALK, null, null));
            return done(moves, n);
        }
        if (r.backSoon() && !r.has(Intent.LOSS) && !r.has(Intent.BAD_NEWS) && !r.has(Intent.WANTS_PERSON)) {
            // "brb mum's calling": they are stepping away, not leaving; the bot waits, with no question
            moves.add(new Acknowledge(Feeling.BACK_SOON, null, null));
            return done(moves, n);
        }
        if (r.has(Intent.BOT_QUESTION) && r.topics().isEmpty() && !r.has(Intent.GOODBYE)) {
            // "are you a counsellor or a therapist?" asks about the bot, not for a list of services
            moves.add(new Move.AnswerBot(r.botQuestion()));
            return done(moves, n);
        }
        if (r.has(Intent.WANTS_SERVICE)) {
            acknowledgeNews(r, moves);
            List<String> topics = r.topics().isEmpty() ? recentTopics(notes) : r.topics();
            moves.add(new Move.Signpost(topics));
            return done(moves, n.venting(false).signposted(topics));
        }
        if (r.has(Intent.GOODBYE)) {
            if (r.has(Intent.LOSS) || r.has(Intent.BAD_NEWS)) {
                acknowledgeNews(r, moves); // "my dad died, anyway I have to go": the loss first, then goodbye
            }
            moves.add(new Move.WrapUp(r.has(Intent.THANKS), r.helped(), r.has(Intent.GOOD_NEWS), r.wantsLuck(),
                    "come_back".equals(r.aside()), r.leavingTo(), r.thankedFor()));
            return done(moves, n);
        }
        if (r.extra() == Reading.Extra.ADVICE && !r.has(Intent.BOT_QUESTION)) {
            // Non-directive: the choice is theirs; listen while they think it through. A hard feeling told with the
            // question ("should I leave him? I feel so lonely in my own house") is heard first.
            if (r.feeling() != null && !r.feeling().good()) {
                moves.add(new Acknowledge(r.mild() ? Feeling.MILD_FEELING : Feeling.NAMED_FEELING, r.feeling(), null));
            }
            moves.add(new Move.HandBack(!notes.askedWithin(2)));
            return done(moves, n);
        }
        if (r.has(Intent.BOT_QUESTION)) {
            moves.add(new Move.AnswerBot(r.botQuestion()));
            return done(moves, n);
        }
        if (r.thanksOnly() && r.helped()) {
            // "thanks, that helped" is not a goodbye: glad it helped, no question, and they can stay or go
            moves.add(new Acknowledge(Feeling.HELPED_OPEN, null, null));
            return done(moves, n);
        }
        if (r.thanksOnly()) {
            moves.add(new Acknowledge(Feeling.THANKS, null, null));
            if (r.wantsLuck()) {
                moves.add(new Acknowledge(Feeling.LUCK, null, null)); // "Thank you. Monday it is then."
            }
            return done(moves, n);
        }
        if (("reaction".equals(r.aside()) || ("reaction_words".equals(r.aside()) && !notes.tone().isEmpty()
                && !notes.askedLastTurn())) && (r.feeling() == null || r.feeling().good()) && !anyNews(r)
                && r.topics().isEmpty()) {
            // "❤️" after "the scan was clear", "yep" after "I'm 71, I'm tired love": a reaction to the reply, met in
            // the tone of what they told, briefly and with no question; the tone stays for the next reaction
            moves.add(new Acknowledge("good".equals(notes.tone()) ? Feeling.REACTION_GOOD
                    : "hard".equals(notes.tone()) ? Feeling.REACTION_HARD : Feeling.REACTION, null, null));
            return done(moves, n.toned(notes.tone()));
        }
        if (greeting && triageFeelings.isEmpty() && r.feeling() == null && !anyNews(r)) {
            moves.add(new Move.OpenDoor(notes.turns() > 0 || r.returning()));
            return done(moves, n);
        }
        if (r.has(Intent.SHORT_REPLY)) {
            // "Fine. Managing, just about.": their closed answer given back, with no push for more
            moves.add(r.closed() != null ? new Acknowledge(Feeling.CLOSED, r.closed(), null)
                    : new Acknowledge(r.unsure() ? Feeling.UNSURE : Feeling.SHORT_REPLY, null, null));
            if (choicesDue(n, true)) {
                moves.add(new Move.OfferChoices(topicFor(n)));
                return done(moves, n.offeredChoices());
            }
            // "idk", "meh", "whatever": not pushed with another question; the "that's okay" line keeps the door open
            if (!r.unsure() && !notes.askedWithin(2) && !n.venting()) {
                moves.add(new Move.Ask("short", null));
            }
            return done(moves, n);
        }

        if (r.extra() == Reading.Extra.OTHERS_MOMENT) {
            // someone else's moment that matters to them ("mum called me by my name today"): given back with what it
            // must have meant; no praise, and no "how does that feel". Their words are given back only when they tell
            // of that person ("your husband smiled at you"): the clause can be another ("you start yours in March")
            String said = r.said();
            boolean ofThem = said != null && said.startsWith("your ");
            moves.add(ofThem ? new Acknowledge(Feeling.OTHERS_MOMENT, new Echo("said", said, true), null)
                    : new Acknowledge(Feeling.OTHERS_MOMENT_PERSON, r.relation(), null));
            return done(moves, n);
        }

        // A disclosure: acknowledge, reflect or affirm, then a question, a summary, choices or simply presence.
        if (r.returning()) {
            // "back again, ...": they came back, and that is welcomed before what they bring
            moves.add(new Acknowledge(Feeling.RETURNING, null, null));
        }
        boolean sorryBack = "sorry_back".equals(r.aside());
        if (sorryBack) {
            // "sorry about last night, I was in a bad way": no need to be sorry, and glad they came back, before
            // anything in what they said then is read as news now
            moves.add(new Acknowledge(Feeling.SORRY_BACK, null, null));
        } else if (r.apologises()) {
            moves.add(new Acknowledge(Feeling.APOLOGY, null, null));
        }
        if (r.roleChange() && !r.has(Intent.GOOD_NEWS) && !"caring_ended".equals(r.aside())) {
            // "more nurse than husband now": who they are to someone has changed, and that is a loss of its own
            moves.add(new Acknowledge(Feeling.ROLE, Understanding.isPet(r.relation()) ? null : r.relation(), null));
        }
        if (r.close() && !r.has(Intent.GOOD_NEWS)) {
            // "she basically raised me": the bond is what they are telling
            moves.add(new Acknowledge(Feeling.CLOSE, null, null));
        }
        if (r.minimising() && (r.has(Intent.STRENGTH) || r.has(Intent.GOOD_NEWS)) && !r.has(Intent.LOSS)
                && !r.has(Intent.BAD_NEWS) && !"silly".equals(r.aside())) {
            // "only a small thing, but I walked round the block": a win they make small is not small, and it is
            // answered as a win, never with "a feeling like that makes sense"
            moves.add(new Acknowledge(Feeling.PLAYED_DOWN_WIN, null, null));
        } else if (r.minimising()) {
            // "silly really, it was only a dog": never agree that it is small
            moves.add(new Acknowledge("silly".equals(r.aside()) ? Feeling.MINIMISING : Feeling.PLAYED_DOWN, null,
                    null));
        }
        boolean inLoss = notes.topics().contains("bereavement") || r.topics().contains("bereavement");
        boolean missing = (r.missing() || (r.missingInLoss() && (inLoss || r.has(Intent.LOSS))))
                && !r.has(Intent.GOOD_NEWS);
        // "her name was Ffion. nobody says her name anymore": after a loss, the name is said back to them
        if (r.theirName() != null && (inLoss || r.has(Intent.LOSS) || r.missing())) {
            moves.add(new Acknowledge(Feeling.THEIR_NAME, r.theirName(), null));
        }
        // "I shouted at her over spilt cereal ... I feel like a monster": the guilt is heard, not told it is allowed
        boolean selfBlame = r.blamesSelf() && !r.has(Intent.LOSS);
        if (selfBlame) {
            moves.add(new Acknowledge(Feeling.SELF_BLAME, null, null));
        }
        boolean normal = r.normalising() && !r.minimising() && !selfBlame;
        if (normal && !r.has(Intent.LOSS)) {
            // "is it terrible that I feel relieved?": there is no wrong way to feel, in their word when there is one
            moves.add(new Acknowledge(Feeling.NORMAL, r.feeling(), null));
        }
        if (r.has(Intent.VENTING)) {
            n = n.venting(true);
            moves.add(new Acknowledge(Feeling.VENTING, null, null));
        }
        if ("treatment_end".equals(r.aside())) {
            // "last chemo today, and I feel like they've let go of my hand": an ending can feel strange as well as good
            moves.add(new Acknowledge(Feeling.TREATMENT_END, null, null));
        } else if (scareOver(r)) {
            // "had a hypo at school, he's fine now": what a scare, and glad they are okay, before anything else; when
            // it was their own ("an ambulance last night, back home now"), no one else is named as the one now okay
            moves.add(new Acknowledge(Feeling.SCARE_OVER, "scare_over".equals(r.aside()) ? r.relation() : null,
                    null));
        } else if ("dismissed".equals(r.aside()) && !r.has(Intent.GOOD_NEWS) && !r.has(Intent.LOSS)) {
            // "she was looking at the clock the whole time", "they told me by a text": let down by a service, and
            // the unfairness is heard in place of a plain "that's frustrating"
            moves.add(new Acknowledge(Feeling.DISMISSED, null, null));
        } else if ("effort".equals(r.aside())) {
            // "went up even though I've been so careful": the effort they put in is named, and the unfairness
            moves.add(new Acknowledge(Feeling.EFFORT, null, null));
        }
        boolean news = acknowledgeNews(r, moves, inLoss);
        if ("compare".equals(r.aside()) && !r.has(Intent.LOSS)) {
            // "it's only diabetes, there's a lady on her third lot of chemo", "I'm not the one who's ill so I've no
            // business moaning": their own pain is given room, and nothing is compared back
            moves.add(new Acknowledge(Feeling.COMPARE, null, null));
        }
        if ("regret".equals(r.aside()) && !selfBlame) {
            // "if only I'd rung 999 when he first said", "I should have noticed his cough", "wasted years": the weight
            // of going over it is heard, after any sorrow for the news, never "it wasn't your fault" and never
            // agreement that it was
            moves.add(new Acknowledge(Feeling.REGRET, null, null));
        }
        Feeling ownLine = OWN_LINES.get(String.valueOf(r.aside()));
        if (ownLine != null) {
            // an aside that is always met by a line of its own, whatever else the message holds (see OWN_LINES)
            if (OWN_LINE_DROPS.containsKey(ownLine)) {
                dropped(moves, OWN_LINE_DROPS.get(ownLine));
            }
            moves.add(new Acknowledge(ownLine, null, null));
        }
        if ("life_change".equals(r.aside()) && !r.has(Intent.LOSS) && !r.has(Intent.GOOD_NEWS) && !r.roleChange()) {
            // "handed my licence back today, 52 years driving", "we've sold the house ... and I hate it", "ill-health
            // retirement at 49": a change forced by illness is a loss of its own, even when it is the sensible thing,
            // and is heard as one, not as news to cheer or a problem to solve
            moves.add(new Acknowledge(Feeling.LIFE_CHANGE, null, null));
        }
        boolean milestone = "milestone".equals(r.aside()) && !r.has(Intent.LOSS);
        if (milestone) {
            // "365 days today, not a drop", "a year ago tonight I got the call", "she turns one tomorrow": a day of
            // getting through is celebrated, with what it took; the diagnosis or the hospital named on the way there is
            // not a blow told now
            dropped(moves, EnumSet.of(Feeling.BAD_NEWS, Feeling.MIXED_NEWS, Feeling.GOOD_NEWS));
            moves.add(new Acknowledge(Feeling.MILESTONE, null, null));
            news = true;
        }
        if ("asks_guess".equals(r.aside())) {
            // "do you think if it was bad they'd have called by now?": nobody can know, and a guess either way would
            // be a false comfort or a fright; said honestly, with the waiting
            moves.add(new Acknowledge(Feeling.CANT_KNOW, null, null));
        }
        if ("anniversary".equals(r.aside())) {
            // "three years today since Dave died", "would have been his 21st tomorrow", "a year since they told me":
            // the date itself brings it back, and that is named, with the one they miss when the message says who
            Echo who = r.lost() != null ? r.lost() : r.missed();
            moves.add(new Acknowledge(Feeling.ANNIVERSARY, who, null));
        }
        if ("others_say".equals(r.aside()) && !r.has(Intent.GOOD_NEWS) && !r.has(Intent.LOSS) && !inLoss) {
            // "if one more person tells me to stay positive", "she sends me another keto video every day": being told
            // what to do, again, is heard beside whatever else the message brings, and no advice is added to it;
            // after a death the sorrow and the missing say enough, and a fourth line would bury them
            moves.add(new Acknowledge(Feeling.OTHERS_SAY, null, null));
        }
        if ("body_anger".equals(r.aside()) && !r.has(Intent.LOSS) && !inLoss) {
            // "my body has betrayed me", "I hate my legs", "stupid pancreas": the anger is heard, and the loss under
            // it, without correcting it or looking on the bright side
            moves.add(new Acknowledge(Feeling.BODY_ANGER, null, null));
        }
        if ("envy".equals(r.aside())) {
            // "another pregnancy announcement, phone face down", "so jealous it makes me feel sick": watching others
            // have what they can't is heard, and the envy is not judged or cheered away
            moves.add(new Acknowledge(Feeling.ENVY, null, null));
        }
        if ("not_seen".equals(r.aside())) {
            // "but you look so well", "they never see him at 6am", "apparently I'm cured": people see the outside and
            // not what it takes; that is heard, and the bot does not add its own "you look well" or a reassurance
            moves.add(new Acknowledge(Feeling.NOT_SEEN, null, null));
        }
        if ("why_me".equals(r.aside()) && !r.has(Intent.GOOD_NEWS)) {
            // "why me tho, I never smoked", "what did I do to deserve this": the unfairness is named, and the
            // question is not answered with causes or comfort
            moves.add(new Acknowledge(Feeling.WHY_ME, null, null));
        }
        if ("far_away".equals(r.aside()) && !r.has(Intent.GOOD_NEWS)) {
            // "5 hr drive each way", "she's in Krakow and I'm in Glasgow", "wasn't there when he was taken in": the
            // pull between two places is heard, without a plan to fix it
            moves.add(new Acknowledge(Feeling.FAR_AWAY, null, null));
        }
        if ("praised".equals(r.aside()) && !inLoss && !r.has(Intent.LOSS) && !r.missing()) {
            // "Sandra won't take a penny", "the paramedics were unreal", "he's been my rock": someone's kindness is
            // what they came to tell, and it is shared; not named, as the person the message is about is often not
            // the one praised ("the paramedics made my lad a cuppa"). Kindness remembered of someone lost ("she was so
            // kind to me") belongs to the grief, not to thanks.
            moves.add(new Acknowledge(Feeling.PRAISED, null, null));
        }
        if (sorryBack) {
            // "ranting about my diagnosis" on Sunday is what they are sorry for, not hard news told today; and
            // "feeling a bit better today" after a bad night is met gently, not with "That's fantastic"
            news = news && !dropped(moves, EnumSet.of(Feeling.BAD_NEWS, Feeling.MIXED_NEWS, Feeling.GOOD_NEWS));
        }
        if (scareOver(r)) {
            // "she's ok, they found her, she's in hospital": the relief is the news, not a blow about the hospital
            news = news && !dropped(moves, EnumSet.of(Feeling.BAD_NEWS, Feeling.MIXED_NEWS));
        }
        if (normal && r.has(Intent.LOSS)) {
            // after a death the sorrow comes first, then "feeling relieved makes sense"
            moves.add(new Acknowledge(Feeling.NORMAL, r.feeling(), null));
        }
        boolean alone = r.alone() && !missing;
        if (alone) {
            // "nobody knew, so I can't talk to anyone": they can say it here
            moves.add(new Acknowledge(Feeling.ALONE, null, null));
        }
        boolean missedNamed = false;
        if (missing && !r.close()) {
            // "I still miss him", "so quiet without her": how much they miss them, not "that sounds exhausting"
            // the person named once: not again when the sorrow for the loss already named them
            boolean named = moves.stream().anyMatch(Planner::showsTheirWords);
            // "keep expecting him at the door": him is the one they named before
            // (when the message names a thing of its own, "the house is so quiet without her", that is given back;
            // but in what the one who died used to do, "she used to lie on my feet", the thing is part of the habit,
            // and "your feet" given back after the missing was not her)
            boolean habit = !r.missing() && r.missingInLoss();
            Echo before = lastPerson(notes);
            Echo who = r.missed() != null ? r.missed()
                    : r.pronoun() && (r.thing() == null || habit) ? before : null;
            if (who != null && r.pronoun() && !r.has(Intent.LOSS) && Understanding.isPet(who) && before != null
                    && !Understanding.isPet(before)) {
                // "the dog needs me for one thing. I just miss her", after "my wife died in February": "her" is the
                // wife they told of, not the dog named in this message
                who = before;
            }
            moves.add(new Acknowledge(Feeling.MISSING, named ? null : who, null));
            missedNamed = habit && !named && who != null;
        }
        // "my knee's swollen": something of theirs is wrong, said without a feeling word; heard as a struggle
        boolean struggle = r.struggle() || r.troubled() != null;
        boolean distress = r.has(Intent.LOSS) || r.has(Intent.BAD_NEWS) || r.frustrated() || r.hurt()
                || (r.feeling() != null && !r.feeling().good() && !r.mild())
                || (hardFeelings(triageFeelings) && !r.mild()) || struggle
                || r.alsoFelt() != null;
        boolean goodNewsOnly = r.has(Intent.GOOD_NEWS) && !r.has(Intent.BAD_NEWS) && !r.has(Intent.LOSS);
        boolean stepTaken = r.has(Intent.STRENGTH) || r.has(Intent.GOOD_NEWS);
        // "so excited but kinda terrified": good and hard news told as two feelings is heard in those feelings,
        // not in the general "good news and hard news" line
        if (r.feeling() != null && r.alsoFelt() != null && dropped(moves, EnumSet.of(Feeling.MIXED_NEWS))) {
            news = false;
        }
        // "I'm fine, just tired, it's nothing": played down, and still their feeling is named back
        // (an old loss told beside a feeling of now, "Dad died in 2009 ... never felt so frightened for her", leaves
        // the feeling to be named too)
        // and anger told with a blow ("hasn't messaged once since my diagnosis ... absolutely FURIOUS") is named as well:
        // "I'm sorry" alone hears the hurt and not the fury
        boolean angryToo = r.feeling() != null && ANGER.contains(r.feeling().key()) && !r.has(Intent.LOSS) && !inLoss;
        // "ct scan shows it hasnt spread!!! im shaking": shaking or tears with good news alone are the relief itself,
        // already met; "I'm sorry it's been like that" after them read the news as a blow
        boolean reliefInTheBody = (r.has(Intent.GOOD_NEWS) || r.goodResult()) && !r.has(Intent.LOSS)
                && r.feeling() != null && RELIEF_BODY.contains(r.feeling().key());
        boolean feelingToo = (!news || (goodNewsOnly && r.feeling() != null) || (r.longAgo() && r.feeling() != null)
                || angryToo) && !reliefInTheBody;
        if (feelingToo && (!r.minimising() || r.feeling() != null) && !normal
                && !(r.close() && !r.has(Intent.GOOD_NEWS))) {
            // Good news can come with any feeling ("I got the job but I'm nervous"): both are heard.
            if (r.feeling() != null && r.feeling().good() && inLoss && !r.has(Intent.GOOD_NEWS)) {
                // "part of me is relieved" after a death: named without "good to hear"
                moves.add(new Acknowledge(Feeling.NORMAL, r.feeling(), null));
            } else if (r.feeling() != null && !r.feeling().good() && r.alsoFelt() != null && !r.mild()) {
                // "guilty but happy", "sad and angry": both feelings are named, the second as well
                moves.add(new Acknowledge(Feeling.NAMED_FEELING, r.feeling(), null));
                moves.add(new Acknowledge(Feeling.FEELING_TOO, r.alsoFelt(), null));
            } else if (r.feeling() != null && r.feeling().good() && r.alsoFelt() != null) {
                // "happy but terrified": the good news has been met already when there is news; the harder
                // feeling is named as well, so both are heard
                if (!news) {
                    moves.add(new Acknowledge(Feeling.GOOD_FEELING, r.feeling(), null));
                }
                moves.add(new Acknowledge(Feeling.FEELING_TOO, r.alsoFelt(), null));
            } else if (r.feeling() != null) {
                // "bit nervous tbh", "slightly dreading the dentist": a small feeling is met at its size, lightly
                moves.add(new Acknowledge(r.feeling().good() ? Feeling.GOOD_FEELING
                        : r.mild() ? Feeling.MILD_FEELING : Feeling.NAMED_FEELING, r.feeling(), null));
            } else if (r.hurt()) {
                moves.add(new Acknowledge(Feeling.HURT, null, null));
            } else if (r.frustrated()) {
                // anger at a service or at the bot is heard as it is, not explained away
                moves.add(new Acknowledge(Feeling.FRUSTRATION, null, null));
            } else if (hardFeelings(triageFeelings)) {
                moves.add(new Acknowledge(Feeling.HARD_FEELING, null, triageFeelings.get(0)));
            } else if (struggle && !stepTaken && !missing && !alone) {
                // "walked to the shop on my own" is a step, not a struggle
                moves.add(new Acknowledge(Feeling.STRUGGLE, null, null));
            }
        }
        if (moves.stream().anyMatch(m -> m instanceof Acknowledge a && a.feeling() == Feeling.DISMISSED)) {
            // the line for being let down by a service already says how unfair and maddening it is
            moves.removeIf(m -> m instanceof Acknowledge a && ((a.what() == null && (a.feeling() == Feeling.FRUSTRATION
                    || a.feeling() == Feeling.BAD_NEWS || a.feeling() == Feeling.STRUGGLE
                    || a.feeling() == Feeling.HEARD)) || (a.feeling() == Feeling.NAMED_FEELING && a.what() != null
                    && ANGER.contains(a.what().key()))));
        }
        if ("let_down".equals(r.aside())) {
            // "my dad's going to be so disappointed", "scared they'll be gutted": the fear of how someone will take it
            // is heard, and a fear-word of theirs is said by it, not again beside it
            if (r.feeling() != null && FEARS.contains(r.feeling().key())) {
                dropped(moves, EnumSet.of(Feeling.NAMED_FEELING, Feeling.MILD_FEELING));
            }
            // and the person they fear for is not the one the news is about ("dad will be disappointed in me" is no
            // blow about dad)
            moves.replaceAll(m -> m instanceof Acknowledge a && a.feeling() == Feeling.BAD_NEWS && a.what() != null
                    && a.what().equals(r.relation()) ? new Acknowledge(Feeling.BAD_NEWS, null, null) : m);
            moves.add(new Acknowledge(Feeling.LET_DOWN, Understanding.isPet(r.relation()) ? null : r.relation(), null));
        }
        if (((r.humour() && distress) || r.coping()) && !r.has(Intent.LOSS) && !r.has(Intent.GOOD_NEWS)
                && !r.hurt() && !milestone) {
            // "you couldn't make it up lol": met lightly, in place of a plain "that's hard", and what is under it is
            // still named (their feeling word, their words for what happened)
            moves.removeIf(m -> m instanceof Acknowledge a && a.what() == null && (a.feeling() == Feeling.STRUGGLE
                    || a.feeling() == Feeling.BAD_NEWS || a.feeling() == Feeling.HARD_FEELING
                    || a.feeling() == Feeling.MANY_HARD_THINGS || a.feeling() == Feeling.FRUSTRATION
                    || a.feeling() == Feeling.HEARD));
            moves.add(new Acknowledge(Feeling.HUMOUR, null, null)); // after any sorry for news, not before it
        }
        boolean night = "night".equals(r.aside());
        boolean justType = "just_type".equals(r.aside());
        if ("no_questions".equals(r.aside())) {
            // "can you stop asking me questions, I just want to type": agreed to first, and they lead from here, so no
            // question follows (the same quiet as "just let me vent")
            justType = true;
            n = n.venting(true);
            dropped(moves, EnumSet.of(Feeling.VENTING));
            moves.add(0, new Acknowledge(Feeling.NO_QUESTIONS, null, null));
        } else if (justType) {
            // "I don't want a helpline, I just want to type": that it is fine is said first, whatever else is heard,
            // and it stands for the venting line ("Say whatever you like") that would say the same again
            dropped(moves, EnumSet.of(Feeling.VENTING));
            moves.add(0, new Acknowledge(Feeling.JUST_TYPE, null, null));
        }
        boolean luck = r.wantsLuck();
        if (luck && !r.has(Intent.LOSS)) {
            // "scan's tomorrow, wish me luck": what they asked for is given
            moves.add(new Acknowledge(Feeling.LUCK, null, null));
        }
        if (moves.isEmpty() && r.aside() != null && !"silly".equals(r.aside()) && !"praised".equals(r.aside())
                && !"laugh".equals(r.aside()) && !"light".equals(r.aside()) && !night && !justType && !luck
                && !r.has(Intent.GOOD_NEWS)) {
            moves.add(new Acknowledge(switch (r.aside()) {
                case "others_say" -> Feeling.OTHERS_SAY;
                case "by_now" -> Feeling.BY_NOW;
                case "told" -> Feeling.TOLD;
                case "relentless" -> Feeling.RELENTLESS;
                default -> Feeling.COMFORT;
            }, null, null));
        }
        if (moves.isEmpty() && !distress && !inLoss && !r.has(Intent.GOOD_NEWS) && !r.has(Intent.GOODBYE)
                && ("light".equals(r.aside()) || "laugh".equals(r.aside()))) {
            // "the cat's claimed my lap for the afternoon, purring like a tractor", "sweet peas are out!!": a small
            // good moment, told lightly, is enjoyed with them, not turned into a problem or a question about how they
            // feel
            moves.add(new Acknowledge("light".equals(r.aside()) ? Feeling.LIGHT : Feeling.LAUGH, null, null));
        }
        if (!news && moves.isEmpty() && r.extra() != Reading.Extra.NONE) {
            switch (r.extra()) {
                case IDEA -> moves.add(new Acknowledge(Feeling.IDEA, null, null));
                // after a loss, others' big news ("everyone else seems to be pregnant") is pain, not news
                case BIG_NEWS -> moves.add(new Acknowledge(inLoss ? Feeling.HURT : Feeling.BIG_NEWS, null, null));
                case WAITING -> moves.add(new Acknowledge(Feeling.WAITING, null, null));
                case NEW_HERE -> {
                    // a welcome belongs at the start, not after a loss told; "my granddaughter set this up for me"
                    // is met with one whenever it is said
                    if (notes.turns() <= 1 || r.helperSetUp()) {
                        moves.add(new Acknowledge(Feeling.NEW_HERE, null, null));
                    }
                }
                default -> { }
            }
        }
        // a step told beside a hard feeling is not the point of the message ("a proper laugh, first time in ages,
        // then I cried in the car"): the feeling is heard, the step is not praised over it
        boolean hardFeeling = r.feeling() != null && !r.feeling().good()
                && NO_PRAISE_OVER.contains(r.feeling().shown());
        // nor is one praised in anger ("the assessor wrote I walked without difficulty ... I'm shaking with rage")
        boolean angry = r.frustrated() || triageFeelings.contains("angry");
        // nor when someone let them down ("told my dad and he just said 'right' and carried on with the paper")
        // nor beside gladness for someone else that stings ("she asked if I minded, course I said no")
        if (r.has(Intent.STRENGTH) && !r.has(Intent.LOSS) && !r.has(Intent.BAD_NEWS) && !hardFeeling && !angry
                && !r.hurt() && r.extra() != Reading.Extra.OTHERS_JOY) {
            // the step in their words when there is one ("your walk", "your friends"), else the strength alone
            // (never their person: "Well done on your wife" praised the member for someone else)
            Echo about = r.troubled() != null ? null : r.thing();
            moves.add(new Move.Affirm(news ? null : about));
            if (about == null && !news && said(r) != null && !FEEL.matcher(r.said()).find()) {
                // no listed thing names the step: what they did, in their words ("you swam 10 lengths on Friday")
                moves.add(new Move.Restate(said(r)));
            }
        } else if (r.helped() && moves.isEmpty()) {
            moves.add(new Acknowledge(Feeling.HELPED, null, null));
        }
        boolean ventingOnly = moves.size() == 1 && moves.get(0) instanceof Acknowledge a
                && a.feeling() == Feeling.VENTING;
        // "your mate's wedding" says more than "your mate": a thing of their person is given back whole
        boolean theirPersons = r.relation() != null && r.thing() != null
                && r.thing().shown().startsWith(r.relation().shown() + "'s ");
        // what they are troubled by ("my knee's swollen") before a side detail named first or last ("the dog")
        // nothing is given back when the missing named who it was, or the thing is the night itself ("my head")
        boolean noEcho = missedNamed || (night && r.troubled() == null && r.thing() != null
                && NIGHT_THINGS.contains(r.thing().key()));
        // the ending of treatment, a scare that is over or effort that did not show is named by its own line, and a
        // step is about them: "There's a lot going on with radiotherapy" or "the stroke on your mind" after it adds
        // nothing of theirs
        boolean namedByLine = moves.stream().anyMatch(m -> m instanceof Acknowledge a
                && (a.feeling() == Feeling.TREATMENT_END || a.feeling() == Feeling.EFFORT
                || a.feeling() == Feeling.SCARE_OVER));
        boolean onlyTheIllness = r.relation() == null && r.thing() == null && r.troubled() == null
                && moves.stream().anyMatch(m -> m instanceof Move.Affirm);
        noEcho = noEcho || namedByLine || onlyTheIllness;
        Echo echo = noEcho ? null : r.troubled() != null && !r.has(Intent.GOOD_NEWS) ? r.troubled()
                : theirPersons ? r.thing() : r.relation() != null ? r.relation() : r.thing() != null ? r.thing()
                : r.condition();
        if (goodNewsOnly && news && echo != null && !inLoss) {
            // Good news is met as good news: what is in it is not given back with a line made for trouble ("There's a
            // lot going on with the beach" after a proposal); their person is shared in the joy, the thing it is
            // about is glad ("the flat"), and a place where it happened is not given back at all (see Understanding)
            if (!moves.stream().anyMatch(Planner::showsTheirWords)) {
                moves.add(new Move.GladFor(echo));
            }
            echo = null;
        }
        // "she won't talk to me about it": the person is the one they told of before ("your wife"); given back only
        // when nothing else in the reply shows they were heard, so "your wife" is not repeated after every "she"
        Echo recalled = echo == null && r.pronoun() ? lastPerson(notes) : null;
        // Show they were heard in their own words: when nothing said so far gives a word of theirs back, reflect
        // the person, thing or condition they named ("the kids", "Christmas", "your back").
        boolean shown = moves.stream().anyMatch(Planner::showsTheirWords);
        boolean plainAck = moves.size() == 1 && moves.get(0) instanceof Acknowledge a
                && (a.feeling() == Feeling.STRUGGLE || a.feeling() == Feeling.NAMED_FEELING
                || a.feeling() == Feeling.HARD_FEELING || (a.feeling() == Feeling.FRUSTRATION && a.what() == null)
                || a.feeling() == Feeling.HURT || a.feeling() == Feeling.MILD_FEELING);
        Move.Reflect aggrieved = (!shown || plainAck || ventingOnly) && !inLoss ? grievance(r, echo, notes, moves)
                : null;
        if (aggrieved != null) {
            // "my manager takes credit for everything I do": the unfairness heard with who and what, in their words,
            // instead of "So this is about your manager" after a line that only says it is frustrating
            moves.removeIf(m -> m instanceof Acknowledge a && (a.feeling() == Feeling.STRUGGLE
                    || a.feeling() == Feeling.HEARD
                    || (a.feeling() == Feeling.HURT && aggrieved.did() != null)));
            moves.add(aggrieved);
            echo = aggrieved.what();
        }
        if (aggrieved == null && echo != null && !ventingOnly && plainAck && toldWhatTheyDid(r)) {
            // the feeling named back, then what they did in their words ("you just sat and cried halfway through"),
            // not "a lot of this is about your benefits"
            moves.add(new Move.Restate(said(r)));
        } else if (aggrieved == null && echo != null && !ventingOnly && (!shown || plainAck)) {
            // a feeling named back and what it is about: "full of dread" and "the clinic"
            moves.addAll(topicAndReflection(echo, r));
        } else if (aggrieved == null && echo == null && said(r) != null && !ventingOnly && plainAck
                && ((Acknowledge) moves.get(0)).what() == null) {
            // "That sounds really hard going" and what happened in their words, not the line alone
            moves.add(new Move.Restate(said(r)));
        }
        if (moves.isEmpty() && echo == null && recalled != null) {
            moves.add(new Move.Reflect(recalled));
        }
        if (night && !r.has(Intent.GOOD_NEWS) && !r.has(Intent.LOSS) && !ventingOnly) {
            // "3am and my head won't switch off", "lying awake worrying about money": awake in the night with it,
            // heard after what they said was given back
            moves.add(new Acknowledge(Feeling.NIGHT, null, null));
        }
        if (aggrieved == null && (moves.isEmpty() || (ventingOnly && echo != null))) {
            // nothing else to answer: give back their words, or simply say they were heard
            if (echo != null) {
                moves.addAll(topicAndReflection(echo, r));
            } else {
                moves.add(said(r) != null ? new Move.Restate(said(r)) : new Acknowledge(Feeling.HEARD, null, null));
            }
        }
        if (ventingOnly) {
            return done(moves, n); // they lead: no question straight after "just let me vent"
        }
        if (moves.stream().anyMatch(m -> m instanceof Acknowledge a && THEY_LEAD_AFTER.contains(a.feeling()))) {
            // a future lost, or a body still reacting to what happened, is named by its own line; "How do you feel
            // about it all?" straight after "I just need a minute to be sad" asks what they have just said
            moves.removeIf(m -> m instanceof Acknowledge a
                    && (a.feeling() == Feeling.NAMED_FEELING || a.feeling() == Feeling.HARD_FEELING));
            return done(moves, n);
        }

        // Reflect about twice as often as ask: a question only when neither of the last two replies asked.
        boolean askedLast = notes.askedWithin(2);
        List<String> t0 = n.threads();
        Echo firstThread = t0.size() >= 2 ? Understanding.english().echoFor(t0.get(t0.size() - 2)) : null;
        Echo secondThread = t0.size() >= 2 ? Understanding.english().echoFor(t0.get(t0.size() - 1)) : null;
        if (!askedLast && summaryDue(n) && !news && !n.venting() && aggrieved == null && firstThread != null
                && secondThread != null) {
            // the summary gives their words back already
            moves.removeIf(m -> m instanceof Move.Reflect || m instanceof Move.Restate);
            if (moves.isEmpty()) {
                moves.add(new Acknowledge(Feeling.HEARD, null, null));
            }
            moves.add(new Move.Summarise(firstThread, secondThread));
            return done(moves, n.summarised());
        }
        if (distress && choicesDue(n, false)) {
            moves.add(new Move.OfferChoices(topicFor(n)));
            return done(moves, n.offeredChoices());
        }
        String family = family(r, n);
        // A question where it helps them tell it: news, a loss, a step, or when nothing of theirs could be given
        // back. A feeling already named or their words already reflected are left to stand, with room to go on
        // ("Go on when you are ready"), so replies reflect about twice as often as they ask. While they vent, or
        // asked for no questions, they lead.
        boolean heardAlready = moves.stream().anyMatch(m -> m instanceof Move.Reflect || m instanceof Move.Restate
                || (m instanceof Acknowledge a && a.feeling() != Feeling.HEARD));
        // good news met in their own words ("What great news about your job!", "I'm so glad for you and your sister")
        // is left to stand too: they have been heard, and they lead from there
        // and so is a step or a small win met in their words ("Well done on your walk!"): a question after it turned
        // "got out of bed and showered" into an interview
        boolean joyShown = ("good".equals(family) || "strength".equals(family))
                && moves.stream().anyMatch(Planner::showsTheirWords);
        boolean askHelps = (!OPEN_FAMILIES.contains(family) || !heardAlready) && !joyShown;
        if (r.has(Intent.LOSS)) {
            // fresh news of a death: sorry, and an open door to tell more, not a question straight away; after
            // someone else's loss ("since her mum died"), the door is to the member's own person ("your wife")
            moves.add(new Move.Invite(r.lostOther() != null ? r.relation() : lostOne(r)));
        } else if (!askedLast && !r.helped() && !n.venting() && askHelps) {
            moves.add(new Move.Ask(family, r.relation()));
        } else if (moves.size() == 1 && !news && !joyShown && !(moves.get(0) instanceof Acknowledge a
                && PRESENT_ALREADY.contains(a.feeling()))) {
            moves.add(new Move.Stay());
        }
        return done(moves, n);
    }

    /**
     * Asides met by a line of their own whenever they are read:
     * "torn" ("love him to bits but I'm climbing the walls": both sides are given room, and neither is picked);
     * "keep_quiet" ("don't tell anyone lol": told plainly that it stays here);
     * "caring_ended" ("now there's nothing to weigh and nobody to do it for": the role and the shape of the days are
     * gone too, heard beside any sorrow);
     * "lost_future" ("I'll never be pregnant", "won't see her in her uniform": the future they had pictured, a loss of
     * its own, with no silver lining and no question);
     * "flashback" ("straight back in ICU", "any beep and I'm back there": the fear is real and makes sense; no
     * treatment is named);
     * "taste_lost" ("everything tastes like cardboard ... I managed two mouthfuls": a loss, with nothing praised and
     * no tip);
     * "sense_lost" ("the cisplatin has taken the top off my hearing, can't pick out the sopranos"; a sense of smell
     * gone): a loss of something loved, with no tip;
     * "kindness" ("left a pot of jollof and a note saying no need to answer": the kindness is named, and why it
     * touched them);
     * "read_online" ("went on a forum ... toes and feet ... didn't sleep a wink": the fright of what they read is
     * heard; nothing read is corrected or confirmed);
     * "lost_self" ("i just miss feeling like me": missing who they were is a loss of its own);
     * "pet_bond" ("the only reason I get out of bed is Biscuit": what the animal means to them is heard);
     * "dread_losing" ("dunno what I'll do when she's gone": the dread is heard, and what it says of their love);
     * "fond_memory" ("found a photo of him in that daft hat and laughed till I cried": the warmth of a memory of
     * someone who died is heard beside the sorrow; they lead after it);
     * "own_birthday" ("50 today!!", "it's my 19th", "81 today. not one card"): happy birthday, beside whatever else.
     */
    private static final java.util.Map<String, Feeling> OWN_LINES = java.util.Map.ofEntries(
            java.util.Map.entry("torn", Feeling.TORN), java.util.Map.entry("keep_quiet", Feeling.KEEP_QUIET),
            java.util.Map.entry("caring_ended", Feeling.CARING_ENDED),
            java.util.Map.entry("lost_future", Feeling.LOST_FUTURE),
            java.util.Map.entry("flashback", Feeling.FLASHBACK), java.util.Map.entry("taste_lost", Feeling.TASTE_LOST),
            java.util.Map.entry("sense_lost", Feeling.SENSE_LOST),
            java.util.Map.entry("kindness", Feeling.KINDNESS), java.util.Map.entry("read_online", Feeling.READ_FRIGHT),
            java.util.Map.entry("lost_self", Feeling.LOST_SELF), java.util.Map.entry("pet_bond", Feeling.PET_BOND),
            java.util.Map.entry("dread_losing", Feeling.DREAD_LOSING),
            java.util.Map.entry("fond_memory", Feeling.FOND_MEMORY),
            java.util.Map.entry("own_birthday", Feeling.OWN_BIRTHDAY));

    /**
     * What an own line says in place of other lines: "dunno what I'll do when she's gone" (nobody has gone yet, so no
     * sorrow for a loss); a fond memory of someone who died (the sorrow stays, but "I'm sorry you're missing her" on
     * top of the memory would say the loss twice).
     */
    private static final java.util.Map<Feeling, Set<Feeling>> OWN_LINE_DROPS = java.util.Map.of(
            Feeling.DREAD_LOSING, EnumSet.of(Feeling.LOSS, Feeling.MISSING),
            Feeling.FOND_MEMORY, EnumSet.of(Feeling.MISSING));

    /** Lines after which the member leads: no question, and no second naming of the feeling. */
    private static final java.util.Set<Feeling> THEY_LEAD_AFTER = java.util.EnumSet.of(Feeling.LOST_FUTURE,
            Feeling.FLASHBACK, Feeling.DREAD_LOSING, Feeling.FOND_MEMORY);

    /**
     * A grievance about a person or a service, heard as one: what someone keeps doing to them ("never paying you
     * back"), or frustration or venting about a person they name. Null when it is not one, or nobody is named (a
     * "she" is the person named last). Never for good news or a loss.
     */
    private static Move.Reflect grievance(Reading r, Echo echo, ListeningNotes notes, List<Move> moves) {
        if (r.has(Intent.GOOD_NEWS) || r.has(Intent.LOSS)) {
            return null;
        }
        Echo did = r.grievance();
        if (did != null && echo != null && !echo.key().startsWith("relation:") && !AGENTS.contains(echo.key())) {
            return null; // "my hip" is not who owes them money: no one is made of a thing
        }
        Echo who = echo != null && (did != null || echo.key().startsWith("relation:")) ? echo
                : echo == null && did != null && r.pronoun() ? lastPerson(notes) : null;
        if (who == null && did != null && r.troubled() == null) {
            return new Move.Reflect(SOMEONE, did, Move.Grievance.FED_UP);
        }
        if (who == null || (did == null && !r.frustrated() && !r.has(Intent.VENTING))) {
            return null;
        }
        if (did == null && Understanding.isPet(who)) {
            return null; // "the dog was going to my sister's ... cancelled AGAIN": never "fed up with your dog"
        }
        boolean feelingNamed = moves.stream().anyMatch(m -> m instanceof Acknowledge a && a.what() != null
                && (a.feeling() == Feeling.NAMED_FEELING || a.feeling() == Feeling.MILD_FEELING));
        if (did == null && feelingNamed) {
            return null; // "No wonder you're sick of it" is said already; "fed up with your brother" would say it twice
        }
        // "That sounds so frustrating" stays: the grievance line after it hears the unfairness, not the feeling again
        boolean frustration = moves.stream().anyMatch(m -> m instanceof Acknowledge a
                && a.feeling() == Feeling.FRUSTRATION);
        Move.Grievance tone = feelingNamed || frustration ? Move.Grievance.AFTER_FEELING
                : r.hurt() && !r.frustrated() ? Move.Grievance.HURT : Move.Grievance.FED_UP;
        return new Move.Reflect(who, did, tone);
    }

    /**
     * Feelings a step is never praised over ("first time in ages, then I cried"): tears, sadness, fear, guilt. A
     * hard side effect beside a milestone ("round 3 done, ulcers grim") still hears both.
     */
    private static final Set<String> NO_PRAISE_OVER = Set.of("tearful", "sad", "upset", "heartbroken", "devastated",
            "low", "down", "worried", "anxious", "scared", "terrified", "frightened", "guilty", "lonely", "ashamed",
            "crying", "gutted", "miserable", "hopeless", "numb", "empty");

    /** A body's answer to good news ("im shaking", "in tears"): the relief itself, not a hard feeling. */
    private static final Set<String> RELIEF_BODY = Set.of("feeling:shaky", "feeling:shaking", "feeling:trembling",
            "feeling:shaking like a leaf", "feeling:tearful", "feeling:in tears", "feeling:like crying");

    /** Anger words the line for being let down by a service already answers ("It makes sense to be furious"). */
    private static final Set<String> ANGER = Set.of("feeling:angry", "feeling:furious", "feeling:fuming",
            "feeling:livid", "feeling:raging", "feeling:cross", "feeling:mad", "feeling:seething", "feeling:annoyed",
            "feeling:frustrated", "feeling:fed up");

    /** Feeling keys the line for fearing how someone will take it already says ("worried about how ..."). */
    private static final Set<String> FEARS = Set.of("feeling:scared", "feeling:worried", "feeling:anxious",
            "feeling:nervous", "feeling:terrified", "feeling:frightened", "feeling:dreading", "feeling:afraid",
            "feeling:petrified", "feeling:bricking it", "feeling:worried sick");

    /** Things on the lists that can do something to someone: a service, an office, the people in it. */
    private static final Set<String> AGENTS = Set.of("thing:gp", "thing:doctors", "thing:council", "thing:jobcentre",
            "thing:dwp", "thing:assessor", "thing:hospital", "thing:clinic", "thing:ward", "thing:consultant",
            "thing:receptionist", "thing:pharmacist", "thing:surgery", "thing:school", "thing:work", "thing:boss",
            "thing:office", "thing:nursery");
    /** Who did it, when no person or service is named: the grievance is told with what was done alone. */
    private static final Echo SOMEONE = new Echo("grievance:someone", "", false);

    /** The person most recently named in the conversation, or null. */
    private static Echo lastPerson(ListeningNotes notes) {
        List<String> threads = notes.threads();
        for (int i = threads.size() - 1; i >= 0; i--) {
            if (threads.get(i).startsWith("relation:")) {
                return Understanding.english().echoFor(threads.get(i));
            }
        }
        return null;
    }

    /**
     * At night, "my head won't switch off": the head and the nights are the night itself, heard by the night line,
     * not things to give back ("It sounds like so much of this comes back to your head").
     */
    private static final Set<String> NIGHT_THINGS = Set.of("thing:head", "thing:my head", "thing:mind",
            "thing:my mind", "thing:brain", "thing:my brain", "thing:night", "thing:nights", "thing:the nights",
            "thing:bed");

    /** Acknowledgements that already say "I'm here" or "I'm listening": no second line of presence after them. */
    private static final Set<Feeling> PRESENT_ALREADY = java.util.EnumSet.of(Feeling.ALONE, Feeling.PRESENT,
            Feeling.VENTING, Feeling.NIGHT);

    /** Question families that only ask for more; when the reply already shows it heard them, they are left out. */
    private static final Set<String> OPEN_FAMILIES = Set.of("open", "feeling", "venting");

    /**
     * A thing given back as it is ("the clinic"), unless their own words for what happened hold it ("you sat in the
     * car park and cried" rather than "a lot of this is about the car").
     */
    /** A scare that is over, someone else's ("he's fine now") or their own ("back home now"). */
    private static boolean scareOver(Reading r) {
        return "scare_over".equals(r.aside()) || "scare_over:self".equals(r.aside());
    }

    /** The word an echo stands for, from its key ("thing:blue_badge" is "blue badge"). */
    private static String keyWord(Echo echo) {
        return echo.key().substring(echo.key().indexOf(':') + 1).replace('_', ' ');
    }

    /** The words an echo is shown as, without the "your" or "the" the bot puts before them. */
    private static String shownWord(Echo echo) {
        return echo.shown().replaceFirst("^(your|the|my) ", "");
    }

    /**
     * Their closing words given back in place of a topic the message opened on ("last time it took 9 months and a
     * tribunal. I just haven't got it in me") lose what it was about: the topic is named first, then their words.
     */
    private static List<Move> topicAndReflection(Echo echo, Reading r) {
        Move m = reflectOrRestate(echo, r);
        if (m instanceof Move.Restate said && r.saidClosing()) {
            String word = keyWord(echo);
            String shown = shownWord(echo);
            if ((r.openingHas(word) || r.openingHas(shown)) && !said.said().toLowerCase(java.util.Locale.ROOT)
                    .contains(shown.toLowerCase(java.util.Locale.ROOT))) {
                return List.of(new Move.Reflect(echo), m);
            }
        }
        return List.of(m);
    }

    private static Move reflectOrRestate(Echo echo, Reading r) {
        // what is wrong ("your knee") is named on its own: their whole sentence would bring the side detail back
        if (said(r) != null && !echo.equals(r.troubled())) {
            // a thing, a condition or a treatment ("just got back from chemo"): their sentence says what about it
            String word = keyWord(echo);
            String shown = shownWord(echo);
            for (String w : List.of(word, shown)) {
                if (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b",
                        java.util.regex.Pattern.CASE_INSENSITIVE).matcher(r.said()).find()) {
                    return new Move.Restate(r.said());
                }
            }
            // an earlier clause of theirs that names it ("you saw a photo from your niece's wedding and wanted to be
            // sick"), rather than "So this is about your niece's wedding"
            String about = r.saidAbout(shown);
            if (about != null) {
                return new Move.Restate(about);
            }
            // members end on what matters ("I keep hearing that bang", "my hands are my whole job"): their clause that
            // closes a longer message (when no feeling word was named back: then what it is about adds more), or any
            // clause of theirs when the person or thing was named only on the way, neither opening the message nor
            // closing it, is given back when it says enough on its own, rather than "So this is about your kids"; not
            // when it says the feeling again, points back at the person ("I don't know how I'll ever repay her"), or a
            // kindness is what they tell, where the person is the point
            boolean onTheWay = !r.openingOrClosingHas(word) && !r.openingOrClosingHas(shown);
            boolean saysTheFeelingAgain = FEEL.matcher(said(r)).find() || r.feeling() != null
                    && said(r).toLowerCase(java.util.Locale.ROOT).contains(r.feeling().shown().toLowerCase(
                            java.util.Locale.ROOT));
            if ((r.saidClosing() && !r.saidFocused() && r.feeling() == null || onTheWay) && !saysTheFeelingAgain
                    && said(r).split(" ").length >= PUNCHLINE_WORDS && !"praised".equals(r.aside())
                    && !POINTS_BACK.matcher(said(r)).find()) {
                return new Move.Restate(said(r));
            }
        }
        return new Move.Reflect(echo);
    }

    /**
     * Whether their words for what happened tell the feeling as something they did ("sat and cried", "jump out of my
     * skin"): the clause holds the feeling read (or, when no clause does, their last clause says enough on its own: "you
     * put the telly on just for the noise", never "you're there"), and has no word of the feeling that was named back,
     * so it adds what it was like.
     */
    private static boolean toldWhatTheyDid(Reading r) {
        String said = said(r);
        if (said == null || r.feeling() == null || r.feeling().good()
                || (!r.saidFocused() && said.split(" ").length < MIN_UNFOCUSED_WORDS)) {
            return false;
        }
        String low = said.toLowerCase(java.util.Locale.ROOT);
        return !low.contains(r.feeling().shown().toLowerCase(java.util.Locale.ROOT)) && !FEEL.matcher(low).find();
    }

    /** Removes the acknowledgements of these kinds; true when there was one. */
    private static boolean dropped(List<Move> moves, Set<Feeling> kinds) {
        return moves.removeIf(m -> m instanceof Acknowledge a && kinds.contains(a.feeling()));
    }

    /** Words their last clause needs to be given back in place of a person or thing named earlier in the message. */
    private static final int PUNCHLINE_WORDS = 4;

    /** A closing clause that points back at the person named ("I'll never repay her"): the person is given back. */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "\\b(her|him|them|she|he|they|hers|his)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words a last clause needs to be given back after a feeling when it does not hold the feeling itself. */
    private static final int MIN_UNFOCUSED_WORDS = 4;

    /** A clause that says how they feel ("I feel so daft") is not given back after a feeling was named. */
    private static final java.util.regex.Pattern FEEL = java.util.regex.Pattern.compile("\\b(feel|feeling|felt)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Their own words for what happened, unless they are putting the bot right (the words hold what they deny). */
    private static String said(Reading r) {
        return r.has(Intent.CORRECTION) || !r.denied().isEmpty() ? null : r.said();
    }

    /** Whether a move gives back one of the member's own words. */
    private static boolean showsTheirWords(Move m) {
        return m instanceof Move.Reflect || m instanceof Move.Restate || m instanceof Move.GladFor || (m instanceof Acknowledge a && a.what() != null)
                || (m instanceof Move.Affirm f && f.what() != null);
    }

    /** Triage's feeling keys that are not good ones to hear ("relieved", "proud" and "hopeful" are). */
    static boolean hardFeelings(List<String> triageFeelings) {
        return triageFeelings.stream().anyMatch(f -> !GOOD_TRIAGE_FEELINGS.contains(f));
    }

    private static final Set<String> GOOD_TRIAGE_FEELINGS = Set.of("relieved", "proud", "hopeful");

    /** How the message landed, for a reaction sent after the reply (ListeningNotes#tone). */
    private static String toneOf(Reading r) {
        if (r.has(Intent.LOSS) || r.has(Intent.BAD_NEWS)) {
            return "hard";
        }
        if (r.has(Intent.GOOD_NEWS) || r.has(Intent.STRENGTH) || (r.feeling() != null && r.feeling().good())
                || "laugh".equals(r.aside()) || "light".equals(r.aside())) {
            return "good";
        }
        return r.feeling() != null ? "hard" : "";
    }

    private static Plan done(List<Move> moves, ListeningNotes n) {
        boolean asks = !moves.isEmpty() && moves.get(moves.size() - 1).asks();
        return new Plan(List.copyOf(moves), n.nextTurn(asks));
    }

    /** Sorry for a loss, glad for good news, sorry for bad news; true when one was added. */
    private static boolean acknowledgeNews(Reading r, List<Move> moves) {
        return acknowledgeNews(r, moves, false);
    }

    /**
     * As above; in a conversation about a death, good news is met gently ("I'm glad there was something good in
     * it"), never with "brilliant news!".
     */
    private static boolean acknowledgeNews(Reading r, List<Move> moves, boolean inLoss) {
        if (r.extra() == Reading.Extra.OTHERS_JOY) {
            // "You can be happy for your sister and still hurt for yourself": both, and never "that's fantastic"
            moves.add(new Acknowledge(Feeling.OTHERS_JOY, r.relation(), null));
        } else if (r.manyHardThings()) {
            moves.add(new Acknowledge(Feeling.MANY_HARD_THINGS, null, null));
        } else if (r.has(Intent.LOSS)) {
            if (r.has(Intent.GOOD_NEWS) && r.goodResult()) {
                // "all clear!! but my friend from the ward died": the relief is named before the sorrow
                moves.add(new Acknowledge(Feeling.RELIEF, null, null));
            }
            // someone else's loss ("my neighbour's husband died") is sorrow about them, not "losing your neighbour"
            // an old loss told calmly ("when I was 12", "20 years since") is not fresh news: no "a huge thing"
            moves.add(new Acknowledge(r.lost() == null && r.lostOther() != null ? Feeling.LOSS_OTHER
                    : r.longAgo() ? Feeling.OLD_LOSS : Feeling.LOSS, lostOne(r), null));
        } else if (r.has(Intent.GOOD_NEWS) && r.has(Intent.BAD_NEWS)) {
            if (r.newsAbout() != null && r.hardPart() != null) {
                // "got a promotion, but my dad's in hospital": glad about the one, sorry about the other, each named
                moves.add(new Acknowledge(Feeling.GOOD_NEWS, r.newsAbout(), null));
                moves.add(new Acknowledge(Feeling.MIXED_HARD, r.hardPart(), null));
            } else {
                moves.add(new Acknowledge(Feeling.MIXED_NEWS, r.newsAbout(), null));
            }
        } else if (r.has(Intent.GOOD_NEWS) && inLoss) {
            moves.add(new Acknowledge(Feeling.GOOD_IN_LOSS, null, null));
        } else if (r.has(Intent.GOOD_NEWS) && r.goodResult()) {
            // "the scan was clear", "he said the cancer's gone": after the fear of waiting, relief is what they feel
            moves.add(new Acknowledge(Feeling.RELIEF, null, null));
        } else if (r.has(Intent.GOOD_NEWS) && r.extra() == Reading.Extra.FAMILY_NEWS) {
            // "gonna be an auntie", "going to be a grandad": someone new in the family is congratulated
            moves.add(new Acknowledge(Feeling.FAMILY_NEWS, null, null));
        } else if (r.has(Intent.GOOD_NEWS)) {
            moves.add(new Acknowledge(Feeling.GOOD_NEWS, r.newsAbout(), null));
        } else if (r.has(Intent.BAD_NEWS) && r.frustrated() && !r.hurt() && r.feeling() == null) {
            // "DWP turned down my PIP AGAIN": a refusal told in anger is heard as the anger it is, not only as news
            moves.add(new Acknowledge(Feeling.FRUSTRATION, r.newsAbout(), null));
        } else if (r.has(Intent.BAD_NEWS)) {
            // "my girlfriend left me": sorry about the person only when the hard news is about them (Understanding
            // sets newsAbout to the person then); a person named elsewhere in the story is not who it is about
            moves.add(new Acknowledge(Feeling.BAD_NEWS, r.newsAbout(), null));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Who the sorrow for a death names: the member's person who died, else someone else's ("her mum"), else the
     * person the message names when only the loss is named ("my nan's funeral").
     */
    private static Echo lostOne(Reading r) {
        return r.lost() != null ? r.lost() : r.lostOther() != null ? r.lostOther() : r.relation();
    }

    private static boolean anyNews(Reading r) {
        return r.has(Intent.LOSS) || r.has(Intent.GOOD_NEWS) || r.has(Intent.BAD_NEWS) || r.has(Intent.STRENGTH);
    }

    private static String family(Reading r, ListeningNotes n) {
        if ("sorry_back".equals(r.aside()) && !r.has(Intent.LOSS)) {
            return "sorry_back"; // "sorry about last night": how they are today, not how they take the news
        }
        if (r.extra() == Reading.Extra.OTHERS_JOY) {
            return "others_joy";
        }
        if (r.has(Intent.LOSS)) {
            return lostOne(r) != null ? "loss_about" : "loss";
        }
        if (r.extra() == Reading.Extra.BIG_NEWS) {
            return "big_news";
        }
        if (r.has(Intent.GOOD_NEWS)) {
            return "good";
        }
        if (r.feeling() != null && r.feeling().good()) {
            return "good_feeling";
        }
        if (r.has(Intent.BAD_NEWS)) {
            return "bad";
        }
        if (r.has(Intent.STRENGTH)) {
            return "strength";
        }
        if (n.venting()) {
            return "venting";
        }
        if (r.feeling() != null) {
            return "feeling";
        }
        return "open";
    }

    private static boolean summaryDue(ListeningNotes n) {
        return n.turns() >= SUMMARY_AFTER && n.threads().size() >= 2
                && (n.lastSummaryTurn() < 0 || n.turns() - n.lastSummaryTurn() >= SUMMARY_GAP);
    }

    private static boolean choicesDue(ListeningNotes n, boolean shortReply) {
        if (n.venting()) {
            return false;
        }
        int after = shortReply ? 2 : CHOICES_AFTER;
        return n.turns() >= after && (n.lastChoicesTurn() < 0 || n.turns() - n.lastChoicesTurn() >= CHOICES_GAP);
    }

    private static String topicFor(ListeningNotes n) {
        List<String> t = n.topics();
        return t.isEmpty() ? null : t.get(t.size() - 1);
    }

    private static List<String> recentTopics(ListeningNotes n) {
        Set<String> out = new LinkedHashSet<>(n.topics());
        List<String> list = new ArrayList<>(out);
        return list.isEmpty() ? List.of() : List.of(list.get(list.size() - 1));
    }
}
