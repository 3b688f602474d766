package org.peerbot.core.triage;

import java.util.LinkedHashMap;
import java.util.Map;

/** Just enough JSON for the triage CLI: escaping strings, and reading one flat object per line. */
final class Json {
    private Json() {
    }

    static void quote(String s, StringBuilder out) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x7F
                            || (Character.isSurrogate(c) && !validPair(s, i))) {
                        // control characters, JS line separators, and lone surrogates (invalid UTF-16) escaped
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c); // non-BMP pairs pass through intact and are written as UTF-8
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * Reads one flat JSON object whose values are strings, numbers, booleans or null (nested values are skipped
     * as raw text). Throws IllegalArgumentException with the column on malformed input.
     */
    static Map<String, Object> readFlatObject(String line) {
        Reader r = new Reader(line);
        Map<String, Object> out = new LinkedHashMap<>();
        r.ws();
        r.expect('{');
        r.ws();
        if (r.peek() == '}') {
            r.pos++;
            return out;
        }
        while (true) {
            r.ws();
            String key = r.string();
            r.ws();
            r.expect(':');
            r.ws();
            out.put(key, r.value());
            r.ws();
            char c = r.next();
            if (c == '}') {
                break;
            }
            if (c != ',') {
                throw r.error("expected ',' or '}'");
            }
        }
        r.ws();
        if (r.pos < line.length()) {
            throw r.error("unexpected text after the object");
        }
        return out;
    }

    private static final class Reader {
        final String s;
        int pos;

        Reader(String s) {
            this.s = s;
        }

        char peek() {
            if (pos >= s.length()) {
                throw error("unexpected end of line");
            }
            return s.charAt(pos);
        }

        char next() {
            char c = peek();
            pos++;
            return c;
        }

        void ws() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        void expect(char c) {
            if (next() != c) {
                throw error("expected '" + c + "'");
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("bad JSON at column " + (pos + 1) + ": " + what);
        }

        Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (s.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            if (s.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                int start = pos;
                while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                    pos++;
                }
                try {
                    return Double.valueOf(s.substring(start, pos));
                } catch (NumberFormatException e) {
                    throw error("bad number");
                }
            }
            if (c == '{' || c == '[') {
                return skipNested();
            }
            throw error("unexpected '" + c + "'");
        }

        private String skipNested() {
            int start = pos;
            int depth = 0;
            boolean inString = false;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (inString) {
                    if (c == '\\') {
                        pos++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        return s.substring(start, pos);
                    }
                }
            }
            throw error("unclosed nested value");
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }
    }
}
