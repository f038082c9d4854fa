package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.assertFindings;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Addresses: street with house number, or postcode with a house number or street close by. */
class PrivacyAdresTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Hij woont aan de Kerkstraat 12 op drie hoog.", List.of("adres=Kerkstraat 12")),
                Arguments.of("woont Burgemeester de Withstraat 4a", List.of("adres=Withstraat 4a")),
                Arguments.of("op de Laan van Meerdervoort 12", List.of("adres=Laan van Meerdervoort 12")),
                Arguments.of("naar de Sint-Janstraat 3-II verhuisd", List.of("adres=Sint-Janstraat 3-II")),
                Arguments.of("aan de Oudegracht 231 bis", List.of("adres=Oudegracht 231")),
                Arguments.of("kamer aan de Markt 1.", List.of("adres=Markt 1")),
                Arguments.of("Kerkstraat 12, 5211 AB Den Bosch", List.of("adres=Kerkstraat 12, 5211 AB")),
                Arguments.of("post naar 5211 AB 12", List.of("adres=5211 AB 12")),
                Arguments.of("post naar 5211AB, Kerkstraat", List.of("adres=5211AB, Kerkstraat")),
                Arguments.of("nummer 12, 5211 AB in de wijk", List.of("adres=12, 5211 AB")),
                Arguments.of("5211 AB\nKerkstraat", List.of("adres=5211 AB")),
                // not reported: no street word, a postcode alone, years, units, excluded letters, far apart
                Arguments.of("Volgens Vuistregel 3 en artikel 6 van de Wet 2015", List.of()),
                Arguments.of("Participatiewet 2015 en Wmo 2015", List.of()),
                Arguments.of("Ze woont in postcodegebied 5211 AB.", List.of()),
                Arguments.of("Plein 1992 is vernoemd naar een jaar", List.of()),
                Arguments.of("Vanaf de Ringweg 10 minuten lopen", List.of()),
                Arguments.of("Het Buurtplein 3 keer per week", List.of()),
                Arguments.of("De Kerkstraat is druk.", List.of()),
                Arguments.of("kerkstraat 12 in kleine letters", List.of()),
                Arguments.of("Onderweg 2 keer overgestapt", List.of()),
                Arguments.of("code 1234 SA 12 en 1234 SS 5", List.of()),
                Arguments.of("5211 AB en veel verderop, na een hele tijd wachten, de Kerkstraat", List.of()),
                Arguments.of("5211 AB\n\nKerkstraat", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("texts")
    void reportsStreetsWithNumbersAndPostcodesWithANumberOrStreetNearby(String text, List<String> expected) {
        assertFindings("casus", text, List.of(), List.of(), expected);
    }
}
