package org.peerbot.core.port;

import java.time.Duration;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Platform;

/**
 * Anonymous counts for organisers' metrics. Nothing here carries an id or any text, by construction.
 * Every method has a no-op default.
 */
public interface EngineEvents {

    EngineEvents NONE = new EngineEvents() {
    };

    default void triaged(Category category) {
    }

    default void crisisReply(CrisisKind kind) {
    }

    default void handoffRequested(boolean urgent) {
    }

    default void handoffClaimed(Duration waited) {
    }

    /** A member cancelled, or left with /forget, before anyone claimed. */
    default void handoffAbandoned() {
    }

    default void handoffEnded() {
    }

    default void feedback(boolean helpful) {
    }

    default void sent(Platform platform, Duration sinceQueued) {
    }

    default void sendRetry(Platform platform, boolean rateLimited) {
    }

    default void sendFailed(Platform platform) {
    }
}
