package org.peerbot.adapter.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Bot API server on 127.0.0.1 that behaves like Telegram's for the calls PeerBot makes: {@code /bot<token>/<method>}
 * (method names matched without case), JSON bodies, {@code {"ok":true,"result":...}} answers, getUpdates held open
 * until an update arrives or a short timeout passes and honouring the offset, 429 with retry_after and 5xx on demand.
 * It records every call for tests to read.
 */
public final class FakeTelegramServer implements AutoCloseable {

    /** One recorded call: the method (lower case) and its JSON body. */
    public record Call(String method, JsonNode body) {
        public String text() {
            return body.path("text").asText();
        }

        public String chatId() {
            return body.path("chat_id").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-telegram");
        t.setDaemon(true);
        return t;
    });
    private final String token;
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, List<Integer>> faults = new HashMap<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicLong nextMessageId = new AtomicLong(500);
    private volatile boolean closed;

    public FakeTelegramServer(String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ------------------------------------------------------------------ what tests do

    /** The next {@code count} calls of a method answer this HTTP error (429 carries retry_after 1 s). */
    public synchronized void fail(String method, int status, int count) {
        List<Integer> list = faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        for (int i = 0; i < count; i++) {
            list.add(status);
        }
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))).toList();
    }

    /** Text messages sent to a chat, in order. */
    public List<String> sentTo(String chatId) {
        return calls("sendMessage").stream().filter(c -> c.chatId().equals(chatId)).map(Call::text).toList();
    }

    public int privateText(long userId, String text) {
        return enqueue("message", message(userId, chat(userId, "private"), text));
    }

    public int groupText(long groupId, long userId, String text) {
        return enqueue("message", message(userId, chat(groupId, "supergroup"), text));
    }

    public int sticker(long userId) {
        ObjectNode m = message(userId, chat(userId, "private"), null);
        m.putObject("sticker").put("file_id", "s1").put("file_unique_id", "u1").put("type", "regular")
                .put("width", 1).put("height", 1).put("is_animated", false).put("is_video", false);
        return enqueue("message", m);
    }

    public int newMember(long groupId, long userId) {
        ObjectNode m = message(userId, chat(groupId, "supergroup"), null);
        m.putArray("new_chat_members").add(user(userId));
        return enqueue("message", m);
    }

    public int callback(long chatId, long userId, String data, long messageId) {
        ObjectNode q = JSON.createObjectNode();
        q.put("id", "cb" + nextUpdateId.get());
        q.set("from", user(userId));
        q.put("chat_instance", "ci");
        q.put("data", data);
        ObjectNode m = message(0, chat(chatId, chatId > 0 ? "private" : "supergroup"), "card");
        m.put("message_id", messageId);
        q.set("message", m);
        return enqueue("callback_query", q);
    }

    /** Delivers the same update again, as Telegram may after a restart. */
    public synchronized void redeliver(int updateId) {
        for (ObjectNode u : List.copyOf(updates)) {
            if (u.path("update_id").asInt() == updateId) {
                updates.add(u.deepCopy());
                notifyAll();
                return;
            }
        }
    }

    private synchronized int enqueue(String kind, ObjectNode payload) {
        int id = nextUpdateId.getAndIncrement();
        ObjectNode u = JSON.createObjectNode();
        u.put("update_id", id);
        u.set(kind, payload);
        updates.add(u);
        notifyAll();
        return id;
    }

    private ObjectNode message(long userId, ObjectNode chat, String text) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", nextMessageId.incrementAndGet());
        m.put("date", System.currentTimeMillis() / 1000);
        m.set("chat", chat);
        if (userId != 0) {
            m.set("from", user(userId));
        } else {
            m.set("from", bot());
        }
        if (text != null) {
            m.put("text", text);
        }
        return m;
    }

    private static ObjectNode chat(long id, String type) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", id);
        c.put("type", type);
        if (!"private".equals(type)) {
            c.put("title", "Group");
        }
        return c;
    }

    private static ObjectNode user(long id) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", id);
        u.put("is_bot", false);
        u.put("first_name", "<b>Eve & co</b>");
        return u;
    }

    private static ObjectNode bot() {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", 42);
        u.put("is_bot", true);
        u.put("first_name", "PeerBot");
        u.put("username", "peerbot_test_bot");
        return u;
    }

    // ------------------------------------------------------------------ the protocol

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                reply(ex, 404, error(404, "Not Found"));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            byte[] raw = ex.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            Integer fault = takeFault(method);
            if (fault != null) {
                record(method, body);
                ObjectNode err = error(fault, fault == 429 ? "Too Many Requests: retry after 1" : "Internal Server Error");
                if (fault == 429) {
                    err.putObject("parameters").put("retry_after", 1);
                }
                reply(ex, fault, err);
                return;
            }
            if (!method.equals("getupdates")) {
                record(method, body);
            }
            reply(ex, 200, ok(answer(method, body)));
        } catch (RuntimeException e) {
            reply(ex, 500, error(500, "fake failed: " + e.getClass().getSimpleName()));
        }
    }

    private synchronized Integer takeFault(String method) {
        List<Integer> list = faults.get(method);
        return list == null || list.isEmpty() ? null : list.remove(0);
    }

    private synchronized void record(String method, JsonNode body) {
        calls.add(new Call(method, body));
    }

    private JsonNode answer(String method, JsonNode body) {
        switch (method) {
            case "getme":
                return bot();
            case "deletewebhook":
            case "setmycommands":
            case "answercallbackquery":
                return JSON.getNodeFactory().booleanNode(true);
            case "sendmessage": {
                ObjectNode m = message(0, chat(body.path("chat_id").asLong(),
                        body.path("chat_id").asLong() > 0 ? "private" : "supergroup"), body.path("text").asText());
                return m;
            }
            case "editmessagetext": {
                ObjectNode m = message(0, chat(body.path("chat_id").asLong(), "supergroup"), body.path("text").asText());
                m.put("message_id", body.path("message_id").asLong());
                return m;
            }
            case "getupdates":
                return pendingUpdates(body.path("offset").asInt(0), body.path("timeout").asInt(0));
            default:
                return JSON.getNodeFactory().booleanNode(true);
        }
    }

    private synchronized ArrayNode pendingUpdates(int offset, int timeoutSeconds) {
        long deadline = System.currentTimeMillis() + Math.min(1000L, Math.max(0, timeoutSeconds) * 1000L);
        while (!closed) {
            ArrayNode out = JSON.createArrayNode();
            updates.removeIf(u -> u.path("update_id").asInt() < offset && offset > 0);
            for (ObjectNode u : updates) {
                if (u.path("update_id").asInt() >= offset) {
                    out.add(u);
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (out.size() > 0 || left <= 0) {
                return out;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return out;
            }
        }
        return JSON.createArrayNode();
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ok", true);
        o.set("result", result);
        return o;
    }

    private static ObjectNode error(int code, String description) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ok", false);
        o.put("error_code", code);
        o.put("description", description);
        return o;
    }

    private static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }

}
