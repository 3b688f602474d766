package org.peerbot.core.wording;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders. Values come from the catalogue, the directory or pseudonyms only. */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private Templates() {
    }

    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for placeholder {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
