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
}
