package org.peerbot.adapter.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.peerbot.core.model.ChatEvent;
import org.peerbot.core.model.SlashCommand;
import org.peerbot.core.port.ChatEventHandler;
import org.peerbot.core.port.MessageSender;
import org.peerbot.core.port.PromptCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Telegram for PeerBot: Bot API updates in, the core's messages out. It only translates; the engine decides.
 *
 * <p>Updates arrive by long polling (TelegramBots on a daemon scheduler of our own) or, in webhook mode,
 * through {@link #onWebhookUpdate}. A polled batch goes to {@link ChatEventHandler#handleAll} in one call (the core
 * commits it together and takes a crisis in it first); a webhook update goes to the handler on its own, in
 * order, on the receiving thread. A failing update is logged (ids and exception type only, never text) and
 * never stops the ones after it. Every thread this adapter starts is a daemon, and {@link #close()} stops
 * them all.
 */
public final class TelegramAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);

    /** The commands shown in Telegram's menu: the registry's member menu, with its catalogue descriptions. */
    static final List<SlashCommand> COMMANDS = SlashCommand.memberMenu();
    private static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");
    private static final int MAX_COMMAND_DESCRIPTION = 256;
    /** Telegram holds getUpdates up to 50 s (DefaultGetUpdatesGenerator); the read timeout must outlast it. */
    private static final int POLL_READ_TIMEOUT_SECONDS = 75;
    private static final int SEND_READ_TIMEOUT_SECONDS = 30;

    private final TelegramSettings settings;
    private final ChatEventHandler handler;
    private final PromptCatalog catalog;
    private final TelegramUrl telegramUrl;
    private final ObjectMapper json;
    private final ExecutorService httpExecutor;
    private final Dispatcher dispatcher;
    private final ConnectionPool connections;
    private final OkHttpClient sendClient;
    /** What the long poller is given: it relays every call through {@link #relayPoll} to {@code pollNetwork}. */
    private final OkHttpClient pollClient;
    private final OkHttpClient pollNetwork;
    private final java.util.Set<Call> pollsInFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pollScheduler;
    private final OkHttpTelegramClient client;
    private final UpdateTranslator translator;
    private final TelegramSender sender;

    private volatile String botUsername;
    private volatile TelegramBotsLongPollingApplication polling;
    private volatile boolean started;
    private volatile boolean closed;
    /** Whether this instance should be polling now (several instances: only the one holding the gateway lease). */
    private volatile boolean pollingOn;
    /** Whether the last getUpdates (or setWebhook) got an answer: what {@link #connected()} reports. */
    private volatile boolean lastContactOk;

    public TelegramAdapter(TelegramSettings settings, ChatEventHandler handler, PromptCatalog catalog) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        this.handler = java.util.Objects.requireNonNull(handler, "handler");
        this.catalog = java.util.Objects.requireNonNull(catalog, "catalog");
        this.telegramUrl = toTelegramUrl(settings.apiUri());
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        // OkHttp's own dispatcher threads are not daemons; ours are, and close() ends them.
        this.httpExecutor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemonThreads("peerbot-telegram-http"));
        this.dispatcher = new Dispatcher(httpExecutor);
        this.connections = new ConnectionPool(5, 60, TimeUnit.SECONDS);
        this.sendClient = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(connections)
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(20, TimeUnit.SECONDS)
                .readTimeout(SEND_READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .build();
        this.pollNetwork = sendClient.newBuilder()
                .readTimeout(POLL_READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .build();
        this.pollClient = sendClient.newBuilder()
                .readTimeout(POLL_READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .addInterceptor(this::relayPoll)
                .build();
        this.pollScheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("peerbot-telegram-poller"));
        this.client = new OkHttpTelegramClient(json, sendClient, settings.token(), telegramUrl);
        this.translator = new UpdateTranslator(settings.volunteerChatId(), () -> botUsername);
        this.sender = new TelegramSender(client, settings.volunteerChatId(), () -> botUsername);
    }

    /**
     * Says hello to the Bot API (getMe, for the bot's username), publishes the command menu and, in polling
     * mode, starts polling. Throws {@link IllegalStateException} naming the setting to check when Telegram
     * refuses the token or cannot be reached.
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the Telegram adapter is closed");
        }
        if (started) {
            return;
        }
        User me;
        try {
            me = client.execute(new GetMe());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new IllegalStateException("Telegram refused the bot token (check peerbot.telegram.token): "
                        + code);
            }
            throw new IllegalStateException("The Telegram Bot API at " + settings.apiUrl()
                    + " did not answer getMe (check peerbot.telegram.api-url): " + e.getMessage());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("The Telegram Bot API at " + settings.apiUrl()
                    + " could not be reached (check peerbot.telegram.api-url): "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getClass().getSimpleName()));
        }
        botUsername = me.getUserName();
        log.info("Telegram bot {} (@{}) connected to {}", me.getId(), botUsername, settings.apiUrl());
        publishCommands();
        if (!settings.webhook()) {
            startPolling();
        }
        started = true;
    }

    /**
     * Starts the long poll again after {@link #stopPolling()} (this instance took the gateway lease back). Polling
     * mode only, after {@link #start()}; does nothing while polling.
     */
    public synchronized void resumePolling() {
        if (closed || settings.webhook() || !started || polling != null) {
            return;
        }
        startPolling();
    }

    /**
     * Stops the long poll and leaves everything else running (several instances: this one lost the gateway lease,
     * so another may poll; Telegram allows one poller per token). A poll in flight is cut off; the updates it had
     * not confirmed are handed to the next poller, and the database's processed-event ids keep any that this
     * instance handled meanwhile from being handled twice.
     */
    public synchronized void stopPolling() {
        pollingOn = false;
        TelegramBotsLongPollingApplication app = polling;
        polling = null;
        if (app != null) {
            closeQuietly(app);
        }
        pollsInFlight.forEach(Call::cancel);
        log.info("Stopped polling Telegram");
    }

    /** Whether the long poll is running here. */
    public boolean polling() {
        return polling != null;
    }

    private void startPolling() {
        pollingOn = true;
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
                ObjectMapper::new, () -> pollClient, () -> pollScheduler);
        try {
            app.registerBot(settings.token(), () -> telegramUrl, new DefaultGetUpdatesGenerator(ALLOWED_UPDATES),
                    updates -> {
                        try {
                            dispatchAll(updates);
                        } catch (RuntimeException e) {
                            // The library's executor would swallow this silently; say so, without content.
                            log.error("Telegram update batch failed: {}", e.getClass().getName());
                        }
                    });
        } catch (TelegramApiException e) {
            pollingOn = false;
            closeQuietly(app);
            throw new IllegalStateException("Could not start polling Telegram (deleteWebhook failed; check"
                    + " peerbot.telegram.api-url and that no webhook owner holds the token): " + e.getMessage());
        }
        polling = app;
        lastContactOk = true;
        log.info("Polling Telegram for updates");
    }

    private void publishCommands() {
        List<BotCommand> commands = new ArrayList<>();
        for (SlashCommand command : COMMANDS) {
            String name = command.word();
            String key = command.helpKey();
            if (!catalog.has(key)) {
                log.warn("No '{}' in the prompt catalogue: /{} is left out of Telegram's menu", key, name);
                continue;
            }
            commands.add(new BotCommand(name, TelegramText.truncate(catalog.text(key), MAX_COMMAND_DESCRIPTION)));
        }
        if (commands.isEmpty()) {
            return;
        }
        try {
            client.execute(SetMyCommands.builder().commands(commands).build());
        } catch (TelegramApiException e) {
            // The menu is a convenience: typed commands work without it.
            log.warn("Telegram did not take the command menu: {}", e.getMessage());
        }
    }

    /** The sender the dispatcher uses for {@code Platform.TELEGRAM}. */
    public MessageSender sender() {
        return sender;
    }

    /** The bot's username from getMe (without the @); null before {@link #start()}. */
    public String botUsername() {
        return botUsername;
    }

    /** Started, not closed, and the last exchange with the Bot API (getUpdates or setWebhook) got an answer. */
    public boolean connected() {
        return started && !closed && lastContactOk;
    }

    /**
     * One webhook delivery (the body of Telegram's POST). Returns false, handling nothing, when the
     * {@code X-Telegram-Bot-Api-Secret-Token} header is not our secret (answer 401 then); true once the
     * update is handled or was unreadable (answer 200 then: Telegram would redeliver an unreadable body
     * forever). Handled exactly as a polled update.
     */
    public boolean onWebhookUpdate(String secretHeader, String jsonBody) {
        String secret = settings.webhookSecret();
        if (!settings.webhook() || secret == null || secretHeader == null
                || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                secretHeader.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Refused a webhook call without the right secret token");
            return false;
        }
        Update update;
        try {
            update = json.readValue(jsonBody, Update.class);
        } catch (IOException | RuntimeException e) {
            log.warn("Unreadable webhook update dropped: {}", e.getClass().getSimpleName());
            return true;
        }
        if (update == null || update.getUpdateId() == null) {
            log.warn("Webhook body without an update id dropped");
            return true;
        }
        dispatch(update);
        return true;
    }

    /** Tells Telegram to POST updates to {@code publicUrl} with our secret token (webhook mode only). */
    public void registerWebhook(String publicUrl) {
        if (!settings.webhook()) {
            throw new IllegalStateException("registerWebhook needs webhook mode (peerbot.telegram.webhook=true)");
        }
        try {
            client.execute(SetWebhook.builder()
                    .url(publicUrl)
                    .secretToken(settings.webhookSecret())
                    .allowedUpdates(ALLOWED_UPDATES)
                    .build());
            lastContactOk = true;
            log.info("Telegram webhook set");
        } catch (TelegramApiException e) {
            lastContactOk = false;
            throw new IllegalStateException("Telegram did not take the webhook URL: " + e.getMessage());
        }
    }

    /**
     * A polled batch to the core in one call, so it can be committed together and a crisis message in it handled
     * first (each chat's messages stay in order). Returns once all of it is handled, so only then does the next
     * poll confirm it to Telegram. If the batch fails, the core has already handled what it could one by one.
     */
    void dispatchAll(List<Update> updates) {
        List<ChatEvent> events = new java.util.ArrayList<>();
        for (Update update : updates) {
            try {
                events.addAll(translator.translate(update));
            } catch (RuntimeException e) {
                log.warn("Telegram update {} could not be read: {}", update.getUpdateId(), e.getClass().getName());
            }
        }
        try {
            handler.handleAll(events);
        } catch (RuntimeException e) {
            StackTraceElement[] trace = e.getStackTrace();
            log.error("Handling a Telegram batch of {} events failed for some: {} at {}", events.size(),
                    e.getClass().getName(), trace.length == 0 ? "?" : trace[0]);
        }
    }

    /** One update to the core; nothing thrown here may stop the updates behind it. */
    void dispatch(Update update) {
        List<ChatEvent> events;
        try {
            events = translator.translate(update);
        } catch (RuntimeException e) {
            log.warn("Telegram update {} could not be read: {}", update.getUpdateId(), e.getClass().getName());
            return;
        }
        for (ChatEvent event : events) {
            try {
                handler.handle(event);
            } catch (RuntimeException e) {
                StackTraceElement[] trace = e.getStackTrace();
                log.error("Handling Telegram event {} ({}) failed: {} at {}", event.eventId(),
                        event.getClass().getSimpleName(), e.getClass().getName(),
                        trace.length == 0 ? "?" : trace[0]);
            }
        }
    }

    /** Stops polling and every thread the adapter started; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        pollingOn = false;
        TelegramBotsLongPollingApplication app = polling;
        if (app != null) {
            closeQuietly(app);
        }
        // The library only cancels its loop: end the poll in flight (see relayPoll) and our threads ourselves.
        pollsInFlight.forEach(Call::cancel);
        pollScheduler.shutdown();
        httpExecutor.shutdown();
        connections.evictAll();
        try {
            if (!pollScheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                pollScheduler.shutdownNow();
            }
            if (!httpExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                httpExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Telegram adapter closed");
    }

    /**
     * Runs the poller's request as a call of our own, so that {@link #close()} can cancel a long poll in flight
     * and hand the library an empty batch instead of an error: otherwise every shutdown logs an ERROR with a
     * stack trace and the poller sleeps in backoff. Also keeps {@link #connected()} current.
     */
    private Response relayPoll(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        boolean poll = request.url().encodedPath().toLowerCase(java.util.Locale.ROOT).endsWith("/getupdates");
        Call call = pollNetwork.newCall(request);
        pollsInFlight.add(call);
        try {
            if (closed || (poll && !pollingOn)) {
                throw new IOException(closed ? "adapter closed" : "polling stopped");
            }
            Response response = call.execute();
            if (poll) {
                lastContactOk = response.isSuccessful();
            }
            return response;
        } catch (IOException e) {
            if ((closed || !pollingOn) && poll) {
                return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                        .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json")))
                        .build();
            }
            if (poll) {
                lastContactOk = false;
            }
            throw e;
        } finally {
            pollsInFlight.remove(call);
        }
    }

    private static void closeQuietly(TelegramBotsLongPollingApplication app) {
        try {
            app.close();
        } catch (Exception e) {
            log.debug("Closing the long-polling application: {}", e.getClass().getSimpleName());
        }
    }

    private static TelegramUrl toTelegramUrl(URI uri) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
