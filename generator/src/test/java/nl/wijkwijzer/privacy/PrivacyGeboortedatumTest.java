package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.assertFindings;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dates of birth: a full date with a birth keyword or an age close by. */
class PrivacyGeboortedatumTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("geboren op 14-03-1975 in Utrecht", List.of("geboortedatum=14-03-1975")),
                Arguments.of("geb. 14/3/1975", List.of("geboortedatum=14/3/1975")),
                Arguments.of("Geboortedatum: 1975-03-14", List.of("geboortedatum=1975-03-14")),
                Arguments.of("Zij is op 14 maart 1975 geboren.", List.of("geboortedatum=14 maart 1975")),
                Arguments.of("geboren 2 mrt. 1980", List.of("geboortedatum=2 mrt. 1980")),
                Arguments.of("geb 14.03.1975", List.of("geboortedatum=14.03.1975")),
                Arguments.of("geboren 14-03-75", List.of("geboortedatum=14-03-75")),
                Arguments.of("14-03-1975 (48 jaar)", List.of("geboortedatum=14-03-1975")),
                Arguments.of("een man, 48 jaar oud, 14 maart 1975", List.of("geboortedatum=14 maart 1975")),
                Arguments.of("de 48-jarige (1 januari 1977)", List.of("geboortedatum=1 januari 1977")),
                // not reported: dates of meetings, invalid dates, ages without a date, far-away keywords
                Arguments.of("Besproken op 14-03-2024 aan de doorbraaktafel.", List.of()),
                Arguments.of("Op 1 april 2023 kreeg hij de sleutel.", List.of()),
                Arguments.of("geboren op 31-02-1975", List.of()),
                Arguments.of("geboren in 1975, nu 48 jaar oud", List.of()),
                Arguments.of("Sinds 14-03-2024 woont hij 2 jaar in de wijk", List.of()),
                Arguments.of("het gebouw sloot op 14-03-2024", List.of()),
                Arguments.of("besproken 14-03-24, de tafel was blij", List.of()),
                Arguments.of("Ze is geboren en getogen in de wijk. Jaren later, op 1 mei 2020, kwam de sleutel.",
                        List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("texts")
    void reportsDatesWithABirthKeywordOrAnAgeNearby(String text, List<String> expected) {
        assertFindings("casus", text, List.of(), List.of(), expected);
    }
}
