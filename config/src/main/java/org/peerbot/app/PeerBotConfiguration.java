package org.peerbot.app;

import java.time.Clock;
import javax.sql.DataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.EngineEvents;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Spring wiring: the clock and the runtime (the database pool is {@link DataSourceConfiguration}). */
@Configuration(proxyBeanMethods = false)
class PeerBotConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EngineEvents engineEvents(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry r = registry.getIfAvailable();
        return r == null ? EngineEvents.NONE : new MicrometerEngineEvents(r);
    }

    /** {@code peerbot_outbox_backlog{platform}}: replies waiting to be sent, read at each scrape. */
    @Bean
    MeterBinder outboxBacklog(PeerBotRuntime runtime) {
        return registry -> {
            for (Platform p : Platform.values()) {
                Gauge.builder("peerbot.outbox.backlog", runtime, r -> r.backlog(p))
                        .description("Replies waiting to be sent").tag("platform", p.name().toLowerCase(Locale.ROOT))
                        .register(registry);
            }
        };
    }

    /** Shown at /actuator/health as "peerbot"; part of the readiness group. */
    @Bean
    HealthIndicator peerbot(PeerBotRuntime runtime, TriageModel triageModel) {
        return new PeerBotHealth(runtime, triageModel.state());
    }

    /** The semantic triage layer ({@code peerbot.triage.model}, default on); rules alone, with a warning, if it fails. */
    @Bean
    TriageModel triageModel(Environment env) {
        return TriageModel.load(env.getProperty("peerbot.triage.model", Boolean.class, true));
    }

    @Bean(destroyMethod = "close")
    PeerBotRuntime runtime(PeerBotProperties props, DataSource dataSource, Clock clock,
                           ObjectProvider<EngineEvents> events, TriageModel triageModel) {
        PeerBotRuntime runtime = new PeerBotRuntime(props, dataSource, clock, events.getIfAvailable(() ->
                EngineEvents.NONE), PeerBotRuntime.stdout(), triageModel.model());
        runtime.start();
        return runtime;
    }
}
