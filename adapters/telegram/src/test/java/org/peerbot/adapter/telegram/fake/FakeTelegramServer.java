package org.peerbot.adapter.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, protocol-faithful Telegram Bot API on 127.0.0.1 for tests: the real TelegramBots client and
 * long poller talk to it as to {@code api.telegram.org}. It serves {@code /bot<token>/<method>} (method names
 * case-insensitive, JSON or multipart POST bodies), answers {@code {"ok":true,"result":...}} or Telegram's
 * error shape, holds {@code getUpdates} open until an update arrives or a short wait passes, confirms
 * updates below {@code offset}, and records every call for assertions.
 *
 * <p>It enforces what tests rely on: HTML must parse (only Telegram's tags and entities), texts are 1-4096
 * characters after parsing, callback queries are answered at most once, topics exist only in forums,
 * blocked users answer 403 and unknown chats 400. Faults can be injected per method, and Telegram's flood
 * limits (1 message a second per chat, 30 a second overall) can be switched on.
 */
public final class FakeTelegramServer implements AutoCloseable {

    public static final long BOT_ID = 7_000_001L;
    public static final String BOT_USERNAME = "PeerTestBot";
    public static final String DEFAULT_TOKEN = "7000001:TEST-fake_token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/(?:test/)?([A-Za-z]+)/?$");
    private static final Pattern TAG = Pattern.compile(
            "</?(b|strong|i|em|u|ins|s|strike|del|a|code|pre|tg-spoiler|span|blockquote|tg-emoji)(\\s[^<>]*)?>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

    /** One Bot API call as the fake received it; {@code params} is the JSON body (multipart fields as text). */
    public record Call(String method, JsonNode params, long atNanos) {
        public String text(String field) {
            JsonNode n = params.get(field);
            return n == null || n.isNull() ? null : n.asText();
        }
    }

    private record Fault(int code, Integer retryAfter, String description) {
    }

    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Object lock = new Object();
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Set<String> forums = ConcurrentHashMap.newKeySet();
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final Set<String> unknownChats = ConcurrentHashMap.newKeySet();
    private final Set<String> issuedCallbacks = ConcurrentHashMap.newKeySet();
    private final Set<String> answeredCallbacks = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Integer>> sentMessageIds = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> perChatSends = new HashMap<>();
    private final Deque<Long> allSends = new ArrayDeque<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(100_000);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final AtomicInteger nextThreadId = new AtomicInteger(500);
    private final AtomicLong nextCallbackId = new AtomicLong(9_000_000_000L);
    private final AtomicInteger floodRefusals = new AtomicInteger();
    private volatile boolean rateLimits;
    private volatile int overallPerSecond = 30;
    private volatile Duration pollHold = Duration.ofMillis(300);
    private volatile boolean closed;
    private volatile String webhookUrl = "";
    private volatile String webhookSecret;

    public FakeTelegramServer() {
        this(DEFAULT_TOKEN);
    }

    public FakeTelegramServer(String token) {
        this.token = token;
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-telegram");
            t.setDaemon(true);
            return t;
        });
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    // ------------------------------------------------------------------ configuration

    public String token() {
        return token;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** What {@code peerbot.telegram.api-url} should be. */
    public String apiUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Makes getChat report {@code is_forum} for the chat, and lets createForumTopic work there. */
    public FakeTelegramServer forum(String chatId, boolean isForum) {
        if (isForum) {
            forums.add(chatId);
        } else {
            forums.remove(chatId);
        }
        return this;
    }

    /** The user blocked the bot: sends to their chat answer 403. */
    public FakeTelegramServer blockBot(String chatId) {
        blocked.add(chatId);
        return this;
    }

    /** Sends to this chat answer 400 chat not found. */
    public FakeTelegramServer unknownChat(String chatId) {
        unknownChats.add(chatId);
        return this;
    }

    /** How long getUpdates waits for an update (capped by the client's own timeout). */
    public FakeTelegramServer pollHold(Duration hold) {
        this.pollHold = hold;
        return this;
    }

    /** Telegram's flood limits: a second message to a chat within 1 s, or a 31st send within 1 s, answers 429. */
    public FakeTelegramServer enforceRateLimits(boolean on) {
        return enforceRateLimits(on, 30);
    }

    /** As {@link #enforceRateLimits(boolean)} with another overall limit per second. */
    public FakeTelegramServer enforceRateLimits(boolean on, int overallPerSecond) {
        this.overallPerSecond = overallPerSecond;
        this.rateLimits = on;
        return this;
    }

    public int floodRefusals() {
        return floodRefusals.get();
    }

    /** The next {@code n} calls of {@code method} answer 429 with {@code retry_after}. */
    public FakeTelegramServer failNextWith429(String method, int n, int retryAfterSeconds) {
        return failNext(method, n, new Fault(429, retryAfterSeconds, "Too Many Requests: retry after " + retryAfterSeconds));
    }

    /** The next {@code n} calls of {@code method} answer 500. */
    public FakeTelegramServer failNextWith500(String method, int n) {
        return failNext(method, n, new Fault(500, null, "Internal Server Error"));
    }

    /** The next {@code n} calls of {@code method} answer {@code code} with {@code description}. */
    public FakeTelegramServer failNextWith(String method, int n, int code, String description) {
        return failNext(method, n, new Fault(code, null, description));
    }

    private FakeTelegramServer failNext(String method, int n, Fault fault) {
        Deque<Fault> q = faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
        synchronized (q) {
            for (int i = 0; i < n; i++) {
                q.add(fault);
            }
        }
        return this;
    }

    public String webhookUrl() {
        return webhookUrl;
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    // ------------------------------------------------------------------ recorded calls

    private final List<Call> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Calls of one method (case-insensitive), in arrival order. */
    public List<Call> calls(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(m)).toList();
    }

    /** Calls of one method (case-insensitive) that were answered ok, in arrival order (for load harnesses). */
    public List<Call> delivered(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return delivered.stream().filter(c -> c.method().equals(m)).toList();
    }

    /** Successful and refused sendMessage calls, in order. */
    public List<Call> sentMessages() {
        return calls("sendMessage");
    }

    /** Texts delivered to a chat (answered ok), as a reader sees them (HTML unescaped), in order. */
    public List<String> sentTo(String chatId) {
        return delivered.stream().filter(c -> c.method().equals("sendmessage")).filter(c -> chatId.equals(c.text("chat_id")))
                .map(c -> unescape(c.text("text") == null ? "" : c.text("text"))).toList();
    }

    /** Texts delivered to a chat exactly as sent (HTML), in order. */
    public List<String> sentRawTo(String chatId) {
        return delivered.stream().filter(c -> c.method().equals("sendmessage")).filter(c -> chatId.equals(c.text("chat_id")))
                .map(c -> c.text("text") == null ? "" : c.text("text")).toList();
    }

    public void clearCalls() {
        calls.clear();
    }

    /** Updates queued and not yet confirmed by an offset. */
    public int pendingUpdates() {
        synchronized (lock) {
            return pending.size();
        }
    }

    // ------------------------------------------------------------------ updates

    /** A text in the user's private chat with the bot; returns the update id. */
    public int privateText(long userId, String text) {
        return enqueue(update("message", message(privateChat(userId), user(userId), text)));
    }

    /** A text in a group or supergroup (the volunteers' chat is one too); returns the update id. */
    public int groupText(long chatId, long userId, String text) {
        return enqueue(update("message", message(group(chatId, false), user(userId), text)));
    }

    /** A text in a forum topic of a supergroup; returns the update id. */
    public int topicText(long chatId, int threadId, long userId, String text) {
        ObjectNode m = message(group(chatId, true), user(userId), text);
        m.put("message_thread_id", threadId);
        m.put("is_topic_message", true);
        return enqueue(update("message", m));
    }

    /** A sticker in the user's private chat; returns the update id. */
    public int privateSticker(long userId) {
        ObjectNode m = message(privateChat(userId), user(userId), null);
        ObjectNode sticker = m.putObject("sticker");
        sticker.put("file_id", "CAACAgIAAx0").put("file_unique_id", "AgAD").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false)
                .put("emoji", "\uD83D\uDC4D");
        return enqueue(update("message", m));
    }

    /** Any media message in a private chat: {@code field} is photo, voice, document, location, ... */
    public int privateMedia(long userId, String field, JsonNode value) {
        ObjectNode m = message(privateChat(userId), user(userId), null);
        m.set(field, value);
        return enqueue(update("message", m));
    }

    /** A photo with a caption in a private chat; returns the update id. */
    public int privatePhotoWithCaption(long userId, String caption) {
        ObjectNode m = message(privateChat(userId), user(userId), null);
        m.set("photo", JSON.createArrayNode().add(JSON.createObjectNode().put("file_id", "p")
                .put("file_unique_id", "u").put("width", 1).put("height", 1)));
        m.put("caption", caption);
        return enqueue(update("message", m));
    }

    /** An edit of an earlier private message; returns the update id. */
    public int privateEdit(long userId, int messageId, String newText) {
        ObjectNode m = message(privateChat(userId), user(userId), newText);
        m.put("message_id", messageId);
        m.put("edit_date", now() + 5);
        return enqueue(update("edited_message", m));
    }

    /** Users joining a group; {@code bots} of them are bots. Returns the update id. */
    public int newMembers(long chatId, long inviterId, long... userIds) {
        ObjectNode m = message(group(chatId, false), user(inviterId), null);
        ArrayNode members = m.putArray("new_chat_members");
        for (long id : userIds) {
            members.add(user(id));
        }
        return enqueue(update("message", m));
    }

    /** A bot joining a group (for example this one). Returns the update id. */
    public int botJoined(long chatId, long inviterId, long botId) {
        ObjectNode m = message(group(chatId, false), user(inviterId), null);
        ObjectNode bot = user(botId);
        bot.put("is_bot", true);
        m.putArray("new_chat_members").add(bot);
        return enqueue(update("message", m));
    }

    /**
     * A press of an inline button with {@code data} on message {@code messageId} in {@code chatId}
     * ({@code threadId} may be null). Returns the callback query id, which must be answered once.
     */
    public String callback(long chatId, Integer threadId, long userId, int messageId, String data) {
        String id = String.valueOf(nextCallbackId.incrementAndGet());
        issuedCallbacks.add(id);
        ObjectNode chat = chatId > 0 ? privateChat(chatId) : group(chatId, threadId != null);
        ObjectNode m = message(chat, bot(), "card");
        m.put("message_id", messageId);
        if (threadId != null) {
            m.put("message_thread_id", threadId);
            m.put("is_topic_message", true);
        }
        ObjectNode q = NODES.objectNode();
        q.put("id", id);
        q.set("from", user(userId));
        q.set("message", m);
        q.put("chat_instance", "ci" + chatId);
        q.put("data", data);
        enqueue(update("callback_query", q));
        return id;
    }

    /** The same update delivered twice in one getUpdates answer, as after a lost confirmation. */
    public int privateTextTwice(long userId, String text) {
        ObjectNode u = update("message", message(privateChat(userId), user(userId), text));
        synchronized (lock) {
            pending.add(u);
            pending.add(u.deepCopy());
            lock.notifyAll();
        }
        return u.get("update_id").asInt();
    }

    /** The JSON of a private text update without queueing it (for webhook deliveries). */
    public String privateTextUpdateJson(long userId, String text) {
        return update("message", message(privateChat(userId), user(userId), text)).toString();
    }

    /** Queues any update object; {@code update_id} is assigned when missing. Returns the update id. */
    public int enqueue(ObjectNode update) {
        if (!update.has("update_id")) {
            update.put("update_id", nextUpdateId.incrementAndGet());
        }
        synchronized (lock) {
            pending.add(update);
            lock.notifyAll();
        }
        return update.get("update_id").asInt();
    }

    private ObjectNode update(String field, ObjectNode payload) {
        ObjectNode u = NODES.objectNode();
        u.put("update_id", nextUpdateId.incrementAndGet());
        u.set(field, payload);
        return u;
    }

    private ObjectNode message(ObjectNode chat, ObjectNode from, String text) {
        ObjectNode m = NODES.objectNode();
        m.put("message_id", nextMessageId.getAndIncrement());
        m.set("from", from);
        m.put("date", now());
        m.set("chat", chat);
        if (text != null) {
            m.put("text", text);
            if (text.startsWith("/")) {
                int end = text.indexOf(' ');
                ObjectNode entity = m.putArray("entities").addObject();
                entity.put("type", "bot_command").put("offset", 0).put("length", end < 0 ? text.length() : end);
            }
        }
        return m;
    }

    /** Users carry names, usernames and language like real ones: the adapter must drop them. */
    private static ObjectNode user(long id) {
        ObjectNode u = NODES.objectNode();
        u.put("id", id).put("is_bot", false).put("first_name", "Name" + id).put("last_name", "Surname")
                .put("username", "user" + id).put("language_code", "en");
        return u;
    }

    private static ObjectNode bot() {
        ObjectNode u = NODES.objectNode();
        u.put("id", BOT_ID).put("is_bot", true).put("first_name", "Peer").put("username", BOT_USERNAME);
        return u;
    }

    private static ObjectNode privateChat(long userId) {
        ObjectNode c = NODES.objectNode();
        c.put("id", userId).put("type", "private").put("first_name", "Name" + userId).put("username", "user" + userId);
        return c;
    }

    private ObjectNode group(long chatId, boolean forum) {
        ObjectNode c = NODES.objectNode();
        c.put("id", chatId).put("type", "supergroup").put("title", "Group " + chatId);
        if (forum || forums.contains(String.valueOf(chatId))) {
            c.put("is_forum", true);
        }
        return c;
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    // ------------------------------------------------------------------ HTTP

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                reply(exchange, 404, error(404, "Not Found"));
                return;
            }
            if (!path.group(1).equals(token)) {
                reply(exchange, 401, error(401, "Unauthorized"));
                return;
            }
            String method = path.group(2).toLowerCase(Locale.ROOT);
            JsonNode params = readParams(exchange);
            Call call = new Call(method, params, System.nanoTime());
            calls.add(call);
            Fault fault = nextFault(method);
            if (fault != null) {
                reply(exchange, fault.code(), error(fault.code(), fault.description(), fault.retryAfter()));
                return;
            }
            ObjectNode answer = answer(method, params);
            int status = answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(400);
            if (status == 200) {
                delivered.add(call);
            }
            reply(exchange, status, answer);
        } catch (RuntimeException e) {
            reply(exchange, 500, error(500, "Internal Server Error: " + e.getClass().getSimpleName()));
        }
    }

    private ObjectNode answer(String method, JsonNode p) {
        return switch (method) {
            case "getme" -> ok(bot().put("can_join_groups", true).put("can_read_all_group_messages", false)
                    .put("supports_inline_queries", false));
            case "deletewebhook" -> {
                webhookUrl = "";
                yield ok(NODES.booleanNode(true));
            }
            case "setwebhook" -> {
                webhookUrl = p.path("url").asText("");
                webhookSecret = p.hasNonNull("secret_token") ? p.get("secret_token").asText() : null;
                yield ok(NODES.booleanNode(true));
            }
            case "getwebhookinfo" -> ok(NODES.objectNode().put("url", webhookUrl).put("has_custom_certificate", false)
                    .put("pending_update_count", pendingUpdates()));
            case "setmycommands", "deletemycommands" -> ok(NODES.booleanNode(true));
            case "getupdates" -> getUpdates(p);
            case "sendmessage" -> sendMessage(p);
            case "editmessagetext" -> editMessageText(p);
            case "answercallbackquery" -> answerCallbackQuery(p);
            case "getchat" -> getChat(p);
            case "createforumtopic" -> createForumTopic(p);
            default -> error(404, "Not Found: method not found");
        };
    }

    private ObjectNode getUpdates(JsonNode p) {
        long offset = p.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(100, p.path("limit").asInt(100)));
        long clientTimeoutMs = TimeUnit.SECONDS.toMillis(p.path("timeout").asLong(0));
        long waitMs = Math.min(clientTimeoutMs, pollHold.toMillis());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
        ArrayNode result = NODES.arrayNode();
        synchronized (lock) {
            while (true) {
                // As Telegram does: an offset confirms every update below it.
                if (offset > 0) {
                    pending.removeIf(u -> u.get("update_id").asLong() < offset);
                }
                if (!pending.isEmpty() || closed) {
                    break;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            Iterator<ObjectNode> it = pending.iterator();
            while (it.hasNext() && result.size() < limit) {
                result.add(it.next());
            }
        }
        return ok(result);
    }

    private ObjectNode sendMessage(JsonNode p) {
        String chatId = p.path("chat_id").asText("");
        ObjectNode refused = refuseChat(chatId);
        if (refused != null) {
            return refused;
        }
        ObjectNode bad = checkText(p);
        if (bad != null) {
            return bad;
        }
        Integer thread = p.hasNonNull("message_thread_id") ? p.get("message_thread_id").asInt() : null;
        if (thread != null && !forums.contains(chatId)) {
            return error(400, "Bad Request: message thread not found");
        }
        ObjectNode flood = flood(chatId);
        if (flood != null) {
            return flood;
        }
        int id = nextMessageId.getAndIncrement();
        sentMessageIds.computeIfAbsent(chatId, k -> ConcurrentHashMap.newKeySet()).add(id);
        ObjectNode m = NODES.objectNode();
        m.put("message_id", id);
        m.set("from", bot());
        m.put("date", now());
        m.set("chat", chatOf(chatId));
        if (thread != null) {
            m.put("message_thread_id", thread);
            m.put("is_topic_message", true);
        }
        m.put("text", visibleText(p));
        if (p.has("reply_markup")) {
            m.set("reply_markup", p.get("reply_markup"));
        }
        return ok(m);
    }

    private ObjectNode editMessageText(JsonNode p) {
        String chatId = p.path("chat_id").asText("");
        ObjectNode refused = refuseChat(chatId);
        if (refused != null) {
            return refused;
        }
        int messageId = p.path("message_id").asInt(-1);
        if (!sentMessageIds.getOrDefault(chatId, Set.of()).contains(messageId)) {
            return error(400, "Bad Request: message to edit not found");
        }
        ObjectNode bad = checkText(p);
        if (bad != null) {
            return bad;
        }
        ObjectNode flood = flood(chatId);
        if (flood != null) {
            return flood;
        }
        ObjectNode m = NODES.objectNode();
        m.put("message_id", messageId);
        m.set("from", bot());
        m.put("date", now());
        m.put("edit_date", now());
        m.set("chat", chatOf(chatId));
        m.put("text", visibleText(p));
        if (p.has("reply_markup")) {
            m.set("reply_markup", p.get("reply_markup"));
        }
        return ok(m);
    }

    private ObjectNode answerCallbackQuery(JsonNode p) {
        String id = p.path("callback_query_id").asText("");
        if (!issuedCallbacks.contains(id) || !answeredCallbacks.add(id)) {
            return error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        }
        if (p.path("text").asText("").length() > 200) {
            answeredCallbacks.remove(id);
            return error(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        return ok(NODES.booleanNode(true));
    }

    private ObjectNode getChat(JsonNode p) {
        String chatId = p.path("chat_id").asText("");
        if (unknownChats.contains(chatId)) {
            return error(400, "Bad Request: chat not found");
        }
        ObjectNode c = chatOf(chatId);
        c.put("accent_color_id", 0).put("max_reaction_count", 11);
        return ok(c);
    }

    private ObjectNode createForumTopic(JsonNode p) {
        String chatId = p.path("chat_id").asText("");
        if (unknownChats.contains(chatId)) {
            return error(400, "Bad Request: chat not found");
        }
        if (!forums.contains(chatId)) {
            return error(400, "Bad Request: the chat is not a forum");
        }
        String name = p.path("name").asText("");
        if (name.isEmpty() || name.length() > 128) {
            return error(400, "Bad Request: TOPIC_NAME_INVALID");
        }
        ObjectNode t = NODES.objectNode();
        t.put("message_thread_id", nextThreadId.incrementAndGet());
        t.put("name", name);
        t.put("icon_color", 7322096);
        return ok(t);
    }

    private ObjectNode refuseChat(String chatId) {
        if (chatId.isEmpty() || unknownChats.contains(chatId)) {
            return error(400, "Bad Request: chat not found");
        }
        if (blocked.contains(chatId)) {
            return error(403, "Forbidden: bot was blocked by the user");
        }
        return null;
    }

    private ObjectNode checkText(JsonNode p) {
        String raw = p.path("text").asText("");
        boolean html = "HTML".equalsIgnoreCase(p.path("parse_mode").asText(""));
        if (html && !parsesAsHtml(raw)) {
            return error(400, "Bad Request: can't parse entities: unsupported start tag or bad entity");
        }
        String visible = html ? unescape(raw) : raw;
        if (visible.strip().isEmpty()) {
            return error(400, "Bad Request: message text is empty");
        }
        if (visible.length() > 4096) {
            return error(400, "Bad Request: message is too long");
        }
        return null;
    }

    private ObjectNode flood(String chatId) {
        if (!rateLimits) {
            return null;
        }
        long now = System.nanoTime();
        long second = TimeUnit.SECONDS.toNanos(1);
        synchronized (perChatSends) {
            Deque<Long> chat = perChatSends.computeIfAbsent(chatId, k -> new ArrayDeque<>());
            while (!chat.isEmpty() && now - chat.peekFirst() >= second) {
                chat.pollFirst();
            }
            while (!allSends.isEmpty() && now - allSends.peekFirst() >= second) {
                allSends.pollFirst();
            }
            if (!chat.isEmpty() || allSends.size() >= overallPerSecond) {
                floodRefusals.incrementAndGet();
                return error(429, "Too Many Requests: retry after 1", 1);
            }
            chat.addLast(now);
            allSends.addLast(now);
        }
        return null;
    }

    private ObjectNode chatOf(String chatId) {
        ObjectNode c = NODES.objectNode();
        long id = Long.parseLong(chatId);
        if (id > 0) {
            c.put("id", id).put("type", "private").put("first_name", "Name" + id);
        } else {
            c.put("id", id).put("type", "supergroup").put("title", "Group " + id);
            if (forums.contains(chatId)) {
                c.put("is_forum", true);
            }
        }
        return c;
    }

    private static boolean parsesAsHtml(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(s).region(i, s.length());
                if (!m.lookingAt()) {
                    return false;
                }
                i = m.end() - 1;
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(s).region(i, s.length());
                if (!m.lookingAt()) {
                    return false;
                }
                i = m.end() - 1;
            } else if (c == '>') {
                return false;
            }
        }
        return true;
    }

    /** The text as a reader sees it: tags dropped, entities decoded. */
    public static String unescape(String html) {
        String noTags = TAG.matcher(html).replaceAll("");
        return noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String visibleText(JsonNode p) {
        String raw = p.path("text").asText("");
        return "HTML".equalsIgnoreCase(p.path("parse_mode").asText("")) ? unescape(raw) : raw;
    }

    private Fault nextFault(String method) {
        Deque<Fault> q = faults.get(method);
        if (q == null) {
            return null;
        }
        synchronized (q) {
            return q.pollFirst();
        }
    }

    private static JsonNode readParams(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return NODES.objectNode();
        }
        if (type.startsWith("multipart/form-data")) {
            return multipart(new String(body, StandardCharsets.UTF_8), type);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            ObjectNode o = NODES.objectNode();
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    o.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return o;
        }
        return JSON.readTree(body);
    }

    /** Text fields of a multipart body (setWebhook is sent that way); file parts are kept as text too. */
    private static JsonNode multipart(String body, String contentType) {
        ObjectNode o = NODES.objectNode();
        int b = contentType.indexOf("boundary=");
        if (b < 0) {
            return o;
        }
        String boundary = "--" + contentType.substring(b + 9).replace("\"", "").split(";")[0].trim();
        for (String part : body.split(Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(part.substring(0, headerEnd));
            if (name.find()) {
                String value = part.substring(headerEnd + 4);
                if (value.endsWith("\r\n")) {
                    value = value.substring(0, value.length() - 2);
                }
                o.put(name.group(1), value);
            }
        }
        return o;
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode o = NODES.objectNode();
        o.put("ok", true);
        o.set("result", result);
        return o;
    }

    private static ObjectNode error(int code, String description) {
        return error(code, description, null);
    }

    private static ObjectNode error(int code, String description, Integer retryAfter) {
        ObjectNode o = NODES.objectNode();
        o.put("ok", false);
        o.put("error_code", code);
        o.put("description", description);
        if (retryAfter != null) {
            o.putObject("parameters").put("retry_after", retryAfter);
        }
        return o;
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Releases held polls, then stops serving. */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
