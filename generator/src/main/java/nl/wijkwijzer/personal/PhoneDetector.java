package nl.wijkwijzer.personal;

import java.util.List;

/**
 * Telephone numbers: Dutch numbers of ten digits (06-12345678, 06 1234 5678, 010-1234567,
 * 073 123 45 67, (010) 1234567), the same with +31, +31 (0) or 0031 in front, and foreign numbers
 * written with + or 00 and a country code.
 *
 * <p>Never reported: service numbers (0800, 0900, 0906, 0909) and the municipal number "14" with an
 * area code ("14 073"): no private person has one. In the {@code contact: telefoon} field of a
 * wijknetwerk organisation every number except a mobile (06) number is allowed, because that field is
 * declared to hold the organisation's general number; a mobile number usually belongs to one person and
 * needs a {@code privacy-uitzonderingen} entry to pass.
 */
public final class PhoneDetector {
    private PhoneDetector() {
    }

    enum Kind { MOBIEL, VAST, SERVICE, BUITENLAND }

    private static final int MAX_SEPARATOR = 3;

    static void find(String t, boolean organisationNumberAllowed, int[] urls, List<Finding> out) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if ((c == '+' || c == '0' || c == '(') && canStart(t, i) && !Chars.inSpans(urls, i)) {
                Reader r = new Reader(t, i);
                Kind kind = r.read();
                if (kind != null) {
                    if (kind == Kind.MOBIEL || kind != Kind.SERVICE && !organisationNumberAllowed) {
                        out.add(new Finding(Soort.TELEFOON, r.valueStart, r.pos));
                    }
                    i = r.pos;
                    continue;
                }
            }
            i++;
        }
    }

    private static boolean canStart(String t, int i) {
        if (i > 0) {
            char prev = t.charAt(i - 1);
            if (Chars.isAlnum(prev) || prev == '+' || ".,-/:".indexOf(prev) >= 0 && Chars.digitAt(t, i - 2)) {
                return false;
            }
        }
        // "14 073": the municipal number 14 followed by the area code without its 0.
        boolean municipal = i >= 3 && t.charAt(i - 1) == ' ' && t.charAt(i - 2) == '4' && t.charAt(i - 3) == '1'
                && Chars.boundaryAt(t, i - 4);
        return !municipal;
    }

    /** Reads one number from a start position; every loop is bounded by a digit count. */
    private static final class Reader {
        private final String t;
        private int pos;
        private int valueStart;
        private boolean parenOpen;

        Reader(String t, int start) {
            this.t = t;
            this.pos = start;
            this.valueStart = start;
        }

        Kind read() {
            if (t.charAt(pos) == '(') {
                pos++;
                parenOpen = true;
                valueStart = pos;
                if (pos >= t.length()) {
                    return null;
                }
            }
            if (t.charAt(pos) == '+') {
                pos++;
                return international();
            }
            if (t.startsWith("00", pos) && Chars.digitAt(t, pos + 2) && t.charAt(pos + 2) != '0') {
                pos += 2;
                return international();
            }
            if (t.charAt(pos) == '0' && Chars.digitAt(t, pos + 1) && t.charAt(pos + 1) != '0') {
                StringBuilder national = new StringBuilder(10);
                return digits(national, 10, 10) ? classify(national) : null;
            }
            return null;
        }

        private Kind international() {
            if (!Chars.digitAt(t, pos) || t.charAt(pos) == '0') {
                return null;
            }
            if (t.startsWith("31", pos)) {
                pos += 2;
                skipSeparators();
                if (t.startsWith("(0)", pos)) {
                    pos += 3;
                    skipSeparators();
                }
                if (t.startsWith("0", pos)) {
                    pos++; // "+31 06 ...": a common way of writing it, still the same number
                }
                if (!Chars.digitAt(t, pos) || t.charAt(pos) == '0') {
                    return null;
                }
                StringBuilder national = new StringBuilder("0");
                return digits(national, 9, 9) ? classify(national) : null;
            }
            return digits(new StringBuilder(15), 9, 15) ? Kind.BUITENLAND : null;
        }

        private static Kind classify(CharSequence national) {
            String n = national.toString();
            if (n.startsWith("0800") || n.startsWith("0900") || n.startsWith("0906") || n.startsWith("0909")) {
                return Kind.SERVICE;
            }
            return n.startsWith("06") ? Kind.MOBIEL : Kind.VAST;
        }

        private void skipSeparators() {
            int limit = pos + MAX_SEPARATOR;
            while (pos < t.length() && pos < limit && isSeparator(t.charAt(pos)) && t.charAt(pos) != ')') {
                pos++;
            }
        }

        private boolean isSeparator(char c) {
            return c == ' ' || c == '-' || c == '.' || c == '/' || c == '\u00A0' || c == ')' && parenOpen;
        }

        /**
         * Reads digits separated by at most {@value #MAX_SEPARATOR} separator characters (of which one
         * may be a dash, dot, slash or closing parenthesis), until {@code max} digits are read or the number
         * ends. The number must end there: a longer number is something else.
         */
        private boolean digits(StringBuilder into, int min, int max) {
            int read = 0;
            int end = pos;
            int q = pos;
            while (q < t.length() && read < max) {
                char c = t.charAt(q);
                if (Chars.isDigit(c)) {
                    into.append(c);
                    read++;
                    q++;
                    end = q;
                    continue;
                }
                if (read == 0) {
                    return false;
                }
                int r = q;
                int marks = 0;
                boolean closed = false;
                while (r < t.length() && r - q < MAX_SEPARATOR && isSeparator(t.charAt(r))) {
                    char s = t.charAt(r);
                    if (s == ')') {
                        closed = true;
                        parenOpen = false;
                    } else if (s != ' ' && s != '\u00A0') {
                        marks++;
                    }
                    r++;
                }
                if (r == q || marks > 1 || !Chars.digitAt(t, r)) {
                    break;
                }
                if (closed && marks > 0) {
                    break;
                }
                q = r;
            }
            if (read < min || read > max) {
                return false;
            }
            // A longer run of digits is not a telephone number (an account, a case number, ...).
            if (Chars.digitAt(t, end) || end + 1 < t.length() && "-./".indexOf(t.charAt(end)) >= 0
                    && Chars.digitAt(t, end + 1) || end < t.length() && Character.isLetter(t.charAt(end))) {
                return false;
            }
            pos = end;
            return true;
        }
    }
}
