package org.peerbot.core.port;

import java.util.List;

import org.peerbot.core.model.ChatEvent;

/** The inbound port: the only thing adapters call. Safe to call from many threads. */
public interface ChatEventHandler {

    /**
     * Handles one event. Returns once the replies are durably queued (not necessarily sent).
     * A redelivered event (same platform and event id) is handled once.
     */
    void handle(ChatEvent event);

    /**
     * Handles a batch the platform delivered together (a long poll's updates), as if each were passed to
     * {@link #handle} in order, except that risk may go first: a chat with a crisis message in the batch is
     * handled ahead of the others, its own messages still in order. Returns once all replies are durably queued.
     * An implementation may commit the batch together; the default handles one at a time. Either way an event
     * that fails does not stop the ones after it: the first failure is thrown once the rest are handled.
     */
    default void handleAll(List<? extends ChatEvent> events) {
        RuntimeException first = null;
        for (ChatEvent event : events) {
            try {
                handle(event);
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
