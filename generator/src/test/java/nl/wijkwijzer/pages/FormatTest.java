package nl.wijkwijzer.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void euroAmountsUseDutchSeparators() {
        assertEquals("€ 3.000", Format.euro(new BigDecimal("3000")));
        assertEquals("€ 1.234.567", Format.euro(new BigDecimal("1234567.00")));
        assertEquals("€ 62,50", Format.euro(new BigDecimal("62.5")));
        assertEquals("-€ 12", Format.euro(new BigDecimal("-12")));
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
