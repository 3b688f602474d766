package org.peerbot.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which directory topics a "where can I get help" message is about, and whether a message is mostly
 * in a script the bot cannot read. Signposting choices depend only on these topics, never on anything about the member.
 */
final class Topics {

    private Topics() {
    }

    static List<String> of(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<String> topics = new ArrayList<>();
        if (t.contains("diabet") || t.contains("insulin") || t.contains("blood sugar") || t.contains("hypo")) {
            topics.add("diabetes");
        }
        if (t.contains("cancer") || t.contains("chemo") || t.contains("tumour") || t.contains("tumor")) {
            topics.add("cancer");
        }
        if (t.contains("depress") || t.contains("anxi") || t.contains("mental") || t.contains("low mood")
                || t.contains("panic")) {
            topics.add("mental_health");
        }
        if (t.contains("suicid") || t.contains("crisis")) {
            topics.add("crisis");
        }
        if (t.contains("young") || t.contains("teen") || t.contains("school")) {
            topics.add("young_people");
        }
        return topics;
    }

    /** True when most letters are outside the Latin script: the bot answers kindly that it reads English. */
    static boolean mostlyOtherScript(String text) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        return other > 3 && other > latin * 2;
    }
}
