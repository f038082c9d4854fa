package nl.wijkwijzer.personal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small character tests and the folding shared by the detectors. */
public final class Chars {
    private Chars() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>()\\[\\]\"'`]+");

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlnum(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** True if {@code i} is outside the text or not a letter or digit. */
    static boolean boundaryAt(CharSequence t, int i) {
        return i < 0 || i >= t.length() || !isAlnum(t.charAt(i));
    }

    static boolean digitAt(CharSequence t, int i) {
        return i >= 0 && i < t.length() && isDigit(t.charAt(i));
    }

    /** Lower case without diacritics, so that "Ayşe", "AYSE" and "ayse" compare equal. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String stripped = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return stripped.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ł', 'l').replace('ø', 'o')
                .replace('đ', 'd').replace("ĳ", "ij").replace("ß", "ss");
    }

    /**
     * Char ranges of web addresses. Numbers inside a link are document or page numbers far more often
     * than personal data, so the number detectors skip them.
     */
    static int[] urlSpans(String t) {
        if (t.indexOf("://") < 0 && t.indexOf("www.") < 0 && t.indexOf("WWW.") < 0) {
            return new int[0];
        }
        Matcher m = URL.matcher(t);
        int[] spans = new int[8];
        int n = 0;
        while (m.find()) {
            if (n + 2 > spans.length) {
                spans = java.util.Arrays.copyOf(spans, spans.length * 2);
            }
            spans[n++] = m.start();
            spans[n++] = m.end();
        }
        return java.util.Arrays.copyOf(spans, n);
    }

    static boolean inSpans(int[] spans, int pos) {
        int lo = 0;
        int hi = spans.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pos < spans[2 * mid]) {
                hi = mid - 1;
            } else if (pos >= spans[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
