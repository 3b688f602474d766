package org.peerbot.core.wording;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flesch reading ease with a common syllable heuristic: 90+ very easy, 70+ plain English. */
final class Readability {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+\\s*|\\n");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]{1,2}");

    private Readability() {
    }

    static int words(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    static double fleschReadingEase(String text) {
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) {
            return 100;
        }
        long sentences = SENTENCE_END.splitAsStream(text).filter(s -> s.chars().anyMatch(Character::isLetter))
                .count();
        return 206.835 - 1.015 * words / Math.max(1, sentences) - 84.6 * syllables / words;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        int count = 0;
        Matcher m = VOWELS.matcher(w);
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
