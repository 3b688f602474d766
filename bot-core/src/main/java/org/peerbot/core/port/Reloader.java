package org.peerbot.core.port;

/**
 * Re-reads the wording, the triage rules and the directory pack from the organiser's files, for
 * {@code /reload}. All or nothing: when any file has a problem it throws {@link IllegalArgumentException}
 * with a message that says what to fix, and everything stays as it was.
 */
public interface Reloader {

    /** What was loaded, for the organiser's confirmation. */
    record Reloaded(int sentences, String region) {
    }

    /** For runs with nothing to reload from (tests, benchmarks). */
    Reloader NONE = () -> {
        throw new IllegalArgumentException("This PeerBot cannot reload its files while it runs.");
    };

    Reloaded reload();
}
