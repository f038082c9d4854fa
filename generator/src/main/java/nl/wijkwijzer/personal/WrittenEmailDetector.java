package nl.wijkwijzer.personal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * E-mail addresses written out to fool address harvesters: "naam [at] domein [dot] nl",
 * "naam (at) domein.nl", "naam{at}domein{dot}nl", "naam [@] domein.nl", "naam @ domein.nl",
 * "naam at domein dot nl", "naam apenstaartje domein punt nl". The at may be "at", "@" or
 * "apenstaartje", in brackets of any kind or between spaces; a dot may be ".", "dot" or "punt", likewise.
 *
 * <p>Only what is clearly an address counts: a local part, at least two domain labels and a top-level
 * domain of letters. With an at between plain spaces ("hij at brood"), the top-level domain must also be
 * a common one (nl, com, org, ...): the English word "at" and the Dutch "punt" occur in prose, a whole
 * "x at y punt nl" does not. Every loop is bounded, as in {@link EmailDetector}.
 */
public final class WrittenEmailDetector {
    private WrittenEmailDetector() {
    }

    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    private static final int MAX_LABELS = 8;
    /** Spaces allowed on each side of a written at or dot, and inside its brackets. */
    private static final int MAX_GAP = 3;
    private static final String OPEN = "[({<";
    private static final String CLOSE = "])}>";

    static final Set<String> COMMON_TLDS = Set.of("nl", "be", "com", "org", "net", "eu", "info", "nu", "de", "fr", "uk",
            "io", "me", "biz", "online", "email", "frl", "amsterdam", "gov", "edu");

    static void find(String t, List<Finding> out) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            // Cheap test first: most chars are neither '@' nor the start of "at" or "apenstaartje".
            char c = t.charAt(i);
            if (c == '@' || (c == 'a' || c == 'A') && i + 1 < n && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                    && ((t.charAt(i + 1) | 0x20) == 't' && Chars.boundaryAt(t, i + 2)
                            || (t.charAt(i + 1) | 0x20) == 'p' && t.regionMatches(true, i, "apenstaartje", 0, 12))) {
                int end = tryAt(t, i, out);
                if (end > i) {
                    i = end - 1;
                }
            }
        }
    }

    /** Tries an address whose written at starts at {@code i}; returns the end of a finding, or -1. */
    private static int tryAt(String t, int i, List<Finding> out) {
        char c = t.charAt(i);
        int tokenEnd;
        if (c == '@') {
            tokenEnd = i + 1;
        } else if ((c | 0x20) == 'a' && Chars.boundaryAt(t, i - 1)) {
            tokenEnd = word(t, i, "at");
            if (tokenEnd < 0) {
                tokenEnd = word(t, i, "apenstaartje");
            }
            if (tokenEnd < 0) {
                return -1;
            }
        } else {
            return -1;
        }
        int left = skipBack(t, i);
        int right = skip(t, tokenEnd);
        int localEnd;
        int domainStart;
        boolean bracketed;
        if (left > 0 && OPEN.indexOf(t.charAt(left - 1)) >= 0 && right < t.length()
                && CLOSE.indexOf(t.charAt(right)) == OPEN.indexOf(t.charAt(left - 1))) {
            bracketed = true;
            localEnd = skipBack(t, left - 1);
            domainStart = skip(t, right + 1);
        } else if (left < i && right > tokenEnd) {
            bracketed = false; // "naam at domein", "naam @ domein": spaces on both sides
            localEnd = left;
            domainStart = right;
        } else {
            return -1;
        }
        int start = localEnd;
        while (start > 0 && localEnd - start < MAX_LOCAL && isLocalChar(t.charAt(start - 1))) {
            start--;
        }
        while (start < localEnd && t.charAt(start) == '.') {
            start++;
        }
        if (start == localEnd) {
            return -1;
        }
        StringBuilder domain = new StringBuilder();
        int pos = label(t, domainStart);
        if (pos < 0) {
            return -1;
        }
        domain.append(t, domainStart, pos);
        int labels = 1;
        int lastLabel = domainStart;
        while (labels < MAX_LABELS) {
            int next = dot(t, pos);
            int labelEnd = next < 0 ? -1 : label(t, next);
            if (labelEnd < 0) {
                break;
            }
            domain.append('.').append(t, next, labelEnd);
            lastLabel = next;
            pos = labelEnd;
            labels++;
        }
        if (labels < 2) {
            return -1;
        }
        String tld = t.substring(lastLabel, pos).toLowerCase(Locale.ROOT);
        if (tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) {
            return -1;
        }
        if (!bracketed && !COMMON_TLDS.contains(tld)) {
            return -1;
        }
        if (!EmailDetector.isReserved(domain.toString())) {
            out.add(new Finding(Soort.EMAIL, start, pos));
        }
        return pos;
    }

    /** End of {@code word} at {@code i} as a whole word, ignoring case, or -1. */
    private static int word(String t, int i, String word) {
        int end = i + word.length();
        return end <= t.length() && t.regionMatches(true, i, word, 0, word.length()) && Chars.boundaryAt(t, end) ? end : -1;
    }

    /** Past up to {@value #MAX_GAP} spaces from {@code i}. */
    private static int skip(String t, int i) {
        int p = i;
        while (p < t.length() && p - i < MAX_GAP && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /** Back over up to {@value #MAX_GAP} spaces before {@code i}. */
    private static int skipBack(String t, int i) {
        int p = i;
        while (p > 0 && i - p < MAX_GAP && (t.charAt(p - 1) == ' ' || t.charAt(p - 1) == '\t')) {
            p--;
        }
        return p;
    }

    /** End of a domain label (letters, digits, inner hyphens) starting at {@code i}, or -1. */
    private static int label(String t, int i) {
        int p = i;
        while (p < t.length() && p - i < MAX_LABEL && (Character.isLetterOrDigit(t.charAt(p)) || t.charAt(p) == '-')) {
            p++;
        }
        while (p > i && t.charAt(p - 1) == '-') {
            p--;
        }
        return p > i && t.charAt(i) != '-' ? p : -1;
    }

    /** Start of the label after a dot at {@code i} (".", "[dot]", " punt ", ...), or -1. */
    private static int dot(String t, int i) {
        if (i < t.length() && t.charAt(i) == '.') {
            return i + 1;
        }
        int p = skip(t, i);
        if (p < t.length() && OPEN.indexOf(t.charAt(p)) >= 0) {
            int kind = OPEN.indexOf(t.charAt(p));
            int q = skip(t, p + 1);
            int end = q < t.length() && t.charAt(q) == '.' ? q + 1 : Math.max(word(t, q, "dot"), word(t, q, "punt"));
            if (end < 0) {
                return -1;
            }
            int r = skip(t, end);
            return r < t.length() && CLOSE.indexOf(t.charAt(r)) == kind ? skip(t, r + 1) : -1;
        }
        if (p == i) {
            return -1; // a dot written as a word needs spaces on both sides
        }
        int end = Math.max(word(t, p, "dot"), word(t, p, "punt"));
        if (end < 0) {
            return -1;
        }
        int r = skip(t, end);
        return r > end ? r : -1;
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '+' || c == '-' || c == '%';
    }
}
