package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pdf.PdfChecks;
import nl.wijkwijzer.pdf.PdfMaker;
import nl.wijkwijzer.render.Renderer;

/**
 * The report PDF as a bestuurder gets it: a cover, every section and table of the web page, the
 * charts as tagged vector figures, no nearly empty pages. Each check is also shown failing on a
 * broken variant of the same report.
 */
class ReportPdfTest {
    private static final KnowledgeBase PRO_VIEW = ReportFixtures.view(ReportFixtures.FIXTURE, Zichtbaarheid.PROFESSIONALS);
    private static final KnowledgeBase PUB_VIEW = ReportFixtures.view(ReportFixtures.FIXTURE, Zichtbaarheid.PUBLIEK);
    private static final WeeffoutReport.Rapport PRO = WeeffoutReport.compute(PRO_VIEW, Zichtbaarheid.PROFESSIONALS);
    private static final WeeffoutReport.Rapport PUB = WeeffoutReport.compute(PUB_VIEW, Zichtbaarheid.PUBLIEK);
    private static final Renderer RENDERER = new Renderer(Path.of("../templates"));
    /** Below this many characters (running header and footer not counted) a page looks empty. */
    private static final int MIN_CHARS = 500;

    private static byte[] pdf(String xhtml) {
        return PdfMaker.toPdf(xhtml, "Weeffoutenrapport " + PRO_VIEW.site().titel());
    }

    private static List<String> running(WeeffoutReport.Rapport r, KnowledgeBase view) {
        return List.of("Weeffoutenrapport " + view.site().gemeente() + " · " + ReportView.periode(r) + " · stand van "
                + ReportView.model(r).get("standVan"));
    }

    /** The chart titles the web page draws; each must be a tagged figure with that title in its /Alt and bars in it. */
    private static List<String> chartProblems(byte[] pdf, WeeffoutReport.Rapport r) {
        Map<String, Object> model = ReportView.model(r);
        List<String> expected = new ArrayList<>();
        if (!model.get("kostenSvg").toString().isEmpty()) {
            expected.add("Kosten per jaar per weeffout");
        }
        // One line chart per regiovisie goal of the uitstroommonitor.
        @SuppressWarnings("unchecked")
        Map<String, Object> uitstroom = (Map<String, Object>) model.get("uitstroom");
        if (uitstroom != null && uitstroom.get("doelen") != null) {
            for (Object o : (List<?>) uitstroom.get("doelen")) {
                Map<?, ?> d = (Map<?, ?>) o;
                if (!d.get("svg").toString().isEmpty()) {
                    expected.add(d.get("titel") + ": plan, werkelijk en trend");
                }
            }
        }
        List<PdfChecks.Figure> figures = PdfChecks.figures(pdf);
        List<String> problems = new ArrayList<>();
        for (String title : expected) {
            PdfChecks.Figure f = figures.stream().filter(x -> x.alt() != null && x.alt().startsWith(title)).findFirst().orElse(null);
            if (f == null) {
                problems.add("grafiek ontbreekt: " + title);
            } else if (f.paintedPaths() < 4) {
                problems.add("grafiek zonder vectorbalken: " + title + " (" + f.paintedPaths() + ")");
            }
        }
        return problems;
    }

    @Test
    void theFixtureDrawsBothCharts() {
        // Otherwise the chart checks below would pass on nothing.
        assertFalse(ReportView.model(PRO).get("kostenSvg").toString().isEmpty());
        assertFalse(ReportView.model(PRO).get("capaciteitSvg").toString().isEmpty());
    }

    @Test
    void chartsAreTaggedVectorFiguresAndAMissingChartIsCaught() {
        String xhtml = ReportPart.xhtml(PRO, PRO_VIEW, RENDERER);
        assertEquals(List.of(), chartProblems(pdf(xhtml), PRO));
        String withoutCharts = xhtml.replaceAll("(?s)<svg .*?</svg>", "");
        List<String> missing = chartProblems(pdf(withoutCharts), PRO);
        assertTrue(missing.size() >= 2, missing.toString());
        assertTrue(missing.stream().allMatch(m -> m.startsWith("grafiek ontbreekt: ")), missing.toString());
        assertTrue(missing.contains("grafiek ontbreekt: Kosten per jaar per weeffout"), missing.toString());
    }

    @Test
    void noPageIsNearlyEmptyAndForcedBreaksWouldBeCaught() {
        for (WeeffoutReport.Rapport r : List.of(PRO, PUB)) {
            KnowledgeBase view = r == PRO ? PRO_VIEW : PUB_VIEW;
            byte[] pdf = ReportPart.pdf(r, view, RENDERER);
            assertEquals(List.of(), PdfChecks.nearEmptyPages(pdf, running(r, view), MIN_CHARS), PdfChecks.pageTexts(pdf).toString());
        }
        // Every section on a new page, as the PDF had before: short sections leave pages nearly empty.
        String forced = ReportPart.xhtml(PRO, PRO_VIEW, RENDERER).replace("</style>", "h2 { page-break-before: always; }\n</style>");
        assertNotEquals(List.of(), PdfChecks.nearEmptyPages(pdf(forced), running(PRO, PRO_VIEW), MIN_CHARS));
    }

    @Test
    void coverNamesTitleGemeentePeriodStandAndSource() {
        List<String> pages = PdfChecks.pageTexts(ReportPart.pdf(PRO, PRO_VIEW, RENDERER));
        String cover = pages.get(0);
        for (String s : List.of("Weeffouten: wat gaat structureel mis?", "Testgemeente",
                "Periode 1 januari 2025 tot en met 31 december 2025", "Stand van " + ReportView.model(PRO).get("standVan"),
                "Bron Wijkwijzer, casuïstiek van de doorbraaktafel", "Inhoud")) {
            assertTrue(cover.contains(s), s + " in " + cover);
        }
        // The contents list gives the page each section starts on.
        int kosten = pageOf(pages, "Kosten: standaardroute en maatwerk Per casus");
        assertTrue(cover.contains("Kosten: standaardroute en maatwerk . "), cover);
        assertTrue(cover.matches(".*Kosten: standaardroute en maatwerk[ .]+" + kosten + " .*"), cover);
        assertFalse(cover.contains("Bestuurlijke samenvatting Kerncijfers"), "the summary starts on page 2");
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void everySectionAndTableOfTheWebPageIsInThePdf() {
        String all = String.join(" ", PdfChecks.pageTexts(ReportPart.pdf(PRO, PRO_VIEW, RENDERER)));
        for (String s : List.of("Bestuurlijke samenvatting", "Kerncijfers", "Meeste casussen", "Hoogste kosten",
                "Wat is er veranderd?", "Welke besluiten vragen we, en van wie?", "Kosten per jaar per weeffout",
                "Alle casussen in de periode", "Casussen per weeffout per kwartaal", "Per weeffout", "Voorstel",
                "Agenda per eigenaar", "Uitsplitsingen", "Categorie: casussen", "Vuistregel: casussen", "Wijk: casussen",
                "Mogelijk nieuwe weeffouten", "Uitstroommonitor per kwartaal", "Te lange wachtlijst voor een woning")) {
            assertTrue(all.contains(s), s);
        }
        for (String q : PRO.kwartalen()) {
            assertTrue(all.contains(q), q);
        }
    }

    @Test
    void theMonitorKeepsItsFictiefLabel() {
        assertTrue(PRO.uitstroom().orElseThrow().fictief(), "fixture monitor is fictief");
        List<String> pages = PdfChecks.pageTexts(ReportPart.pdf(PRO, PRO_VIEW, RENDERER));
        String monitor = pages.get(pageOf(pages, "Uitstroommonitor Voorbeeldcijfers") - 1);
        assertTrue(monitor.contains("(fictief)"), monitor);
    }

    @Test
    void voorbeeldcijfersAreLabelledOnTheCoverAndEveryPage() {
        Map<String, Object> model = ReportView.model(PRO);
        model.put("site", PRO_VIEW.site());
        model.put("kop", "Kop");
        model.put("voorbeeldLabel", "Voorbeeldcijfers: fictieve casussen");
        List<String> pages = PdfChecks.pageTexts(pdf(RENDERER.render("rapport-pdf.ftlx", model)));
        assertTrue(pages.get(0).contains("Voorbeeldcijfers: fictieve casussen. De cijfers in dit rapport komen uit verzonnen"),
                pages.get(0));
        for (int p = 1; p < pages.size(); p++) {
            assertTrue(pages.get(p).contains("Kop · Voorbeeldcijfers: fictieve casussen"), "pagina " + (p + 1));
        }
        model.put("voorbeeldLabel", "");
        assertFalse(String.join(" ", PdfChecks.pageTexts(pdf(RENDERER.render("rapport-pdf.ftlx", model))))
                .contains("Voorbeeldcijfers: fictieve casussen"));
    }
}
