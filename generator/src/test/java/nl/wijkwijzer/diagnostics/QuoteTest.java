package nl.wijkwijzer.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A message repeats what the redacteur wrote only when the privacy guard finds nothing personal in it.
 * The personal values here are computed fakes (elfproef, mod 97), as in the privacy tests.
 */
class QuoteTest {

    /** Nine digits that pass the elfproef (the last digit chosen to fit). */
    private static String fakeBsn(String eight) {
        for (int last = 0; last <= 9; last++) {
            String nine = eight + last;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (i < 8 ? 9 - i : -1) * (nine.charAt(i) - '0');
            }
            if (Math.floorMod(sum, 11) == 0) {
                return nine;
            }
        }
        throw new IllegalStateException("no check digit for " + eight);
    }

    static Stream<Arguments> personal() {
        String bsn = fakeBsn("12345678");
        return Stream.of(Arguments.of("bsn", bsn), Arguments.of("bsn in an id", "casus-" + bsn),
                Arguments.of("bsn, full-width digits", bsn.chars().mapToObj(c -> String.valueOf((char) (c - '0' + 0xFF10)))
                        .reduce("", String::concat)),
                Arguments.of("mobile number", "06-12345678"), Arguments.of("e-mail", "j.jansen@voorbeeldmail.nl"),
                Arguments.of("written-out e-mail", "j.jansen [at] voorbeeldmail [dot] nl"),
                Arguments.of("address", "Kerkstraat 12"), Arguments.of("first name", "fatima"),
                Arguments.of("first name in a sentence start", "Mohammed belde"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personal")
    void aPersonalValueIsDescribed(String kind, String value) {
        // assertTrue, not assertEquals: a failure must not print the (fake) value either.
        assertTrue(Quote.DESCRIBED.equals(Quote.of(value)), kind);
        assertTrue(Quote.DESCRIBED.equals(Quote.bare(value)), kind);
        assertTrue(Quote.DESCRIBED.equals(Quote.text("found '" + value + "' here")), kind);
    }

    @Test
    void anOrdinaryValueIsQuoted() {
        assertEquals("'noord'", Quote.of("noord"));
        assertEquals("'klaar'", Quote.of("klaar"));
        assertEquals("huur-na-opname", Quote.bare("huur-na-opname"));
        assertEquals("'weeffout-2024'", Quote.of("weeffout-2024"));
        assertEquals("mapping values are not allowed here", Quote.text("mapping values are not allowed here"));
    }

    @Test
    void aLongValueIsShortenedAndTheCutIsCheckedToo() {
        assertEquals("'" + "a".repeat(60) + "…'", Quote.of("a".repeat(100)));
        // Ten digits are no BSN; the first nine of them, cut off at the limit, would be one.
        String bsn = fakeBsn("12345678");
        String longer = "x".repeat(50) + " " + bsn + "0";
        assertTrue(Quote.DESCRIBED.equals(Quote.of(longer)), "the cut value holds a BSN");
    }
}
