package org.peerbot.app;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.peerbot.adapter.telegram.TelegramAdapter;
import org.peerbot.adapter.telegram.TelegramSettings;
import org.peerbot.core.engine.DeliveryPolicy;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform adapters the configuration turns on, with their delivery limits. Telegram (long polling) is
 * in this build; the Discord adapter and Telegram's webhook mode are not yet, so asking for them stops
 * PeerBot at start with a plain message rather than starting a bot that cannot answer.
 */
final class PlatformAdapters implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdapters.class);

    private final Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
    private final Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);
    private final TelegramAdapter telegram;

    PlatformAdapters(PeerBotProperties props, ChatEventHandler engine, PromptCatalog prompts) {
        if (props.discord().enabled()) {
            throw new ConfigProblem("peerbot.discord.token is set, but this build of PeerBot has no Discord adapter "
                    + "yet.", "Remove peerbot.discord.token, or use a build that includes the Discord adapter.");
        }
        if (!props.telegram().enabled()) {
            telegram = null;
            return;
        }
        PeerBotProperties.Telegram t = props.telegram();
        String mode = t.mode() == null ? "polling" : t.mode().strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("polling")) {
            throw new ConfigProblem("peerbot.telegram.mode '" + t.mode() + "' is not available in this build.",
                    "Use peerbot.telegram.mode=polling (the default). Webhook mode is planned.");
        }
        if (t.volunteerChatId() == null || t.volunteerChatId().isBlank()) {
            throw new ConfigProblem("peerbot.telegram.volunteer-chat-id is not set, so handoff cards have nowhere "
                    + "to go on Telegram.", "Set it to the id of the volunteers' Telegram group (it starts with -100).");
        }
        try {
            telegram = new TelegramAdapter(new TelegramSettings(t.token(), t.apiUrl(), t.volunteerChatId()), engine,
                    prompts);
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem(e.getMessage(), "Fix the peerbot.telegram settings.");
        }
        senders.put(Platform.TELEGRAM, telegram.sender());
        policies.put(Platform.TELEGRAM, DeliveryPolicy.telegram());
    }

    Map<Platform, MessageSender> senders() {
        return senders;
    }

    Map<Platform, DeliveryPolicy> policies() {
        return policies;
    }

    Map<String, Boolean> connected() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        if (telegram != null) {
            m.put("telegram", telegram.connected());
        }
        return m;
    }

    void start() {
        if (telegram != null) {
            telegram.start();
            log.info("Telegram adapter started (long polling)");
        }
    }

    @Override
    public void close() {
        if (telegram != null) {
            telegram.close();
        }
    }
}
