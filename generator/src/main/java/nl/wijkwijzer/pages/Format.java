package nl.wijkwijzer.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dutch formatting of dates and amounts, done in Java so templates only place strings. */
public final class Format {
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private Format() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }


    /** "€ 3.000" (whole euros) or "€ 62,50". */
    public static String euro(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        boolean whole = a.stripTrailingZeros().scale() <= 0;
        String digits = a.abs().unscaledValue().toString(); // cents
        int euros = digits.length() - 2;
        StringBuilder sb = new StringBuilder(digits.length() + 8).append(a.signum() < 0 ? "-€ " : "€ ");
        grouped(sb, euros > 0 ? digits.substring(0, euros) : "0");
        if (!whole) {
            sb.append(',').append(euros > 0 ? digits.substring(euros) : (euros == 0 ? "" : "0") + digits);
        }
        return sb.toString();
    }

    /** "1.234.567": digits grouped by three with Dutch full stops, as {@code DecimalFormat("#,##0")} for nl-NL. */
    public static String number(long n) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (n < 0) {
            sb.append('-');
            digits = digits.substring(1);
        }
        grouped(sb, digits);
        return sb.toString();
    }

    /**
     * Appends non-negative decimal digits with a full stop before each group of three from the right.
     * By hand rather than with {@code DecimalFormat}, which is not thread-safe: sharing one would need
     * a lock or a per-thread copy, and making one per amount cost ~2% of a 10k build (JFR).
     * {@code FormatTest} holds it equal to {@code DecimalFormat} with the nl-NL symbols.
     */
    private static void grouped(StringBuilder sb, String digits) {
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            sb.append('.').append(digits, i, i + 3);
        }
    }

    /**
     * A field value placed after other words in a sentence ("reactietijd: binnen een week"): its first
     * letter in lower case, unless the first word is an abbreviation or name written in capitals ("GGZ").
     */
    public static String inZin(String s) {
        if (s == null || s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        int end = 1;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        boolean abbreviation = end > 1 && s.substring(1, end).chars().anyMatch(Character::isUpperCase);
        return abbreviation ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A field value as a whole sentence: trimmed and ended by exactly one full stop (or its own ! or ?). */
    public static String zin(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
