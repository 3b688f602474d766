package org.peerbot.core.port;

import java.util.function.Supplier;

/**
 * Runs work atomically against the stores: the state change, the outbox rows and the processed
 * event mark of one event commit together or not at all. Nested calls join the outer one.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
