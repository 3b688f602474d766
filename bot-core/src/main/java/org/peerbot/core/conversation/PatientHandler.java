package org.peerbot.core.conversation;

import java.time.Duration;
import java.util.List;
import org.peerbot.core.delivery.Backoff;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What adapters call instead of the engine: while the database is unreachable, an event is held and tried
 * again (with a growing pause) instead of being dropped, so the platform is not told it was handled. The
 * adapter's receiving thread waits meanwhile, and updates behind it stay with the platform, in order.
 * Anything else thrown is passed on at once.
 */
public final class PatientHandler implements ChatEventHandler, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PatientHandler.class);
    private static final Backoff PAUSES = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(10));

    private final ChatEventHandler engine;
    private volatile boolean closed;

    public PatientHandler(ChatEventHandler engine) {
        this.engine = engine;
    }

    @Override
    public void handle(ChatEvent event) {
        handleAll(List.of(event));
    }

    @Override
    public void handleAll(List<? extends ChatEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String first = events.get(0).eventId();
        int failures = 0;
        boolean warned = false;
        while (true) {
            try {
                engine.handleAll(events);
                if (warned) {
                    log.info("database back; event {} handled", first);
                }
                return;
            } catch (StoreUnavailableException e) {
                if (closed) {
                    throw e;
                }
                if (!warned) {
                    log.warn("database unavailable; holding event {} until it is back", first);
                    warned = true;
                }
                try {
                    Thread.sleep(PAUSES.after(++failures).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Stops holding: an event waiting for the database fails at its next try, so shutdown is not blocked. */
    @Override
    public void close() {
        closed = true;
    }
}
