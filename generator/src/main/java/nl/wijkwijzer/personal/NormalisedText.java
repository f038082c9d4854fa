package nl.wijkwijzer.personal;

/**
 * A text as the detectors read it: every Unicode decimal digit (full-width "１", Arabic-Indic "١",
 * Devanagari "१", mathematical digits, ...) becomes its ASCII digit, every space separator (no-break
 * space U+00A0, figure space U+2007, narrow no-break space U+202F, ...) a plain space, every dash
 * (U+2010-2015, minus U+2212) a hyphen, the full-width ASCII forms ("＠", "．", "Ａ") their ASCII
 * letter or sign, and invisible characters inside a word (zero-width space and joiners, word joiner,
 * soft hyphen, BOM) disappear. The detectors then need to know only the ASCII notations.
 *
 * <p>Findings are positions in the normalised text; {@link #toOriginal} maps them back, so a message
 * points at the value as the redacteur typed it. A text that needs no change (most texts) is used as it
 * is, without copying.
 */
public final class NormalisedText {
    final String text;
    /** For each char of {@link #text}: start and end (exclusive) of the original chars it came from; null if unchanged. */
    private final int[] from;
    private final int[] to;
    private final int originalLength;

    private NormalisedText(String text, int[] from, int[] to, int originalLength) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.originalLength = originalLength;
    }

    static NormalisedText of(String original) {
        int n = original.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (c >= 0x80 && changes(c, original, i)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return new NormalisedText(original, null, null, n);
        }
        StringBuilder sb = new StringBuilder(n);
        int[] from = new int[n];
        int[] to = new int[n];
        sb.append(original, 0, first);
        for (int i = 0; i < first; i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        int i = first;
        while (i < n) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            int mapped = map(cp);
            if (mapped >= 0) {
                int k = sb.length();
                sb.appendCodePoint(mapped);
                for (; k < sb.length(); k++) {
                    from[k] = i;
                    to[k] = i + width;
                }
            }
            i += width;
        }
        return new NormalisedText(sb.toString(), from, to, n);
    }

    /** Whether the char at {@code i} (not ASCII) maps to something else; a surrogate pair is looked at whole. */
    private static boolean changes(char c, String s, int i) {
        if (c < 0x100) { // Latin-1 (é, ë, ï, ...): only the no-break space and the soft hyphen change
            return c == 0xA0 || c == 0xAD;
        }
        int cp = Character.isHighSurrogate(c) ? s.codePointAt(i) : c;
        return map(cp) != cp;
    }

    /** The ASCII replacement of a code point, the code point itself, or -1 to drop it. */
    private static int map(int cp) {
        if (cp < 0x80) {
            return cp;
        }
        if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD) {
            return -1;
        }
        if (cp >= 0x2010 && cp <= 0x2015 || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63) {
            return '-';
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            return cp - 0xFEE0; // full-width ASCII
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return '\n';
        }
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return '0' + Character.digit(cp, 10);
        }
        if (type == Character.SPACE_SEPARATOR) {
            return ' ';
        }
        return cp;
    }

    /** The finding at the same place in the original text. */
    Finding toOriginal(Finding f) {
        if (from == null) {
            return f;
        }
        int start = f.start() < text.length() ? from[f.start()] : originalLength;
        int end = f.end() > 0 ? to[f.end() - 1] : start;
        return new Finding(f.soort(), start, Math.max(start, end));
    }
}
