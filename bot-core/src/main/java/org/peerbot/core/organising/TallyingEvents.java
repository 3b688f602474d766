package org.peerbot.core.organising;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.EngineEvents;
import org.peerbot.core.port.Tallies;

/**
 * Passes every event on to the metrics and also keeps the turn's events as anonymous daily tallies for
 * {@code /stats}. Only events raised inside a turn are tallied (they share its transaction); delivery
 * events pass straight through.
 */
public final class TallyingEvents implements EngineEvents {

    static final String MESSAGES = "messages";
    static final String CATEGORY = "category.";
    static final String CRISIS = "crisis.";
    static final String REQUESTED = "handoff.requested";
    static final String URGENT = "handoff.urgent";
    static final String CLAIMED = "handoff.claimed";
    static final String WAIT_SECONDS = "handoff.wait_seconds";
    static final String ABANDONED = "handoff.abandoned";
    static final String ENDED = "handoff.ended";
    static final String HELPFUL = "feedback.helpful";
    static final String NOT_HELPFUL = "feedback.not_helpful";

    private final EngineEvents next;
    private final Tallies tallies;
    private final Clock clock;

    public TallyingEvents(EngineEvents next, Tallies tallies, Clock clock) {
        this.next = next;
        this.tallies = tallies;
        this.clock = clock;
    }

    private void count(String name, long amount) {
        tallies.add(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), name, amount);
    }

    @Override
    public void triaged(Category category) {
        next.triaged(category);
        count(MESSAGES, 1);
        count(CATEGORY + category.name().toLowerCase(Locale.ROOT), 1);
    }

    @Override
    public void crisisReply(CrisisKind kind) {
        next.crisisReply(kind);
        count(CRISIS + kind.id(), 1);
    }

    @Override
    public void handoffRequested(boolean urgent) {
        next.handoffRequested(urgent);
        count(REQUESTED, 1);
        if (urgent) {
            count(URGENT, 1);
        }
    }

    @Override
    public void handoffClaimed(Duration waited) {
        next.handoffClaimed(waited);
        count(CLAIMED, 1);
        count(WAIT_SECONDS, Math.max(0, waited.toSeconds()));
    }

    @Override
    public void handoffAbandoned() {
        next.handoffAbandoned();
        count(ABANDONED, 1);
    }

    @Override
    public void handoffEnded() {
        next.handoffEnded();
        count(ENDED, 1);
    }

    @Override
    public void feedback(boolean helpful) {
        next.feedback(helpful);
        count(helpful ? HELPFUL : NOT_HELPFUL, 1);
    }

    @Override
    public void sent(Platform platform, Duration sinceQueued) {
        next.sent(platform, sinceQueued);
    }

    @Override
    public void sendRetry(Platform platform, boolean rateLimited) {
        next.sendRetry(platform, rateLimited);
    }

    @Override
    public void sendFailed(Platform platform) {
        next.sendFailed(platform);
    }
}
