package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.assertFindings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wijkwijzer.personal.Checksums;

/** BSN: nine digits in the usual notations that pass the elfproef. 111222333 and 123456782 are test numbers. */
class PrivacyBsnTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                // reported: every notation of a number that passes the elfproef, with or without a keyword
                Arguments.of("Haar BSN is 111222333.", List.of("bsn=111222333")),
                Arguments.of("burgerservicenummer 123456782", List.of("bsn=123456782")),
                Arguments.of("nummer 111222333 staat op de brief", List.of("bsn=111222333")),
                Arguments.of("BSN: 1234.56.782", List.of("bsn=1234.56.782")),
                Arguments.of("BSN 123.456.782", List.of("bsn=123.456.782")),
                Arguments.of("bsn 123 456 782 (uit het dossier)", List.of("bsn=123 456 782")),
                Arguments.of("bsn 123-456-782", List.of("bsn=123-456-782")),
                Arguments.of("eerst 111222333 en later 123456782", List.of("bsn=111222333", "bsn=123456782")),
                Arguments.of("BSN 012345672 begint met een nul", List.of("bsn=012345672")),
                Arguments.of("(111222333)", List.of("bsn=111222333")),
                // not reported: the elfproef fails, even right after the keyword
                Arguments.of("BSN 111222334", List.of()),
                Arguments.of("burgerservicenummer: 123456789", List.of()),
                Arguments.of("BSN 1234.56.789", List.of()),
                Arguments.of("BSN 000000000", List.of()),
                // not reported: part of something longer, mixed separators, or an amount
                Arguments.of("kenmerk 1111222333", List.of()),
                Arguments.of("kenmerk 11122233", List.of()),
                Arguments.of("dossier AB111222333", List.of()),
                Arguments.of("versie 1.111222333", List.of()),
                Arguments.of("nummer 111222333-4", List.of()),
                Arguments.of("nummer 123.456-782", List.of()),
                Arguments.of("nummer 12 3456 782", List.of()),
                Arguments.of("een begroting van € 123.456.782 per jaar", List.of()),
                Arguments.of("een bedrag van 123.456.782,00 euro", List.of()),
                Arguments.of("zie https://example.org/besluit/111222333 voor het besluit", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("texts")
    void reportsOnlyNumbersThatPassTheElfproef(String text, List<String> expected) {
        assertFindings("casus", text, List.of(), List.of(), expected);
    }

    @Test
    void elfproefWeighsTheDigitsNineDownToTwoAndSubtractsTheLast() {
        assertEquals(true, Checksums.elfproef("111222333"));
        assertEquals(true, Checksums.elfproef("123456782"));
        assertEquals(true, Checksums.elfproef("100000009"));
        assertEquals(false, Checksums.elfproef("111222334"));
        assertEquals(false, Checksums.elfproef("123456789"));
        assertEquals(false, Checksums.elfproef("000000000"));
        assertEquals(false, Checksums.elfproef("12345678"));
        assertEquals(false, Checksums.elfproef("12345678a"));
    }

    @Test
    void everyComputedTestNumberIsReportedAndItsNeighboursAreNot() {
        for (String prefix : List.of("10000001", "20000002", "30303030", "45454545", "98765432")) {
            String bsn = PrivacyTesting.fakeBsn(prefix);
            if (bsn == null) {
                continue;
            }
            assertFindings("casus", "BSN " + bsn + " hier", List.of(), List.of(), List.of("bsn=" + bsn));
            String wrong = prefix + (char) ('0' + (bsn.charAt(8) - '0' + 1) % 10);
            assertFindings("casus", "BSN " + wrong + " hier", List.of(), List.of(), List.of());
        }
    }
}
