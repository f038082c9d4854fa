package nl.wijkwijzer.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void euroAmountsUseDutchSeparators() {
        assertEquals("€ 3.000", Format.euro(new BigDecimal("3000")));
        assertEquals("€ 1.234.567", Format.euro(new BigDecimal("1234567.00")));
        assertEquals("€ 62,50", Format.euro(new BigDecimal("62.5")));
        assertEquals("-€ 12", Format.euro(new BigDecimal("-12")));
    }

    /** The hand-written grouping against DecimalFormat with the nl-NL symbols, the formatter it replaced. */
    @Test
    void amountsAndNumbersAreWhatDecimalFormatWrites() {
        DecimalFormatSymbols nl = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));
        DecimalFormat whole = new DecimalFormat("#,##0", nl);
        DecimalFormat cents = new DecimalFormat("#,##0.00", nl);
        Random random = new Random(22);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = switch (i % 4) {
                case 0 -> random.nextInt(1000) - 500;
                case 1 -> random.nextInt(10_000_000);
                case 2 -> random.nextLong() / 1000;
                default -> (long) (random.nextInt(100_000) - 50_000) * 100;
            };
            BigDecimal amount = BigDecimal.valueOf(unscaled, random.nextInt(4));
            BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
            boolean isWhole = a.stripTrailingZeros().scale() <= 0;
            String expected = (a.signum() < 0 ? "-€ " : "€ ") + (isWhole ? whole : cents).format(a.abs());
            assertEquals(expected, Format.euro(amount), amount.toPlainString());
            assertEquals(whole.format(unscaled), Format.number(unscaled), Long.toString(unscaled));
        }
        assertEquals(whole.format(Long.MIN_VALUE), Format.number(Long.MIN_VALUE));
        assertEquals("€ 0,05", Format.euro(new BigDecimal("0.05")));
        assertEquals("€ 0,50", Format.euro(new BigDecimal("0.5")));
        assertEquals("€ 0", Format.euro(BigDecimal.ZERO));
    }

    @Test
    void datesAreWrittenOutInDutch() {
        assertEquals("14 maart 2024", Format.date(LocalDate.of(2024, 3, 14)));
        assertEquals("", Format.date(null));
    }

    @Test
    void aFieldInMidSentenceLosesItsCapitalButNotAnAbbreviation() {
        assertEquals("binnen vijf werkdagen", Format.inZin("Binnen vijf werkdagen"));
        assertEquals("direct; bij een crisis", Format.inZin("Direct; bij een crisis"));
        assertEquals("GGZ binnen een week", Format.inZin("GGZ binnen een week"));
        assertEquals("a", Format.inZin("A"));
        assertEquals("al klein", Format.inZin("al klein"));
        assertEquals("", Format.inZin(""));
    }

    @Test
    void aFieldAsSentenceEndsWithExactlyOneFullStop() {
        assertEquals("Dag en nacht.", Format.zin("Dag en nacht"));
        assertEquals("Dag en nacht.", Format.zin("Dag en nacht. "));
        assertEquals("Bel 112!", Format.zin("Bel 112!"));
        assertEquals("", Format.zin(null));
    }
}
