package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.Format;

/**
 * The bestuur audience on the report fixture plus twelve professionals-only cases written by the test
 * (so that some cells are large enough to show), and the fictional-cases setting.
 */
class BestuurReportTest {
    @TempDir
    static Path tmp;

    static Path content;

    @BeforeAll
    static void fixture() throws IOException {
        content = tmp.resolve("content");
        copy(ReportFixtures.FIXTURE, content);
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site).replace("doelgroepen: [publiek, professionals]",
                "doelgroepen: [publiek, professionals, bestuur]"));
        Files.createDirectories(content.resolve("wijknetwerk"));
        for (String[] o : new String[][] {{"wijkteam", "Sociaal wijkteam", "wijkteam"}, {"corporatie", "Woningcorporatie", "woningcorporatie"},
                {"schuldhulp", "Schuldhulp", "schuldhulp"}}) {
            Files.writeString(content.resolve("wijknetwerk/" + o[0] + ".yaml"),
                    "naam: " + o[1] + "\nsoort: " + o[2] + "\nwat-ze-doen: Helpt bewoners.\nvuistregels: [wonen]\n");
        }
        // Three professionals-only cases per quarter of 2025 with the housing weeffout, in both wijken.
        for (int i = 1; i <= 12; i++) {
            LocalDate d = LocalDate.of(2025, 1 + (i - 1) / 3 * 3, 2 + i);
            Files.writeString(content.resolve("casuistiek/p" + String.format("%02d", i) + ".yaml"), """
                    titel: Geheime casus p%02d
                    samenvatting: Alleen voor professionals.
                    wijk: %s
                    datum: %s
                    status: lopend
                    vuistregels: [wonen]
                    doelgroep: beschermd-wonen
                    fictief: false
                    zichtbaarheid: professionals
                    situatie: Een testsituatie.
                    hulpvraag: {wat-wil-ik: Een woning., wat-kan-ik: Koken., wat-heb-ik-nodig: Een huis.}
                    blokkades:
                      - {weeffout: wachtlijst-woning, toelichting: Geen woning vrij.}
                    partijen: [corporatie]
                    kosten:
                      standaard: [{post: Opvang, bedrag: %d, per: maand}]
                      maatwerk: [{post: Begeleiding, bedrag: 300, per: maand}]
                    """.formatted(i, i % 2 == 0 ? "noord" : "zuid", d, 1000 + i));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static WeeffoutReport.Rapport bestuur() {
        KnowledgeBase view = ReportFixtures.view(content, Zichtbaarheid.BESTUUR);
        return WeeffoutReport.compute(view, Zichtbaarheid.BESTUUR, WeeffoutReport.Periode.jaar(2025));
    }

    @Test
    void bestuurCountsAllCasesWithSuppressionThatPassesTheAudit() {
        WeeffoutReport.Rapport r = bestuur();
        WeeffoutReport.Regel w = r.weeffout("wachtlijst-woning").orElseThrow();
        // 4 public + 12 professionals-only cases; per quarter 1 public + 3 others: all shown (k = 3).
        assertEquals("16", w.casussen().tekst());
        assertEquals(List.of("4", "4", "4", "4"), w.perKwartaal().stream().map(Aantal::tekst).toList());
        // schuld-blokkeert: c03 (public) and c05 (professionals): 2 < 3, hidden, with its money and wijken.
        WeeffoutReport.Regel s = r.weeffout("schuld-blokkeert").orElseThrow();
        assertEquals("niet getoond", s.casussen().tekst());
        assertTrue(s.kosten().verborgen());
        assertNull(s.wijken());
        assertFalse(s.structureel());
        DisclosureAudit.Uitkomst a = r.audit().orElseThrow();
        assertTrue(a.veilig(), a.onbeschermd().toString());
        assertEquals(9, a.primair(), a.toString());
        assertTrue(a.bereiken().stream().allMatch(b -> b.breedte() >= 3), a.bereiken().toString());
        // c03 is schuld-blokkeert's only Q3 case; Q3 shows 4 cases with a weeffout: 1..4 is what an outsider knows.
        assertTrue(a.bereiken().contains(new DisclosureAudit.Bereik("w:schuld-blokkeert:q:2025-Q3", 1, 4)), a.toString());
        assertEquals(3, a.kleinsteBereik());
        // No case detail at all.
        assertTrue(r.weeffouten().stream().allMatch(x -> x.casusLijst().isEmpty() && !x.casussenZichtbaar()
                && x.eersteGezien() == null && x.laatstGezien() == null && x.gesignaleerdOp() == null));
        assertEquals(List.of(), r.kandidaten());
        assertEquals(LocalDate.of(2025, 12, 31), r.standVan());
        // The default period is the last complete calendar year: the newest case is from 2025, so 2024.
        assertEquals(WeeffoutReport.Periode.jaar(2024), WeeffoutReport.defaultPeriode(ReportFixtures.view(content,
                Zichtbaarheid.BESTUUR), Zichtbaarheid.BESTUUR));
    }

    @Test
    void bestuurRefusesFreePeriods() {
        KnowledgeBase view = ReportFixtures.view(content, Zichtbaarheid.BESTUUR);
        assertThrows(IllegalArgumentException.class, () -> WeeffoutReport.compute(view, Zichtbaarheid.BESTUUR,
                WeeffoutReport.Periode.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30))));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = nl.wijkwijzer.cli.Main.run(new String[] {"report", "--content", content.toString(), "--doelgroep", "bestuur",
                "--van", "2025-01-01", "--out", tmp.resolve("x").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("--van en --tot kun je niet gebruiken met --doelgroep bestuur"), err.toString());
        int ok = nl.wijkwijzer.cli.Main.run(new String[] {"report", "--content", content.toString(), "--doelgroep", "bestuur",
                "--jaar", "2025", "--out", tmp.resolve("export").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, ok, err.toString());
        assertTrue(out.toString().contains("Weeffoutenrapport (bestuur)"), out.toString());
        assertTrue(out.toString().contains("geen enkel verborgen aantal is terug te rekenen"), out.toString());
    }

    /** Every file of site/bestuur/: no case id, case title or exact case date (ISO or Dutch) anywhere. */
    @Test
    void bestuurSiteHoldsNoCaseIdTitleOrDate() throws IOException {
        Path out = tmp.resolve("site");
        Wijkwijzer.BuildResult result = Wijkwijzer.build(new Wijkwijzer.Options(content, Path.of("../templates"), out,
                List.of(), LocalDate.of(2026, 1, 1)));
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        KnowledgeBase kb = ReportFixtures.load(content);
        List<String> forbidden = new ArrayList<>();
        kb.casussen().forEach(c -> {
            forbidden.add(c.id());
            forbidden.add(c.titel());
            forbidden.add(c.datum().toString());
            forbidden.add(Format.date(c.datum()));
        });
        List<Path> files;
        try (Stream<Path> s = Files.walk(out.resolve("bestuur"))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() >= 6, files.toString());
        List<String> hits = new ArrayList<>();
        for (Path f : files) {
            String text = f.toString().endsWith(".pdf") ? pdfText(f) : new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            for (String x : forbidden) {
                // Ids are short (c01): match them as whole words only.
                boolean hit = x.matches("[a-z0-9-]+") ? java.util.regex.Pattern.compile("(?<![A-Za-z0-9-])" + x + "(?![A-Za-z0-9-])")
                        .matcher(text).find() : text.contains(x);
                if (hit) {
                    hits.add(out.relativize(f) + ": " + x);
                }
            }
        }
        assertEquals(List.of(), hits);
        // The scan itself finds what it looks for: the professionals report does list those cases.
        String pro = Files.readString(out.resolve("professionals/rapport/index.html"));
        assertTrue(pro.contains("Geheime casus p01") && pro.contains(Format.date(LocalDate.of(2025, 1, 3))), "scan would miss it");
        // The chooser leads to the bestuur site, whose home leads to the report and its downloads.
        assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"bestuur/index.html\""));
        String home = Files.readString(out.resolve("bestuur/index.html"));
        assertTrue(home.contains("href=\"rapport/index.html\"") && home.contains("href=\"rapport/weeffouten.csv\""), home);
        assertFalse(Files.exists(out.resolve("bestuur/casuistiek")));
        assertFalse(Files.exists(out.resolve("bestuur/zoeken.html")));
    }

    private static String pdfText(Path f) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(f))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void fictionalCasesCountOnlyWithVoorbeeldcijfersAndAreThenLabelled() {
        KnowledgeBase view = ReportFixtures.view(content, Zichtbaarheid.PROFESSIONALS);
        KnowledgeBase real = new KnowledgeBase(view.site().withVoorbeeldcijfers(false), view.vuistregels(), view.casussen(),
                view.weeffouten(), view.avg(), view.deelregels(), view.organisaties(), view.leersessies(), view.situaties(),
                view.routekaart(), view.vragenbank(), view.monitor(), view.synoniemen());
        WeeffoutReport.Periode y2025 = WeeffoutReport.Periode.jaar(2025);
        WeeffoutReport.Rapport demo = WeeffoutReport.compute(view, Zichtbaarheid.PROFESSIONALS, y2025);
        WeeffoutReport.Rapport echt = WeeffoutReport.compute(real, Zichtbaarheid.PROFESSIONALS, y2025);
        // c01..c05 are fictional; p01..p12 are not.
        assertEquals("17", demo.totalen().casussen().tekst());
        assertEquals("12", echt.totalen().casussen().tekst());
        assertEquals("12", echt.weeffout("wachtlijst-woning").orElseThrow().casussen().tekst());
        assertEquals("0", echt.weeffout("schuld-blokkeert").orElseThrow().casussen().tekst());
        assertTrue(echt.uitstroom().isEmpty(), "the fixture's monitor is fictional too");
        assertTrue(demo.uitstroom().isPresent());
        String demoJson = new String(ReportExports.json(demo), StandardCharsets.UTF_8);
        String echtJson = new String(ReportExports.json(echt), StandardCharsets.UTF_8);
        assertTrue(demoJson.contains("\"label\": \"Voorbeeldcijfers: fictieve casussen\""));
        assertTrue(echtJson.contains("\"voorbeeldcijfers\": false,\n  \"label\": null"), echtJson);
        assertTrue(new String(ReportExports.csv(demo), StandardCharsets.UTF_8).lines().skip(1).allMatch(l -> l.endsWith(";ja")));
        assertTrue(new String(ReportExports.csv(echt), StandardCharsets.UTF_8).lines().skip(1).allMatch(l -> l.endsWith(";nee")));
        assertTrue(ReportText.summary(demo).contains("Voorbeeldcijfers: fictieve casussen"));
        assertFalse(ReportText.summary(echt).contains("Voorbeeldcijfers"));
    }
}
