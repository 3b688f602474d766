package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 13: in a message about many things, the member often says which one matters ("none of that matters, it's
 * mum's scan", "it's the dad thing really, the rest I can handle"). The reply follows that one, not the first thing
 * listed. Without such a pointer, the reading is as before.
 */
class WhatMattersTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void whatComesAfterNoneOfThatMattersIsFollowed() {
        String reply = chats.after("hi", "the boiler's packed in, the dog's been sick on the rug and my boss is on my back,"
                + " but none of that matters, my daughter's results come on friday");
        assertThat(reply).contains("daughter").doesNotContain("boiler", "boss", "rug");
    }

    @Test
    void theThingTheySayItIsReallyIsFollowed() {
        String reply = chats.after("hi", "money's tight, the car's making a noise, my landlord won't fix the window."
                + " it's the grandad thing really, the rest i can handle");
        assertThat(reply).contains("grandad").doesNotContain("landlord", "window");
    }

    @Test
    void whatFollowsTheRestICanHandleIsFollowed() {
        String reply = chats.after("hi", "the neighbours are loud and my brother owes me money, the rest i can cope with."
                + " it's my hip that's the worry");
        assertThat(reply).contains("hip").doesNotContain("brother", "neighbour");
    }
}
