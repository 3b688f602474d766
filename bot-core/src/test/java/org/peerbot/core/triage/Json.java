package org.peerbot.core.triage;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test-only: reads one flat JSON object per line of the project's own test sets (the tools use Jackson in config). */
final class Json {
    private Json() {
    }

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
