package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.assertFindings;
import static nl.wijkwijzer.privacy.PrivacyTesting.fakeIban;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wijkwijzer.personal.Checksums;

/** IBAN: right length for the country and a valid mod-97 check. Bank code ZZZZ and zeros keep them fake. */
class PrivacyIbanTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("rekening NL51ZZZZ0123456789 van de bewoner", List.of("iban=NL51ZZZZ0123456789")),
                Arguments.of("rekening NL51 ZZZZ 0123 4567 89.", List.of("iban=NL51 ZZZZ 0123 4567 89")),
                Arguments.of("rekening nl51 zzzz 0123 4567 89", List.of("iban=nl51 zzzz 0123 4567 89")),
                Arguments.of("IBAN: NL69TEST0000000001", List.of("iban=NL69TEST0000000001")),
                Arguments.of("Belgisch: BE54 0000 0000 0000", List.of("iban=BE54 0000 0000 0000")),
                Arguments.of("Duits: DE36 0000 0000 0000 0000 00", List.of("iban=DE36 0000 0000 0000 0000 00")),
                Arguments.of("Frans: FR76 0000 0000 0000 0000 0000 000", List.of("iban=FR76 0000 0000 0000 0000 0000 000")),
                Arguments.of("Brits: GB56ZZZZ00000000000000", List.of("iban=GB56ZZZZ00000000000000")),
                Arguments.of("Spaans: ES82 0000 0000 0000 0000 0000", List.of("iban=ES82 0000 0000 0000 0000 0000")),
                Arguments.of("Italiaans: IT78 X000 0000 0000 0000 0000 000", List.of("iban=IT78 X000 0000 0000 0000 0000 000")),
                Arguments.of("Luxemburgs: LU13 0000 0000 0000 0000", List.of("iban=LU13 0000 0000 0000 0000")),
                Arguments.of("Turks: TR47 0000 0000 0000 0000 0000 00", List.of("iban=TR47 0000 0000 0000 0000 0000 00")),
                // not reported: wrong check digits, wrong length, unknown country, glued to a word
                Arguments.of("rekening NL52ZZZZ0123456789", List.of()),
                Arguments.of("rekening NL51 ZZZZ 0123 4567 88", List.of()),
                Arguments.of("rekening NL51ZZZZ012345678", List.of()),
                Arguments.of("rekening NL51ZZZZ01234567890", List.of()),
                Arguments.of("rekening BE54 0000 0000 0000 0", List.of()),
                Arguments.of("code QQ12 3456 7890 1234 56", List.of()),
                Arguments.of("code XNL51ZZZZ0123456789", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("texts")
    void reportsOnlyIbansWithTheRightLengthAndCheckDigits(String text, List<String> expected) {
        assertFindings("casus", text, List.of(), List.of(), expected);
    }

    @Test
    void tableValuesAreComputedTestNumbers() {
        assertEquals("NL51ZZZZ0123456789", fakeIban("NL", "ZZZZ0123456789"));
        assertEquals("BE54000000000000", fakeIban("BE", "000000000000"));
        assertEquals("DE36000000000000000000", fakeIban("DE", "000000000000000000"));
        assertEquals("FR7600000000000000000000000", fakeIban("FR", "00000000000000000000000"));
        assertEquals("GB56ZZZZ00000000000000", fakeIban("GB", "ZZZZ00000000000000"));
        assertEquals("ES8200000000000000000000", fakeIban("ES", "00000000000000000000"));
        assertEquals("IT78X0000000000000000000000", fakeIban("IT", "X0000000000000000000000"));
        assertEquals("LU130000000000000000", fakeIban("LU", "0000000000000000"));
    }

    @Test
    void mod97AcceptsOnlyTheExactLengthOfTheCountry() {
        assertTrue(Checksums.iban("NL51ZZZZ0123456789"));
        assertFalse(Checksums.iban("NL51ZZZZ01234567890"));
        assertFalse(Checksums.iban("NL50ZZZZ0123456789"));
        assertFalse(Checksums.iban("QQ51ZZZZ0123456789"));
        assertEquals(16, Checksums.IBAN_LENGTHS.get("BE"));
        assertEquals(27, Checksums.IBAN_LENGTHS.get("IT"));
        assertEquals(20, Checksums.IBAN_LENGTHS.get("LU"));
    }
}
