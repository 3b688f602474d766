package org.peerbot.app;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.peerbot.adapter.discord.DiscordAdapter;
import org.peerbot.adapter.discord.DiscordSettings;
import org.peerbot.adapter.telegram.TelegramAdapter;
import org.peerbot.adapter.telegram.TelegramSettings;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform adapters the configuration turns on, with their delivery limits: Telegram (long polling, or
 * webhook for several instances behind a load balancer) and Discord.
 *
 * <p>The gateway (the Telegram long poll and the Discord connection, of which a platform allows one per bot) is
 * started and stopped on its own ({@link #startGateway}, {@link #stopGateway}), so that with several instances
 * only the one holding the gateway lease holds it. A Discord adapter cannot be started twice, so each term gets a
 * new one; the Discord sender handed out here always reaches the current one.
 */
final class PlatformAdapters implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdapters.class);

    private final Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
    private final Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);
    private final TelegramAdapter telegram;
    private final PeerBotProperties.Telegram telegramProps;
    /** Makes a new Discord adapter (one per term holding the gateway); null when Discord is off. */
    private final Supplier<DiscordAdapter> newDiscord;
    private volatile DiscordAdapter discord;
    private boolean telegramStarted;

    PlatformAdapters(PeerBotProperties props, ChatEventHandler engine, PromptCatalog prompts) {
        telegramProps = props.telegram();
        if (props.discord().enabled()) {
            // The first one is made now, so bad settings stop the application at start.
            discord = discord(props, engine, prompts);
            newDiscord = () -> discord(props, engine, prompts);
            senders.put(Platform.DISCORD, new MessageSender() {
                @Override
                public Platform platform() {
                    return Platform.DISCORD;
                }

                @Override
                public SendResult send(OutboundMessage message) {
                    return sendToDiscord(message);
                }
            });
            policies.put(Platform.DISCORD, DeliveryPolicy.discord());
        } else {
            newDiscord = null;
        }
        telegram = props.telegram().enabled() ? telegram(props, engine, prompts) : null;
    }

    private SendResult sendToDiscord(OutboundMessage message) {
        DiscordAdapter current = discord;
        return current == null ? new SendResult.RetryAfter(Duration.ofSeconds(1), "Discord gateway not held here")
                : current.sender().send(message);
    }

    private DiscordAdapter discord(PeerBotProperties props, ChatEventHandler engine, PromptCatalog prompts) {
        PeerBotProperties.Discord d = props.discord();
        if (d.volunteerChannelId() == null || d.volunteerChannelId().isBlank()) {
            throw new ConfigProblem("peerbot.discord.volunteer-channel-id is not set, so handoff cards have nowhere "
                    + "to go on Discord.", "Set it to the id of the private volunteers' channel.");
        }
        DiscordAdapter adapter;
        try {
            adapter = new DiscordAdapter(new DiscordSettings(d.token(), d.restUrl(), d.gatewayUrl(), d.guildId(),
                    d.volunteerChannelId(), d.volunteerRoleId(), props.welcome()), engine, prompts);
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem(e.getMessage(), "Fix the peerbot.discord settings.");
        }
        return adapter;
    }

    private TelegramAdapter telegram(PeerBotProperties props, ChatEventHandler engine, PromptCatalog prompts) {
        PeerBotProperties.Telegram t = props.telegram();
        String mode = t.mode() == null ? "polling" : t.mode().strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("polling") && !mode.equals("webhook")) {
            throw new ConfigProblem("peerbot.telegram.mode '" + t.mode() + "' is not known.",
                    "Set peerbot.telegram.mode to polling (the default) or webhook.");
        }
        if (mode.equals("webhook") && (t.webhookUrl() == null || t.webhookUrl().isBlank() || t.webhookSecret() == null
                || t.webhookSecret().isBlank())) {
            throw new ConfigProblem("Telegram webhook mode needs peerbot.telegram.webhook-url and "
                    + "peerbot.telegram.webhook-secret.", "Set both (the URL must reach /telegram/webhook on this "
                    + "server), or use peerbot.telegram.mode=polling.");
        }
        if (t.volunteerChatId() == null || t.volunteerChatId().isBlank()) {
            throw new ConfigProblem("peerbot.telegram.volunteer-chat-id is not set, so handoff cards have nowhere "
                    + "to go on Telegram.", "Set it to the id of the volunteers' Telegram group (it starts with -100).");
        }
        TelegramAdapter adapter;
        try {
            adapter = new TelegramAdapter(new TelegramSettings(t.token(), t.apiUrl(), t.volunteerChatId(),
                    mode.equals("webhook"), t.webhookSecret()), engine, prompts);
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem(e.getMessage(), "Fix the peerbot.telegram settings.");
        }
        senders.put(Platform.TELEGRAM, adapter.sender());
        policies.put(Platform.TELEGRAM, DeliveryPolicy.telegram());
        return adapter;
    }

    Map<Platform, MessageSender> senders() {
        return senders;
    }

    Map<Platform, DeliveryPolicy> policies() {
        return policies;
    }

    TelegramAdapter telegram() {
        return telegram;
    }

    /** Each platform connection this instance holds: with several instances, a standby reports only webhook Telegram. */
    Map<String, Boolean> connected(boolean gatewayHeld) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        if (telegram != null && (gatewayHeld || webhook())) {
            m.put("telegram", telegram.connected());
        }
        DiscordAdapter current = discord;
        if (newDiscord != null && gatewayHeld) {
            m.put("discord", current != null && current.connected());
        }
        return m;
    }

    private boolean webhook() {
        return "webhook".equalsIgnoreCase(telegramProps.mode());
    }

    /** Everything, as one instance alone does. */
    void start() {
        startShared();
        startGateway();
    }

    /** What every instance does: in webhook mode, every instance takes Telegram's updates. */
    synchronized void startShared() {
        if (telegram != null && webhook()) {
            startTelegram();
            telegram.registerWebhook(telegramProps.webhookUrl());
            log.info("Telegram adapter started (webhook)");
        }
    }

    /** The gateway: the Telegram long poll (polling mode) and the Discord connection. */
    synchronized void startGateway() {
        if (telegram != null && !webhook()) {
            if (telegramStarted) {
                telegram.resumePolling();
            } else {
                startTelegram();
            }
            log.info("Telegram adapter started (polling)");
        }
        if (newDiscord != null) {
            DiscordAdapter current = discord;
            if (current == null) {
                current = newDiscord.get();
                discord = current;
            }
            try {
                current.start();
            } catch (RuntimeException e) {
                discord = null;
                current.close();
                throw e;
            }
            log.info("Discord adapter started");
        }
    }

    private void startTelegram() {
        if (!telegramStarted) {
            telegram.start();
            telegramStarted = true;
        }
    }

    /** Lets the gateway go (another instance takes it): no polling, no Discord connection. Sending stays possible. */
    synchronized void stopGateway() {
        if (telegram != null && !webhook()) {
            telegram.stopPolling();
        }
        DiscordAdapter current = discord;
        discord = null;
        if (current != null) {
            current.close();
            log.info("Discord adapter stopped");
        }
    }

    @Override
    public void close() {
        if (telegram != null) {
            telegram.close();
        }
        DiscordAdapter current = discord;
        discord = null;
        if (current != null) {
            current.close();
        }
    }
}
