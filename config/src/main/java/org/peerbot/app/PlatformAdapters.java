package org.peerbot.app;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.peerbot.adapter.discord.DiscordAdapter;
import org.peerbot.adapter.discord.DiscordSettings;
import org.peerbot.adapter.telegram.TelegramAdapter;
import org.peerbot.adapter.telegram.TelegramSettings;
import org.peerbot.core.delivery.DeliveryPolicy;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform adapters the configuration turns on, with their delivery limits: Telegram (long polling, or
 * webhook for several instances behind a load balancer) and Discord.
 */
final class PlatformAdapters implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdapters.class);

    private final Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
    private final Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);
    private final TelegramAdapter telegram;
    private final DiscordAdapter discord;
    private final PeerBotProperties.Telegram telegramProps;

    PlatformAdapters(PeerBotProperties props, ChatEventHandler engine, PromptCatalog prompts) {
        telegramProps = props.telegram();
        discord = props.discord().enabled() ? discord(props, engine, prompts) : null;
        telegram = props.telegram().enabled() ? telegram(props, engine, prompts) : null;
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
        senders.put(Platform.DISCORD, adapter.sender());
        policies.put(Platform.DISCORD, DeliveryPolicy.discord());
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

    Map<String, Boolean> connected() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        if (telegram != null) {
            m.put("telegram", telegram.connected());
        }
        if (discord != null) {
            m.put("discord", discord.connected());
        }
        return m;
    }

    void start() {
        if (telegram != null) {
            telegram.start();
            if ("webhook".equalsIgnoreCase(telegramProps.mode())) {
                telegram.registerWebhook(telegramProps.webhookUrl());
            }
            log.info("Telegram adapter started ({})", telegramProps.mode());
        }
        if (discord != null) {
            discord.start();
            log.info("Discord adapter started");
        }
    }

    @Override
    public void close() {
        if (telegram != null) {
            telegram.close();
        }
        if (discord != null) {
            discord.close();
        }
    }
}
