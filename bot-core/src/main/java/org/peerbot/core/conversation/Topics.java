package org.peerbot.core.conversation;

import java.util.List;

/**
 * Which directory topics a message is about ("bereavement", "diabetes"), from the planner's word lists
 * ({@code peerbot/conversation/cues-en.txt}). Signposting choices depend only on these topics (safety rule 16, docs/safety-rules.md); the
 * handoff uses them to offer a card first to a volunteer whose topics fit.
 */
final class Topics {

    private Topics() {
    }

    static List<String> of(String text) {
        return Understanding.english().topics(text);
    }
}
