package org.peerbot.core.port;

import java.time.Instant;

/** Remembers which platform events were handled, so a redelivered event is handled once. */
public interface ProcessedEvents {

    /** Records the event; returns false when it had been recorded before. */
    boolean markFirst(String eventKey, Instant at);

    /** Forgets events recorded before {@code before}. Returns rows removed. */
    int purgeBefore(Instant before);
}
