package nl.wijkwijzer.personal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Burgerservicenummers: nine digits as 123456782, 1234.56.782, 123.456.782, 123 456 782 or
 * 123-456-782 that pass the elfproef. A nearby word like "BSN" is not needed and does not help: nine
 * digits that fail the elfproef are never a BSN.
 *
 * <p>Eight digits are a BSN whose leading zero got lost (a spreadsheet drops it) when the nine-digit form
 * with the zero in front passes the elfproef and either a BSN word ("BSN", "burgerservicenummer",
 * "sofinummer") stands close by or the number is the whole text (a field, an id or a key of its own).
 * Elsewhere eight digits are far more often a KvK number, a date (20240314) or a reference.
 */
public final class BsnDetector {
    private BsnDetector() {
    }

    // Alternatives are fixed-length, so the engine never backtracks more than a few characters.
    private static final Pattern CANDIDATE = Pattern.compile(
            "\\d{4}([ .\\-])\\d{2}\\1\\d{3}|\\d{3}([ .\\-])\\d{3}\\2\\d{3}|\\d{9}|\\d{8}");

    /** How far before or after eight digits a BSN word may stand. */
    static final int KEYWORD_WINDOW = 40;

    static void find(String t, int[] urls, List<Finding> out) {
        Matcher m = CANDIDATE.matcher(t);
        m.useTransparentBounds(true);
        int n = t.length();
        int i = 0;
        while (i < n) {
            // Only where a run of digits begins; the pattern is then tried at that one place.
            if (!Chars.isDigit(t.charAt(i)) || i > 0 && Chars.isAlnum(t.charAt(i - 1))) {
                i++;
                continue;
            }
            m.region(i, Math.min(n, i + 11));
            if (m.lookingAt()) {
                int end = m.end();
                char sep = m.group(1) != null ? m.group(1).charAt(0) : m.group(2) != null ? m.group(2).charAt(0) : 0;
                String digits = digits(t, i, end);
                boolean eight = digits.length() == 8;
                if (standsAlone(t, i, end, sep) && !isAmount(t, i, end) && !Chars.inSpans(urls, i)
                        && Checksums.elfproef(eight ? "0" + digits : digits)
                        && (!eight || wholeText(t, i, end) || keywordNear(t, i, end))) {
                    out.add(new Finding(Soort.BSN, i, end));
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    /** Not part of a longer number or word: "1.123456782", "123456782-4" and "NL123456782" are not a BSN. */
    private static boolean standsAlone(String t, int start, int end, char sep) {
        if (!Chars.boundaryAt(t, start - 1) || !Chars.boundaryAt(t, end)) {
            return false;
        }
        if (start >= 2 && glue(t.charAt(start - 1), sep) && Chars.isDigit(t.charAt(start - 2))) {
            return false;
        }
        return !(end + 1 < t.length() && glue(t.charAt(end), sep) && Chars.isDigit(t.charAt(end + 1)));
    }

    private static boolean glue(char c, char sep) {
        return c == '.' || c == ',' || c == '-' || c == '/' || sep != 0 && c == sep;
    }

    /** "€ 123.456.782" is an amount, not a BSN. */
    private static boolean isAmount(String t, int start, int end) {
        int i = start - 1;
        while (i >= 0 && i >= start - 3 && t.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && t.charAt(i) == '€') {
            return true;
        }
        return end + 1 < t.length() && t.charAt(end) == ',' && (Chars.isDigit(t.charAt(end + 1)) || t.charAt(end + 1) == '-');
    }

    private static boolean wholeText(String t, int start, int end) {
        // Only a little white space around (a block scalar ends in a line break); cheap on long texts.
        return start <= 4 && t.length() - end <= 4 && t.substring(0, start).isBlank() && t.substring(end).isBlank();
    }

    private static boolean keywordNear(String t, int start, int end) {
        String around = t.substring(Math.max(0, start - KEYWORD_WINDOW), Math.min(t.length(), end + KEYWORD_WINDOW))
                .toLowerCase(java.util.Locale.ROOT);
        return around.contains("bsn") || around.contains("burgerservice") || around.contains("sofi");
    }

    private static String digits(String t, int start, int end) {
        StringBuilder sb = new StringBuilder(9);
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (Chars.isDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
