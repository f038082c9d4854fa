package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.assertFindings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wijkwijzer.diagnostics.Diagnostic;

/** Forbidden names from site.yaml (errors) and undeclared common first names in cases (warnings). */
class PrivacyNamenTest {
    private static final List<String> VERBODEN = List.of("Özdemir", "Jan de Vries", "Bakker");

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("Mevrouw Özdemir belde.", List.of("naam=Özdemir")),
                Arguments.of("mevrouw OZDEMIR belde", List.of("naam=OZDEMIR")),
                Arguments.of("mevrouw ozdemir belde", List.of("naam=ozdemir")),
                Arguments.of("Familie Özdemir-Bakker", List.of("naam=Özdemir", "naam=Bakker")),
                Arguments.of("toen kwam jan de vries binnen", List.of("naam=jan de vries")),
                Arguments.of("toen kwam Jan de\nVries binnen", List.of("naam=Jan de")),
                Arguments.of("het dossier van Bakker's zoon", List.of("naam=Bakker")),
                // not reported: only part of a word, or only part of a multi-word name
                Arguments.of("de bakkerij en de Bakkersstraat", List.of()),
                Arguments.of("Jan kwam, de Vries niet", List.of()),
                Arguments.of("Özdemirs zijn er veel", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("forbidden")
    void reportsForbiddenNamesAsWholeWordsInAnyCaseWithoutAccents(String text, List<String> expected) {
        assertFindings("weeffout", text, VERBODEN, List.of(), expected);
    }

    static Stream<Arguments> firstNames() {
        return Stream.of(
                Arguments.of("Toen belde Fatima de woningcorporatie.", List.of("voornaam=Fatima")),
                Arguments.of("De buurvrouw en Mehmet praten.", List.of("voornaam=Mehmet")),
                Arguments.of("Hulp van Sharmila en Marlon.", List.of("voornaam=Sharmila", "voornaam=Marlon")),
                Arguments.of("Het gesprek met Ayşe ging goed.", List.of("voornaam=Ayşe")),
                Arguments.of("Zij zegt dat Roos graag wil verhuizen.", List.of("voornaam=Roos")),
                Arguments.of("Volgens dhr. Yusuf is het goed.", List.of("voornaam=Yusuf")),
                Arguments.of("het gesprek liep lang en\nFatima bleef rustig", List.of("voornaam=Fatima")),
                Arguments.of("Bewoner: Khadija wil een woning.", List.of("voornaam=Khadija")),
                // not reported: declared pseudonyms, sentence starts, words that are also names, proper nouns
                Arguments.of("Daarna belde Jan de corporatie.", List.of()),
                Arguments.of("Fatima belt. Mehmet komt later.", List.of()),
                Arguments.of("- Fatima belt\n- Mehmet komt", List.of()),
                Arguments.of("Het gaat goed.\nFatima belt.", List.of()),
                Arguments.of("## Situatie\nFatima belt.", List.of()),
                Arguments.of("\"Fatima belt,\" zei hij. \"Mehmet niet.\"", List.of()),
                Arguments.of("Vraag: Wil je verhuizen? Antwoord: Roos, ja.", List.of()),
                Arguments.of("ik wil een roos en een bas", List.of()),
                Arguments.of("Opname in het Jeroen Bosch Ziekenhuis en het Sint Antonius", List.of()),
                Arguments.of("verhuisd naar de Willem de Zwijgerlaan", List.of()),
                Arguments.of("Een bewoner van de Sociale Dienst", List.of()),
                Arguments.of("afspraak in april en mei", List.of()),
                Arguments.of("FATIMA in hoofdletters telt niet", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("firstNames")
    void warnsAboutUndeclaredFirstNamesInsideSentencesOfACase(String text, List<String> expected) {
        assertFindings("casus", text, List.of(), List.of("Jan"), expected);
    }

    @Test
    void firstNameWarningIsAWarningWithHintToDeclareThePseudonym() {
        List<Diagnostic> d = PrivacyTesting.checkSituatie("casus", "Toen belde Fatima.", List.of(), List.of());
        assertEquals(1, d.size());
        assertFalse(d.get(0).isError());
        assertEquals("privacy-voornaam", d.get(0).code());
        assertEquals("mogelijk echte voornaam in 'situatie'", d.get(0).message());
        assertTrue(d.get(0).hint().contains("pseudoniemen"));
    }

    @Test
    void firstNamesAreOnlyCheckedInCases() {
        assertFindings("weeffout", "Toen belde Fatima.", List.of(), List.of(), List.of());
        assertFindings("vuistregel", "Toen belde Fatima.", List.of(), List.of(), List.of());
    }

    @Test
    void declaredPseudonymsAreNeverReportedUnlessAlsoForbidden() {
        assertFindings("casus", "Toen belde Fatima en Özdemir.", List.of(), List.of("Fatima", "Özdemir"), List.of());
        assertFindings("casus", "Toen belde Fatima en Özdemir.", List.of("Özdemir"), List.of("Fatima", "Özdemir"),
                List.of("naam=Özdemir"));
    }

    @Test
    void pseudonymsCompareWithoutCaseOrAccents() {
        assertFindings("casus", "Toen belde Ayşe.", List.of(), List.of("ayse"), List.of());
    }

    @Test
    void theListOfPseudonymsItselfIsNotReportedAsFirstNames() {
        var file = PrivacyTesting.file(PrivacyTesting.CASUS_PATH, "casus",
                "pseudoniemen: [oom Mehmet, tante Fatima]\nsituatie: Toen belde oom Mehmet.\n", List.of());
        assertEquals(List.of(), PrivacyTesting.check(file, List.of(), List.of()).stream()
                .filter(d -> d.message().contains("pseudoniemen")).toList());
    }
}
