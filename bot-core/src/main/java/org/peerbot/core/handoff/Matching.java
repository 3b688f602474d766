package org.peerbot.core.handoff;

import org.peerbot.core.model.Handoff;

/**
 * Which volunteers fit a request: by directory topic ids (the same words organisers use in the roster's
 * {@code topics}) and by language. The request's topics and language come from the conversation (its
 * {@link Wish}); nothing here reads a member's words.
 */
final class Matching {

    private Matching() {
    }

    /** The request asks for something particular: a topic, or a language other than English. */
    static boolean wantsMatch(Handoff h) {
        return !h.topics().isEmpty() || !Handoff.ENGLISH.equals(h.language());
    }

    /** The volunteer lists one of the request's topics. */
    static boolean topicFits(Roster.Volunteer v, Handoff h) {
        return h.topics().stream().anyMatch(v.topics()::contains);
    }

    /** The volunteer speaks the request's language. */
    static boolean languageFits(Roster.Volunteer v, Handoff h) {
        return v.languages().contains(h.language());
    }

    /** Fits everything the request asks for. */
    static boolean fits(Roster.Volunteer v, Handoff h) {
        return (h.topics().isEmpty() || topicFits(v, h)) && languageFits(v, h);
    }
}
