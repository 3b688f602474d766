package org.peerbot.adapter.discord.fake;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Captures WARN and ERROR lines from JDA, where parse errors of a wrong fake payload show up (JDA
 * logs them instead of throwing). Tests assert {@link #problems()} is empty.
 */
public final class JdaLogGuard extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> all = new CopyOnWriteArrayList<>();

    public static JdaLogGuard install() {
        JdaLogGuard guard = new JdaLogGuard();
        guard.setName("jda-log-guard");
        guard.start();
        root().addAppender(guard);
        return guard;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Override
    protected void append(ILoggingEvent event) {
        String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
        all.add(line);
        if (event.getLevel().isGreaterOrEqual(Level.WARN) && event.getLoggerName().startsWith("net.dv8tion")) {
            problems.add(line + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage()));
        }
    }

    /** WARN/ERROR lines from JDA's WebSocket client (gateway parsing) and ERROR lines from any JDA logger. */
    public List<String> problems() {
        return problems.stream()
                .filter(l -> l.contains("WebSocketClient") || l.startsWith("ERROR"))
                .toList();
    }

    /** Every captured line from any logger, for privacy checks. */
    public List<String> lines() {
        return List.copyOf(all);
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }
}
