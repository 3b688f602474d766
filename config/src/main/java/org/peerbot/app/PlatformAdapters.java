package org.peerbot.app;

import java.util.EnumMap;
import java.util.Map;
import org.peerbot.core.engine.DeliveryPolicy;
import org.peerbot.core.model.Platform;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;

/** The Telegram and Discord adapters that the configuration turns on. */
final class PlatformAdapters implements AutoCloseable {

    private final Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
    private final Map<Platform, DeliveryPolicy> policies = new EnumMap<>(Platform.class);

    PlatformAdapters(PeerBotProperties props, ChatEventHandler engine, PromptCatalog prompts) {
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
