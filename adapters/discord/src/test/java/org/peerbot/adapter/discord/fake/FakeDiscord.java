package org.peerbot.adapter.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A protocol-faithful Discord on 127.0.0.1 for tests: the REST API paths JDA calls (JDK HttpServer)
 * and a gateway ({@link FakeGateway}). It records every REST call with its JSON body, answers with
 * full objects and increasing snowflakes, and can be told to answer the next matching call with a
 * 429, a 5xx or a Discord error code. One guild: a public channel (also the system channel), a
 * volunteers' channel, an @everyone role that lets the bot write and open private threads, a
 * volunteer role, and the bot's own member.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final String BOT_ID = "100000000000000001";
    public static final String APPLICATION_ID = BOT_ID;
    public static final String GUILD_ID = "200000000000000001";
    public static final String PUBLIC_CHANNEL_ID = "300000000000000001";
    public static final String VOLUNTEER_CHANNEL_ID = "300000000000000002";
    public static final String VOLUNTEER_ROLE_ID = "400000000000000001";
    public static final String TOKEN = "fake-token";

    /** VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY | CREATE_PRIVATE_THREADS | SEND_MESSAGES_IN_THREADS. */
    public static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 36)
            | (1L << 38);

    private static final long DISCORD_EPOCH = 1420070400000L;

    /** One REST call as the fake saw it. {@code body} is empty for calls without a JSON object; {@code raw} is the text. */
    public record Call(String method, String path, DataObject body, String raw) {
        public boolean is(String m, String pathRegex) {
            return method.equals(m) && path.matches(pathRegex);
        }
    }

    private record Fault(String method, Pattern path, int status, String body, long retryAfterSeconds) {
    }

    private final HttpServer http;
    private final FakeGateway gateway;
    private final AtomicLong lastSnowflake = new AtomicLong();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final Map<String, String> dmChannelByUser = new ConcurrentHashMap<>();
    private final Map<String, String> userByDmChannel = new ConcurrentHashMap<>();
    private final Map<String, String> channelByToken = new ConcurrentHashMap<>();
    private final Map<String, DataObject> threads = new ConcurrentHashMap<>();
    private final java.util.Set<String> dmsClosed = ConcurrentHashMap.newKeySet();
    private volatile java.util.function.Consumer<String> onThreadMember = id -> { };

    private FakeDiscord() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::serve);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-discord-rest");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        gateway = new FakeGateway(this);
        gateway.startAndWait();
    }

    public static FakeDiscord start() {
        try {
            return new FakeDiscord();
        } catch (IOException e) {
            throw new IllegalStateException("fake Discord did not start", e);
        }
    }

    public String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    public FakeGateway gateway() {
        return gateway;
    }

    @Override
    public void close() {
        gateway.shutdown();
        http.stop(0);
        ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
    }

    // ------------------------------------------------------------------ recording and faults

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method, String pathRegex) {
        return calls.stream().filter(c -> c.is(method, pathRegex)).toList();
    }

    /** Messages the bot posted to a channel (or thread), oldest first. */
    public List<DataObject> messagesIn(String channelId) {
        return calls("POST", "channels/" + channelId + "/messages").stream().map(Call::body).toList();
    }

    /** The next matching call gets a 429 with {@code retry_after} seconds (header and body, route scope). */
    public void rateLimitNext(String method, String pathRegex, long retryAfterSeconds) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), 429, DataObject.empty()
                .put("message", "You are being rate limited.").put("retry_after", (double) retryAfterSeconds)
                .put("global", false).toString(), retryAfterSeconds));
    }

    /** The next {@code times} matching calls get this server error. */
    public void serverErrorNext(String method, String pathRegex, int status, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(method, Pattern.compile(pathRegex), status,
                    DataObject.empty().put("message", "Server error").put("code", 0).toString(), 0));
        }
    }

    /** The next matching call gets a Discord JSON error, e.g. 403 / 50001 (missing access). */
    public void discordErrorNext(String method, String pathRegex, int status, int code, String message) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status,
                DataObject.empty().put("message", message).put("code", code).toString(), 0));
    }

    /** Sends to this user's DM then fail with 403 / 50007, like a member who closed DMs or blocked the bot. */
    public void closeDms(String userId) {
        dmsClosed.add(userId);
    }

    // ------------------------------------------------------------------ ids and shapes

    public String snowflake() {
        long base = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return Long.toString(lastSnowflake.updateAndGet(prev -> Math.max(prev + 1, base)));
    }

    public String dmChannelOf(String userId) {
        return dmChannelByUser.computeIfAbsent(userId, u -> {
            String id = snowflake();
            userByDmChannel.put(id, u);
            return id;
        });
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    static DataObject user(String id) {
        return DataObject.empty().put("id", id).put("username", "user" + id.substring(id.length() - 4))
                .put("discriminator", "0").put("global_name", null).put("avatar", null)
                .put("bot", id.equals(BOT_ID));
    }

    static DataObject member(String userId, List<String> roles) {
        return DataObject.empty().put("user", user(userId)).put("roles", DataArray.fromCollection(roles))
                .put("joined_at", now()).put("deaf", false).put("mute", false).put("flags", 0)
                .put("pending", false);
    }

    static DataObject textChannel(String id, String name, int position) {
        return DataObject.empty().put("id", id).put("type", 0).put("name", name).put("position", position)
                .put("guild_id", GUILD_ID).put("permission_overwrites", DataArray.empty()).put("nsfw", false)
                .put("rate_limit_per_user", 0).put("flags", 0);
    }

    static DataObject role(String id, String name, long permissions, int position) {
        return DataObject.empty().put("id", id).put("name", name).put("permissions", Long.toString(permissions))
                .put("position", position).put("colors", DataObject.empty().put("primary_color", 0))
                .put("managed", false).put("hoist", false).put("mentionable", false).put("flags", 0);
    }

    DataObject guildCreate() {
        return DataObject.empty().put("id", GUILD_ID).put("name", "Peer Support").put("owner_id", "1")
                .put("afk_timeout", 300).put("system_channel_id", PUBLIC_CHANNEL_ID)
                .put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0)
                .put("preferred_locale", "en-GB").put("features", DataArray.empty()).put("member_count", 1)
                .put("large", false).put("unavailable", false).put("joined_at", now())
                .put("roles", DataArray.empty()
                        .add(role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0))
                        .add(role(VOLUNTEER_ROLE_ID, "Volunteer", 0, 1)))
                .put("channels", DataArray.empty()
                        .add(textChannel(PUBLIC_CHANNEL_ID, "general", 0))
                        .add(textChannel(VOLUNTEER_CHANNEL_ID, "volunteers", 1)))
                .put("members", DataArray.empty().add(member(BOT_ID, List.of())))
                .put("threads", DataArray.fromCollection(threads.values().stream()
                        .filter(t -> !t.getObject("thread_metadata").getBoolean("archived")).toList()))
                .put("guild_scheduled_events", DataArray.empty()).put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty()).put("voice_states", DataArray.empty())
                .put("presences", DataArray.empty()).put("stage_instances", DataArray.empty())
                .put("soundboard_sounds", DataArray.empty());
    }

    DataObject thread(String id, String parentId, String name) {
        return DataObject.empty().put("id", id).put("type", 12).put("guild_id", GUILD_ID).put("parent_id", parentId)
                .put("owner_id", BOT_ID).put("name", name).put("member_count", 1).put("message_count", 0)
                .put("total_message_sent", 0).put("rate_limit_per_user", 0).put("flags", 0)
                .put("thread_metadata", DataObject.empty().put("archived", false).put("locked", false)
                        .put("invitable", false).put("auto_archive_duration", 1440)
                        .put("archive_timestamp", now()).put("create_timestamp", now()))
                .put("member", DataObject.empty().put("id", id).put("user_id", BOT_ID)
                        .put("join_timestamp", now()).put("flags", 0));
    }

    /** Called with the thread id when someone is added to a thread, before Discord answers the bot. */
    public void onThreadMember(java.util.function.Consumer<String> hook) {
        onThreadMember = hook;
    }

    /** A private thread under the volunteers' channel, announced to the bot as Discord does (THREAD_CREATE). */
    public String createThread(String name) {
        String id = snowflake();
        DataObject thread = thread(id, VOLUNTEER_CHANNEL_ID, name);
        threads.put(id, thread);
        gateway.dispatch("THREAD_CREATE", DataObject.fromJson(thread.toString()).put("newly_created", true));
        return id;
    }

    DataObject message(String id, String channelId, String guildId, DataObject author, String content) {
        DataObject m = DataObject.empty().put("id", id).put("type", 0).put("channel_id", channelId)
                .put("author", author).put("content", content).put("timestamp", now())
                .put("edited_timestamp", null).put("tts", false).put("mention_everyone", false)
                .put("mentions", DataArray.empty()).put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty()).put("embeds", DataArray.empty())
                .put("components", DataArray.empty()).put("pinned", false).put("flags", 0);
        if (guildId != null) {
            m.put("guild_id", guildId);
        }
        return m;
    }

    // ------------------------------------------------------------------ REST

    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern THREADS = Pattern.compile("channels/(\\d+)/threads");
    private static final Pattern THREAD_MEMBER = Pattern.compile("channels/(\\d+)/thread-members/(\\d+)");
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern FOLLOWUP = Pattern.compile("webhooks/(\\d+)/([^/]+)");
    private static final Pattern ORIGINAL = Pattern.compile("webhooks/(\\d+)/([^/]+)/messages/@original");
    private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)(/guilds/\\d+)?/commands");

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10/", "");
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim();
            DataObject body = raw.startsWith("{") ? DataObject.fromJson(raw) : DataObject.empty();
            calls.add(new Call(method, path, body, raw));
            Fault fault = takeFault(method, path);
            if (fault != null) {
                if (fault.status == 429) {
                    exchange.getResponseHeaders().add("Retry-After", Long.toString(fault.retryAfterSeconds));
                    exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
                    exchange.getResponseHeaders().add("Via", "1.1 google");
                }
                respond(exchange, fault.status, fault.body);
                return;
            }
            route(exchange, method, path, body);
        } catch (RuntimeException e) {
            respond(exchange, 500, DataObject.empty().put("message", "fake: " + e).put("code", 0).toString());
        }
    }

    private Fault takeFault(String method, String path) {
        for (Fault f : faults) {
            if (f.method.equals(method) && f.path.matcher(path).matches() && faults.remove(f)) {
                return f;
            }
        }
        return null;
    }

    private void route(HttpExchange ex, String method, String path, DataObject body) throws IOException {
        Matcher m;
        if (method.equals("GET") && path.equals("users/@me")) {
            respond(ex, 200, user(BOT_ID).put("verified", true).put("mfa_enabled", false).toString());
        } else if (method.equals("POST") && path.equals("users/@me/channels")) {
            String userId = body.getString("recipient_id");
            respond(ex, 200, DataObject.empty().put("id", dmChannelOf(userId)).put("type", 1)
                    .put("recipients", DataArray.empty().add(user(userId))).put("last_message_id", null).toString());
        } else if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            String channelId = m.group(1);
            String dmUser = userByDmChannel.get(channelId);
            if (dmUser != null && dmsClosed.contains(dmUser)) {
                respond(ex, 403, DataObject.empty().put("message", "Cannot send messages to this user")
                        .put("code", 50007).toString());
                return;
            }
            if (!knownChannel(channelId)) {
                respond(ex, 404, DataObject.empty().put("message", "Unknown Channel").put("code", 10003).toString());
                return;
            }
            respond(ex, 200, echo(snowflake(), channelId, body).toString());
        } else if (method.equals("PATCH") && (m = CHANNEL_MESSAGE.matcher(path)).matches()) {
            respond(ex, 200, echo(m.group(2), m.group(1), body).put("edited_timestamp", now()).toString());
        } else if (method.equals("POST") && (m = THREADS.matcher(path)).matches()) {
            String id = snowflake();
            DataObject thread = thread(id, m.group(1), body.getString("name"));
            threads.put(id, thread);
            respond(ex, 201, thread.toString());
            gateway.dispatch("THREAD_CREATE", DataObject.fromJson(thread.toString()).put("newly_created", true));
        } else if (method.equals("PUT") && (m = THREAD_MEMBER.matcher(path)).matches()) {
            // Runs before the answer: lets a test act in the thread while the bot is still opening it.
            onThreadMember.accept(m.group(1));
            respond(ex, 204, null);
        } else if (method.equals("POST") && CALLBACK.matcher(path).matches()) {
            respond(ex, 204, null);
        } else if ((m = ORIGINAL.matcher(path)).matches()) {
            if (method.equals("DELETE")) {
                respond(ex, 204, null);
            } else {
                respond(ex, 200, echo(snowflake(), channelByToken.getOrDefault(m.group(2), PUBLIC_CHANNEL_ID), body)
                        .toString());
            }
        } else if (method.equals("POST") && (m = FOLLOWUP.matcher(path)).matches()) {
            String channelId = channelByToken.getOrDefault(m.group(2), PUBLIC_CHANNEL_ID);
            respond(ex, 200, echo(snowflake(), channelId, body).put("webhook_id", APPLICATION_ID).toString());
        } else if (method.equals("PUT") && COMMANDS.matcher(path).matches()) {
            respond(ex, 200, "[]");
        } else {
            respond(ex, 404, DataObject.empty().put("message", "404: Not Found").put("code", 0).toString());
        }
    }

    private boolean knownChannel(String id) {
        return id.equals(PUBLIC_CHANNEL_ID) || id.equals(VOLUNTEER_CHANNEL_ID) || threads.containsKey(id)
                || userByDmChannel.containsKey(id);
    }

    private DataObject echo(String id, String channelId, DataObject body) {
        String guildId = userByDmChannel.containsKey(channelId) ? null : GUILD_ID;
        DataObject msg = message(id, channelId, guildId, user(BOT_ID), body.getString("content", ""));
        DataArray embeds = DataArray.empty();
        // Discord stores sent embeds as "rich" embeds and answers with the type set.
        body.optArray("embeds").ifPresent(a -> a.stream(DataArray::getObject).forEach(e -> embeds.add(e.put("type", "rich"))));
        msg.put("embeds", embeds);
        msg.put("components", body.optArray("components").orElseGet(DataArray::empty));
        msg.put("flags", body.getInt("flags", 0));
        return msg;
    }

    private static void respond(HttpExchange ex, int status, String json) throws IOException {
        if (json == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ------------------------------------------------------------------ events the tests push

    /** A member writes to the bot in a DM. Returns the message id. */
    public String pushDm(String userId, String content) {
        String id = snowflake();
        gateway.dispatch("MESSAGE_CREATE", message(id, dmChannelOf(userId), null, user(userId), content));
        return id;
    }

    /** A member writes in a server channel or thread. Returns the message id. */
    public String pushGuildMessage(String channelId, String userId, List<String> roles, String content) {
        String id = snowflake();
        DataObject msg = message(id, channelId, GUILD_ID, user(userId), content)
                .put("member", member(userId, roles).remove("user"));
        gateway.dispatch("MESSAGE_CREATE", msg);
        return id;
    }

    /** A DM carrying only an image attachment. */
    public String pushDmAttachment(String userId, String contentType) {
        String id = snowflake();
        DataObject msg = message(id, dmChannelOf(userId), null, user(userId), "");
        msg.put("attachments", DataArray.empty().add(DataObject.empty().put("id", snowflake())
                .put("filename", "file").put("size", 10).put("url", "https://cdn.invalid/file")
                .put("proxy_url", "https://cdn.invalid/file").put("content_type", contentType)
                .put("width", 10).put("height", 10)));
        gateway.dispatch("MESSAGE_CREATE", msg);
        return id;
    }

    /** The member edits an earlier DM. */
    public void pushDmEdit(String userId, String messageId, String content) {
        DataObject msg = message(messageId, dmChannelOf(userId), null, user(userId), content)
                .put("edited_timestamp", now());
        gateway.dispatch("MESSAGE_UPDATE", msg);
    }

    /** A button press; {@code channelId} null means the user's DM. Returns the interaction id; token is "tok-" + id. */
    public String pushButton(String channelId, String userId, List<String> roles, String customId, String messageId) {
        String id = snowflake();
        DataObject interaction = interaction(id, 3, channelId, userId, roles)
                .put("data", DataObject.empty().put("custom_id", customId).put("component_type", 2))
                .put("message", message(messageId, channelOrDm(channelId, userId),
                        channelId == null ? null : GUILD_ID, user(BOT_ID), "card"));
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    /** A slash command; options are string options in order. Returns the interaction id. */
    public String pushSlash(String channelId, String userId, List<String> roles, String name,
                            Map<String, String> options) {
        String id = snowflake();
        DataArray opts = DataArray.empty();
        options.forEach((k, v) -> opts.add(DataObject.empty().put("name", k).put("type", 3).put("value", v)));
        DataObject interaction = interaction(id, 2, channelId, userId, roles)
                .put("data", DataObject.empty().put("id", snowflake()).put("name", name).put("type", 1)
                        .put("options", opts));
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    public static String tokenOf(String interactionId) {
        return "tok-" + interactionId;
    }

    private String channelOrDm(String channelId, String userId) {
        return channelId == null ? dmChannelOf(userId) : channelId;
    }

    private DataObject interaction(String id, int type, String channelId, String userId, List<String> roles) {
        String channel = channelOrDm(channelId, userId);
        channelByToken.put(tokenOf(id), channel);
        DataObject i = DataObject.empty().put("id", id).put("application_id", APPLICATION_ID).put("type", type)
                .put("token", tokenOf(id)).put("version", 1).put("channel_id", channel)
                .put("locale", "en-GB").put("authorizing_integration_owners", DataObject.empty())
                .put("entitlements", DataArray.empty()).put("app_permissions", "0");
        if (channelId == null) {
            i.put("context", 1).put("user", user(userId))
                    .put("channel", DataObject.empty().put("id", channel).put("type", 1));
        } else {
            DataObject channelJson = threads.containsKey(channelId)
                    ? threads.get(channelId)
                    : textChannel(channelId, "channel", 0);
            i.put("context", 0).put("guild_id", GUILD_ID)
                    .put("guild", DataObject.empty().put("id", GUILD_ID).put("locale", "en-GB")
                            .put("features", DataArray.empty()))
                    .put("guild_locale", "en-GB")
                    .put("member", member(userId, roles).put("permissions", "0"))
                    .put("channel", channelJson);
        }
        return i;
    }

    /** Someone joins the server (sent only to sessions with the GUILD_MEMBERS intent, as Discord does). */
    public void pushMemberAdd(String userId) {
        gateway.dispatchIfIntent(1, "GUILD_MEMBER_ADD", member(userId, List.of()).put("guild_id", GUILD_ID));
    }

    /** Test helper: a predicate on the recorded calls. */
    public boolean saw(Predicate<Call> p) {
        return calls.stream().anyMatch(p);
    }

    static List<String> list(String... s) {
        return new ArrayList<>(List.of(s));
    }
}
