package org.peerbot.core.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peerbot.core.conversation.Move.Acknowledge;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.Directory.ServiceInfo;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.PromptCatalog.Prompt;
import org.peerbot.core.wording.ServiceLines;
import org.peerbot.core.wording.Templates;

/**
 * Turns moves into sentences from the prompt catalogue ({@code plan.*} keys). Never the same sentence twice in a
 * conversation while another variant is left; placeholders are filled only with catalogue text, directory data and
 * the member's own words from the planner's reflection lists.
 */
final class Renderer {

    /** The rendered reply and the sentence ids it used. */
    record Rendered(String text, List<String> promptIds) {
    }

    private final PromptCatalog catalog;
    private final Directory directory;

    Renderer(PromptCatalog catalog, Directory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    /**
     * @param variety a number from the message ({@link Reading#variety()}) that picks where in the variants of every
     *                line to start, so the same message is always answered the same way and different ones
     *                differently; with the turn alone, every first reply began at the same variant of each line and a
     *                few lines ("Go on when you are ready.") came to be most of what the bot said
     */
    Rendered render(List<Move> moves, List<String> recent, int turn, int variety, Instant now) {
        List<String> used = new ArrayList<>(recent);
        List<String> ids = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Move move : moves) {
            // every line, the greeting too, is chosen by the turn and the message; the greeting's first and later
            // forms are separate lines, so "Hello again" is never said to a first "hi" (Move.OpenDoor#again)
            String part = part(move, used, ids, turn * 7 + variety, now);
            for (int tries = 0; tries < 3 && HERE.matcher(text).find() && HERE.matcher(part).find(); tries++) {
                // "Thank you. I'm here with you. I'm here, and I'm listening.": said once in a reply; the line just
                // picked is marked used, so the next pick is another of its variants
                part = part(move, used, ids, turn * 7 + variety, now);
            }
            if (part.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(part.startsWith("\n") ? "" : " ");
            }
            text.append(part);
        }
        return new Rendered(text.toString(), ids);
    }

    /** "I'm here", "I'm still here", "I'm right here": presence said once in a reply is enough. */
    private static final java.util.regex.Pattern HERE = java.util.regex.Pattern.compile("I'm (still |right )?here\\b");

    private String part(Move move, List<String> used, List<String> ids, int turn, Instant now) {
        if (move instanceof Acknowledge a) {
            return acknowledge(a, used, ids, turn);
        } else if (move instanceof Move.Reflect r && r.tone() != Move.Grievance.NONE) {
            return grievance(r, used, ids, turn);
        } else if (move instanceof Move.Reflect r) {
            String kind = r.what().key().startsWith("relation:") ? "person" : "thing";
            // a condition reads like a thing ("It sounds like a lot of this is about diabetes")
            return say("plan.reflect_" + kind, Map.of("what", r.what().shown()), used, ids, turn);
        } else if (move instanceof Move.Restate r) {
            return say("plan.restate", Map.of("said", r.said(), "said_start", capitalised(r.said())), used, ids,
                    turn);
        } else if (move instanceof Move.GladFor g) {
            String key = g.what().key().startsWith("relation:") ? "plan.glad_for" : "plan.glad_about";
            return say(key, Map.of("what", g.what().shown()), used, ids, turn);
        } else if (move instanceof Move.HandBack h) {
            return say(h.asks() ? "plan.hand_back" : "plan.hand_back_listen", Map.of(), used, ids, turn);
        } else if (move instanceof Move.Affirm a) {
            return a.what() == null ? say("plan.affirm", Map.of(), used, ids, turn)
                    : say("plan.affirm_about", Map.of("what", a.what().shown()), used, ids, turn);
        } else if (move instanceof Move.Summarise s) {
            return say("plan.summary", Map.of("first", s.first().shown(), "second", s.second().shown()), used, ids,
                    turn);
        } else if (move instanceof Move.Ask q) {
            return say("plan.ask." + q.family(), q.what() == null ? Map.of() : Map.of("what", q.what().shown()),
                    used, ids, turn);
        } else if (move instanceof Move.Invite i) {
            return i.what() == null ? say("plan.invite.loss", Map.of(), used, ids, turn)
                    : say("plan.invite.loss_about", Map.of("what", byName(i.what().shown())), used, ids, turn);
        } else if (move instanceof Move.Stay) {
            return say("plan.stay", Map.of(), used, ids, turn);
        } else if (move instanceof Move.OfferChoices c) {
            if (c.topic() != null && catalog.has("plan.topic." + c.topic())) {
                return say("plan.choices_topic", Map.of("topic", catalog.text("plan.topic." + c.topic())), used,
                        ids, turn);
            }
            return say("plan.choices", Map.of(), used, ids, turn);
        } else if (move instanceof Move.Signpost s) {
            return signpost(s.topics(), used, ids, turn, now);
        } else if (move instanceof Move.WrapUp w) {
            return wrapUp(w, used, ids, turn);
        } else if (move instanceof Move.AnswerBot b) {
            return say("plan.bot." + b.question().name().toLowerCase(java.util.Locale.ROOT), Map.of(), used, ids,
                    turn);
        } else if (move instanceof Move.OtherLanguage l) {
            return otherLanguage(l.language(), now);
        } else if (move instanceof Move.OpenDoor o) {
            return say(o.again() ? "plan.open_door.again" : "plan.open_door.first", Map.of(), used, ids, turn);
        }
        throw new IllegalStateException("a move with no wording: " + move);
    }

    /**
     * The name alone when the member gave one ("your husband Derek" is "Derek" the second time in a reply: the sorrow
     * before the invitation has named him in full already).
     */
    private static String byName(String shown) {
        int space = shown.lastIndexOf(' ');
        String last = space < 0 ? shown : shown.substring(space + 1);
        return shown.startsWith("your ") && space > "your".length() && !last.isEmpty()
                && Character.isUpperCase(last.charAt(0)) ? last : shown;
    }

    /** The words with a capital first letter, to start a sentence ("your manager" is "Your manager"). */
    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A grievance heard with who did it ("your manager") and, when known, what they did in the member's words
     * ("taking the credit"); "{who_start}" is who at the start of a sentence.
     */
    private String grievance(Move.Reflect r, List<String> used, List<String> ids, int turn) {
        String who = r.what().shown();
        Map<String, String> values = new HashMap<>();
        values.put("who", who);
        values.put("who_start", capitalised(who));
        if (r.did() == null) {
            return say("plan.grievance.who", values, used, ids, turn);
        }
        values.put("did", r.did().shown());
        if (who.isEmpty()) {
            values.put("did_start", capitalised(r.did().shown()));
            return say("plan.grievance.did", values, used, ids, turn);
        }
        String key = switch (r.tone()) {
            case HURT -> "plan.grievance.hurt";
            case AFTER_FEELING -> "plan.grievance.after_feeling";
            default -> "plan.grievance.fed_up";
        };
        return say(key, values, used, ids, turn);
    }

    private String acknowledge(Acknowledge a, List<String> used, List<String> ids, int turn) {
        Map<String, String> values = new HashMap<>();
        String key = switch (a.feeling()) {
            case LOSS -> a.what() != null ? "plan.ack.loss_about" : "plan.ack.loss";
            case LOSS_OTHER -> "plan.ack.loss_other";
            case NAMED_FEELING -> a.what() != null && a.what().bare() ? "plan.ack.feeling_bare" : "plan.ack.feeling";
            case GOOD_FEELING -> a.what() != null && a.what().bare() ? "plan.ack.good_feeling_bare"
                    : "plan.ack.good_feeling";
            case NORMAL -> a.what() != null && !a.what().bare() ? "plan.ack.normal_about" : "plan.ack.normal";
            case MISSING -> a.what() != null ? "plan.ack.missing_about" : "plan.ack.missing";
            case GOOD_NEWS -> a.what() != null ? "plan.ack.good_news_about" : "plan.ack.good_news";
            case BAD_NEWS -> a.what() != null ? "plan.ack.bad_news_about" : "plan.ack.bad_news";
            // the good part is never a diagnosis or the condition ("20 years married ... since my MS diagnosis")
            case MIXED_NEWS -> a.what() != null && !hardInItself(a.what()) ? "plan.ack.mixed_news_about"
                    : "plan.ack.mixed_news";
            case LET_DOWN -> a.what() != null ? "plan.ack.let_down_about" : "plan.ack.let_down";
            case EFFORT -> "plan.ack.effort";
            case DISMISSED -> "plan.ack.dismissed";
            case MIXED_HARD -> "plan.ack.mixed_hard";
            case SORRY_BACK -> "plan.ack.sorry_back";
            case CANT_KNOW -> "plan.ack.cant_know";
            case ANNIVERSARY -> a.what() != null ? "plan.ack.anniversary_about" : "plan.ack.anniversary";
            case PRAISED -> "plan.ack.praised";
            case FAR_AWAY -> "plan.ack.far_away";
            case NOT_SEEN -> "plan.ack.not_seen";
            case ENVY -> "plan.ack.envy";
            case LIGHT -> "plan.ack.light";
            case LAUGH -> "plan.ack.laugh";
            case BODY_ANGER -> "plan.ack.body_anger";
            case NO_QUESTIONS -> "plan.ack.no_questions";
            case REGRET -> "plan.ack.regret";
            case TORN -> "plan.ack.torn";
            case LIFE_CHANGE -> "plan.ack.life_change";
            case KEEP_QUIET -> "plan.ack.keep_quiet";
            case TASTE_LOST -> "plan.ack.taste_lost";
            case SENSE_LOST -> "plan.ack.sense_lost";
            case LOST_FUTURE -> "plan.ack.lost_future";
            case FLASHBACK -> "plan.ack.flashback";
            case CARING_ENDED -> "plan.ack.caring_ended";
            case KINDNESS -> "plan.ack.kindness";
            case READ_FRIGHT -> "plan.ack.read_fright";
            case LOST_SELF -> "plan.ack.lost_self";
            case PET_BOND -> "plan.ack.pet_bond";
            case FOND_MEMORY -> "plan.ack.fond_memory";
            case OWN_BIRTHDAY -> "plan.ack.own_birthday";
            case DREAD_LOSING -> "plan.ack.dread_losing";
            case MILESTONE -> "plan.ack.milestone";
            case COMPARE -> "plan.ack.compare";
            case WHY_ME -> "plan.ack.why_me";
            case BOT_CRITICISED -> "plan.ack.bot_criticised";
            case BOT_SMALL_TALK -> "plan.ack.bot_small_talk";
            case TREATMENT_END -> "plan.ack.treatment_end";
            case SCARE_OVER -> a.what() != null ? "plan.ack.scare_over_about" : "plan.ack.scare_over";
            case HARD_FEELING -> catalog.has("feeling." + a.triageFeeling()) ? "feeling." + a.triageFeeling()
                    : "plan.ack.heard";
            case HEARD -> "plan.ack.heard";
            case VENTING -> "plan.ack.venting";
            case THANKS -> "plan.ack.thanks";
            case SHORT_REPLY -> "plan.ack.short";
            case UNSURE -> "plan.ack.unsure";
            case CLOSED -> "plan.ack.closed";
            case REACTION -> "plan.ack.reaction";
            case REACTION_GOOD -> "plan.ack.reaction_good";
            case REACTION_HARD -> "plan.ack.reaction_hard";
            case HELPED -> "plan.ack.helped";
            case HELPED_OPEN -> "plan.ack.helped_open";
            case CORRECTED -> "plan.ack.corrected";
            case NEW_HERE -> "plan.ack.new_here";
            case STRUGGLE -> "plan.ack.struggle";
            case APOLOGY -> "plan.ack.apology";
            case MANY_HARD_THINGS -> "plan.ack.many";
            case IDEA -> "plan.ack.idea";
            case BIG_NEWS -> "plan.ack.big_news";
            case WAITING -> "plan.ack.waiting";
            case FRUSTRATION -> a.what() != null ? "plan.ack.frustration_about" : "plan.ack.frustration";
            case PRESENT -> "plan.ack.present";
            case MINIMISING -> "plan.ack.minimising";
            case HURT -> "plan.ack.hurt";
            case CLOSE -> "plan.ack.close";
            case GOOD_IN_LOSS -> "plan.ack.good_in_loss";
            case ALONE -> "plan.ack.alone";
            case OTHERS_SAY -> "plan.ack.others_say";
            case BY_NOW -> "plan.ack.by_now";
            case TOLD -> "plan.ack.told";
            case COMFORT -> "plan.ack.comfort";
            case PLAYED_DOWN -> "plan.ack.played_down";
            case PLAYED_DOWN_WIN -> "plan.ack.played_down_win";
            case FEELING_TOO -> "plan.ack.feeling_too";
            case RETURNING -> "plan.ack.returning";
            case FAMILY_NEWS -> "plan.ack.family_news";
            case RELENTLESS -> "plan.ack.relentless";
            case JUST_TYPE -> "plan.ack.just_type";
            case SELF_BLAME -> "plan.ack.self_blame";
            case THEIR_NAME -> "plan.ack.their_name";
            case LUCK -> "plan.ack.luck";
            case OTHERS_MOMENT -> a.what() != null ? "plan.ack.others_moment_about" : "plan.ack.others_moment";
            case OTHERS_MOMENT_PERSON -> a.what() != null ? "plan.ack.others_moment_person" : "plan.ack.others_moment";
            case MILD_FEELING -> a.what() != null && a.what().bare() ? "plan.ack.mild_feeling_bare"
                    : "plan.ack.mild_feeling";
            case OLD_LOSS -> a.what() != null ? "plan.ack.old_loss_about" : "plan.ack.old_loss";
            case ROLE -> a.what() != null ? "plan.ack.role_about" : "plan.ack.role";
            case HUMOUR -> "plan.ack.humour";
            case BACK_SOON -> "plan.ack.back_soon";
            case RELIEF -> "plan.ack.relief";
            case NIGHT -> "plan.ack.night";
            case OTHERS_JOY -> a.what() != null ? "plan.ack.others_joy_about" : "plan.ack.others_joy";
        };
        if (a.what() != null) {
            values.put("what", a.what().shown());
            values.put("feeling", a.what().shown());
            if (a.what().key().startsWith("name:")) {
                values.put("whose", a.what().key().substring("name:".length()));
            }
        }
        return say(key, values, used, ids, turn);
    }

    /** How a goodnight is shown by the leaving cues: a bed they are off to, or the goodnight word they used. */
    private static final java.util.Set<String> NIGHT = java.util.Set.of("bed", "goodnight", "night night");

    private String wrapUp(Move.WrapUp w, List<String> used, List<String> ids, int turn) {
        StringBuilder b = new StringBuilder();
        if (w.luck()) {
            b.append(say("plan.wrap.luck", Map.of(), used, ids, turn)).append(' ');
        } else if (w.goodNews()) {
            b.append(say("plan.wrap.good", Map.of(), used, ids, turn)).append(' ');
        } else if (w.helped()) {
            b.append(say("plan.wrap.helped", Map.of(), used, ids, turn)).append(' ');
        } else if (w.thanked()) {
            // "ta for the chat": what they thanked for is given back ("It was good to chat with you")
            String key = w.thankedFor() == null ? "plan.wrap.thanked" : "plan.wrap.thanked_" + w.thankedFor().shown();
            b.append(say(catalog.has(key) ? key : "plan.wrap.thanked", Map.of(), used, ids, turn)).append(' ');
        }
        if (w.enjoy() != null && NIGHT.contains(w.enjoy().shown())) {
            // "night all x", "off to bed", "night night": a goodnight back in the words they used, with no "enjoy"
            b.append(say("plan.wrap.night_" + w.enjoy().shown().replace(' ', '_'), Map.of(), used, ids, turn))
                    .append(' ');
        } else if (w.enjoy() != null && !w.luck() && !w.goodNews()) {
            // "off to watch the snooker. ta": where they are going is heard, and wished on them
            b.append(say("plan.wrap.enjoy", Map.of("what", w.enjoy().shown()), used, ids, turn)).append(' ');
        }
        // "I might come back tomorrow if that's ok?": the question they asked is answered, yes, in place of the close
        b.append(say(w.comeBack() ? "plan.wrap.come_back" : "plan.wrap.close", Map.of(), used, ids, turn));
        return b.toString();
    }

    private String signpost(List<String> topics, List<String> used, List<String> ids, int turn, Instant now) {
        List<String> wanted = new ArrayList<>(topics);
        if (wanted.isEmpty()) {
            wanted.addAll(List.of("gp", "urgent", "listening")); // no topic named: the first ports of call
        }
        List<ServiceInfo> services = directory.forTopics(wanted, now);
        String intro = topics.size() == 1 && catalog.has("plan.topic." + topics.get(0))
                ? say("plan.signpost_topic", Map.of("topic", catalog.text("plan.topic." + topics.get(0))), used, ids,
                turn)
                : say("plan.signpost", Map.of(), used, ids, turn);
        StringBuilder b = new StringBuilder(intro);
        if (!services.isEmpty()) {
            b.append('\n').append(ServiceLines.of(catalog, services));
        }
        b.append("\n\n").append(say("plan.signpost_after", Map.of(), used, ids, turn));
        return b.toString();
    }

    private String otherLanguage(String language, Instant now) {
        StringBuilder b = new StringBuilder(catalog.text("plan.language.en"));
        if (catalog.has("plan.language." + language)) {
            b.append("\n").append(catalog.text("plan.language." + language));
        }
        // Not a crisis (triage, and the other-language crisis words, found none): the 24/7 listening line, not 999.
        directory.listeningLine(now).ifPresent(line -> b.append("\n").append(catalog.text("talk.listening_line_intro"))
                .append("\n").append(ServiceLines.of(catalog, List.of(line))));
        return b.toString();
    }

    /** A variant of {@code key} not used in this conversation yet, else the one used longest ago; filled. */
    private String say(String key, Map<String, String> values, List<String> used, List<String> ids, int turn) {
        List<Prompt> variants = catalog.variants(key);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("No sentence in the prompt catalogue for key '" + key + "'");
        }
        int start = Math.floorMod(turn + key.hashCode(), variants.size());
        Prompt chosen = null;
        for (int i = 0; i < variants.size(); i++) {
            Prompt p = variants.get((start + i) % variants.size());
            if (!used.contains(p.id())) {
                chosen = p;
                break;
            }
        }
        if (chosen == null) {
            chosen = variants.stream().min(Comparator.comparingInt(p -> used.lastIndexOf(p.id()))).orElseThrow();
        }
        used.add(chosen.id());
        ids.add(chosen.id());
        return Templates.fill(chosen.text(), values);
    }

    /** Things that are hard news in themselves: never what good news is "about". */
    private static final java.util.Set<String> HARD_THINGS = java.util.Set.of("thing:diagnosis", "thing:relapse",
            "thing:prognosis", "thing:cancer", "thing:tumour", "thing:spread");

    /** A diagnosis, a relapse or a condition named. */
    private static boolean hardInItself(Reading.Echo what) {
        return what.key().startsWith("condition:") || HARD_THINGS.contains(what.key());
    }
}
