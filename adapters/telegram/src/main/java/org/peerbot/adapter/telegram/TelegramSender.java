package org.peerbot.adapter.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.port.MessageSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.forum.ForumTopic;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The core's {@link OutboundMessage} to Bot API calls. It never retries or waits: a 429 becomes
 * {@link SendResult.RetryAfter} with Telegram's {@code retry_after}, a passing fault (5xx, I/O, timeout)
 * a {@code RetryAfter} of zero so the dispatcher backs off, anything permanent {@link SendResult.Failed}.
 * Reasons carry status codes and Telegram's own description, never message text.
 */
final class TelegramSender implements MessageSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final int MAX_TOPIC_NAME = 128;
    private static final int REMEMBERED = 1_000;
    private static final int ROOMS_REMEMBERED = 10_000;

    private final TelegramClient client;
    private final String volunteerChatId;
    private final Supplier<String> botUsername;
    /** Whether the volunteers' chat is a forum; asked once (getChat) and kept. */
    private volatile Boolean volunteerChatIsForum;
    /**
     * Topics already opened per handoff, so a retried HandoffRoom send does not open a second one. Needed
     * only until the engine has recorded the room (after the first send), so a day without use forgets it.
     */
    private final Cache<String, ConversationRef> rooms = Caffeine.newBuilder()
            .maximumSize(ROOMS_REMEMBERED).expireAfterAccess(Duration.ofDays(1)).build();
    /**
     * Parts of long texts already delivered when a later part failed, so the dispatcher's retry resumes
     * instead of repeating them. Bounded and forgotten after an hour; memory only (a restart or a retry
     * later than that may repeat a part, never lose one).
     */
    private final Cache<String, Progress> partial = Caffeine.newBuilder()
            .maximumSize(REMEMBERED).expireAfterWrite(Duration.ofHours(1)).build();

    private record Progress(int sentParts, String firstMessageId) {
    }

    /** A Telegram chat id, with the forum topic when the core's ref is {@code chat:thread}. */
    record Target(String chatId, Integer threadId) {
        static Target parse(String ref) {
            int colon = ref.lastIndexOf(':');
            if (colon > 0) {
                try {
                    return new Target(ref.substring(0, colon), Integer.valueOf(ref.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a Telegram chat reference");
                }
            }
            return new Target(ref, null);
        }

        ConversationRef ref() {
            return new ConversationRef(Platform.TELEGRAM, threadId == null ? chatId : chatId + ":" + threadId);
        }
    }

    TelegramSender(TelegramClient client, String volunteerChatId, Supplier<String> botUsername) {
        this.client = client;
        this.volunteerChatId = volunteerChatId;
        this.botUsername = botUsername;
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        Address to = message.to();
        if (to.platform() != Platform.TELEGRAM) {
            return new SendResult.Failed("not a Telegram address: " + to.platform());
        }
        try {
            if (to instanceof Address.Ephemeral e) {
                return answerCallback(e.handle(), message.text());
            }
            if (to instanceof Address.Chat c) {
                return deliver(Target.parse(c.ref().chatId()), message);
            }
            if (to instanceof Address.PrivateChatOf p) {
                return deliver(new Target(p.userId(), null), message);
            }
            if (to instanceof Address.VolunteerPlace) {
                return volunteerChatId == null
                        ? new SendResult.Failed("no volunteer chat configured (peerbot.telegram.volunteer-chat-id)")
                        : deliver(new Target(volunteerChatId, null), message);
            }
            return handoffRoom((Address.HandoffRoom) to, message);
        } catch (TelegramApiException e) {
            return outcome(e, message);
        } catch (IllegalArgumentException e) {
            return new SendResult.Failed("bad address: " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Telegram send to a {} failed unexpectedly: {}", kindOf(to), e.getClass().getSimpleName());
            return new SendResult.RetryAfter(Duration.ZERO, "unexpected " + e.getClass().getSimpleName());
        }
    }

    private SendResult handoffRoom(Address.HandoffRoom h, OutboundMessage message) throws TelegramApiException {
        ConversationRef known = rooms.getIfPresent(h.handoffId());
        if (known != null) {
            return deliver(Target.parse(known.chatId()), message);
        }
        if (volunteerChatId != null && volunteerChatIsForum()) {
            String title = h.title() == null || h.title().isBlank() ? "Handoff" : h.title().strip();
            ForumTopic topic = client.execute(CreateForumTopic.builder()
                    .chatId(volunteerChatId).name(TelegramText.truncate(title, MAX_TOPIC_NAME)).build());
            Target room = new Target(volunteerChatId, topic.getMessageThreadId());
            rooms.put(h.handoffId(), room.ref());
            log.info("Opened a forum topic for handoff {}", h.handoffId());
            return deliver(room, message);
        }
        if (h.volunteerUserId() == null || h.volunteerUserId().isBlank()) {
            return new SendResult.Failed("no forum and no volunteer to write to for handoff " + h.handoffId());
        }
        return deliver(new Target(h.volunteerUserId(), null), message);
    }

    private boolean volunteerChatIsForum() throws TelegramApiException {
        Boolean forum = volunteerChatIsForum;
        if (forum == null) {
            ChatFullInfo chat = client.execute(GetChat.builder().chatId(volunteerChatId).build());
            forum = Boolean.TRUE.equals(chat.getIsForum());
            volunteerChatIsForum = forum;
        }
        return forum;
    }

    private SendResult answerCallback(String handle, String text) throws TelegramApiException {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(handle);
        if (!text.isBlank()) {
            answer.text(TelegramText.truncate(text, TelegramText.MAX_CALLBACK_ANSWER));
        }
        client.execute(answer.build());
        return new SendResult.Sent(null, null);
    }

    private SendResult deliver(Target target, OutboundMessage message) throws TelegramApiException {
        InlineKeyboardMarkup keyboard = keyboard(message.actions());
        if (message.editOf() != null) {
            return edit(target, message, keyboard);
        }
        List<String> parts = TelegramText.split(message.text(), TelegramText.MAX_MESSAGE);
        String progressKey = parts.size() > 1 ? target.ref().key() + "\u0000" + message.text().hashCode()
                + "\u0000" + message.text().length() : null;
        Progress done = progressKey == null ? null : partial.getIfPresent(progressKey);
        int from = done == null ? 0 : done.sentParts();
        String firstId = done == null ? null : done.firstMessageId();
        for (int i = from; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder()
                    .chatId(target.chatId())
                    .text(TelegramText.escapeHtml(parts.get(i)))
                    .parseMode(ParseMode.HTML);
            if (target.threadId() != null) {
                send.messageThreadId(target.threadId());
            }
            if (last && keyboard != null) {
                send.replyMarkup(keyboard);
            }
            Message sent;
            try {
                sent = client.execute(send.build());
            } catch (TelegramApiException e) {
                if (i > 0) {
                    partial.put(progressKey, new Progress(i, firstId));
                    log.debug("Part {} of {} not delivered yet; the retry resumes there", i + 1, parts.size());
                }
                throw e;
            }
            if (i == 0) {
                firstId = String.valueOf(sent.getMessageId());
            }
        }
        if (progressKey != null) {
            partial.invalidate(progressKey);
        }
        return new SendResult.Sent(firstId, target.ref());
    }

    private SendResult edit(Target target, OutboundMessage message, InlineKeyboardMarkup keyboard)
            throws TelegramApiException {
        int messageId;
        try {
            messageId = Integer.parseInt(message.editOf());
        } catch (NumberFormatException e) {
            return new SendResult.Failed("editOf is not a Telegram message id");
        }
        // An edit cannot grow into two messages: a text over the limit keeps its first part.
        String text = TelegramText.truncate(message.text(), TelegramText.MAX_MESSAGE);
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder()
                .chatId(target.chatId())
                .messageId(messageId)
                .text(TelegramText.escapeHtml(text))
                .parseMode(ParseMode.HTML);
        if (keyboard != null) {
            edit.replyMarkup(keyboard);
        }
        try {
            client.execute(edit.build());
        } catch (TelegramApiRequestException e) {
            // Telegram refuses an edit that changes nothing; for the core the message already says it.
            if (code(e) == 400 && description(e).contains("message is not modified")) {
                return new SendResult.Sent(message.editOf(), target.ref());
            }
            throw e;
        }
        return new SendResult.Sent(message.editOf(), target.ref());
    }

    private InlineKeyboardMarkup keyboard(List<Action> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Action a : actions) {
            InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> b = InlineKeyboardButton.builder().text(a.label());
            if (Action.OPEN_PRIVATE.equals(a.data())) {
                b.url("https://t.me/" + botUsername.get() + "?start=help");
            } else {
                b.callbackData(a.data());
            }
            rows.add(new InlineKeyboardRow(b.build()));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private SendResult outcome(TelegramApiException e, OutboundMessage message) {
        String where = kindOf(message.to());
        if (e instanceof TelegramApiRequestException r && code(r) != 0) {
            int code = code(r);
            String description = description(r);
            if (code == 429) {
                ResponseParameters p = r.getParameters();
                int seconds = p != null && p.getRetryAfter() != null ? p.getRetryAfter() : 1;
                log.info("Telegram asked to wait {}s before the next send to a {}", seconds, where);
                return new SendResult.RetryAfter(Duration.ofSeconds(seconds), "telegram 429");
            }
            if (code >= 500) {
                log.warn("Telegram answered {} to a send to a {}", code, where);
                return new SendResult.RetryAfter(Duration.ZERO, "telegram " + code);
            }
            log.warn("Telegram refused a send to a {}: {} {}", where, code, description);
            return new SendResult.Failed("telegram " + code + ": " + description);
        }
        TelegramApiValidationException invalid = validationCause(e);
        if (invalid != null) {
            // Our request broke a Bot API rule (empty text, bad button): sending it again cannot help.
            log.warn("A send to a {} failed the client's checks: {}", where, safeMessage(invalid));
            return new SendResult.Failed("invalid request: " + safeMessage(invalid));
        }
        // No answer from Telegram (I/O error, timeout, unreadable body): passing, so the dispatcher backs off.
        Throwable cause = e.getCause() == null ? e : e.getCause();
        log.warn("No usable answer from Telegram for a send to a {}: {}", where, cause.getClass().getSimpleName());
        return new SendResult.RetryAfter(Duration.ZERO, "telegram unreachable: " + cause.getClass().getSimpleName());
    }

    /** The client wraps its own pre-flight check failures; never log the exception itself (it prints the text). */
    private static TelegramApiValidationException validationCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TelegramApiValidationException v) {
                return v;
            }
        }
        return null;
    }

    private static int code(TelegramApiRequestException e) {
        return e.getErrorCode() == null ? 0 : e.getErrorCode();
    }

    private static String description(TelegramApiRequestException e) {
        String d = e.getApiResponse();
        if (d == null) {
            return "";
        }
        // Telegram's descriptions name the fault, never the text; still keep them short for the outbox.
        return d.length() > 120 ? d.substring(0, 120) : d;
    }

    /** The validation message names the field that failed, never its value. */
    private static String safeMessage(TelegramApiException e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int cut = m.indexOf(':');
        return (cut > 0 ? m.substring(0, cut) : m).toLowerCase(Locale.ROOT);
    }

    private static String kindOf(Address to) {
        return to.getClass().getSimpleName();
    }
}
