package nl.wijkwijzer.personal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a full date (14-03-1975, 14/3/1975, 14.03.1975, 1975-03-14, 14 maart 1975, 14 mrt. 1975,
 * and with a two-digit year 14-03-75, 3-4-'85, 12 april '79)
 * with "geboren", "geb." or "geboortedatum" close before or after it, or with an age next to it
 * ("(48 jaar)", "48 jaar oud", "de 48-jarige"). A date alone is not reported: cases are full of dates of
 * meetings and decisions. A two-digit year counts only next to a keyword: its century is unknown.
 */
public final class BirthDateDetector {
    private BirthDateDetector() {
    }

    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";

    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("maa", 3), Map.entry("mrt", 3), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** A year written with an apostrophe for the century: '79, ’79, `79. */
    private static final String SHORT_YEAR = "['\u2018\u2019`\u00B4]\\d{2}";

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2}|" + SHORT_YEAR + ")(?![\\p{N}])");
    private static final Pattern ISO = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\p{N}])");
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2})[ \\u00A0]{1,3}(" + MONTHS + ")\\.?[ \\u00A0]{1,3}(\\d{4}|" + SHORT_YEAR
                    + ")(?![\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern KEYWORD = Pattern.compile(
            "(?<![\\p{L}])(?:geboren|geboortedatum|geb\\.|geb(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AGE = Pattern.compile(
            "\\([ ]?\\d{1,3}[ ]?(?:jaar|jr\\.?)[ ]?\\)|(?<![\\p{N}])\\d{1,3}[ ]?(?:jaar|jr\\.?)[ ]oud(?![\\p{L}])"
                    + "|(?<![\\p{N}])\\d{1,3}-jarige?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How far before a date a keyword may stand ("geboren op 14 maart 1975"). */
    static final int BEFORE = 30;
    /** How far after a date a keyword may stand ("op 14 maart 1975 geboren"). */
    static final int AFTER = 25;
    /** How far an age may stand from the date, either side. */
    static final int AGE_WINDOW = 30;
    /** Longest date the patterns match ("14 september 1975" with extra spaces). */
    private static final int MAX_DATE = 25;

    static void find(String t, int[] urls, List<Finding> out) {
        // A date counts only next to a keyword or an age, so those are found first (cheaply, with
        // indexOf) and the date patterns run only around them. Most texts have neither.
        int[] regions = regionsAroundAnchors(t);
        int r = 0;
        while (r < regions.length) {
            int from = regions[r];
            int to = regions[r + 1];
            r += 2;
            while (r < regions.length && regions[r] <= to) { // overlapping regions become one
                to = Math.max(to, regions[r + 1]);
                r += 2;
            }
            findDates(t, from, to, urls, out);
        }
    }

    private static void findDates(String t, int from, int to, int[] urls, List<Finding> out) {
        Matcher m = region(NUMERIC, t, from, to);
        while (m.find()) {
            int year = year(m.group(4));
            check(t, m.start(), m.end(), year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), urls, out);
        }
        m = region(ISO, t, from, to);
        while (m.find()) {
            check(t, m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), urls, out);
        }
        m = region(WRITTEN, t, from, to);
        while (m.find()) {
            String month = m.group(2).toLowerCase(java.util.Locale.ROOT);
            Integer number = MONTH_NUMBERS.get(month.substring(0, 3));
            if (number != null) {
                check(t, m.start(), m.end(), year(m.group(3)), number, Integer.parseInt(m.group(1)), urls, out);
            }
        }
    }

    /** The year, or -1 for a year of two digits ("75", "'75"), whose century is unknown. */
    private static int year(String group) {
        return group.length() == 4 && Character.isDigit(group.charAt(0)) ? Integer.parseInt(group) : -1;
    }

    /** Sorted [from, to) pairs around every birth keyword and age, wide enough to hold a date in reach. */
    private static int[] regionsAroundAnchors(String t) {
        int[] regions = new int[0];
        int count = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = (char) (t.charAt(i) | 0x20); // ASCII lower case; the anchors are ASCII words
            int from;
            int to;
            if (c == 'g' && t.regionMatches(true, i, "geb", 0, 3)
                    && (i + 3 >= t.length() || (t.charAt(i + 3) | 0x20) == 'o' || !Character.isLetter(t.charAt(i + 3)))) {
                if (!region(KEYWORD, t, i, Math.min(t.length(), i + 14)).lookingAt()) {
                    continue;
                }
                from = i - AFTER - MAX_DATE;
                to = i + BEFORE + MAX_DATE;
            } else if (c == 'j' && (Chars.digitAt(t, i - 1) || Chars.digitAt(t, i - 2))
                    && (t.regionMatches(true, i, "ja", 0, 2) || t.regionMatches(true, i, "jr", 0, 2))) {
                if (!region(AGE, t, Math.max(0, i - 7), Math.min(t.length(), i + 12)).find()) {
                    continue;
                }
                from = i - AGE_WINDOW - 2 * MAX_DATE;
                to = i + AGE_WINDOW + 2 * MAX_DATE;
            } else {
                continue;
            }
            if (count + 2 > regions.length) {
                regions = java.util.Arrays.copyOf(regions, Math.max(8, regions.length * 2));
            }
            regions[count++] = Math.max(0, from);
            regions[count++] = Math.min(t.length(), to);
        }
        regions = java.util.Arrays.copyOf(regions, count);
        sortPairs(regions);
        return regions;
    }

    private static void sortPairs(int[] pairs) {
        long[] packed = new long[pairs.length / 2];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (long) pairs[2 * i] << 32 | pairs[2 * i + 1];
        }
        java.util.Arrays.sort(packed);
        for (int i = 0; i < packed.length; i++) {
            pairs[2 * i] = (int) (packed[i] >>> 32);
            pairs[2 * i + 1] = (int) packed[i];
        }
    }

    private static Matcher region(Pattern p, String t, int from, int to) {
        Matcher m = p.matcher(t);
        m.region(Math.max(0, from), Math.min(t.length(), to));
        m.useTransparentBounds(true);
        return m;
    }

    /** @param year the year, or -1 for a two-digit year (only counted next to a keyword) */
    private static void check(String t, int start, int end, int year, int month, int day, int[] urls, List<Finding> out) {
        if (Chars.inSpans(urls, start) || !isDate(year < 0 ? 2000 : year, month, day)) {
            return;
        }
        boolean keyword = near(KEYWORD, t, start - BEFORE, start) || near(KEYWORD, t, end, end + AFTER);
        boolean age = year >= 0 && near(AGE, t, start - AGE_WINDOW, end + AGE_WINDOW);
        if (keyword || age) {
            out.add(new Finding(Soort.GEBOORTEDATUM, start, end));
        }
    }

    private static boolean isDate(int year, int month, int day) {
        if (year < 1900 || year > 2099) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean near(Pattern p, String t, int from, int to) {
        return from < to && region(p, t, from, to).find();
    }
}
