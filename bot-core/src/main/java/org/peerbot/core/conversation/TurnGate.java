package org.peerbot.core.conversation;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One turn at a time, with crisis first: an urgent turn (a message triaged as crisis on arrival) goes ahead of
 * every ordinary turn still waiting, so risk never waits behind a burst of ordinary chatter. Ordinary turns keep
 * their arrival order among themselves (a fair lock).
 *
 * <p>How: an ordinary turn that gets the lock while an urgent one is waiting lets go at once and queues again,
 * behind it. Each such hop costs a lock hand-over (microseconds), so an urgent turn behind n ordinary ones waits
 * for the turn in progress plus n hops, not n turns.
 */
final class TurnGate {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final AtomicInteger urgentWaiting = new AtomicInteger();

    void enter(boolean urgent) {
        if (urgent) {
            urgentWaiting.incrementAndGet();
            try {
                lock.lock();
            } finally {
                urgentWaiting.decrementAndGet();
            }
            return;
        }
        while (true) {
            lock.lock();
            if (urgentWaiting.get() == 0) {
                return;
            }
            lock.unlock();
            Thread.yield();
        }
    }

    void exit() {
        lock.unlock();
    }

    /** Turns waiting, for tests. */
    int waiting() {
        return lock.getQueueLength();
    }
}
