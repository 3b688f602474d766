package org.peerbot.core.turn;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.peerbot.core.model.Platform;

/**
 * How the engine behaves; every duration has a safe default (see {@link #defaults()}).
 *
 * @param volunteerPlatforms     where handoff cards go (the volunteers' places that are configured)
 * @param holdingInterval        how often someone waiting for a person hears from the bot (so nobody waits in silence)
 * @param claimLease             a claimed request returns to the queue if the volunteer has not written by then
 * @param sessionReminder        a volunteer is reminded of the time after this long in one chat
 * @param coolDownAfterUrgent    a volunteer's break after an urgent chat before the next claim
 * @param typicalWaitPerPerson   the wait estimate for each person ahead in the queue
 * @param welcome                greet people who join the group or server with the ground rules
 * @param safeguardingLead       who gets safeguarding alerts, or null
 * @param conversationRetention  how long a quiet conversation's state is kept
 * @param handoffRetention       how long closed handoff records are kept
 * @param memberMessagesPerMinute a member's messages beyond this get one polite slow-down (crisis always gets through)
 * @param organisers             who may use the organiser commands, as {@link org.peerbot.core.model.Sender#key()}
 *                               ({@code TELEGRAM:123}); whoever sits at the console always may
 * @param matchWindow            how long a request with a topic or language is offered first to volunteers whose
 *                               roster topics or languages fit, before anyone on duty may take it
 */
public record EngineSettings(Set<Platform> volunteerPlatforms, Duration holdingInterval, Duration claimLease,
                             Duration sessionReminder, Duration coolDownAfterUrgent, Duration typicalWaitPerPerson,
                             boolean welcome, Lead safeguardingLead, Duration conversationRetention,
                             Duration handoffRetention, int memberMessagesPerMinute, Set<String> organisers,
                             Duration matchWindow) {

    /** The match window when none is configured. */
    public static final Duration DEFAULT_MATCH_WINDOW = Duration.ofMinutes(2);

    /** A safeguarding lead, reached in a private chat on their platform. */
    public record Lead(Platform platform, String userId) {
        public Lead {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(userId, "userId");
        }
    }

    public EngineSettings {
        volunteerPlatforms = Set.copyOf(volunteerPlatforms);
        organisers = organisers == null ? Set.of() : Set.copyOf(organisers);
        requirePositive(holdingInterval, "holding-interval");
        requirePositive(claimLease, "claim-lease");
        requirePositive(sessionReminder, "session-reminder");
        Objects.requireNonNull(coolDownAfterUrgent, "cool-down");
        requirePositive(typicalWaitPerPerson, "typical-wait");
        requirePositive(conversationRetention, "retention.conversations");
        requirePositive(handoffRetention, "retention.handoffs");
        requirePositive(matchWindow, "handoff.match-window");
        if (memberMessagesPerMinute < 1) {
            throw new IllegalArgumentException("peerbot.member-messages-per-minute must be at least 1");
        }
    }

    /** With the default match window. */
    public EngineSettings(Set<Platform> volunteerPlatforms, Duration holdingInterval, Duration claimLease,
                          Duration sessionReminder, Duration coolDownAfterUrgent, Duration typicalWaitPerPerson,
                          boolean welcome, Lead safeguardingLead, Duration conversationRetention,
                          Duration handoffRetention, int memberMessagesPerMinute, Set<String> organisers) {
        this(volunteerPlatforms, holdingInterval, claimLease, sessionReminder, coolDownAfterUrgent,
                typicalWaitPerPerson, welcome, safeguardingLead, conversationRetention, handoffRetention,
                memberMessagesPerMinute, organisers, DEFAULT_MATCH_WINDOW);
    }

    /** Without organisers: only the console may use the organiser commands. */
    public EngineSettings(Set<Platform> volunteerPlatforms, Duration holdingInterval, Duration claimLease,
                          Duration sessionReminder, Duration coolDownAfterUrgent, Duration typicalWaitPerPerson,
                          boolean welcome, Lead safeguardingLead, Duration conversationRetention,
                          Duration handoffRetention, int memberMessagesPerMinute) {
        this(volunteerPlatforms, holdingInterval, claimLease, sessionReminder, coolDownAfterUrgent,
                typicalWaitPerPerson, welcome, safeguardingLead, conversationRetention, handoffRetention,
                memberMessagesPerMinute, Set.of());
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("peerbot." + name + " must be a positive duration, such as 2m");
        }
    }

    public static EngineSettings defaults() {
        return new EngineSettings(Set.of(Platform.CONSOLE), Duration.ofMinutes(2), Duration.ofMinutes(5),
                Duration.ofMinutes(45), Duration.ofMinutes(10), Duration.ofMinutes(10), true, null,
                Duration.ofDays(30), Duration.ofDays(90), 20);
    }

    public EngineSettings withVolunteerPlatforms(Set<Platform> platforms) {
        return new EngineSettings(platforms, holdingInterval, claimLease, sessionReminder, coolDownAfterUrgent,
                typicalWaitPerPerson, welcome, safeguardingLead, conversationRetention, handoffRetention,
                memberMessagesPerMinute, organisers, matchWindow);
    }

    public EngineSettings withOrganisers(Set<String> senderKeys) {
        return new EngineSettings(volunteerPlatforms, holdingInterval, claimLease, sessionReminder,
                coolDownAfterUrgent, typicalWaitPerPerson, welcome, safeguardingLead, conversationRetention,
                handoffRetention, memberMessagesPerMinute, senderKeys, matchWindow);
    }

    public EngineSettings withLead(Lead lead) {
        return new EngineSettings(volunteerPlatforms, holdingInterval, claimLease, sessionReminder,
                coolDownAfterUrgent, typicalWaitPerPerson, welcome, lead, conversationRetention, handoffRetention,
                memberMessagesPerMinute, organisers, matchWindow);
    }

    public EngineSettings withMatchWindow(Duration window) {
        return new EngineSettings(volunteerPlatforms, holdingInterval, claimLease, sessionReminder,
                coolDownAfterUrgent, typicalWaitPerPerson, welcome, safeguardingLead, conversationRetention,
                handoffRetention, memberMessagesPerMinute, organisers, window);
    }
}
