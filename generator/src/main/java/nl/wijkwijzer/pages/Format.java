package nl.wijkwijzer.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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


    /** DecimalFormat is not thread-safe; one per thread, as making one per amount was ~2% of a 10k build (JFR). */
    private static final ThreadLocal<DecimalFormat> WHOLE = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(NL)));
    private static final ThreadLocal<DecimalFormat> CENTS = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL)));

    /** "€ 3.000" (whole euros) or "€ 62,50". */
    public static String euro(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        boolean whole = a.stripTrailingZeros().scale() <= 0;
        String s = (whole ? WHOLE : CENTS).get().format(a.abs());
        return (a.signum() < 0 ? "-€ " : "€ ") + s;
    }

    public static String number(long n) {
        return WHOLE.get().format(n);
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
