package org.peerbot.app;

import jakarta.validation.Valid;
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
