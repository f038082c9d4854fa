package nl.wijkwijzer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one placeholder rule behind the check warning and the notice on the pages. */
class VoorbeeldContactTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "info@example.org|true",
            "INFO@Example.COM|true",
            "hulp@wijkteam.example.net|true",
            "https://example.org/buurtplein|true",
            "https://wijkteam.example|true",
            "mail@gemeente.test|true",
            "https://gemeente.test:8080/x|true",
            "0000 123 456|true",
            "0123456789|true",
            "012-3456789|true",
            "06-12345678|true",
            "+31 6 12345678|true",
            "1234 567|true",
            "0800-0000401|true",
            "020 555 5555|true",
            "info@examples.org|false",
            "https://example.org.gemeente-noord.nl|false",
            "info@wijkteam-noord.nl|false",
            "https://wijkteam-noord.nl/hulp|false",
            "020 555 8172|false",
            "+31 20 555 8172|false",
            "0800-0123401|false",
            "14 073|false",
            "''|false",
            "bel 1234 voor info|false"})
    void placeholder(String value, boolean expected) {
        assertEquals(expected, VoorbeeldContact.isVoorbeeld(value), value);
    }
}
