package org.peerbot.app;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The log shape chosen by {@code peerbot.log-format}: {@code text} lines, or one JSON object a line through
 * Spring Boot's structured logging ({@code ecs}, {@code logstash}, {@code gelf}). One appender, so logback
 * has nothing unused to warn about on standard output, which belongs to the console seat.
 */
public final class LogEncoder extends EncoderBase<ILoggingEvent> {

    private String format = "text";
    private String pattern;
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format == null || format.isBlank() ? "text" : format.strip();
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        // An unknown format falls back to text here; peerbot.log-format's validation then stops the start
        // with a message naming the key and the allowed values.
        if (!java.util.Set.of("ecs", "logstash", "gelf").contains(format)) {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setContext(getContext());
            text.setPattern(pattern);
            text.setCharset(StandardCharsets.UTF_8);
            delegate = text;
        } else {
            StructuredLogEncoder json = new StructuredLogEncoder();
            json.setContext(getContext());
            json.setFormat(format);
            json.setCharset(StandardCharsets.UTF_8);
            delegate = json;
        }
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
