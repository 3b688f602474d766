package org.peerbot.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerbot.core.triage.Node.Alt;
import org.peerbot.core.triage.Node.Gap;
import org.peerbot.core.triage.Node.Mark;
import org.peerbot.core.triage.Node.NumRange;
import org.peerbot.core.triage.Node.Opt;
import org.peerbot.core.triage.Node.Raw;
import org.peerbot.core.triage.Node.Seq;
import org.peerbot.core.triage.Node.Suffix;
import org.peerbot.core.triage.Node.Word;

/** Reads a pattern's text (the language {@link Phrase} describes) into {@link Node}s; errors say what is wrong. */
final class PhraseParser {
    final String source;
    final Vocab vocab;
    final List<String> toks = new ArrayList<>();
    int pos;

    PhraseParser(String source, Vocab vocab) {
        this.source = source;
        this.vocab = vocab;
        String s = source.trim().toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/') {
                int j = s.indexOf('/', i + 1);
                if (j < 0) {
                    throw new IllegalArgumentException("unclosed /regex/");
                }
                toks.add(s.substring(i, j + 1));
                i = j + 1;
            } else if ("()[]|".indexOf(c) >= 0) {
                toks.add(String.valueOf(c));
                i++;
            } else {
                if (c == '?' && i > 0 && (s.charAt(i - 1) == ')' || s.charAt(i - 1) == ']')) {
                    // '?' is the question-mark word; glued to a group it reads like a regex optional but never was one
                    throw new IllegalArgumentException("'?' right after a group is not 'optional': write an optional"
                            + " part as [word ], or put a space before '?' to mean a question mark");
                }
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "()[]|".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                toks.add(s.substring(i, j));
                i = j;
            }
        }
    }

    Node parseAlternation() {
        List<Node> options = new ArrayList<>();
        options.add(parseSeq());
        while (pos < toks.size() && toks.get(pos).equals("|")) {
            pos++;
            options.add(parseSeq());
        }
        return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    Node parseSeq() {
        List<Node> items = new ArrayList<>();
        while (pos < toks.size()) {
            String t = toks.get(pos);
            if (t.equals("|") || t.equals(")") || t.equals("]")) {
                break;
            }
            pos++;
            switch (t) {
                case "(" -> {
                    Node inner = parseAlternation();
                    expect(")");
                    items.add(inner);
                }
                case "[" -> {
                    Node inner = parseAlternation();
                    expect("]");
                    items.add(new Opt(inner));
                }
                case "..." -> items.add(new Gap(4));
                case "^" -> items.add(new Mark(true));
                case "$" -> items.add(new Mark(false));
                default -> items.add(atom(t));
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("empty choice or group (check for '||', '()' or a '|' at an end)");
        }
        return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private void expect(String close) {
        if (pos >= toks.size() || !toks.get(pos).equals(close)) {
            throw new IllegalArgumentException("missing '" + close + "'");
        }
        pos++;
    }

    private Node atom(String t) {
        if (t.startsWith("~")) {
            try {
                int n = Integer.parseInt(t.substring(1));
                if (n < 0 || n > 30) {
                    throw new NumberFormatException();
                }
                return new Gap(n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gap '" + t + "' must be ~0 to ~30");
            }
        }
        if (t.length() > 2 && t.startsWith("/") && t.endsWith("/")) {
            java.util.regex.Matcher sm = java.util.regex.Pattern.compile("\\[a-z]\\+\\(([a-z|]+)\\)").matcher(t.substring(1, t.length() - 1));
            if (sm.matches()) {
                return Suffix.of(Set.of(new java.util.LinkedHashSet<>(List.of(sm.group(1).split("\\|"))).toArray(new String[0])));
            }
            try {
                return Raw.of(java.util.regex.Pattern.compile(t.substring(1, t.length() - 1)));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("regex " + t + " is not valid: "
                        + e.getDescription());
            }
        }
        if (t.startsWith("<")) {
            if (t.equals(Phrase.NUM)) {
                return new NumRange(0, NumRange.ANY);
            }
            if (t.matches("<(lt|ge):\\d{1,5}(\\.\\d+)?>")) {
                double n = Double.parseDouble(t.substring(4, t.length() - 1));
                return new NumRange(n, t.startsWith("<lt") ? NumRange.BELOW : NumRange.AT_LEAST);
            }
            throw new IllegalArgumentException("unknown class " + t + " (use <num>, <lt:N> or <ge:N>)");
        }
        boolean prefix = t.endsWith("*");
        String w = prefix ? t.substring(0, t.length() - 1) : t;
        if (w.isEmpty() || !w.matches("[a-z0-9.,'?]+")) {
            throw new IllegalArgumentException("word '" + t + "' must be lower-case letters or digits (optionally ending in *)");
        }
        return Word.of(w.replace("'", ""), prefix, vocab);
    }
}
