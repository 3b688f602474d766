package org.peerbot.adapter.telegram;


import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.peerbot.core.model.Action;
import org.peerbot.core.model.Address;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.ContentKind;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.OutboundMessage;
import org.peerbot.core.model.Platform;
import org.peerbot.core.model.SendResult;
import org.peerbot.core.model.Sender;
import org.peerbot.core.model.Space;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Telegram through TelegramBots: long polling in, Bot API calls out. It only translates; the engine decides.
 * Names, usernames and phone numbers never reach the core; message text is never logged.
 */
public final class TelegramAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
    private static final List<String> MEMBER_COMMANDS = List.of("start", "help", "services", "talk", "cancel", "stop",
            "forget");

    private final TelegramSettings settings;
    private final ChatEventHandler handler;
    private final PromptCatalog prompts;
    private final TelegramUrl url;
    private final OkHttpClient http;
    private final OkHttpTelegramClient client;
    private final ScheduledExecutorService scheduler;
    private final MessageSender sender = new BotApiSender();
    private TelegramBotsLongPollingApplication polling;
    private volatile String botUsername = "";
    private volatile boolean connected;

    public TelegramAdapter(TelegramSettings settings, ChatEventHandler handler, PromptCatalog prompts) {
        this.settings = settings;
        this.handler = handler;
        this.prompts = prompts;
        java.net.URI uri = settings.uri();
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        this.url = TelegramUrl.builder().schema(uri.getScheme()).host(uri.getHost()).port(port).testServer(false)
                .build();
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(75)).writeTimeout(Duration.ofSeconds(30)).build();
        this.client = new OkHttpTelegramClient(http, settings.token(), url);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "peerbot-telegram-poll");
            t.setDaemon(true);
            return t;
        });
    }

    /** Learns the bot's name, registers the commands and starts long polling. */
    public void start() {
        try {
            User me = client.execute(new GetMe());
            botUsername = me.getUserName() == null ? "" : me.getUserName();
            List<BotCommand> commands = new ArrayList<>();
            for (String c : MEMBER_COMMANDS) {
                commands.add(new BotCommand(c, prompts.text("command." + c + ".description")));
            }
            client.execute(SetMyCommands.builder().commands(commands).build());
            polling = new TelegramBotsLongPollingApplication(com.fasterxml.jackson.databind.ObjectMapper::new,
                    () -> http, () -> scheduler);
            polling.registerBot(settings.token(), () -> url, new DefaultGetUpdatesGenerator(), updates -> {
                for (Update u : updates) {
                    onUpdate(u);
                }
            });
            connected = true;
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Telegram did not accept the bot token or could not be reached: "
                    + e.getMessage(), e);
        }
    }

    public MessageSender sender() {
        return sender;
    }

    public boolean connected() {
        return connected && polling != null && polling.isRunning();
    }

    String botUsername() {
        return botUsername;
    }

    // ------------------------------------------------------------------ inbound

    /** One update; a failure here is logged without text and never stops the poller. */
    void onUpdate(Update u) {
        try {
            for (ChatEvent e : translate(u)) {
                handler.handle(e);
            }
        } catch (RuntimeException e) {
            log.error("update {} could not be handled: {}", u.getUpdateId(), e.getClass().getSimpleName());
        }
    }

    List<ChatEvent> translate(Update u) {
        String id = "tg:" + u.getUpdateId();
        Instant now = Instant.now();
        if (u.hasCallbackQuery()) {
            CallbackQuery q = u.getCallbackQuery();
            MaybeInaccessibleMessage m = q.getMessage();
            if (m == null || q.getFrom() == null) {
                return List.of();
            }
            ConversationRef where = where(m.getChat(), null);
            return List.of(new ChatEvent.ButtonPressed(id, where, space(m.getChat()), sender(q.getFrom()), q.getData(),
                    q.getId(), String.valueOf(m.getMessageId()), now));
        }
        boolean edited = !u.hasMessage() && u.hasEditedMessage();
        Message m = u.hasMessage() ? u.getMessage() : u.hasEditedMessage() ? u.getEditedMessage() : null;
        if (m == null || m.getChat() == null) {
            return List.of();
        }
        Space space = space(m.getChat());
        ConversationRef where = where(m.getChat(), Boolean.TRUE.equals(m.getIsTopicMessage())
                ? m.getMessageThreadId() : null);
        if (m.getNewChatMembers() != null && !m.getNewChatMembers().isEmpty()) {
            List<ChatEvent> joined = new ArrayList<>();
            int i = 0;
            for (User user : m.getNewChatMembers()) {
                if (!Boolean.TRUE.equals(user.getIsBot())) {
                    joined.add(new ChatEvent.MemberJoined(id + ":" + i++, where, space, sender(user), now));
                }
            }
            return joined;
        }
        User from = m.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return List.of();
        }
        if (m.getText() != null) {
            ConversationRef privateChat = space == Space.GROUP ? new ConversationRef(Platform.TELEGRAM,
                    String.valueOf(from.getId())) : null;
            return List.of(new ChatEvent.MessageReceived(id, where, space, sender(from), m.getText(), now, edited,
                    privateChat));
        }
        ContentKind kind = kind(m);
        return kind == null ? List.of() : List.of(new ChatEvent.UnsupportedContent(id, where, space, sender(from), kind,
                now));
    }

    private static ContentKind kind(Message m) {
        if (m.getSticker() != null) {
            return ContentKind.STICKER;
        }
        if (m.getPhoto() != null && !m.getPhoto().isEmpty()) {
            return ContentKind.PHOTO;
        }
        if (m.getVoice() != null || m.getAudio() != null) {
            return ContentKind.VOICE;
        }
        if (m.getVideo() != null || m.getVideoNote() != null || m.getAnimation() != null) {
            return ContentKind.VIDEO;
        }
        if (m.getDocument() != null) {
            return ContentKind.DOCUMENT;
        }
        if (m.getLocation() != null) {
            return ContentKind.LOCATION;
        }
        if (m.getContact() != null) {
            return ContentKind.CONTACT;
        }
        if (m.getPoll() != null) {
            return ContentKind.POLL;
        }
        return null;
    }

    private Space space(Chat chat) {
        if (Boolean.TRUE.equals(chat.isUserChat())) {
            return Space.PRIVATE;
        }
        return String.valueOf(chat.getId()).equals(settings.volunteerChatId()) ? Space.VOLUNTEERS : Space.GROUP;
    }

    private static ConversationRef where(Chat chat, Integer thread) {
        return new ConversationRef(Platform.TELEGRAM, chat.getId() + (thread == null ? "" : ":" + thread));
    }

    private static Sender sender(User user) {
        return new Sender(Platform.TELEGRAM, String.valueOf(user.getId()), false);
    }

    // ------------------------------------------------------------------ outbound

    private final class BotApiSender implements MessageSender {
        @Override
        public Platform platform() {
            return Platform.TELEGRAM;
        }

        @Override
        public SendResult send(OutboundMessage m) {
            try {
                Address to = m.to();
                if (to instanceof Address.Ephemeral e) {
                    AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> b = AnswerCallbackQuery.builder()
                            .callbackQueryId(e.handle());
                    if (!m.text().isBlank()) {
                        b.text(m.text().length() > 200 ? m.text().substring(0, 199) + "\u2026" : m.text());
                    }
                    client.execute(b.build());
                    return new SendResult.Sent(null, null);
                }
                ConversationRef target = target(to);
                if (target == null) {
                    return new SendResult.Failed("no volunteers' chat configured");
                }
                String[] chat = target.chatId().split(":", 2);
                Integer thread = chat.length > 1 ? Integer.valueOf(chat[1]) : null;
                if (m.editOf() != null) {
                    client.execute(EditMessageText.builder().chatId(chat[0]).messageId(Integer.valueOf(m.editOf()))
                            .text(Html.escape(m.text())).parseMode("HTML").replyMarkup(keyboard(m.actions())).build());
                    return new SendResult.Sent(m.editOf(), target);
                }
                List<String> parts = Html.split(m.text(), Html.LIMIT);
                String first = null;
                for (int i = 0; i < parts.size(); i++) {
                    SendMessage send = SendMessage.builder().chatId(chat[0]).text(Html.escape(parts.get(i)))
                            .parseMode("HTML").build();
                    if (thread != null) {
                        send.setMessageThreadId(thread);
                    }
                    if (i == parts.size() - 1) {
                        send.setReplyMarkup(keyboard(m.actions()));
                    }
                    Message sent = client.execute(send);
                    if (first == null) {
                        first = String.valueOf(sent.getMessageId());
                    }
                }
                return new SendResult.Sent(first, target);
            } catch (TelegramApiRequestException e) {
                return result(e);
            } catch (TelegramApiException | RuntimeException e) {
                return new SendResult.RetryAfter(Duration.ZERO, e.getClass().getSimpleName());
            }
        }

        private SendResult result(TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && code == 429) {
                Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                return new SendResult.RetryAfter(Duration.ofSeconds(after == null ? 1 : after), "429");
            }
            if (code != null && (code == 400 || code == 403 || code == 404)) {
                return new SendResult.Failed("telegram " + code);
            }
            return new SendResult.RetryAfter(Duration.ZERO, "telegram " + code);
        }

        /** Where a logical address lands; rooms are the volunteer's private chat with the bot. */
        private ConversationRef target(Address to) {
            if (to instanceof Address.Chat c) {
                return c.ref();
            }
            if (to instanceof Address.PrivateChatOf p) {
                return new ConversationRef(Platform.TELEGRAM, p.userId());
            }
            if (to instanceof Address.HandoffRoom r) {
                return new ConversationRef(Platform.TELEGRAM, r.volunteerUserId());
            }
            return settings.volunteerChatId() == null ? null
                    : new ConversationRef(Platform.TELEGRAM, settings.volunteerChatId());
        }

        private InlineKeyboardMarkup keyboard(List<Action> actions) {
            if (actions.isEmpty()) {
                return null;
            }
            List<InlineKeyboardRow> rows = new ArrayList<>();
            for (Action a : actions) {
                InlineKeyboardButton button = Action.OPEN_PRIVATE.equals(a.data())
                        ? InlineKeyboardButton.builder().text(a.label())
                                .url("https://t.me/" + botUsername + "?start=help").build()
                        : InlineKeyboardButton.builder().text(a.label()).callbackData(a.data()).build();
                rows.add(new InlineKeyboardRow(button));
            }
            return InlineKeyboardMarkup.builder().keyboard(rows).build();
        }
    }

    @Override
    public void close() {
        connected = false;
        try {
            if (polling != null) {
                polling.close();
            }
        } catch (Exception e) {
            log.warn("closing the Telegram poller failed: {}", e.getClass().getSimpleName());
        }
        scheduler.shutdownNow();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
