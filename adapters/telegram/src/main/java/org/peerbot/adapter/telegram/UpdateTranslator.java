package org.peerbot.adapter.telegram;

import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ContentKind;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One Telegram {@link Update} to the core's events. Only ids, text and kinds cross over: names, usernames
 * and phone numbers never leave this class. Updates the core has no use for (channel posts, service
 * messages, messages from bots) translate to nothing.
 */
final class UpdateTranslator {

    private final String volunteerChatId;
    private final Supplier<String> botUsername;

    UpdateTranslator(String volunteerChatId, Supplier<String> botUsername) {
        this.volunteerChatId = volunteerChatId;
        this.botUsername = botUsername;
    }

    static String eventId(Update update) {
        return "tg:" + update.getUpdateId();
    }

    List<ChatEvent> translate(Update update) {
        if (update.hasMessage()) {
            return message(update, update.getMessage(), false);
        }
        if (update.hasEditedMessage()) {
            return message(update, update.getEditedMessage(), true);
        }
        if (update.hasCallbackQuery()) {
            return callback(update, update.getCallbackQuery()).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    private List<ChatEvent> message(Update update, Message m, boolean edited) {
        Chat chat = m.getChat();
        User from = m.getFrom();
        if (chat == null || from == null || "channel".equals(chat.getType())) {
            return List.of();
        }
        Space space = spaceOf(chat);
        ConversationRef where = where(chat, m);
        String eventId = eventId(update);
        Instant at = Instant.ofEpochSecond(edited && m.getEditDate() != null ? m.getEditDate()
                : m.getDate() == null ? Instant.now().getEpochSecond() : m.getDate());

        if (!m.getNewChatMembers().isEmpty()) {
            if (space == Space.PRIVATE || edited) {
                return List.of();
            }
            // A join has no topic: welcome lines belong in the group itself.
            ConversationRef group = ref(String.valueOf(chat.getId()));
            List<ChatEvent> joined = new ArrayList<>();
            for (User u : m.getNewChatMembers()) {
                if (!Boolean.TRUE.equals(u.getIsBot())) {
                    joined.add(new ChatEvent.MemberJoined(eventId + ":" + u.getId(), group, space, sender(u), at));
                }
            }
            return joined;
        }
        if (Boolean.TRUE.equals(from.getIsBot())) {
            return List.of();
        }
        Sender sender = sender(from);
        if (m.hasText()) {
            ConversationRef privateChat = space == Space.GROUP ? ref(String.valueOf(from.getId())) : null;
            return List.of(new ChatEvent.MessageReceived(eventId, where, space, sender, stripBotName(m.getText()), at,
                    edited, privateChat));
        }
        ConversationRef privateChat = space == Space.GROUP ? ref(String.valueOf(from.getId())) : null;
        String caption = m.getCaption();
        boolean hasCaption = caption != null && !caption.isBlank();
        if (edited) {
            // A media edit has nothing new to read, but an edited caption is words like any other.
            return hasCaption ? List.of(new ChatEvent.MessageReceived(eventId, where, space, sender, caption, at, true,
                    privateChat)) : List.of();
        }
        List<ChatEvent> events = new ArrayList<>(2);
        if (hasCaption) {
            // Words on a photo or file are read first, so a crisis in a caption gets the crisis reply first.
            events.add(new ChatEvent.MessageReceived(eventId, where, space, sender, caption, at, false, privateChat));
        }
        ContentKind kind = kindOf(m);
        if (kind != null) {
            events.add(new ChatEvent.UnsupportedContent(hasCaption ? eventId + ":media" : eventId, where, space, sender,
                    kind, at));
        }
        return events;
    }

    private Optional<ChatEvent> callback(Update update, CallbackQuery q) {
        if (q.getData() == null || q.getFrom() == null) {
            return Optional.empty(); // a game button: not ours
        }
        Sender sender = sender(q.getFrom());
        MaybeInaccessibleMessage msg = q.getMessage();
        ConversationRef where;
        Space space;
        String messageId = null;
        if (msg != null && msg.getChat() != null) {
            Chat chat = msg.getChat();
            space = spaceOf(chat);
            where = msg instanceof Message m ? where(chat, m) : ref(String.valueOf(chat.getId()));
            messageId = msg.getMessageId() == null ? null : String.valueOf(msg.getMessageId());
        } else {
            // A button on an inline-mode message: the presser's private chat is the only place we know.
            space = Space.PRIVATE;
            where = ref(String.valueOf(q.getFrom().getId()));
        }
        // The press itself carries no date; Telegram delivers it as it happens.
        return Optional.of(new ChatEvent.ButtonPressed(eventId(update), where, space, sender, q.getData(), q.getId(),
                messageId, Instant.now()));
    }

    private Space spaceOf(Chat chat) {
        if ("private".equals(chat.getType())) {
            return Space.PRIVATE;
        }
        if (volunteerChatId != null && volunteerChatId.equals(String.valueOf(chat.getId()))) {
            return Space.VOLUNTEERS;
        }
        return Space.GROUP;
    }

    /** The chat, or {@code chat:thread} for a message inside a forum topic. */
    private static ConversationRef where(Chat chat, Message m) {
        String chatId = String.valueOf(chat.getId());
        if (m.isTopicMessage() && m.getMessageThreadId() != null) {
            return ref(chatId + ":" + m.getMessageThreadId());
        }
        return ref(chatId);
    }

    private String stripBotName(String text) {
        if (!text.startsWith("/")) {
            return text;
        }
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        int at = text.indexOf('@');
        String name = botUsername.get();
        if (at > 0 && at < end && name != null && text.substring(at + 1, end).equalsIgnoreCase(name)) {
            return text.substring(0, at) + text.substring(end);
        }
        return text;
    }

    private static ContentKind kindOf(Message m) {
        if (m.hasSticker()) {
            return ContentKind.STICKER;
        }
        if (m.hasPhoto()) {
            return ContentKind.PHOTO;
        }
        if (m.hasVoice() || m.hasAudio()) {
            return ContentKind.VOICE;
        }
        if (m.hasVideo() || m.hasVideoNote() || m.hasAnimation()) {
            return ContentKind.VIDEO;
        }
        if (m.hasDocument()) {
            return ContentKind.DOCUMENT;
        }
        if (m.hasLocation() || m.getVenue() != null) {
            return ContentKind.LOCATION;
        }
        if (m.hasContact()) {
            return ContentKind.CONTACT;
        }
        if (m.hasPoll()) {
            return ContentKind.POLL;
        }
        if (m.hasDice() || m.hasGame() || m.hasStory() || m.hasPaidMedia() || m.hasChecklist()) {
            return ContentKind.OTHER;
        }
        return null; // a service message (pin, title change, member left): nothing for the core
    }

    private static Sender sender(User u) {
        return new Sender(Platform.TELEGRAM, String.valueOf(u.getId()), false);
    }

    private static ConversationRef ref(String chatId) {
        return new ConversationRef(Platform.TELEGRAM, chatId);
    }
}
