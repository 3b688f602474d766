package org.peerbot.core.conversation;

import java.util.List;
import java.util.Locale;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/**
 * Say-and-read chats for the listening tests: the real rules, engine and catalogue, each chat a new member. Replies
 * are read lower-cased. {@link #warm()} says "hi" zero to two times first, so that across the cases of a test more
 * than one variant of each line is met.
 */
final class ListeningChats {
    private static final Triage TRIAGE = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
    private final Harness h = new Harness(TRIAGE::classify);
    private int chats;

    /** A new member, past the introduction. */
    ConversationRef fresh() {
        return h.pastIntroduction("u" + (chats++));
    }

    /** A new member past the introduction who has said these lines (their replies unread). */
    ConversationRef saying(String... lines) {
        ConversationRef chat = fresh();
        for (String line : lines) {
            h.sayLater(chat, line);
        }
        return chat;
    }

    /** A new member who has said "hi" a few times (0 to 2, by chat). */
    ConversationRef warm() {
        ConversationRef chat = fresh();
        for (int i = 0; i < chats % 3; i++) {
            h.sayLater(chat, "hi");
        }
        return chat;
    }

    /** The bot's reply, lower-cased. */
    String say(ConversationRef chat, String line) {
        return h.sayLater(chat, line).toLowerCase(Locale.ROOT);
    }

    /** The reply to {@code then}, said after {@code first} by a warmed-up member. */
    String after(String first, String then) {
        ConversationRef chat = warm();
        h.sayLater(chat, first);
        return say(chat, then);
    }
}
