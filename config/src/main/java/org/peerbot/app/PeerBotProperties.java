package org.peerbot.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything an organiser sets, under the prefix {@code peerbot}. Validated at start: bad values stop
 * the application with a message that names the key and says what to fix.
 */
@Validated
@ConfigurationProperties("peerbot")
public record PeerBotProperties(
        @DefaultValue("uk") @NotBlank String region,
        String nation,
        @DefaultValue("./data") Path dataDir,
        String secret,
        @DefaultValue @Valid Telegram telegram,
        @DefaultValue @Valid Discord discord,
        @DefaultValue @Valid Console console,
        @DefaultValue @Valid Handoff handoff,
        @DefaultValue @Valid Retention retention,
        @DefaultValue @Valid Wording wording,
        @DefaultValue @Valid Instance instance,
        List<@Valid RosterEntry> roster,
        String safeguardingLead,
        List<String> organisers,
        @DefaultValue("true") boolean welcome,
        @DefaultValue("20") @Min(1) int memberMessagesPerMinute,
        @DefaultValue("text") @Pattern(regexp = "text|ecs|logstash|gelf",
                message = "must be text, or ecs, logstash or gelf for one JSON object a line") String logFormat) {

    public record Telegram(String token, @DefaultValue("https://api.telegram.org") String apiUrl,
                           String volunteerChatId, @DefaultValue("polling") String mode, String webhookSecret,
                           String webhookUrl) {
        boolean enabled() {
            return token != null && !token.isBlank();
        }
    }

    public record Discord(String token, @DefaultValue("https://discord.com/api/v10/") String restUrl,
                          @DefaultValue("wss://gateway.discord.gg") String gatewayUrl, String guildId,
                          String volunteerChannelId, String volunteerRoleId) {
        boolean enabled() {
            return token != null && !token.isBlank();
        }
    }

    /** {@code enabled} unset means: on when no platform token is set. */
    public record Console(Boolean enabled) {
    }

    public record Handoff(@DefaultValue("2m") Duration holdingInterval, @DefaultValue("5m") Duration claimLease,
                          @DefaultValue("45m") Duration sessionReminder,
                          @DefaultValue("10m") Duration coolDownAfterUrgent,
                          @DefaultValue("10m") Duration typicalWaitPerPerson,
                          @DefaultValue("2m") Duration matchWindow) {
    }

    public record Retention(@DefaultValue("30d") Duration conversations, @DefaultValue("90d") Duration handoffs) {
    }

    /**
     * Several instances on one PostgreSQL ({@code peerbot.instance.shared=true}). Off, the default: this instance
     * does everything from the start, as one instance always has. On: the instance holding the gateway lease
     * polls Telegram, holds the Discord gateway, sends the outbox and runs the timers; the others stand by and
     * take over within {@code lease-ttl + lease-renew} of it dying (at once when it stops cleanly).
     *
     * @param id         this instance's name in the lease (default: host name and process id)
     * @param leaseTtl   how long the lease lasts unless renewed
     * @param leaseRenew how often the holder renews it and a standby tries to take it
     * @param outboxPoll how often the holder looks for replies other instances wrote (webhook mode)
     */
    public record Instance(@DefaultValue("false") boolean shared, String id,
                           @DefaultValue("10s") Duration leaseTtl, @DefaultValue("3s") Duration leaseRenew,
                           @DefaultValue("500ms") Duration outboxPoll) {

        /** The holder renews at least three times a lease, so one slow renewal never costs it the gateway. */
        @AssertTrue(message = "peerbot.instance.lease-renew must be at least 100ms and at most a third of "
                + "peerbot.instance.lease-ttl (defaults: 3s and 10s)")
        public boolean isRenewWellInsideTheLease() {
            return leaseRenew != null && leaseTtl != null && leaseRenew.toMillis() >= 100
                    && leaseRenew.multipliedBy(3).compareTo(leaseTtl) <= 0;
        }

        @AssertTrue(message = "peerbot.instance.outbox-poll must be between 50ms and 10s")
        public boolean isOutboxPollSane() {
            return outboxPoll != null && outboxPoll.toMillis() >= 50 && outboxPoll.toSeconds() <= 10;
        }
    }

    /** Extra files that override or extend the shipped wording, triage rules and directory pack. */
    public record Wording(List<Path> prompts, List<Path> rules, Path directory) {
    }

    /**
     * One trained volunteer.
     *
     * @param platform {@code telegram}, {@code discord} or {@code console}
     * @param userId   their platform user id
     * @param name     the name members see
     */
    public record RosterEntry(@NotBlank String id, @NotBlank String platform, @NotBlank String userId,
                              @NotBlank String name, List<String> topics, List<String> languages,
                              @DefaultValue("2") @Min(1) int maxChats) {
    }

    boolean consoleEnabled() {
        return console.enabled() != null ? console.enabled() : !(telegram.enabled() || discord.enabled());
    }
}
