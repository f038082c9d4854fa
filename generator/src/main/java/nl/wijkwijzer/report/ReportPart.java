package nl.wijkwijzer.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.Page;
import nl.wijkwijzer.pages.PagePlanner;
import nl.wijkwijzer.pages.SitePart;

/**
 * Adds {@code rapport/} to one audience's site: the report page, its PDF and the CSV and JSON
 * exports, all from the same {@link WeeffoutReport} of that audience's view.
 */
public final class ReportPart implements SitePart {
    public static final String DIR = "rapport/";

    @Override
    public Output contribute(KnowledgeBase view, Zichtbaarheid audience, BuildContext context) {
        WeeffoutReport.Rapport r = WeeffoutReport.compute(view, audience);
        String path = DIR + "index.html";
        Map<String, Object> model = PagePlanner.frame(path, "Weeffouten: wat gaat structureel mis?", view, audience);
        model.putAll(ReportView.model(r));
        Map<String, byte[]> files = new TreeMap<>();
        files.put(DIR + "weeffouten.csv", ReportExports.csv(r));
        files.put(DIR + "weeffouten.json", ReportExports.json(r));
        ReportExports.extraCsv(r).forEach((name, bytes) -> files.put(DIR + name, bytes));
        files.put(DIR + "weeffouten-rapport.pdf", pdf(r, view, context.renderer(), context.cache()));
        return new Output(List.of(new Page(path, "rapport.ftlh", model)), files);
    }

    /** The PDF of a report, rendered from {@code rapport-pdf.ftlx} (XHTML, so openhtmltopdf can parse it). */
    public static byte[] pdf(WeeffoutReport.Rapport r, KnowledgeBase view, nl.wijkwijzer.render.Renderer renderer) {
        return pdf(r, view, renderer, nl.wijkwijzer.util.BuildCache.uncached());
    }

    static byte[] pdf(WeeffoutReport.Rapport r, KnowledgeBase view, nl.wijkwijzer.render.Renderer renderer,
            nl.wijkwijzer.util.BuildCache cache) {
        return nl.wijkwijzer.pdf.PdfMaker.toPdf(xhtml(r, view, renderer), "Weeffoutenrapport " + view.site().titel(), r.standVan(),
                cache);
    }

    /** The XHTML source of the PDF (tests lay it out with and without parts to show what the PDF checks catch). */
    public static String xhtml(WeeffoutReport.Rapport r, KnowledgeBase view, nl.wijkwijzer.render.Renderer renderer) {
        Map<String, Object> model = ReportView.model(r);
        model.put("site", view.site());
        // The running header is on every page, so the demo label is too.
        model.put("kop", ("Weeffoutenrapport " + view.site().gemeente() + " · " + ReportView.periode(r) + " · stand van "
                + model.get("standVan")).replace("\"", "'").replace("\\", ""));
        return renderer.render("rapport-pdf.ftlx", model);
    }
}
