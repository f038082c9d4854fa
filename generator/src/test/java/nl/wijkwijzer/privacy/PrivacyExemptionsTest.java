package nl.wijkwijzer.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.personal.Soort;
import nl.wijkwijzer.content.ContentFile;
import nl.wijkwijzer.content.ContentFile.Exemption;
import nl.wijkwijzer.content.ContentSchemas;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;

/** Acknowledged false positives, and the fields where an organisation's own contact data belongs. */
class PrivacyExemptionsTest {
    private static final String CASUS = """
            titel: Casus
            situatie: Kenmerk 111222333 van de gemeente.
            blokkades:
              - toelichting: Besluit 123456782.
              - toelichting: Besluit 111222333.
            privacy-uitzonderingen:
              - soort: bsn
                veld: blokkades[2].toelichting
                reden: zaaknummer van de gemeente, geen BSN
              - soort: telefoon
                veld: situatie
                reden: oud
            """;

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.code() + " " + PrivacyTesting.fieldOf(d) + " " + d.line() + ":" + d.column()).toList();
    }

    private static List<Diagnostic> checkCasus(List<Exemption> exemptions) {
        return PrivacyTesting.check(PrivacyTesting.file(PrivacyTesting.CASUS_PATH, "casus", CASUS, exemptions),
                List.of(), List.of());
    }

    @Test
    void exemptionSuppressesOnlyThatKindInThatExactField() {
        List<Diagnostic> d = checkCasus(List.of(new Exemption("bsn", "blokkades[2].toelichting", "zaaknummer"),
                new Exemption("telefoon", "situatie", "oud")));
        assertEquals(List.of(
                "privacy-bsn situatie 2:19",
                "privacy-bsn blokkades[1].toelichting 4:26",
                "privacy-uitzondering-ongebruikt situatie 10:5"), codes(d));
    }

    @Test
    void unusedExemptionIsAWarningAtItsOwnEntryAndNamesKindAndField() {
        List<Diagnostic> d = checkCasus(List.of(new Exemption("telefoon", "situatie", "oud")));
        Diagnostic unused = d.stream().filter(x -> x.code().equals(PrivacyGuard.UNUSED)).findFirst().orElseThrow();
        assertFalse(unused.isError());
        assertEquals("uitzondering voor 'telefoon' in 'situatie' wordt niet gebruikt", unused.message());
        assertEquals(10, unused.line());
    }

    @Test
    void exemptionWithAFieldPathThatDoesNotExistIsReportedAsUnused() {
        List<Diagnostic> d = checkCasus(List.of(new Exemption("bsn", "blokkades[3].toelichting", "typfout")));
        assertEquals(1, d.stream().filter(x -> x.code().equals(PrivacyGuard.UNUSED)).count());
        assertEquals(3, d.stream().filter(x -> x.code().equals("privacy-bsn")).count());
    }

    @Test
    void exemptionOfOneFileDoesNotCoverTheSameFieldInAnotherFile() {
        ContentFile exempt = PrivacyTesting.file("content/casuistiek/a.yaml", "casus", "situatie: Kenmerk 111222333\n",
                List.of(new Exemption("bsn", "situatie", "zaaknummer")));
        ContentFile other = PrivacyTesting.file("content/casuistiek/b.yaml", "casus", "situatie: Kenmerk 111222333\n",
                List.of());
        Diagnostics d = new Diagnostics();
        PrivacyGuard.check(PrivacyGuard.Scope.of(List.of(exempt, other), PrivacyTesting.site(List.of()), Map.of()), d);
        assertEquals(List.of("content/casuistiek/b.yaml:1:19: fout: mogelijk BSN in 'situatie'"),
                d.sorted().stream().map(x -> x.format().lines().findFirst().orElseThrow()).toList());
    }

    @Test
    void hintExplainsHowToAcknowledgeWithKindAndFieldButNeverTheValue() {
        Diagnostic d = checkCasus(List.of()).get(0);
        assertEquals("mogelijk BSN in 'situatie'", d.message());
        assertTrue(d.hint().contains("privacy-uitzonderingen met soort: bsn, veld: situatie"), d.hint());
        PrivacyTesting.assertNoLeak(List.of(d), "111222333");
    }

    @Test
    void hintOnlyMentionsAcknowledgingWhereTheFileTypeAllowsIt() {
        List<Diagnostic> d = PrivacyTesting.check(PrivacyTesting.file("content/weeffouten/w.yaml", "weeffout",
                "beschrijving: bel 06-12345678\n", List.of()), List.of(), List.of());
        assertEquals(1, d.size());
        assertFalse(d.get(0).hint().contains("privacy-uitzonderingen"), d.get(0).hint());
    }

    @Test
    void everyKindCodeIsOneOfTheSchemaPrivacySoorten() {
        for (Soort s : Soort.values()) {
            assertTrue(ContentSchemas.PRIVACY_SOORTEN.contains(s.code()), s.code());
        }
        assertEquals(ContentSchemas.PRIVACY_SOORTEN.size(), Soort.values().length);
    }

    private static final String ORGANISATIE = """
            naam: Schuldhulp
            wat-ze-doen: Helpt bij schulden. Mail niet naar info@schuldhulp-voorbeeld.nl maar bel.
            contact:
              telefoon: 010-1234567
              email: info@schuldhulp-voorbeeld.nl
              website: https://schuldhulp-voorbeeld.nl
            """;

    @Test
    void organisationMayListItsGeneralNumberAndEmailOnlyUnderContact() {
        List<Diagnostic> d = PrivacyTesting.check(PrivacyTesting.file("content/wijknetwerk/schuldhulp.yaml",
                "organisatie", ORGANISATIE, List.of()), List.of(), List.of());
        assertEquals(List.of("privacy-e-mail wat-ze-doen 2:49"), codes(d));
    }

    @Test
    void mobileNumberUnderAnOrganisationsContactStillNeedsAnAcknowledgement() {
        List<Diagnostic> d = PrivacyTesting.check(PrivacyTesting.file("content/wijknetwerk/team.yaml", "organisatie",
                "naam: Team\ncontact:\n  telefoon: 06-12345678\n", List.of()), List.of(), List.of());
        assertEquals(List.of("privacy-telefoon contact.telefoon 3:13"), codes(d));
    }

    @Test
    void serviceAndMunicipalNumbersAreFineEverywhereAlsoInCases() {
        List<Diagnostic> d = PrivacyTesting.check(PrivacyTesting.file(PrivacyTesting.CASUS_PATH, "casus",
                "situatie: Ze belde 0800-1234 en de gemeente via 14 010.\n", List.of()), List.of(), List.of());
        assertEquals(List.of(), d);
    }

    @Test
    void siteListOfForbiddenNamesIsNotReportedButTheAccessibilityContactIsAllowed() {
        String site = """
                titel: Test
                privacy:
                  verboden-namen: [Fatima Özdemir]
                toegankelijkheid:
                  contact: toegankelijkheid@gemeente-voorbeeld.nl of 010-1234567
                  status: Fatima Özdemir
                """;
        List<Diagnostic> d = PrivacyTesting.check(PrivacyTesting.file("content/site.yaml", "site", site, List.of()),
                List.of("Fatima Özdemir"), List.of());
        assertEquals(List.of("privacy-naam toegankelijkheid.status 6:11"), codes(d));
    }
}
