package nl.wijkwijzer.diagnostics;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Makes control characters visible before text reaches a terminal or a page: C0 controls (ESC, BEL,
 * backspace, carriage return, line breaks inside a message, ...), DEL, C1 controls and the bidirectional
 * overrides and isolates (U+202A-202E, U+2066-2069) are shown as <code>&#92;u001b</code>-style escapes (line
 * break, tab and carriage return as {@code \n}, {@code \t}, {@code \r}). A file name or key holding
 * "ESC ] 0 ; title BEL" then cannot change the window title, clear the screen or reorder a line.
 */
public final class Visible {
    private Visible() {
    }

    /** Whether {@code c} is shown escaped. */
    public static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** {@code s} with every control character escaped; the same string when there is none. */
    public static String of(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !isControl(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            append(sb, s.charAt(i));
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, char c) {
        if (!isControl(c)) {
            sb.append(c);
        } else if (c == '\n') {
            sb.append("\\n");
        } else if (c == '\t') {
            sb.append("\\t");
        } else if (c == '\r') {
            sb.append("\\r");
        } else {
            sb.append(String.format("\\u%04x", (int) c));
        }
    }

    /**
     * A writer for a terminal: everything written to it passes {@link #of} except the line breaks and tabs
     * that lay out the output itself (and the carriage return of the platform's line separator). The CLI
     * prints every message through one of these.
     */
    public static PrintWriter printWriter(Writer out) {
        boolean crlf = System.lineSeparator().indexOf('\r') >= 0;
        return new PrintWriter(new FilterWriter(out) {
            private boolean passes(char c) {
                return !isControl(c) || c == '\n' || c == '\t' || c == '\r' && crlf;
            }

            @Override
            public void write(int c) throws IOException {
                write(String.valueOf((char) c), 0, 1);
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                write(new String(cbuf, off, len), 0, len);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                int run = off;
                for (int i = off; i < off + len; i++) {
                    char c = str.charAt(i);
                    if (!passes(c)) {
                        out.write(str, run, i - run);
                        StringBuilder sb = new StringBuilder(6);
                        Visible.append(sb, c);
                        out.write(sb.toString());
                        run = i + 1;
                    }
                }
                out.write(str, run, off + len - run);
            }
        }, true);
    }
}
