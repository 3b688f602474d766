package org.peerbot.core.triage;

import java.util.Map;
import java.util.Objects;

/**
 * One parsed rule file: its name as the organiser knows it (a file name or path), the tree (plain maps, lists and
 * strings, as a YAML reader produces) and where each entry stood in the file, so that a bad rule is reported with
 * its line.
 *
 * @param name  what error messages call the file
 * @param tree  the parsed file
 * @param lines where the entries stood; {@link Lines#NONE} when the reader kept no positions
 */
public record RuleFile(String name, Map<String, Object> tree, Lines lines) {
    public RuleFile {
        Objects.requireNonNull(name, "name");
        lines = lines == null ? Lines.NONE : lines;
    }

    /**
     * The line (from 1) on which an entry of the tree stood: for a map and one of its keys, the key's line; for a
     * list and an index, the element's line. 0 when not known. The containers are the tree's own objects, so a
     * reader can look them up by identity.
     */
    @FunctionalInterface
    public interface Lines {
        Lines NONE = (container, key) -> 0;

        int of(Object container, Object key);
    }
}
