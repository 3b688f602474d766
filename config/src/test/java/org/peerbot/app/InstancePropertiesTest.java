package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code peerbot.instance.*}: off by default (one instance, as before); timings that cannot work stop the start. */
class InstancePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PeerBotProperties.class)
    static class Props {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Props.class);

    @Test
    void offByDefaultWithTheDocumentedTimings() {
        runner.run(context -> {
            PeerBotProperties.Instance instance = context.getBean(PeerBotProperties.class).instance();
            assertThat(instance.shared()).isFalse();
            assertThat(instance.leaseTtl()).isEqualTo(Duration.ofSeconds(10));
            assertThat(instance.leaseRenew()).isEqualTo(Duration.ofSeconds(3));
            assertThat(instance.outboxPoll()).isEqualTo(Duration.ofMillis(500));
        });
    }

    @Test
    void aRenewalThatIsNotWellInsideTheLeaseIsRefusedWithTheKeysToFix() {
        runner.withPropertyValues("peerbot.instance.shared=true", "peerbot.instance.lease-ttl=5s",
                "peerbot.instance.lease-renew=3s").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("lease-renew")
                            .hasMessageContaining("at most a third");
                });
        runner.withPropertyValues("peerbot.instance.outbox-poll=1ms").run(context ->
                assertThat(context).hasFailed());
        runner.withPropertyValues("peerbot.instance.shared=true", "peerbot.instance.lease-ttl=6s",
                "peerbot.instance.lease-renew=2s").run(context -> assertThat(context).hasNotFailed());
    }

    /** The environment names deploy/compose.several.yaml uses reach the keys. */
    @Test
    void theComposeFilesEnvironmentNamesBind() {
        org.springframework.core.env.StandardEnvironment env = new org.springframework.core.env.StandardEnvironment();
        // Named as the real environment is: Spring maps PEERBOT_X_Y names only for that source.
        env.getPropertySources().replace(org.springframework.core.env.StandardEnvironment
                .SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new org.springframework.core.env.SystemEnvironmentPropertySource(
                org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, java.util.Map.of("PEERBOT_INSTANCE_SHARED", "true", "PEERBOT_INSTANCE_ID", "peerbot-b",
                "PEERBOT_INSTANCE_LEASE_TTL", "12s", "PEERBOT_INSTANCE_LEASE_RENEW", "4s")));
        PeerBotProperties.Instance instance = org.springframework.boot.context.properties.bind.Binder.get(env)
                .bind("peerbot", PeerBotProperties.class).get().instance();
        assertThat(instance.shared()).isTrue();
        assertThat(instance.id()).isEqualTo("peerbot-b");
        assertThat(instance.leaseTtl()).isEqualTo(Duration.ofSeconds(12));
        assertThat(instance.leaseRenew()).isEqualTo(Duration.ofSeconds(4));
    }
}
