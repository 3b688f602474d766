package org.peerbot.core.triage;

/**
 * Where in a rule file the loader is reading: the file, the nearest known line and a label for the entry
 * ("rule 'sh.intent', match[2]", "modifiers.negation.words"). Errors are raised from here so that each says where.
 */
record Place(String file, RuleFile.Lines lines, int line, String label) {

    static Place top(RuleFile f) {
        return new Place(f.name(), f.lines(), 0, "");
    }

    /** The entry {@code key} (a map key or list index) of {@code container}, labelled {@code label}. */
    Place at(Object container, Object key, String label) {
        int l = container == null ? 0 : lines.of(container, key);
        return new Place(file, lines, l > 0 ? l : line, label);
    }

    /** The same line with another label. */
    Place named(String label) {
        return new Place(file, lines, line, label);
    }

    RuleFileException fail(String reason) {
        return new RuleFileException(file, line, label, reason);
    }
}
