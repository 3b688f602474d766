package org.peerbot.core.triage;

/**
 * A rule file that cannot be loaded: the message names the file, the line when it is known, the entry (a rule id
 * and its field, or a section) and what to change, e.g.
 * {@code my-rules.yaml, line 12: rule 'local.bingo', match[0]: missing ')' in pattern "(bingo night"}.
 */
final class RuleFileException extends IllegalArgumentException {
    private final String file;
    private final int line;
    private final String reason;

    RuleFileException(String file, int line, String where, String reason) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + (where == null || where.isEmpty() ? "" : where + ": ")
                + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    String file() {
        return file;
    }

    /** The line from 1, or 0 when the reader kept no positions. */
    int line() {
        return line;
    }

    String reason() {
        return reason;
    }
}
