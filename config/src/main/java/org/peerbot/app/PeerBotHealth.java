package org.peerbot.app;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Readiness: the database answers and every platform connection this instance holds is up. */
final class PeerBotHealth implements HealthIndicator {

    private final PeerBotRuntime runtime;
    /** "up", "off" or "degraded" (on but failed to load: the rules alone still detect crisis). */
    private final String triageModel;

    PeerBotHealth(PeerBotRuntime runtime) {
        this(runtime, "off");
    }

    PeerBotHealth(PeerBotRuntime runtime, String triageModel) {
        this.runtime = runtime;
        this.triageModel = triageModel;
    }

    @Override
    public Health health() {
        Health.Builder b = Health.up();
        boolean up = true;
        try (Connection c = runtime.dataSource().getConnection()) {
            boolean valid = c.isValid(2);
            b.withDetail("database", valid ? "up" : "down");
            up = valid;
        } catch (Exception e) {
            b.withDetail("database", "down: " + e.getClass().getSimpleName());
            up = false;
        }
        for (Map.Entry<String, Boolean> platform : runtime.platformsConnected().entrySet()) {
            b.withDetail(platform.getKey(), platform.getValue() ? "up" : "down");
            up &= platform.getValue();
        }
        // Several instances: "held" or "standby" (a standby is ready: it takes webhook updates and waits to take over).
        b.withDetail("gateway", runtime.gatewayRole());
        b.withDetail("outboxBacklog", runtime.backlog());
        b.withDetail("triageModel", triageModel);
        return up ? b.build() : b.down().build();
    }
}
