package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.assertFindings;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** E-mail addresses; reserved example domains can belong to nobody and pass. */
class PrivacyEmailTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("mail naar j.devries@voorbeeldmail.nl of bel", List.of("e-mail=j.devries@voorbeeldmail.nl")),
                Arguments.of("<fatima_1975@provider-x.com>", List.of("e-mail=fatima_1975@provider-x.com")),
                Arguments.of("**jan+post@buurt.amsterdam**", List.of("e-mail=jan+post@buurt.amsterdam")),
                Arguments.of("adres: Ayşe.Yılmaz@post.nl.", List.of("e-mail=Ayşe.Yılmaz@post.nl")),
                Arguments.of("twee: a.b@c-d.nl, x@y.org", List.of("e-mail=a.b@c-d.nl", "e-mail=x@y.org")),
                Arguments.of("[mail](mailto:wijkteam.zuid@gemeente-voorbeeld.nl)",
                        List.of("e-mail=wijkteam.zuid@gemeente-voorbeeld.nl")),
                // not reported: reserved example domains, handles, no top-level domain
                Arguments.of("bijvoorbeeld info@example.org of naam@example.com", List.of()),
                Arguments.of("test@wijkteam.test en iemand@iets.example", List.of()),
                Arguments.of("volg @gemeente op sociale media", List.of()),
                Arguments.of("naam@localhost en naam@server", List.of()),
                Arguments.of("naam@domein.n1", List.of()),
                Arguments.of("een @ tussen woorden", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("texts")
    void reportsEmailAddressesExceptReservedExampleDomains(String text, List<String> expected) {
        assertFindings("casus", text, List.of(), List.of(), expected);
    }
}
