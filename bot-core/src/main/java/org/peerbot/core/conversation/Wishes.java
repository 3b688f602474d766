package org.peerbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peerbot.core.handoff.Wish;
import org.peerbot.core.model.ConversationState;
import org.peerbot.core.model.Handoff;

/**
 * What a member would like in a volunteer, read from their words and the conversation so far: directory topic
 * ids and a language code (issue 18). A member's words are read here and never kept; the conversation keeps
 * only the ids and the code.
 */
final class Wishes {

    /** Language names a member may use ("someone who speaks Polish"), to the codes the roster uses. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("welsh", "cy"), Map.entry("polish", "pl"),
            Map.entry("urdu", "ur"), Map.entry("punjabi", "pa"), Map.entry("bengali", "bn"),
            Map.entry("arabic", "ar"), Map.entry("spanish", "es"), Map.entry("french", "fr"),
            Map.entry("portuguese", "pt"), Map.entry("romanian", "ro"), Map.entry("gujarati", "gu"),
            Map.entry("somali", "so"), Map.entry("tamil", "ta"), Map.entry("turkish", "tr"),
            Map.entry("italian", "it"), Map.entry("german", "de"), Map.entry("mandarin", "zh"),
            Map.entry("chinese", "zh"), Map.entry("cantonese", "yue"), Map.entry("hindi", "hi"),
            Map.entry("lithuanian", "lt"), Map.entry("ukrainian", "uk"), Map.entry("russian", "ru"),
            Map.entry("irish", "ga"), Map.entry("gaelic", "gd"), Map.entry("farsi", "fa"),
            Map.entry("kurdish", "ku"), Map.entry("tigrinya", "ti"), Map.entry("pashto", "ps"));

    /**
     * A language named as one spoken: "speaks Polish", "in Welsh", "Urdu speaker", "talk Arabic". A bare
     * name is not enough ("polish the car", "French toast").
     */
    private static final Pattern NAMED_LANGUAGE = Pattern.compile(
            "\\b(?:speaks?|speaking|spoken|talks?|talking|chat|in|knows?)\\s+(" + names() + ")\\b"
                    + "|\\b(" + names() + ")[- ]?(?:speaking|speaker|speakers)\\b");

    /** Topic ids that are not experiences a volunteer lists. */
    private static final List<String> NOT_EXPERIENCES = List.of("crisis");

    private Wishes() {
    }

    private static String names() {
        return String.join("|", LANGUAGES.keySet());
    }

    /** Directory topics named in a message (ids only). */
    static List<String> topicsIn(String text) {
        List<String> found = new ArrayList<>(Topics.of(text));
        found.removeAll(NOT_EXPERIENCES);
        return found;
    }

    /** The language a message names as spoken, as a code, or null. */
    static String languageIn(String text) {
        Matcher m = NAMED_LANGUAGE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        return LANGUAGES.get(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** The conversation with this message's topics and language noticed (ids and a code, no text). */
    static ConversationState notice(ConversationState state, String text) {
        if (text == null || text.isBlank()) {
            return state;
        }
        List<String> topics = topicsIn(text);
        String language = languageIn(text);
        return topics.isEmpty() && language == null ? state : state.noticed(topics, language);
    }

    /**
     * What a request is about: the member's own words when they name an experience ("someone who has had
     * chemo"), else the conversation's recent topics, newest first.
     */
    private static List<String> topicsFor(ConversationState state, String words) {
        List<String> asked = words == null ? List.of() : topicsIn(words);
        if (!asked.isEmpty()) {
            return asked;
        }
        List<String> recent = new ArrayList<>(state.topics());
        java.util.Collections.reverse(recent);
        return recent;
    }

    private static String languageFor(ConversationState state, String words) {
        String asked = words == null ? null : languageIn(words);
        if (asked != null) {
            return asked;
        }
        return state.language() == null ? Handoff.ENGLISH : state.language();
    }

    /** What a request for a person asks for: the member's own words first, else the conversation so far. */
    static Wish of(ConversationState state, String words) {
        return new Wish(topicsFor(state, words), languageFor(state, words));
    }
}
