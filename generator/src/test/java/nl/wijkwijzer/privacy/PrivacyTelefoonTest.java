package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.assertFindings;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Telephone numbers in every usual Dutch notation; service and municipal numbers are allowed. */
class PrivacyTelefoonTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("bel 06-12345678 na vijven", List.of("telefoon=06-12345678")),
                Arguments.of("bel 06 1234 5678", List.of("telefoon=06 1234 5678")),
                Arguments.of("bel 0612345678.", List.of("telefoon=0612345678")),
                Arguments.of("bel 06 12 34 56 78", List.of("telefoon=06 12 34 56 78")),
                Arguments.of("bel 06 - 12345678", List.of("telefoon=06 - 12345678")),
                Arguments.of("thuis 010-1234567", List.of("telefoon=010-1234567")),
                Arguments.of("thuis 073 123 45 67", List.of("telefoon=073 123 45 67")),
                Arguments.of("thuis 0413-123456", List.of("telefoon=0413-123456")),
                Arguments.of("thuis (010) 1234567", List.of("telefoon=010) 1234567")),
                Arguments.of("mobiel +31 6 12345678", List.of("telefoon=+31 6 12345678")),
                Arguments.of("mobiel +31612345678", List.of("telefoon=+31612345678")),
                Arguments.of("mobiel +31(0)6-12345678", List.of("telefoon=+31(0)6-12345678")),
                Arguments.of("mobiel +31 (0)6 1234 5678", List.of("telefoon=+31 (0)6 1234 5678")),
                Arguments.of("mobiel 0031 6 12345678", List.of("telefoon=0031 6 12345678")),
                Arguments.of("vast +31 10 123 4567", List.of("telefoon=+31 10 123 4567")),
                Arguments.of("bedrijf 088-1234567", List.of("telefoon=088-1234567")),
                Arguments.of("familie in Turkije: +90 532 123 45 67", List.of("telefoon=+90 532 123 45 67")),
                Arguments.of("familie in België: 0032 470 12 34 56", List.of("telefoon=0032 470 12 34 56")),
                Arguments.of("06-12345678 of 010-1234567", List.of("telefoon=06-12345678", "telefoon=010-1234567")),
                // not reported: service numbers, the municipal number 14 + area code, too short or too long
                Arguments.of("de gemeente is bereikbaar via 14 073", List.of()),
                Arguments.of("bel 14 0413 of ga langs", List.of()),
                Arguments.of("gratis via 0800-1234", List.of()),
                Arguments.of("gratis via 0800-0123456", List.of()),
                Arguments.of("betaald 0900-1234567", List.of()),
                Arguments.of("betaald 0900 123 45 67", List.of()),
                Arguments.of("bel +31 800 0123456", List.of()),
                Arguments.of("bel 06-1234567", List.of()),
                Arguments.of("bel 06-123456789", List.of()),
                Arguments.of("kenmerk 0612345678901", List.of()),
                Arguments.of("op 06-03-2024 om 09.00-17.00 uur", List.of()),
                Arguments.of("dossier A0612345678", List.of()),
                Arguments.of("tussen 0 en 10 keer", List.of()),
                Arguments.of("zie https://example.org/nieuws/0612345678", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("texts")
    void reportsPrivateNumbersInEveryNotationAndNotServiceNumbers(String text, List<String> expected) {
        assertFindings("casus", text, List.of(), List.of(), expected);
    }
}
