package org.peerbot.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.peerbot.store.jdbc.JdbcStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway lease: of several instances on one database, exactly one holds it, and only that one polls
 * Telegram, holds the Discord gateway, sends the outbox and runs the timers. The holder renews it every
 * {@code renew}; a standby tries every second (or every {@code renew}, if shorter: a try is one small update) and
 * takes it once it has lapsed ({@code ttl} after the last renewal, or at once after a clean stop, which lets it
 * go). So a dead holder is replaced within {@code ttl} plus a second, plus the time to connect.
 *
 * <p>A holder that cannot renew (the database is away from it) steps down after {@code ttl - 2 * renew}, before
 * anyone else can take the lease, so two instances never poll at once while their clocks agree to within that
 * margin (4 s with the defaults).
 *
 * <p>Starting and stopping the gateway run on a thread of their own, one after the other, so the lease is renewed
 * while a platform is slow to connect (Discord may take many seconds to be ready): a start longer than the lease
 * must not let it lapse under a holder that is about to poll.
 */
final class GatewayLease implements AutoCloseable {

    /** What holding the lease switches on and off. */
    interface Role {
        /** Called on taking the lease; a failure lets the lease go again, to be tried at the next round. */
        void activate();

        /** Called on losing or letting go of it. */
        void deactivate();
    }

    static final String NAME = "gateway";
    /** How often a standby tries for the lease, at most. */
    private static final Duration STANDBY_TRY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(GatewayLease.class);

    private final JdbcStores.Leases leases;
    private final String holder;
    private final Duration ttl;
    private final Duration renew;
    private final Clock clock;
    private final Role role;
    private final ScheduledExecutorService timer;
    /** Runs {@link Role#activate} and {@link Role#deactivate}, in the order asked. */
    private final java.util.concurrent.ExecutorService roleThread;
    /** The lease is ours (as far as this instance knows). */
    private volatile boolean held;
    /** The gateway is started here: the lease is ours and activation finished. */
    private volatile boolean active;
    private Instant lastRenewed;
    /** After this instance failed to start the gateway: no new try before then, so the other may have a go. */
    private Instant notBefore = Instant.MIN;
    private boolean closed;

    GatewayLease(JdbcStores.Leases leases, String holder, Duration ttl, Duration renew, Clock clock, Role role) {
        this.leases = leases;
        this.holder = holder;
        this.ttl = ttl;
        this.renew = renew;
        this.clock = clock;
        this.role = role;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "peerbot-gateway-lease");
            t.setDaemon(true);
            return t;
        });
        this.roleThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "peerbot-gateway-start-stop");
            t.setDaemon(true);
            return t;
        });
    }

    /** Tries at once, then every second (or {@code renew}, if shorter). */
    void start() {
        long every = Math.min(renew.toMillis(), STANDBY_TRY.toMillis());
        timer.scheduleWithFixedDelay(this::roundSafely, 0, every, TimeUnit.MILLISECONDS);
    }

    /** Whether the lease is this instance's (the gateway may still be starting). */
    boolean leaseHeld() {
        return held;
    }

    /** Whether this instance holds the lease and has started the gateway. */
    boolean held() {
        return held && active;
    }

    String holder() {
        return holder;
    }

    private void roundSafely() {
        try {
            round();
        } catch (RuntimeException e) {
            log.error("gateway lease round failed: {}", e.getClass().getSimpleName());
        }
    }

    /** One renewal or attempt. */
    synchronized void round() {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        if (held ? Duration.between(lastRenewed, now).compareTo(renew) < 0 : now.isBefore(notBefore)) {
            return;
        }
        boolean ours;
        try {
            ours = leases.tryAcquire(NAME, holder, now, now.plus(ttl));
        } catch (RuntimeException e) {
            if (held && !Duration.between(lastRenewed, now).minus(ttl.minus(renew.multipliedBy(2))).isNegative()) {
                log.warn("gateway lease not renewed for {} ms (the database did not answer): stepping down",
                        Duration.between(lastRenewed, now).toMillis());
                stepDown();
            } else {
                log.warn("gateway lease: the database did not answer ({})", e.getClass().getSimpleName());
            }
            return;
        }
        if (ours) {
            lastRenewed = now;
            if (!held) {
                take(now);
            }
        } else if (held) {
            log.warn("gateway lease taken by another instance: stepping down");
            stepDown();
        }
    }

    private void take(Instant now) {
        held = true;
        log.info("gateway lease taken by {}: this instance now polls, sends and runs the timers", holder);
        roleThread.execute(() -> {
            try {
                role.activate();
            } catch (RuntimeException e) {
                log.error("could not start the gateway here ({}): letting the lease go", e.getMessage());
                synchronized (this) {
                    if (held) {
                        held = false;
                        notBefore = now.plus(ttl);
                        releaseQuietly();
                    }
                }
                deactivateQuietly();
                return;
            }
            active = true;
        });
    }

    /** Lets the gateway go here: the lease is no longer ours (or is being let go). */
    private void stepDown() {
        held = false;
        roleThread.execute(this::deactivateQuietly);
    }

    private void deactivateQuietly() {
        active = false;
        try {
            role.deactivate();
        } catch (RuntimeException e) {
            log.error("stopping the gateway failed: {}", e.getClass().getSimpleName());
        }
    }

    private void releaseQuietly() {
        try {
            leases.release(NAME, holder);
        } catch (RuntimeException e) {
            log.warn("could not let the gateway lease go ({}); it lapses by itself", e.getClass().getSimpleName());
        }
    }

    /**
     * Stops trying; a holder stops its gateway and then lets the lease go, so a standby takes it at its next round
     * and never while this one still polls.
     */
    @Override
    public void close() {
        // No interrupt: a round in progress (a database call) finishes first.
        timer.shutdown();
        await(timer);
        boolean wasHeld;
        synchronized (this) {
            closed = true;
            wasHeld = held;
            held = false;
        }
        if (wasHeld) {
            roleThread.execute(this::deactivateQuietly);
        }
        roleThread.shutdown();
        await(roleThread);
        if (wasHeld) {
            releaseQuietly();
            log.info("gateway lease let go by {}", holder);
        }
    }

    private static void await(java.util.concurrent.ExecutorService executor) {
        try {
            if (!executor.awaitTermination(90, TimeUnit.SECONDS)) {
                log.warn("gateway lease: a start or stop still running after 90 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
