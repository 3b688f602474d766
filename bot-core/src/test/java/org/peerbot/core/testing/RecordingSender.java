package org.peerbot.core.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.port.MessageSender;

/**
 * A sender that records what it was asked to send and answers like a platform would: rooms open as
 * {@code room-<handoffId>}, the volunteers' place is {@code volunteers}. Results can be scripted.
 */
public final class RecordingSender implements MessageSender {

    /** One delivered message, with the chat it reached. */
    public record Delivered(OutboundMessage message, ConversationRef chat, String messageId) {
        public String text() {
            return message.text();
        }
    }

    private final Platform platform;
    private final List<Delivered> delivered = new ArrayList<>();
    private final Deque<SendResult> scripted = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong(100);

    public RecordingSender(Platform platform) {
        this.platform = platform;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    /** The next sends answer these results, in order, before normal delivery resumes. */
    public synchronized void failNext(SendResult... results) {
        scripted.addAll(List.of(results));
    }

    @Override
    public synchronized SendResult send(OutboundMessage message) {
        if (!scripted.isEmpty()) {
            return scripted.poll();
        }
        ConversationRef chat = resolve(message.to());
        String id = message.editOf() != null ? message.editOf() : String.valueOf(ids.incrementAndGet());
        delivered.add(new Delivered(message, chat, id));
        return new SendResult.Sent(id, chat);
    }

    private ConversationRef resolve(Address to) {
        if (to instanceof Address.Chat c) {
            return c.ref();
        }
        if (to instanceof Address.PrivateChatOf p) {
            return new ConversationRef(platform, "dm-" + p.userId());
        }
        if (to instanceof Address.HandoffRoom r) {
            return new ConversationRef(platform, "room-" + r.handoffId());
        }
        if (to instanceof Address.Ephemeral e) {
            return new ConversationRef(platform, "ephemeral-" + e.handle());
        }
        return new ConversationRef(platform, "volunteers");
    }

    public synchronized List<Delivered> all() {
        return List.copyOf(delivered);
    }

    public synchronized List<Delivered> to(ConversationRef chat) {
        return delivered.stream().filter(d -> d.chat().equals(chat)).toList();
    }

    public synchronized void clear() {
        delivered.clear();
    }
}
