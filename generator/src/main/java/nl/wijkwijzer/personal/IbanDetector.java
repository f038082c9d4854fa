package nl.wijkwijzer.personal;

import java.util.List;

/**
 * IBANs of every country in the IBAN registry, written with or without spaces ("NL02 ZZZZ 0123 4567 89"
 * or "NL02ZZZZ0123456789"), upper or lower case. Only numbers of the right length for their country
 * with a valid mod-97 check are reported.
 */
public final class IbanDetector {
    private IbanDetector() {
    }

    /**
     * @param notIban receives numbers shaped like an IBAN whose check fails: reference numbers, which
     *                must not then be reported as a telephone number either
     */
    static void find(String t, List<Finding> out, List<Finding> notIban) {
        int n = t.length();
        int i = 0;
        while (i + 4 <= n) {
            if (startsCandidate(t, i)) {
                int end = match(t, i);
                if (end != 0) {
                    (end > 0 ? out : notIban).add(new Finding(Soort.IBAN, i, Math.abs(end)));
                    i = Math.abs(end);
                    continue;
                }
            }
            i++;
        }
    }

    private static boolean startsCandidate(String t, int i) {
        return Chars.isDigit(t.charAt(i + 2)) && Chars.isDigit(t.charAt(i + 3)) && isAsciiLetter(t.charAt(i))
                && isAsciiLetter(t.charAt(i + 1)) && Chars.boundaryAt(t, i - 1);
    }

    /** @return the end of a valid IBAN, minus the end of an IBAN-shaped number that fails the check, or 0 */
    private static int match(String t, int start) {
        String country = t.substring(start, start + 2).toUpperCase(java.util.Locale.ROOT);
        Integer length = Checksums.IBAN_LENGTHS.get(country);
        if (length == null) {
            return 0;
        }
        StringBuilder iban = new StringBuilder(length);
        int i = start;
        // Single spaces may separate the groups; the loop is bounded by the country's length.
        while (i < t.length() && iban.length() < length) {
            char c = t.charAt(i);
            if (Chars.isDigit(c) || isAsciiLetter(c)) {
                iban.append(Character.toUpperCase(c));
                i++;
            } else if (c == ' ' && iban.length() >= 4 && i + 1 < t.length() && Chars.isAlnum(t.charAt(i + 1))) {
                i++;
            } else {
                return 0;
            }
        }
        if (iban.length() < length || !Chars.boundaryAt(t, i)) {
            return 0;
        }
        if (i + 1 < t.length() && t.charAt(i) == ' ' && Chars.isDigit(t.charAt(i + 1))) {
            return 0; // another group of digits follows: a longer number, not this IBAN
        }
        return Checksums.iban(iban) ? i : -i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
