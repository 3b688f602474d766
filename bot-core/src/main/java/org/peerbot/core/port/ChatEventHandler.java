package org.peerbot.core.port;

import org.peerbot.core.model.ChatEvent;

/** The inbound port: the only thing adapters call. Safe to call from many threads. */
public interface ChatEventHandler {

    /**
     * Handles one event. Returns once the replies are durably queued (not necessarily sent).
     * A redelivered event (same platform and event id) is handled once.
     */
    void handle(ChatEvent event);
}
