package org.peerbot.adapter.telegram;

import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.port.ChatEventHandler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Keeps every event the adapter hands over; can be told to blow up on some. */
final class RecordingHandler implements ChatEventHandler {

    final List<ChatEvent> events = new CopyOnWriteArrayList<>();
    private volatile Predicate<ChatEvent> explodeOn = e -> false;

    void explodeOn(Predicate<ChatEvent> when) {
        this.explodeOn = when;
    }

    @Override
    public void handle(ChatEvent event) {
        events.add(event);
        if (explodeOn.test(event)) {
            throw new IllegalStateException("handler failure for the test");
        }
    }

    <T extends ChatEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
