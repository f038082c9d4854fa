package nl.wijkwijzer.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Addresses: a street name with a house number ("Kerkstraat 12", "Burgemeester de Withstraat 4a",
 * "Laan van Meerdervoort 12"), or a postcode ("5211 AB", not SA, SD or SS) with a house number or a
 * street name close by, in any order ("Kerkstraat 12, 5211 AB", "5211 AB 12", "5211AB, Kerkstraat"),
 * or right after a word that says an address follows ("postcode 5211 AB", "woont in 5211ab",
 * "adres: 5211ab"). A postcode alone is not reported: it covers a whole stretch of street.
 *
 * <p>A postcode in lower or mixed case counts only without a space ("5211ab", "5211Ab"): with a space,
 * "2019 en 12" would read as one. Letters that are a unit ("1500km") are not a postcode.
 *
 * <p>A street is a capitalised word ending in a usual Dutch street word (straat, laan, weg, plein, ...).
 * That keeps "Vuistregel 3", "artikel 6" and "Wet 2015" out. A number that reads as a year (1800-2099)
 * or is followed by a unit ("Ringweg 10 minuten") is not a house number.
 */
public final class AddressDetector {
    private AddressDetector() {
    }

    static final List<String> STREET_WORDS = List.of("straat", "straatje", "laan", "laantje", "weg", "plein", "pleintje",
            "gracht", "kade", "singel", "dijk", "hof", "hofje", "steeg", "steegje", "pad", "dreef", "park", "markt",
            "plantsoen", "boulevard", "allee", "kanaal", "haven", "wal", "ring", "baan", "veld", "erf", "poort", "vaart",
            "wetering", "passage", "promenade");

    /** Capitalised at the start of a sentence, these end in a street word but are not streets. */
    private static final Set<String> NOT_STREETS = Set.of("onderweg", "halfweg", "gerechtshof", "woningmarkt",
            "arbeidsmarkt", "huurmarkt", "werkveld", "speelveld", "loopbaan", "tijdpad", "zorgpad", "leerpad",
            "levenspad", "hoofdpad", "uitweg", "omweg", "snelweg", "spoorweg");

    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "t", "op", "ter", "ten",
            "te", "in", "aan", "bij", "tot", "voor", "la", "le", "du");

    private static final Set<String> UNITS = Set.of("jaar", "jaren", "jr", "maand", "maanden", "week", "weken", "dag",
            "dagen", "uur", "uren", "minuut", "minuten", "min", "seconden", "keer", "maal", "euro", "eur", "procent",
            "km", "kilometer", "meter", "m", "cm", "kg", "x", "personen", "mensen", "bewoners", "cliënten", "clienten",
            "woningen", "huizen", "kamers", "plaatsen", "bedden", "stuks", "nachten", "punten", "kinderen");

    /** Two letters after four digits that are a unit, not a lower-case postcode ("1500km", "2000mg"). */
    private static final Set<String> LETTER_UNITS = Set.of("km", "cm", "mm", "dm", "kg", "mg", "ml", "cl", "dl", "kb",
            "mb", "gb", "tb", "am", "pm", "ms", "kw", "mw", "hz", "ct", "pp", "bc", "ad", "nd", "th", "st", "rd", "ha");

    /** Words right before a postcode that say it is someone's address ("woont in 5211ab"). */
    private static final List<String> CONTEXT = List.of("postcode", "adres", "woonadres", "postadres", "huisadres",
            "woonplaats", "woont in", "woont op", "woont te", "wonend in", "wonend te", "wonende te", "woonachtig in",
            "woonachtig op", "woonachtig te", "verhuisd naar");

    /** How far (in characters) a street or number may be from a postcode to count as one address. */
    static final int WINDOW = 40;

    private record Street(int start, int nameEnd, int numberEnd) {
        int end() {
            return numberEnd > 0 ? numberEnd : nameEnd;
        }
    }

    static void find(String t, int[] urls, List<Finding> out) {
        List<Street> streets = streets(t);
        for (Street s : streets) {
            if (s.numberEnd > 0 && !Chars.inSpans(urls, s.start)) {
                out.add(new Finding(Soort.ADRES, s.start, s.numberEnd));
            }
        }
        for (int pc = nextPostcode(t, 0); pc >= 0; pc = nextPostcode(t, pc + 1)) {
            int pcEnd = pc + (t.charAt(pc + 4) == ' ' ? 7 : 6);
            if (Chars.inSpans(urls, pc)) {
                continue;
            }
            int start = pc;
            int end = pcEnd;
            boolean address = false;
            int after = numberAfter(t, end);
            if (after > 0) {
                end = after;
                address = true;
            }
            int before = numberBefore(t, start);
            if (before >= 0) {
                start = before;
                address = true;
            }
            // Streets are in text order and do not overlap, so their ends are sorted too.
            for (int k = firstEndingAfter(streets, pc - WINDOW); k < streets.size(); k++) {
                Street s = streets.get(k);
                if (s.start > pcEnd + WINDOW) {
                    break;
                }
                if (!hasBlankLine(t, Math.min(s.end(), pc), Math.max(s.start, pcEnd))) {
                    start = Math.min(start, s.start);
                    end = Math.max(end, s.end());
                    address = true;
                }
            }
            if (address || afterContextWord(t, pc)) {
                out.add(new Finding(Soort.ADRES, start, end));
            }
        }
    }

    /**
     * Start of the next postcode at or after {@code from}: 4 digits (not starting with 0), an optional
     * space and 2 capitals, or 2 letters of any case without the space, not SA, SD or SS (never issued)
     * and not a unit, as a word of its own. -1 if none.
     */
    static int nextPostcode(String t, int from) {
        int n = t.length();
        for (int i = from; i + 6 <= n; i++) {
            char c = t.charAt(i);
            if (c < '1' || c > '9' || !Chars.boundaryAt(t, i - 1) || !Chars.digitAt(t, i + 1) || !Chars.digitAt(t, i + 2)
                    || !Chars.digitAt(t, i + 3)) {
                continue;
            }
            int j = i + 4;
            boolean space = t.charAt(j) == ' ';
            if (space) {
                j++;
            }
            if (j + 2 > n || !isLetter(t.charAt(j)) || !isLetter(t.charAt(j + 1)) || !Chars.boundaryAt(t, j + 2)) {
                continue;
            }
            char a = t.charAt(j);
            char b = t.charAt(j + 1);
            boolean capitals = isCapital(a) && isCapital(b);
            if (!capitals && (space || LETTER_UNITS.contains(t.substring(j, j + 2).toLowerCase(Locale.ROOT)))) {
                continue;
            }
            a = Character.toUpperCase(a);
            b = Character.toUpperCase(b);
            if (a == 'S' && (b == 'A' || b == 'D' || b == 'S')) {
                continue;
            }
            return i;
        }
        return -1;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** "postcode 5211 AB", "woont in 5211ab", "Adres: 5211ab": a context word, then only spaces or a colon. */
    private static boolean afterContextWord(String t, int pc) {
        int p = pc;
        while (p > 0 && pc - p < 3 && (t.charAt(p - 1) == ' ' || t.charAt(p - 1) == ':')) {
            p--;
        }
        if (p == pc) {
            return false;
        }
        for (String word : CONTEXT) {
            int start = p - word.length();
            if (start >= 0 && t.regionMatches(true, start, word, 0, word.length()) && Chars.boundaryAt(t, start - 1)) {
                return true;
            }
        }
        return false;
    }

    private static int firstEndingAfter(List<Street> streets, int position) {
        int lo = 0;
        int hi = streets.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (streets.get(mid).end() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Street names, each with the end of its house number when one follows (else -1). */
    private static List<Street> streets(String t) {
        List<Street> streets = new ArrayList<>();
        int n = t.length();
        for (int i = 0; i < n; i++) {
            // Street names start with a capital, so only capitals at the start of a word are looked at.
            char c = t.charAt(i);
            if (!(c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) || i > 0 && Character.isLetter(t.charAt(i - 1))) {
                continue;
            }
            int end = wordEnd(t, i);
            if (end - i >= 3) {
                String folded = t.substring(i, end).toLowerCase(Locale.ROOT);
                String suffix = NOT_STREETS.contains(folded) ? null : streetWord(folded);
                if (suffix != null) {
                    int number = houseNumber(t, end);
                    if (number < 0 && suffix.length() == folded.length()) {
                        number = numberAfterParticles(t, end);
                    }
                    streets.add(new Street(i, end, number));
                }
            }
            i = end - 1;
        }
        return streets;
    }

    /** A word with inner hyphens or apostrophes, as in "Sint-Janstraat". */
    private static int wordEnd(String t, int start) {
        int j = start;
        while (j < t.length()) {
            char c = t.charAt(j);
            if (Character.isLetter(c)) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '’') && j + 1 < t.length() && Character.isLetter(t.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static String streetWord(String folded) {
        for (String s : STREET_WORDS) {
            if (folded.endsWith(s)) {
                return s;
            }
        }
        return null;
    }

    /** "Laan van Meerdervoort 12": up to three particles or capitalised words between street word and number. */
    private static int numberAfterParticles(String t, int from) {
        int pos = from;
        for (int words = 0; words < 3; words++) {
            if (pos >= t.length() || t.charAt(pos) != ' ') {
                return -1;
            }
            int start = pos + 1;
            if (start >= t.length() || !Character.isLetter(t.charAt(start))) {
                return -1;
            }
            int end = wordEnd(t, start);
            String w = t.substring(start, end);
            if (!Character.isUpperCase(w.charAt(0)) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return -1;
            }
            int number = houseNumber(t, end);
            if (number > 0) {
                return number;
            }
            pos = end;
        }
        return -1;
    }

    /**
     * A house number right after a street name: one space, 1 to 4 digits (no leading zero) and an optional
     * addition ("4a", "12-II", "12 bis"). Years and numbers with a unit are not house numbers.
     *
     * @return end of the number, or -1
     */
    private static int houseNumber(String t, int from) {
        int p = from;
        if (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\u00A0')) {
            p++;
        } else {
            return -1;
        }
        int digits = p;
        while (p < t.length() && Chars.isDigit(t.charAt(p)) && p - digits < 5) {
            p++;
        }
        int count = p - digits;
        if (count == 0 || count > 4 || t.charAt(digits) == '0') {
            return -1;
        }
        if (count == 4) {
            int value = Integer.parseInt(t, digits, p, 10);
            if (value >= 1800 && value <= 2099) {
                return -1;
            }
        }
        if (p < t.length()) {
            char c = t.charAt(p);
            if (Chars.isDigit(c) || c == '%' || (c == ',' || c == '.' || c == ':') && Chars.digitAt(t, p + 1)) {
                return -1;
            }
            if (Character.isLetter(c)) {
                // "4a" is an addition; "12km" or "3x" is not a house number.
                if (Chars.boundaryAt(t, p + 1) && !UNITS.contains(String.valueOf(Character.toLowerCase(c)))) {
                    p++;
                } else {
                    return -1;
                }
            }
        }
        return followedByUnit(t, p) ? -1 : p;
    }

    private static boolean followedByUnit(String t, int p) {
        int start = p;
        while (start < t.length() && t.charAt(start) == ' ') {
            start++;
        }
        if (start < t.length() && t.charAt(start) == '%') {
            return true;
        }
        int end = start;
        while (end < t.length() && Character.isLetter(t.charAt(end)) && end - start < 12) {
            end++;
        }
        return start > p && end > start && UNITS.contains(t.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** "5211 AB 12" or "5211 AB, 12": a house number just after the postcode. */
    private static int numberAfter(String t, int end) {
        int p = end;
        int skipped = 0;
        while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == ',') && skipped < 3) {
            p++;
            skipped++;
        }
        if (skipped == 0) {
            return -1;
        }
        int digits = p;
        while (p < t.length() && Chars.isDigit(t.charAt(p)) && p - digits < 6) {
            p++;
        }
        if (p == digits || p - digits > 5 || !Chars.boundaryAt(t, p) && !Character.isLetter(t.charAt(p))) {
            return -1;
        }
        if (p < t.length() && Character.isLetter(t.charAt(p))) {
            if (!Chars.boundaryAt(t, p + 1)) {
                return -1;
            }
            p++;
        }
        return followedByUnit(t, p) ? -1 : p;
    }

    /** "12, 5211 AB": a house number and a comma just before the postcode. */
    private static int numberBefore(String t, int start) {
        int p = start - 1;
        boolean comma = false;
        while (p >= 0 && start - p <= 3 && (t.charAt(p) == ' ' || t.charAt(p) == ',')) {
            comma |= t.charAt(p) == ',';
            p--;
        }
        if (!comma || p < 0) {
            return -1;
        }
        if (Character.isLetter(t.charAt(p)) && p > 0 && Chars.isDigit(t.charAt(p - 1))) {
            p--; // "12a, 5211 AB"
        }
        int end = p + 1;
        while (p >= 0 && Chars.isDigit(t.charAt(p)) && end - p <= 5) {
            p--;
        }
        int digits = end - p - 1;
        return digits > 0 && digits <= 5 && Chars.boundaryAt(t, p) ? p + 1 : -1;
    }

    private static boolean hasBlankLine(String t, int from, int to) {
        boolean lineIsEmpty = false;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                if (lineIsEmpty) {
                    return true;
                }
                lineIsEmpty = true;
            } else if (c != ' ' && c != '\t') {
                lineIsEmpty = false;
            }
        }
        return false;
    }
}
