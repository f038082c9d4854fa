package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.report.WeeffoutReport.Periode;
import nl.wijkwijzer.report.WeeffoutReport.Rapport;

/** Payer costs, the agenda with its decision log, and the alarm, with exact figures on {@link ActOnItFixture}. */
class ActOnItTest {
    @TempDir
    static Path tmp;
    static KnowledgeBase all;
    static Rapport pro;
    static Rapport pub;

    private static final Periode JAAR = Periode.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @BeforeAll
    static void load() throws IOException {
        Path content = ActOnItFixture.write(tmp);
        all = ReportFixtures.load(content);
        pro = WeeffoutReport.compute(ReportFixtures.view(content, Zichtbaarheid.PROFESSIONALS), Zichtbaarheid.PROFESSIONALS, JAAR);
        pub = WeeffoutReport.compute(ReportFixtures.view(content, Zichtbaarheid.PUBLIEK), Zichtbaarheid.PUBLIEK, JAAR);
    }

    private static BigDecimal eur(long n) {
        return BigDecimal.valueOf(n);
    }

    private static BetalerKosten.Regel regel(String betaler, long sj, long mj, long se, long me) {
        return new BetalerKosten.Regel(betaler, BetalerKosten.LABELS.get(betaler), eur(sj), eur(mj), eur(se), eur(me));
    }

    private static BetalerKosten.Overzicht of(Rapport r, String weeffout) {
        return r.betalers().perWeeffout().stream().filter(p -> p.weeffout().equals(weeffout)).findFirst().orElseThrow().overzicht();
    }

    @Test
    void totalCountsEveryCaseOnceAndKeepsOneOffApart() {
        BetalerKosten.Overzicht t = pro.betalers().totaal();
        // justitie 1000 x 12; gemeente 40 x 52 | 3000 (+500 one-off); zorgverzekeraar 500 x 4 | 250 x 4;
        // rijk 1200 one-off; no payer 50 x 12. c4 (31 December 2024) is outside the period.
        assertEquals(List.of(regel("gemeente", 2080, 3000, 0, 500), regel("zorgverzekeraar", 2000, 1000, 0, 0),
                regel("justitie", 12000, 0, 0, 0), regel("rijk", 0, 0, 1200, 0), regel("onbekend", 0, 600, 0, 0)), t.regels());
        assertEquals(new BetalerKosten.Regel("totaal", "Alle betalers", eur(16080), eur(4600), eur(1200), eur(500)), t.som());
        // The yearly totals of the report agree with the payer table: one-off amounts are not in them.
        assertEquals(new WeeffoutReport.Bedragen(eur(16080), eur(4600), eur(11480)), pro.totalen().kosten());
        assertTrue(t.verkeerdeZak());
        assertEquals("Justitie bespaart € 12.000 en de zorgverzekeraar € 1.000 per jaar; "
                + "de gemeente betaalt € 920 en een onbekende betaler € 600 per jaar extra.", t.zin());
        assertEquals("Daarnaast eenmalig: de standaardroute kost € 1.200 en het maatwerk € 500. "
                + "Die bedragen tellen niet mee in de bedragen per jaar.", t.eenmaligZin());
    }

    @Test
    void perWeeffoutCountsACaseUnderEachOfItsWeeffoutenButOnceWithinOne() {
        // w-a: c1 (two blockers of w-a, counted once) and c2.
        assertEquals(eur(16080), of(pro, "w-a").som().standaardPerJaar());
        assertEquals(eur(4600), of(pro, "w-a").som().maatwerkPerJaar());
        // w-b: c2 and c3 (no costs).
        assertEquals(List.of(regel("gemeente", 2080, 0, 0, 0), regel("zorgverzekeraar", 2000, 1000, 0, 0),
                regel("onbekend", 0, 600, 0, 0)), of(pro, "w-b").regels());
        assertEquals("De gemeente bespaart € 2.080 en de zorgverzekeraar € 1.000 per jaar; een onbekende betaler betaalt € 600 "
                + "per jaar extra.", of(pro, "w-b").zin());
        // w-c: only a one-off amount.
        assertEquals("Er zijn geen kosten per jaar bekend.", of(pro, "w-c").zin());
        assertFalse(of(pro, "w-c").verkeerdeZak());
        // c2 is under w-a and w-b: the per-weeffout sums exceed the total, which the report says in words.
        BigDecimal sum = pro.betalers().perWeeffout().stream().map(p -> p.overzicht().som().standaardPerJaar())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(eur(16080 + 4080), sum);
        assertEquals(0, pro.betalers().weggelaten());
    }

    @Test
    void moneyOfAWeeffoutIsHiddenWithItsCount() {
        var cases = pro.betalers();
        BetalerKosten hidden = BetalerKosten.of(
                all.casussen().stream().filter(c -> JAAR.contains(c.datum())).toList(),
                c -> new java.util.TreeSet<>(c.blokkadeWeeffouten()), List.of("w-a", "w-b", "w-c"), id -> !id.equals("w-b"));
        assertEquals(List.of("w-a", "w-c"), hidden.perWeeffout().stream().map(BetalerKosten.PerWeeffout::weeffout).toList());
        assertEquals(1, hidden.weggelaten());
        assertEquals(cases.totaal(), hidden.totaal());
        // In the public report the rule follows the shown counts.
        for (BetalerKosten.PerWeeffout p : pub.betalers().perWeeffout()) {
            assertFalse(pub.weeffout(p.weeffout()).orElseThrow().casussen().verborgen(), p.weeffout());
        }
        long withCases = pub.weeffouten().stream().filter(w -> w.casussen().verborgen()
                || w.casussen().getoond() > 0).count();
        assertEquals(withCases, pub.betalers().perWeeffout().size() + pub.betalers().weggelaten());
    }

    @Test
    void noCostsSaySo() {
        BetalerKosten.Overzicht none = BetalerKosten.overzicht(List.of());
        assertTrue(none.leeg());
        assertEquals("Er zijn geen kosten per jaar bekend.", none.zin());
        assertEquals("", none.eenmaligZin());
    }

    @Test
    void agendaPutsOverdueDecisionsFirst() {
        assertEquals(LocalDate.of(2025, 10, 1), pro.standVan());
        Agenda a = pro.agenda();
        // justitie has the overdue B1, so it comes before gemeente; w-b and w-c are solved and not on it.
        assertEquals(List.of("justitie", "gemeente"), a.eigenaren().stream().map(Agenda.Eigenaar::eigenaar).toList());
        assertEquals(List.of("besluit:Justitie doet B1.:true"), items(a.eigenaren().get(0)));
        // B5's deadline is stand van itself: not overdue yet. B3 is carried out: not on the agenda.
        assertEquals(List.of("besluit:Gemeente doet B5.:false", "besluit:Gemeente doet B2.:false", "besluit:Gemeente doet B4.:false",
                "weeffout:Los A op.:false"), items(a.eigenaren().get(1)));
        assertEquals(1, a.eigenaren().get(0).teLaat());
    }

    private static List<String> items(Agenda.Eigenaar e) {
        return e.punten().stream().map(p -> p.soort() + ":" + p.tekst() + ":" + p.teLaat()).toList();
    }

    @Test
    void solvedWeeffoutWithALaterCaseRaisesTheAlarm() {
        // w-b solved on 1 May 2025, c3 on 1 September 2025; w-c solved after its only case.
        assertEquals(1, pro.agenda().alarmen().size());
        Agenda.Alarm alarm = pro.agenda().alarmen().get(0);
        assertEquals("w-b", alarm.weeffout());
        assertEquals(List.of("c3"), alarm.casussen());
        assertEquals("\"Weeffout B\" staat sinds 1 mei 2025 op opgelost, maar daarna kwam er weer een casus met deze weeffout. "
                + "Kijk of de oplossing werkt.", alarm.zin());
        // c3 is professionals-only: the public report has no later case and no alarm.
        assertEquals(List.of(), pub.agenda().alarmen());
    }

    @Test
    void terminalSummaryNamesOverdueDecisionsAlarmPayersAndVerdicts() {
        String text = ReportText.summary(pro);
        assertTrue(text.contains("Besluiten te laat: 1\n  - Justitie: Justitie doet B1. (termijn 30 juni 2025)\n"), text);
        assertTrue(text.contains("Alarm: opgelost, maar weer gezien:\n  - \"Weeffout B\" staat sinds 1 mei 2025"), text);
        assertTrue(text.contains("Wie betaalt, wie bespaart: Justitie bespaart € 12.000"), text);
        assertTrue(text.contains("Uitstroommonitor (voorbeeldcijfers, fictief):\n  - Minder plaatsen: Op koers."), text);
    }

    @Test
    void solvedStatusShowsTheSolvedDate() {
        assertEquals("Opgelost, sinds 1 mei 2025", ReportView.statusTekst(pro.weeffout("w-b").orElseThrow(), false));
        assertEquals("Geagendeerd, gesignaleerd op 1 juni 2024 (578 dagen)", ReportView.statusTekst(pro.weeffout("w-a").orElseThrow(), false));
    }

    @Test
    void thePageHasAContentsListAlarmAgendaAndVerdicts() throws IOException {
        nl.wijkwijzer.gates.BuiltSite site = nl.wijkwijzer.gates.BuiltSite.build(tmp.resolve("content"),
                nl.wijkwijzer.gates.BuiltSite.repoRoot().resolve("templates"));
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(java.nio.file.Files.readString(
                site.root().resolve("professionals/rapport/index.html")));
        List<String> links = d.select("nav.inhoud a").eachAttr("href");
        assertTrue(links.size() >= 9, links.toString());
        for (String href : links) {
            assertEquals(1, d.select(href).size(), href); // every entry of the contents list lands on one section
        }
        assertTrue(links.contains("#alarm") && links.contains("#betalers") && links.contains("#uitstroom"), links.toString());
        assertTrue(d.selectFirst(".alarm").text().contains("\"Weeffout B\" staat sinds 1 mei 2025 op opgelost"));
        assertEquals(List.of("Justitie 1 te laat", "Gemeente"), d.select("#agenda ~ h3").eachText().subList(0, 2));
        assertEquals("Status Opgelost, sinds 1 mei 2025", d.select("#w-w-b dt:contains(Status), #w-w-b dt:contains(Status) + dd")
                .eachText().stream().reduce((a, b) -> a + " " + b).orElseThrow());
        assertEquals(List.of("Minder plaatsen: op koers", "Uitstroom uit beschermd wonen: voor", "Kort in de opvang: achter"),
                d.select("#uitstroom ~ h3[id^=doel-]").eachText());
        // Each goal has its chart with the key figures beside it.
        assertEquals(3, d.select("#uitstroom ~ .grafiek-met-cijfers svg[role=img]").size());
        assertEquals(3, d.select("#uitstroom ~ .grafiek-met-cijfers table.cijfers").size());
        org.jsoup.nodes.Document pub = org.jsoup.Jsoup.parse(java.nio.file.Files.readString(
                site.root().resolve("publiek/rapport/index.html")));
        assertEquals(0, pub.select(".alarm, a[href=#alarm]").size()); // c3 is not public: no alarm there
        // The home page's card for bestuurders leads to the report.
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(java.nio.file.Files.readString(
                site.root().resolve("publiek/index.html")));
        assertEquals("rapport/index.html", home.selectFirst("li:has(h3:contains(bestuurder)) a").attr("href"));
    }

    @Test
    void exportsHoldTheNewTables() {
        var files = ReportExports.extraCsv(pro);
        assertEquals(Set.of("betalers.csv", "agenda.csv", "monitor.csv"), files.keySet());
        List<String> betalers = new String(files.get("betalers.csv"), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(String.join(";", ReportExports.EXTRA_CSV.get("betalers.csv")), betalers.get(0));
        assertEquals(";justitie;12000,00;0,00;12000,00;0,00;0,00;0,00;ja", betalers.get(3));
        assertEquals("w-b;onbekend;0,00;600,00;-600,00;0,00;0,00;0,00;ja", betalers.get(betalers.size() - 2));
        List<String> agenda = new String(files.get("agenda.csv"), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("justitie;besluit;w-a;Justitie doet B1.;Raad;2025-01-15;2025-06-30;open;ja;ja", agenda.get(1));
        assertEquals("gemeente;weeffout;w-a;Los A op.;;;;geagendeerd;nee;ja", agenda.get(5));
        String csv = new String(ReportExports.csv(pro), StandardCharsets.UTF_8);
        assertTrue(csv.contains(";2025-05-01;;;0;0;ja;ja\r\n"), csv); // w-b: solved, alarm
        assertTrue(csv.contains(";;lokale-regel;lokaal;4;1;nee;ja\r\n"), csv); // w-a: four open decisions, one overdue
        String json = new String(ReportExports.json(pro), StandardCharsets.UTF_8);
        assertFalse(json.contains("\"\""), "JSON has no empty strings for missing values");
        assertTrue(json.contains("\"termijn\": null"));
        assertTrue(json.contains("\"verkeerde_zak\": true"));
    }
}
