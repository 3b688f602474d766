package org.peerbot.core.conversation;

import java.util.List;

/**
 * Which directory topics a message is about ("bereavement", "diabetes"), from the planner's word lists
 * ({@code peerbot/conversation/cues-en.txt}). Signposting choices depend only on these topics (SAFETY.md 16); the
 * handoff uses them to offer a card first to a volunteer whose topics fit.
 */
final class Topics {

    private Topics() {
    }

    static List<String> of(String text) {
        return Understanding.english().topics(text);
    }
}
