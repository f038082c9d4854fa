package nl.wijkwijzer.json;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON writing for the search files, the report export and the preview server
 * (strings, numbers, booleans, lists, maps). Strings are escaped so the output is also safe inside a
 * script file.
 */
public final class Json {
    private Json() {
    }

    public static String of(Object o) {
        StringBuilder sb = new StringBuilder();
        write(sb, o);
        return sb.toString();
    }

    public static void write(StringBuilder sb, Object o) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof String s) {
            string(sb, s);
        } else if (o instanceof java.math.BigDecimal b) {
            sb.append(b.toPlainString());
        } else if (o instanceof Number || o instanceof Boolean) {
            sb.append(o);
        } else if (o instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (o instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object x : c) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(sb, x);
            }
            sb.append(']');
        } else if (o instanceof int[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                sb.append(i == 0 ? "" : ",").append(a[i]);
            }
            sb.append(']');
        } else {
            string(sb, o.toString());
        }
    }

    /** Escapes so the result is safe inside a script file too ({@code </script>}, U+2028). */
    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        int from = 0; // start of the run of characters copied as they are
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = escape(c);
            if (escaped != null) {
                sb.append(s, from, i).append(escaped);
                from = i + 1;
            }
        }
        sb.append(s, from, s.length());
        sb.append('"');
    }

    /** The escape for {@code c}, or null when it is copied as it is. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            default -> c < 0x20 || c == 0x2028 || c == 0x2029
                    ? new String(new char[] {'\\', 'u', HEX[c >> 12], HEX[c >> 8 & 0xf], HEX[c >> 4 & 0xf], HEX[c & 0xf]})
                    : null;
        };
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Indented JSON with two spaces, for files people open (the report export). */
    public static String pretty(Object o) {
        StringBuilder sb = new StringBuilder();
        pretty(sb, o, "");
        return sb.toString();
    }

    private static void pretty(StringBuilder sb, Object v, String indent) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(indent).append("  ");
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                pretty(sb, e.getValue(), indent + "  ");
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                sb.append(indent).append("  ");
                pretty(sb, l.get(i), indent + "  ");
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            sb.append(indent).append(']');
        } else {
            write(sb, v);
        }
    }
}
