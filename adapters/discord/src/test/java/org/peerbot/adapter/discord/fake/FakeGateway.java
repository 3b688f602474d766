package org.peerbot.adapter.discord.fake;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of {@link FakeDiscord}: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeat ACKs,
 * RESUME (replays what the session missed, then RESUMED), and dispatches with sequence numbers.
 * Like Discord, it blanks {@code content} of server messages when IDENTIFY lacked MESSAGE_CONTENT.
 */
public final class FakeGateway extends WebSocketServer {

    public static final int MESSAGE_CONTENT = 1 << 15;
    public static final int GUILD_MEMBERS = 1 << 1;

    private record Dispatch(int seq, String type, DataObject data) {
    }

    private final FakeDiscord discord;
    private final List<Dispatch> log = new ArrayList<>();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    private volatile WebSocket session;
    private volatile String sessionId;
    private volatile int intents;
    private int seq;

    FakeGateway(FakeDiscord discord) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.discord = discord;
        setReuseAddr(true);
        setDaemon(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(5, java.util.concurrent.TimeUnit.SECONDS) || getPort() <= 0) {
                throw new IllegalStateException("fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void shutdown() {
        try {
            stop(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The intents of the last IDENTIFY. */
    public int intents() {
        return intents;
    }

    public int identifies() {
        return identifies.get();
    }

    public int resumes() {
        return resumes.get();
    }

    public boolean connected() {
        WebSocket s = session;
        return s != null && s.isOpen();
    }

    /** Drops the TCP connection without a close frame, as a network fault would. */
    public void dropConnection() {
        WebSocket s = session;
        if (s != null) {
            s.closeConnection(1006, "dropped by test");
        }
    }

    /** Asks the client to reconnect and resume (op 7), as Discord does before maintenance. */
    public void requestReconnect() {
        send(session, DataObject.empty().put("op", 7).put("d", null));
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        session = conn;
        send(conn, DataObject.empty().put("op", 10).put("d", DataObject.empty().put("heartbeat_interval", 41250)));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        DataObject payload = DataObject.fromJson(message);
        int op = payload.getInt("op");
        switch (op) {
            case 1 -> send(conn, DataObject.empty().put("op", 11));
            case 2 -> identify(conn, payload.getObject("d"));
            case 6 -> resume(conn, payload.getObject("d"));
            default -> {
            }
        }
    }

    private void identify(WebSocket conn, DataObject d) {
        identifies.incrementAndGet();
        intents = d.getInt("intents");
        synchronized (this) {
            log.clear();
            seq = 0;
            sessionId = UUID.randomUUID().toString();
            session = conn;
        }
        dispatch("READY", DataObject.empty().put("v", 10).put("user", FakeDiscord.user(FakeDiscord.BOT_ID))
                .put("guilds", DataArray.empty().add(DataObject.empty().put("id", FakeDiscord.GUILD_ID)
                        .put("unavailable", true)))
                .put("private_channels", DataArray.empty()).put("session_id", sessionId)
                .put("resume_gateway_url", discord.gatewayUrl())
                .put("application", DataObject.empty().put("id", FakeDiscord.APPLICATION_ID).put("flags", 0)));
        dispatch("GUILD_CREATE", discord.guildCreate());
    }

    private void resume(WebSocket conn, DataObject d) {
        List<Dispatch> missed;
        synchronized (this) {
            if (!d.getString("session_id", "").equals(sessionId)) {
                send(conn, DataObject.empty().put("op", 9).put("d", false));
                return;
            }
            resumes.incrementAndGet();
            session = conn;
            int after = d.getInt("seq", 0);
            missed = log.stream().filter(x -> x.seq > after).toList();
            for (Dispatch x : missed) {
                send(conn, frame(x));
            }
            seq++;
            log.add(new Dispatch(seq, "RESUMED", DataObject.empty()));
            send(conn, frame(log.get(log.size() - 1)));
        }
    }

    /** Sends an event now, or keeps it for the resume when the client is away. */
    public synchronized void dispatch(String type, DataObject data) {
        seq++;
        Dispatch x = new Dispatch(seq, type, data);
        log.add(x);
        WebSocket s = session;
        if (s != null && s.isOpen()) {
            send(s, frame(x));
        }
    }

    void dispatchIfIntent(int intent, String type, DataObject data) {
        if ((intents & intent) != 0) {
            dispatch(type, data);
        }
    }

    private DataObject frame(Dispatch x) {
        DataObject data = DataObject.fromJson(x.data.toString());
        boolean contentEvent = x.type.equals("MESSAGE_CREATE") || x.type.equals("MESSAGE_UPDATE");
        if (contentEvent && (intents & MESSAGE_CONTENT) == 0 && !data.isNull("guild_id")) {
            data.put("content", "");
        }
        return DataObject.empty().put("op", 0).put("s", x.seq).put("t", x.type).put("d", data);
    }

    private static void send(WebSocket conn, DataObject payload) {
        if (conn != null && conn.isOpen()) {
            conn.send(payload.toString());
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn == session) {
            session = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }
}
