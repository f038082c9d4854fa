package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.model.Kosten;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.report.WeeffoutReport.Periode;
import nl.wijkwijzer.report.WeeffoutReport.Rapport;
import nl.wijkwijzer.report.WeeffoutReport.Regel;

/** Exact figures on the fixture in src/test/resources/report/content (k-drempel 3, min 3 casussen in 2 wijken). */
class WeeffoutReportTest {
    private static final Rapport PRO = WeeffoutReport.compute(
            ReportFixtures.view(ReportFixtures.FIXTURE, Zichtbaarheid.PROFESSIONALS), Zichtbaarheid.PROFESSIONALS);
    private static final Rapport PUB = WeeffoutReport.compute(
            ReportFixtures.view(ReportFixtures.FIXTURE, Zichtbaarheid.PUBLIEK), Zichtbaarheid.PUBLIEK);

    private static Regel regel(Rapport r, String id) {
        return r.weeffout(id).orElseThrow();
    }

    private static BigDecimal eur(long n) {
        return BigDecimal.valueOf(n);
    }

    @Test
    void defaultPeriodIsTwelveMonthsUpToNewestCaseOfTheAudience() {
        assertEquals(new Periode(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)), PRO.periode());
        assertEquals(LocalDate.of(2025, 12, 31), PRO.standVan());
        // c05 (31 December) is professionals-only, so the public report stands at c04.
        assertEquals(LocalDate.of(2025, 11, 15), PUB.standVan());
        assertEquals(LocalDate.of(2024, 11, 16), PUB.periode().van());
    }

    @Test
    void previousPeriodHasEqualLength() {
        assertEquals(new Periode(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31)), Periode.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
        assertEquals(new Periode(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 10)), Periode.of(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 20)));
    }

    @Test
    void quarterBuckets() {
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"),
                WeeffoutReport.quarters(LocalDate.of(2025, 2, 15), LocalDate.of(2026, 1, 10)));
        assertEquals(List.of("2025-Q4"), WeeffoutReport.quarters(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"), PRO.kwartalen());
        // c01..c04 fall in Q1..Q4, one each; the professionals report shows every count exactly.
        assertEquals(List.of("1", "1", "1", "1"),
                regel(PRO, "wachtlijst-woning").perKwartaal().stream().map(Aantal::tekst).toList());
        // Cases with a weeffout per quarter: 1, 1, 1, 2 (c04 and c05).
        assertEquals(List.of("1", "1", "1", "2"), PRO.kwartaalTotalen().stream().map(Aantal::tekst).toList());
    }

    @Test
    void groupingPerWeeffout() {
        Regel w = regel(PRO, "wachtlijst-woning");
        assertEquals(Integer.valueOf(4), w.casussen().getoond());
        assertEquals(2, w.wijken());
        assertEquals(3, w.partners()); // wijkteam, corporatie, schuldhulp
        assertEquals(LocalDate.of(2024, 3, 1), w.eersteGezien());
        assertEquals(LocalDate.of(2025, 11, 15), w.laatstGezien());
        assertEquals(730, w.escalatieDagen());
        assertEquals("woningcorporatie", w.eigenaar());
        assertEquals(List.of("woningcorporatie", "Wmo"), w.schotten());
        assertEquals(List.of("c01", "c02", "c03", "c04"), w.casusLijst().stream().map(WeeffoutReport.CasusRef::id).toList());
        Regel s = regel(PRO, "schuld-blokkeert");
        assertEquals("2", s.casussen().tekst());
        assertEquals(213, s.escalatieDagen());
        // Order: shown counts first, then what muddling on costs.
        assertEquals(List.of("wachtlijst-woning", "schuld-blokkeert", "zorg-stopt"),
                PRO.weeffouten().stream().map(Regel::id).toList());
    }

    @Test
    void thresholdsAndNewStructural() {
        Regel w = regel(PRO, "wachtlijst-woning");
        assertTrue(w.structureel());
        assertTrue(w.nieuwStructureel()); // one case in 2024
        Regel z = regel(PRO, "zorg-stopt");
        assertFalse(z.structureel());
        assertTrue(z.vorigeStructureel()); // three cases in two wijken in 2024
        assertFalse(regel(PRO, "schuld-blokkeert").structureel()); // two cases only
        assertEquals(1, PRO.totalen().structureel());
        assertEquals(1, PRO.totalen().nieuwStructureel());
    }

    @Test
    void costsNormalisedPerYear() {
        assertEquals(eur(5200), new Kosten.Post("x", eur(100), "week", 1).perJaar());
        assertEquals(eur(2400), new Kosten.Post("x", eur(200), "maand", 1).perJaar());
        assertEquals(eur(2000), new Kosten.Post("x", eur(500), "kwartaal", 1).perJaar());
        assertEquals(eur(1000), new Kosten.Post("x", eur(1000), "jaar", 1).perJaar());
        // One-off amounts never enter a yearly figure; they are kept apart.
        assertEquals(eur(0), new Kosten.Post("x", eur(1500), "eenmalig", 1).perJaar());
        assertEquals(eur(1500), new Kosten.Post("x", eur(1500), "eenmalig", 1).eenmaligBedrag());
        assertEquals(eur(1500), new Kosten.Post("x", eur(250), "keer", 6).perJaar());
        // wachtlijst-woning: c01 5200/2400, c02 (1500 one-off)/2000, c03 1500/1000, c04 none
        assertEquals(new WeeffoutReport.Bedragen(eur(6700), eur(5400), eur(1300)), regel(PRO, "wachtlijst-woning").kosten());
        // schuld-blokkeert: c03 1500/1000, c05 2600/(400 one-off)
        assertEquals(new WeeffoutReport.Bedragen(eur(4100), eur(1000), eur(3100)), regel(PRO, "schuld-blokkeert").kosten());
        assertEquals(new WeeffoutReport.Bedragen(eur(9300), eur(5400), eur(3900)), PRO.totalen().kosten());
        assertEquals(new WeeffoutReport.Bedragen(eur(6700), eur(5400), eur(1300)), PUB.totalen().kosten());
        assertEquals(new WeeffoutReport.Bedragen(eur(4160), eur(1800), eur(2360)), PRO.totalen().kostenVorige());
        assertEquals(List.of("schuld-blokkeert", "wachtlijst-woning"), PRO.samenvatting().topOpKosten());
    }

    @Test
    void periodComparison() {
        assertEquals("5", PRO.totalen().casussenMetWeeffout().tekst());
        assertEquals("4", PRO.totalen().casussenMetWeeffoutVorige().tekst());
        assertEquals("1", regel(PRO, "wachtlijst-woning").casussenVorige().tekst());
        assertEquals("+3", regel(PRO, "wachtlijst-woning").verandering());
        assertEquals(List.of("Casussen met een weeffout: 5 (vorige periode: 4).",
                "Wat doormodderen kost: € 3.900 per jaar (vorige periode: € 2.360).",
                "Nieuw structureel: Te lange wachtlijst voor een woning.",
                "Niet meer structureel: Begeleiding stopt bij de verhuizing."), PRO.samenvatting().veranderingen());
        // A custom period: 2024 as the report period, 2023 before it.
        Rapport y2024 = WeeffoutReport.compute(ReportFixtures.view(ReportFixtures.FIXTURE, Zichtbaarheid.PROFESSIONALS),
                Zichtbaarheid.PROFESSIONALS, Periode.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        Regel z = y2024.weeffout("zorg-stopt").orElseThrow();
        assertEquals("3", z.casussen().tekst());
        assertTrue(z.nieuwStructureel());
        assertEquals("Voor het eerst in een casus gezien: Begeleiding stopt bij de verhuizing.",
                y2024.samenvatting().veranderingen().get(3));
    }

    @Test
    void breakdownsAreExactForPublicAndProfessionals() {
        // noord 3 (c01 c03 c04), zuid 2 (c02 c05), total 5.
        assertEquals(List.of("Noord=3", "Zuid=2"),
                PRO.perWijk().rijen().stream().map(r -> r.label() + "=" + r.casussen().tekst()).toList());
        assertEquals("5", PRO.perWijk().totaal().tekst());
        // Public: the public cases only (c05 is professionals-only): noord 3, zuid 1, total 4.
        assertEquals(List.of("Noord=3", "Zuid=1"),
                PUB.perWijk().rijen().stream().map(r -> r.label() + "=" + r.casussen().tekst()).toList());
        assertEquals("4", PUB.perWijk().totaal().tekst());
        assertEquals(List.of("Wonen=4", "Inkomen=2", "Zorg=0"),
                PRO.perCategorie().rijen().stream().map(r -> r.label() + "=" + r.casussen().tekst()).toList());
        assertEquals(List.of("Gemeente", "Zorgkantoor", "Woningcorporatie"),
                PRO.perEigenaar().rijen().stream().map(WeeffoutReport.Uitsplitsing::label).toList());
        assertEquals(List.of("wachtlijst-woning", "schuld-blokkeert"),
                PRO.perVuistregel().rijen().stream().filter(r -> r.id().equals("wonen")).findFirst().orElseThrow().weeffouten());
    }

    @Test
    void publicReportCountsAndListsPublicCasesExactly() {
        Regel s = regel(PUB, "schuld-blokkeert"); // one public case: c03, listed on the public site anyway
        assertTrue(s.casussenZichtbaar());
        assertEquals("1", s.casussen().tekst());
        assertEquals(List.of("c03"), s.casusLijst().stream().map(WeeffoutReport.CasusRef::id).toList());
        assertTrue(regel(PUB, "wachtlijst-woning").casussenZichtbaar());
        // Professionals see the list even below the threshold.
        assertEquals(List.of("c03", "c05"), regel(PRO, "schuld-blokkeert").casusLijst().stream()
                .map(WeeffoutReport.CasusRef::id).toList());
    }

    @Test
    void freeBlockersBecomeCandidates() {
        assertEquals(2, PRO.kandidaten().size());
        assertEquals(List.of("briefadres", "uitkering"), PRO.kandidaten().get(0).kernwoorden());
        assertEquals(List.of("c06", "c05"), PRO.kandidaten().get(0).casusLijst().stream().map(WeeffoutReport.CasusRef::id).toList());
        assertEquals(List.of("energieleverancier", "waarborgsom"), PRO.kandidaten().get(1).kernwoorden());
        // The public view lacks c05, so only the energy group is left, counted and listed exactly.
        assertEquals(1, PUB.kandidaten().size());
        assertEquals("2", PUB.kandidaten().get(0).casussen().tekst());
        assertEquals(2, PUB.kandidaten().get(0).casusLijst().size());
    }

    @Test
    void uitstroommonitor() {
        Uitstroom u = PRO.uitstroom().orElseThrow();
        // Capacity 300 -> 100 from 1 January 2022 to the end of 2025: 2024-Q4 is 3 of 4 years in.
        assertEquals(new Uitstroom.Rij("2024-Q4", 220, 150, new Aantal(6, "6"), new Aantal(2, "2"), 120, null, null),
                u.kwartalen().get(0));
        // The monitor's aggregates are not public cases: outside the professionals' report a count of 1..k-1 is hidden.
        assertEquals(new Aantal(null, "niet getoond"), PUB.uitstroom().orElseThrow().kwartalen().get(0).instroom());
        assertEquals(new Uitstroom.Rij("2025-Q2", 190, 125, new Aantal(4, "4"), new Aantal(3, "3"), 95, null, null),
                u.kwartalen().get(1));
        Uitstroom.Doel cap = u.doelen().get(0);
        assertEquals(Uitstroom.Oordeel.ACHTER, cap.oordeel()); // 190 against 125, margin 10
        assertEquals(null, cap.trendPerKwartaal()); // two quarters are too few for a trend
        assertEquals(null, u.doelen().get(1).oordeel()); // no outflow shares in the fixture
    }

    /**
     * Free blockers (no weeffout) that say the same thing in other words become one candidate weeffout:
     * three cases without a briefadres, two with an energy deposit, one unrelated, with the report fixture's records.
     */
    @Test
    void freeBlockersInOtherWordsGroupIntoCandidates(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws java.io.IOException {
        java.nio.file.Path content = tmp.resolve("content");
        nl.wijkwijzer.author.TestContent.copyTree(ReportFixtures.FIXTURE, content);
        try (var cases = java.nio.file.Files.list(content.resolve("casuistiek"))) {
            for (java.nio.file.Path c : cases.toList()) {
                java.nio.file.Files.delete(c); // only the cases below: the fixture's own free blockers would join the groups
            }
        }
        java.util.Map<String, String> vrij = new java.util.LinkedHashMap<>();
        vrij.put("briefadres-a", "Zonder briefadres kan de bijstandsaanvraag niet beginnen. De wachttijd voor een afspraak over een"
                + " briefadres is weken, en in die tijd heeft hij geen geld.");
        vrij.put("briefadres-b", "Zonder briefadres kan hij zich niet inschrijven. Daardoor kan zijn uitkering niet starten en kan"
                + " de verslavingszorg niet beginnen.");
        vrij.put("briefadres-c", "Zonder briefadres kan hij geen uitkering aanvragen en niet aangemeld worden voor begeleiding. Een"
                + " briefadres krijgt hij pas na een gesprek waar weken wachttijd voor is.");
        vrij.put("waarborgsom-a", "De energieleverancier eist een hoge waarborgsom voordat een nieuwe woning wordt aangesloten. Voor"
                + " iemand zonder spaargeld is dat een harde drempel.");
        vrij.put("waarborgsom-b", "De energieleverancier wil pas aansluiten na een hoge waarborgsom. Voor iemand die net uit beschermd"
                + " wonen komt, is dat onhaalbaar.");
        vrij.put("los", "De buurman speelt elke avond luid trompet en niemand grijpt in.");
        for (var e : vrij.entrySet()) {
            java.nio.file.Files.writeString(content.resolve("casuistiek/" + e.getKey() + ".yaml"), """
                    titel: Casus %s
                    samenvatting: Testcasus.
                    wijk: noord
                    datum: 2025-03-01
                    status: lopend
                    vuistregels: [wonen]
                    doelgroep: maatschappelijke-opvang
                    fictief: true
                    zichtbaarheid: publiek
                    situatie: Een testsituatie.
                    hulpvraag: {wat-wil-ik: Een woning., wat-kan-ik: Zelf koken., wat-heb-ik-nodig: Hulp bij geld.}
                    blokkades:
                      - {weeffout: wachtlijst-woning, toelichting: Geen woning beschikbaar.}
                      - toelichting: "%s"
                    partijen: [wijkteam, corporatie]
                    kosten:
                      standaard: [{post: Nachtopvang, bedrag: 100, per: week, betaler: gemeente}]
                      maatwerk: [{post: Begeleiding, bedrag: 200, per: maand, betaler: gemeente}]
                    """.formatted(e.getKey(), e.getValue()));
        }
        Rapport r = WeeffoutReport.compute(ReportFixtures.view(content, Zichtbaarheid.PROFESSIONALS), Zichtbaarheid.PROFESSIONALS);
        assertEquals(List.of(List.of("briefadres-a", "briefadres-b", "briefadres-c"), List.of("waarborgsom-a", "waarborgsom-b")),
                r.kandidaten().stream().map(k -> k.casusLijst().stream().map(WeeffoutReport.CasusRef::id).toList()).toList());
    }
}
