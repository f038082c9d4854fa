package nl.wijkwijzer.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 bytes as it goes, for one template run on one thread.
 *
 * <p>Why not {@code StringWriter} and {@code getBytes}: a page with one character outside Latin-1
 * (a euro sign, a dash) turns the {@code StringBuffer} behind it into UTF-16, so every later write is
 * widened, the result is narrowed again on {@code toString} (and fails), and then encoded once more.
 * At 10,000 cases that was ~8% of the CPU samples of rendering (JFR). Here ASCII costs one store a
 * character, and nothing is synchronised. Lone surrogates become {@code ?}, as in {@code String.getBytes}.
 */
final class Utf8Writer extends Writer {
    private byte[] bytes;
    private int size;
    /** Characters of the current write, for strings. */
    private char[] chars = new char[256];
    /** A high surrogate whose low half may come with the next write, or 0. */
    private char pending;

    Utf8Writer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String s, int off, int len) {
        if (len > chars.length) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        s.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
        // Worst case 3 bytes a char (4 for a pair, which is two chars), plus a pending half.
        if (size + 3L * len + 4 > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(bytes.length * 2L, size + 3L * len + 4)));
        }
        byte[] b = bytes;
        int n = size;
        int end = off + len;
        int i = off;
        if (pending != 0 && i < end) {
            char low = cbuf[i];
            if (Character.isLowSurrogate(low)) {
                n = putCodePoint(b, n, Character.toCodePoint(pending, low));
                i++;
            } else {
                b[n++] = '?';
            }
            pending = 0;
        }
        for (; i < end; i++) {
            char c = cbuf[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == end) {
                    pending = c;
                } else if (Character.isLowSurrogate(cbuf[i + 1])) {
                    n = putCodePoint(b, n, Character.toCodePoint(c, cbuf[++i]));
                } else {
                    b[n++] = '?';
                }
            } else {
                b[n++] = '?';
            }
        }
        size = n;
    }

    private static int putCodePoint(byte[] b, int n, int cp) {
        b[n++] = (byte) (0xF0 | cp >> 18);
        b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n++] = (byte) (0x80 | cp & 0x3F);
        return n;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The bytes written so far; a high surrogate left waiting at the end becomes {@code ?}. */
    byte[] toByteArray() {
        if (pending != 0) {
            pending = 0;
            if (size + 1 > bytes.length) {
                bytes = Arrays.copyOf(bytes, size + 1);
            }
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }
}
