package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.SitePart;
import nl.wijkwijzer.render.Renderer;

/** The exports against docs/rapport-schema.md, the PDF, and the rapport page of the fixture. */
class ReportOutputTest {
    private static final KnowledgeBase PRO_VIEW = ReportFixtures.view(ReportFixtures.FIXTURE, Zichtbaarheid.PROFESSIONALS);
    private static final KnowledgeBase PUB_VIEW = ReportFixtures.view(ReportFixtures.FIXTURE, Zichtbaarheid.PUBLIEK);
    private static final WeeffoutReport.Rapport PRO = WeeffoutReport.compute(PRO_VIEW, Zichtbaarheid.PROFESSIONALS);
    private static final WeeffoutReport.Rapport PUB = WeeffoutReport.compute(PUB_VIEW, Zichtbaarheid.PUBLIEK);
    private static final Renderer RENDERER = new Renderer(Path.of("../templates"));

    private static String schemaDoc() throws IOException {
        return Files.readString(Path.of("../docs/rapport-schema.md"));
    }

    @Test
    void csvIsExcelFriendlyWithExactRows() {
        String csv = new String(ReportExports.csv(PRO), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"));
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals(String.join(";", ReportExports.CSV_COLUMNS), lines.get(0));
        assertEquals(4, lines.size());
        assertEquals("wachtlijst-woning;Te lange wachtlijst voor een woning;wonen;woningcorporatie;geagendeerd;2024-01-01;730;"
                + "woningcorporatie, Wmo;4;1;2;3;2024-03-01;2025-11-15;ja;ja;6700,00;5400,00;1300,00;;;;0;0;nee;ja", lines.get(1));
        assertEquals("schuld-blokkeert;Schulden blokkeren de huurovereenkomst;inkomen;gemeente;gesignaleerd;2025-06-01;213;"
                + "Participatiewet;2;1;2;3;2024-09-01;2025-12-31;nee;nee;4100,00;1000,00;3100,00;;;;0;0;nee;ja", lines.get(2));
        assertTrue(csv.contains("\r\n"));
    }

    @Test
    void csvColumnsAreTheDocumentedOnes() throws IOException {
        String doc = schemaDoc();
        String section = doc.substring(doc.indexOf("## weeffouten.csv"), doc.indexOf("## weeffouten.json"));
        Matcher m = Pattern.compile("(?m)^\\| \\d+ \\| `([a-z_]+)` \\|").matcher(section);
        List<String> documented = m.results().map(r -> r.group(1)).toList();
        assertEquals(ReportExports.CSV_COLUMNS, documented);
    }

    @Test
    void jsonFieldsAreDocumentedAndHiddenValuesAbsent() throws IOException {
        String json = new String(ReportExports.json(PUB), StandardCharsets.UTF_8);
        String doc = schemaDoc().substring(schemaDoc().indexOf("## weeffouten.json"));
        Matcher keys = Pattern.compile("\"([a-z_]+)\":").matcher(json);
        List<String> missing = keys.results().map(r -> r.group(1)).distinct().filter(k -> !doc.contains("`" + k + "`")).toList();
        assertEquals(List.of(), missing);
        assertTrue(json.startsWith("{\n  \"schema\": \"wijkwijzer-rapport/2\",\n  \"doelgroep\": \"publiek\","));
        // schuld-blokkeert has one public case: the public report counts and lists it exactly.
        int at = json.indexOf("\"id\": \"schuld-blokkeert\"");
        String w = json.substring(at, json.indexOf("\"casussen_lijst\"", at) + 40);
        assertTrue(w.contains("\"casussen\": {\n        \"aantal\": 1,\n        \"tekst\": \"1\"\n      }"), w);
        assertTrue(w.contains("\"casussen_lijst\": [\n        \"c03\""), w);
        assertFalse(json.contains("c05"));
        assertTrue(json.contains("\"voorbeeldcijfers\": true,\n  \"label\": \"Voorbeeldcijfers: fictieve casussen\""), json);
    }

    @Test
    void pdfHasACoverThenTheSummaryAndIsDeterministic() throws IOException {
        byte[] pdf = ReportPart.pdf(PRO, PRO_VIEW, RENDERER);
        // Same bytes again without the PDF memo: the layout itself is reproducible.
        assertArrayEquals(pdf, nl.wijkwijzer.pdf.PdfMaker.layout(ReportPart.xhtml(PRO, PRO_VIEW, RENDERER),
                "Weeffoutenrapport Testwijk", PRO.standVan(), true), "same input, same bytes");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Cover, summary and the sections flowing on (per weeffout, agenda, payers, breakdowns, monitor).
            assertEquals(7, doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String summary = stripper.getText(doc);
            assertTrue(summary.contains("Bestuurlijke samenvatting"), summary);
            assertTrue(summary.contains("1 januari 2025 tot en met 31 december 2025"), summary);
            assertTrue(summary.contains("Te lange wachtlijst voor een woning: 4 casussen"), summary);
            assertTrue(summary.contains("€ 3.900 per jaar"), summary);
            assertEquals("Weeffoutenrapport Testwijk", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void rapportPageHasChartsWithTextAndListsPublicCases() {
        SitePart.Output out = new ReportPart().contribute(PUB_VIEW, Zichtbaarheid.PUBLIEK,
                new SitePart.BuildContext(java.time.LocalDate.of(2026, 1, 1), RENDERER, (path, bytes) -> { }));
        assertEquals(List.of("rapport/agenda.csv", "rapport/betalers.csv", "rapport/monitor.csv", "rapport/weeffouten-rapport.pdf",
                "rapport/weeffouten.csv", "rapport/weeffouten.json"),
                List.copyOf(out.files().keySet()));
        var page = out.pages().get(0);
        assertEquals("rapport/index.html", page.path());
        Document d = Jsoup.parse(RENDERER.render(page.template(), page.model()));
        assertEquals("Kosten per jaar per weeffout: standaardroute en maatwerk", d.select("svg title").first().text());
        assertEquals(2, d.select("svg[role=img]").size());
        assertEquals(1, d.select("#w-schuld-blokkeert .casuslijst li").size());
        assertEquals("Voorbeeldcijfers: fictieve casussen. De cijfers komen uit verzonnen lescasussen. Ze laten zien hoe het "
                + "rapport werkt en zeggen niets over echte inwoners.", d.select("p.voorbeeldcijfers").text());
        assertEquals(4, d.select("#w-wachtlijst-woning .casuslijst li").size());
        assertFalse(d.html().contains("c05"));
        assertEquals("Stand van 15 november 2025", "Stand van " + ((java.util.Map<?, ?>) page.model()).get("standVan"));
    }
}
