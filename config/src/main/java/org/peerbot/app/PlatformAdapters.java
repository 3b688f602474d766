package org.peerbot.app;

import java.util.EnumMap;
import java.util.Map;
import org.peerbot.core.engine.DeliveryPolicy;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;

/**
 * The platform adapters the configuration turns on. The Telegram and Discord adapters are not part of this
 * build yet (issues 5 and 6): a token for either stops PeerBot at start with a plain message, rather than
 * starting a bot that silently cannot answer.
 */
final class PlatformAdapters implements AutoCloseable {

    private final Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
    private final Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);

    PlatformAdapters(PeerBotProperties props, ChatEventHandler engine, PromptCatalog prompts) {
        if (props.telegram().enabled()) {
            throw new ConfigProblem("peerbot.telegram.token is set, but this build of PeerBot has no Telegram "
                    + "adapter yet.", "Remove peerbot.telegram.token to run the console seat, or use a build that "
                    + "includes the Telegram adapter.");
        }
        if (props.discord().enabled()) {
            throw new ConfigProblem("peerbot.discord.token is set, but this build of PeerBot has no Discord adapter "
                    + "yet.", "Remove peerbot.discord.token to run the console seat, or use a build that includes "
                    + "the Discord adapter.");
        }
    }

    Map<Platform, MessageSender> senders() {
        return senders;
    }

    Map<Platform, DeliveryPolicy> policies() {
        return policies;
    }

    Map<String, Boolean> connected() {
        return Map.of();
    }

    void start() {
    }

    @Override
    public void close() {
    }
}
