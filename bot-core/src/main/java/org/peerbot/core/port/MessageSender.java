package org.peerbot.core.port;

import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;

/**
 * Sends to one platform. Implementations translate and call the platform once; they do not
 * retry or queue (the dispatcher does, through the outbox) and never throw for platform errors:
 * they answer {@link SendResult.RetryAfter} or {@link SendResult.Failed}.
 */
public interface MessageSender {

    Platform platform();

    SendResult send(OutboundMessage message);
}
