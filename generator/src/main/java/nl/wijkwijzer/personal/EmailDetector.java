package nl.wijkwijzer.personal;

import java.util.List;
import java.util.Locale;

/**
 * E-mail addresses. Found from each '@' outwards with bounded loops instead of one regular
 * expression, because patterns for the domain part backtrack badly on long runs of dots and letters.
 *
 * <p>Addresses at the reserved example domains (example.org, example.com, example.net and the .example,
 * .test, .invalid and .localhost top-level domains, RFC 2606) are never reported: nobody can own them.
 */
public final class EmailDetector {
    private EmailDetector() {
    }

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    static void find(String t, List<Finding> out) {
        int at = t.indexOf('@');
        int lastEnd = 0;
        while (at >= 0) {
            int start = at;
            while (start > lastEnd && at - start < MAX_LOCAL && isLocalChar(t.charAt(start - 1))) {
                start--;
            }
            while (start < at && t.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < t.length() && end - at <= MAX_DOMAIN && isDomainChar(t.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
                end--;
            }
            if (start < at && isDomain(t, at + 1, end)) {
                if (!isReserved(t.substring(at + 1, end))) {
                    out.add(new Finding(Soort.EMAIL, start, end));
                }
                lastEnd = end;
            }
            at = t.indexOf('@', Math.max(at + 1, lastEnd));
        }
    }

    private static boolean isLocalChar(char c) {
        // The rarer characters that RFC 5322 allows (* / = ? ...) are left out on purpose: in Markdown
        // they are formatting around an address ("**ik@x.nl**"), not part of it.
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '+' || c == '-' || c == '%';
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    /** At least two labels, and a top-level domain of two or more letters. */
    private static boolean isDomain(String t, int from, int to) {
        int dot = to - 1;
        while (dot > from && t.charAt(dot) != '.') {
            dot--;
        }
        if (dot <= from || to - dot - 1 < 2) {
            return false;
        }
        for (int i = dot + 1; i < to; i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isReserved(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        for (String reserved : List.of("example.org", "example.com", "example.net")) {
            if (d.equals(reserved) || d.endsWith("." + reserved)) {
                return true;
            }
        }
        return d.endsWith(".example") || d.endsWith(".test") || d.endsWith(".invalid") || d.endsWith(".localhost");
    }
}
