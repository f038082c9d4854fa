package nl.wijkwijzer.pages;

import java.util.ArrayList;
import java.util.List;

import nl.wijkwijzer.model.AvgHoofdstuk;
import nl.wijkwijzer.model.Deelregels;
import nl.wijkwijzer.pages.PagePlanner.Link;
import nl.wijkwijzer.pages.Planning.Upkeep;
import nl.wijkwijzer.markdown.SafeHtml;

/**
 * The privacy guide: its index ({@code avg.ftlh}), a page per chapter ({@code avg-hoofdstuk.ftlh})
 * and, when {@code deelregels.yaml} has rules, the sharing table ({@code deelwijzer.ftlh}).
 */
public final class AvgPages {
    private AvgPages() {
    }

    public record AvgItem(String href, String titel, String samenvatting) {
    }

    public record AvgPage(List<AvgItem> items, boolean deelwijzer) {
    }

    /** {@code vorige} and {@code volgende} are null at the first and last chapter. */
    public record HoofdstukPage(AvgHoofdstuk h, SafeHtml bodyHtml, Upkeep beheer, Link vorige, Link volgende) {
    }

    /** One cell of the sharing table; a pair without a rule has only {@code label} "onbekend". */
    public record Cell(String id, String mag, String label, String ontvanger, String grondslag, String voorwaarden,
            String voorbeeld, String hoofdstuk) {
    }

    public record Row(String id, String label, List<Cell> cells) {
    }

    public record DeelwijzerPage(List<Link> ontvangers, List<Link> gegevens, List<Row> rows) {
    }

    static void plan(Planning p) {
        var kb = p.kb;
        p.add("avg/index.html", "avg.ftlh", "Handreiking privacy (AVG)", new AvgPage(kb.avg().stream()
                .map(h -> new AvgItem(h.id() + ".html", Planning.text(h.titel()), Planning.text(h.samenvatting()))).toList(),
                !kb.deelregels().regels().isEmpty()));
        List<AvgHoofdstuk> chapters = kb.avg();
        for (int i = 0; i < chapters.size(); i++) {
            AvgHoofdstuk h = chapters.get(i);
            p.add(Urls.avg(h.id()), "avg-hoofdstuk.ftlh", h.titel(), new HoofdstukPage(h, p.markdown.html(h.body()),
                    Planning.upkeep(h.beheer()),
                    i > 0 ? new Link(chapters.get(i - 1).id() + ".html", chapters.get(i - 1).titel()) : null,
                    i + 1 < chapters.size() ? new Link(chapters.get(i + 1).id() + ".html", chapters.get(i + 1).titel()) : null));
        }
        Deelregels d = kb.deelregels();
        if (!d.regels().isEmpty()) {
            List<Row> rows = new ArrayList<>();
            for (var g : d.gegevens().entrySet()) {
                List<Cell> cells = new ArrayList<>();
                for (var o : d.ontvangers().entrySet()) {
                    Deelregels.Regel r = d.regel(g.getKey(), o.getKey()).orElse(null);
                    cells.add(r == null ? new Cell("", "", "onbekend", "", "", "", "", "") : new Cell(
                            g.getKey() + "--" + o.getKey(), Planning.text(r.mag()), Planning.text(Labels.of(r.mag())),
                            Planning.text(o.getValue()), Planning.text(r.grondslag()), Planning.text(r.voorwaarden()),
                            Planning.text(r.voorbeeld()), r.hoofdstuk().isEmpty() ? "" : r.hoofdstuk() + ".html"));
                }
                rows.add(new Row(g.getKey(), Planning.text(g.getValue()), List.copyOf(cells)));
            }
            p.add("avg/deelwijzer.html", "deelwijzer.ftlh", "Deelwijzer: mag ik dit delen?", new DeelwijzerPage(
                    d.ontvangers().entrySet().stream().map(e -> new Link(e.getKey(), e.getValue())).toList(),
                    d.gegevens().entrySet().stream().map(e -> new Link(e.getKey(), e.getValue())).toList(), List.copyOf(rows)));
        }
    }
}
