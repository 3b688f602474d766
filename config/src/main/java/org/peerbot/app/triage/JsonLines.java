package org.peerbot.app.triage;

import java.io.StringWriter;
import java.util.List;
import org.peerbot.core.model.TriageResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of the triage tools, with Jackson: one object per input line in, one per message out. The output keeps
 * the spacing the tools have always printed ({@code {"text": "...", "category": "crisis", ...}}) and escapes the
 * line and paragraph separators, so that a line of output is always one line.
 */
final class JsonLines {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new LineSeparatorEscapes()).build()).build();
    private static final ObjectWriter WRITER = MAPPER.writer().with(new Spaced());

    private JsonLines() {
    }

    /** One JSON object from one line; {@link IllegalArgumentException} saying why when it is not one. */
    static JsonNode object(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return n;
    }

    /** A text field, or null when absent or not a string. */
    static String text(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        return v != null && v.isString() ? v.asString() : null;
    }

    /**
     * {@code {"text": ..., "category": ..., "kind": ..., "rules": [...]}} on one line, and last
     * {@code "normalised": ...} when {@code normalised} is not null.
     */
    static String result(String text, TriageResult r, String normalised) {
        StringWriter w = new StringWriter(text.length() + 80);
        try (JsonGenerator g = WRITER.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringProperty("text", text);
            g.writeStringProperty("category", r.category().id());
            g.writeStringProperty("kind", r.kind() == null ? null : r.kind().id());
            g.writeName("rules");
            g.writeStartArray();
            for (String id : r.rules()) {
                g.writeString(id);
            }
            g.writeEndArray();
            if (normalised != null) {
                g.writeStringProperty("normalised", normalised);
            }
            g.writeEndObject();
        }
        return w.toString();
    }

    /** ", " between entries and ": " after names, all on one line. */
    private static final class Spaced extends MinimalPrettyPrinter {
        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }
    }

    private static final class LineSeparatorEscapes extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();
        private static final SerializableString LS = new SerializedString("\\u2028");
        private static final SerializableString PS = new SerializedString("\\u2029");

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
        }
    }

    static List<String> strings(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return List.of(v.asString().split("[,;|]"));
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("must be a list of texts or a text");
        }
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isString()) {
                throw new IllegalArgumentException("must hold only texts");
            }
            out.add(e.asString());
        }
        return out;
    }
}
