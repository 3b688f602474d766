package org.peerbot.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.EngineEvents;

/**
 * The engine's anonymous counts as Micrometer meters. Tags are only categories, kinds, platforms and
 * outcomes: never a user id or any text, by construction (EngineEvents carries none).
 */
final class MicrometerEngineEvents implements EngineEvents {

    private final MeterRegistry registry;
    private final Timer waitToClaim;

    MicrometerEngineEvents(MeterRegistry registry) {
        this.registry = registry;
        this.waitToClaim = Timer.builder("peerbot.handoff.wait").description("Time from request to claim")
                .publishPercentileHistogram().register(registry);
    }

    private static String tag(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void triaged(Category category) {
        Counter.builder("peerbot.messages").description("Member messages by triage category")
                .tag("category", tag(category)).register(registry).increment();
    }

    @Override
    public void crisisReply(CrisisKind kind) {
        registry.counter("peerbot.crisis.replies", "kind", tag(kind)).increment();
    }

    @Override
    public void handoffRequested(boolean urgent) {
        registry.counter("peerbot.handoffs", "event", "requested", "urgent", String.valueOf(urgent)).increment();
    }

    @Override
    public void handoffClaimed(Duration waited) {
        registry.counter("peerbot.handoffs", "event", "claimed", "urgent", "any").increment();
        waitToClaim.record(waited);
    }

    @Override
    public void handoffAbandoned() {
        registry.counter("peerbot.handoffs", "event", "abandoned", "urgent", "any").increment();
    }

    @Override
    public void handoffEnded() {
        registry.counter("peerbot.handoffs", "event", "ended", "urgent", "any").increment();
    }

    @Override
    public void feedback(boolean helpful) {
        registry.counter("peerbot.feedback", "helpful", String.valueOf(helpful)).increment();
    }

    @Override
    public void sent(Platform platform, Duration sinceQueued) {
        Timer.builder("peerbot.delivery").description("Time from queued to sent").tag("platform", tag(platform))
                .register(registry).record(sinceQueued);
    }

    @Override
    public void sendRetry(Platform platform, boolean rateLimited) {
        registry.counter("peerbot.send.retries", "platform", tag(platform), "rate_limited",
                String.valueOf(rateLimited)).increment();
    }

    @Override
    public void sendFailed(Platform platform) {
        registry.counter("peerbot.send.failures", "platform", tag(platform)).increment();
    }
}
