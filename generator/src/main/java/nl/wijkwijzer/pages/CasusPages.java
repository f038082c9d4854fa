package nl.wijkwijzer.pages;

import java.math.BigDecimal;
import java.util.List;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Kosten;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.pages.PagePlanner.Filter;
import nl.wijkwijzer.pages.PagePlanner.Link;
import nl.wijkwijzer.pages.Planning.CasusCard;
import nl.wijkwijzer.markdown.SafeHtml;

/**
 * The cases: the listing with its filters and pages ({@code casussen.ftlh}) and a page per case
 * ({@code casus.ftlh}), both made when rendered.
 */
public final class CasusPages {
    private CasusPages() {
    }

    public record CasussenPage(List<Filter> filters, List<CasusCard> items, boolean filtered, String filterLabel, int totaal,
            int pagina, int paginas, String vorige, String volgende) {
    }

    /** The case's own facts, as the template reads them ({@code c.samenvatting}, {@code c.hulpvraag.watWilIk}). */
    public record Facts(String samenvatting, String status, boolean fictief, String bron, Casus.Hulpvraag hulpvraag) {
    }

    public record Blokkade(SafeHtml toelichting, String weeffout, String href) {
    }

    public record Post(String post, String bedrag, String per, String perJaar) {
    }

    public record KostenView(List<Post> standaard, List<Post> maatwerk, String standaardTotaal, String maatwerkTotaal,
            String verschil, boolean goedkoper, boolean gelijk) {
    }

    public record Driehoek(SafeHtml rendement, SafeHtml legitimering, SafeHtml betrokkenheid) {
    }

    /** {@code kosten} and {@code waardendriehoek} are null for a case without them. */
    public record CasusPage(Facts c, String wijk, String datum, String status, String doelgroep, List<Link> vuistregels,
            SafeHtml situatieHtml, SafeHtml oplossingHtml, List<Blokkade> blokkades, List<Link> partijen, KostenView kosten,
            Driehoek waardendriehoek, List<SafeHtml> leervragen, List<Link> leersessies, List<Link> related) {
    }

    static void plan(Planning p) {
        var kb = p.kb;
        List<Casus> all = kb.casussen().stream().sorted(Planning.byDateDesc()).toList();
        List<Listing.Facet<Casus>> facets = List.of(
                new Listing.Facet<>("vuistregel", "Vuistregel", kb.vuistregels().stream().map(Vuistregel::id).toList(),
                        id -> p.vuistregels.get(id).kort(), id -> c -> c.vuistregels().contains(id)),
                new Listing.Facet<>("wijk", "Wijk", List.copyOf(kb.site().wijken().keySet()), id -> kb.site().wijkNaam(id),
                        id -> c -> c.wijk().equals(id)),
                new Listing.Facet<>("status", "Status", Casus.STATUSSEN, Labels::of, id -> c -> c.status().equals(id)));
        for (Listing.Selection<Casus> s : Listing.of("casuistiek", all, facets)) {
            String title = s.filtered() ? "Casussen: " + s.label() : "Casussen";
            for (Listing.Slice<Casus> slice : Listing.pages(s, Planning.PAGE_SIZE)) {
                String pagePath = slice.path();
                p.addLazy(pagePath, "casussen.ftlh", title + (slice.page() == 1 ? "" : " (pagina " + slice.page() + ")"),
                        () -> new CasussenPage(s.filters(), slice.items().stream().map(c -> p.card(pagePath, c)).toList(),
                                s.filtered(), s.label(), s.matching().size(), slice.page(), slice.pages(), slice.vorige(),
                                slice.volgende()));
            }
        }
        for (Casus c : all) {
            casus(p, c);
        }
    }

    static void casus(Planning p, Casus c) {
        String path = Urls.casus(c.id());
        p.addLazy(path, "casus.ftlh", c.titel(), () -> model(p, path, c));
    }

    private static CasusPage model(Planning p, String path, Casus c) {
        var kb = p.kb;
        Kosten k = c.kosten();
        BigDecimal verschil = k.besparingPerJaar();
        KostenView kosten = k.isEmpty() ? null : new KostenView(posts(k.standaard()), posts(k.maatwerk()),
                Format.euro(k.standaardPerJaar()), Format.euro(k.maatwerkPerJaar()), Format.euro(verschil.abs()),
                verschil.signum() > 0, verschil.signum() == 0);
        List<Blokkade> blokkades = c.blokkades().stream().map(b -> {
            Weeffout w = b.heeftWeeffout() ? p.weeffouten.get(b.weeffout()) : null;
            return new Blokkade(p.markdown.inline(b.toelichting()), w == null ? "" : Planning.text(w.titel()),
                    w == null ? "" : Urls.href(path, Urls.weeffout(w.id())));
        }).toList();
        Casus.Waardendriehoek d = c.waardendriehoek();
        return new CasusPage(
                new Facts(Planning.text(c.samenvatting()), Planning.text(c.status()), c.fictief(), Planning.text(c.bron()),
                        c.hulpvraag()),
                Planning.text(kb.site().wijkNaam(c.wijk())), Format.date(c.datum()), Planning.text(Labels.of(c.status())),
                Planning.text(Labels.of(c.doelgroep())),
                c.vuistregels().stream().map(id -> p.vuistregelLink(path, id)).toList(),
                p.markdown.html(c.situatie()), p.markdown.html(c.oplossing()), blokkades,
                p.organisatieLinks(path, c.partijen()), kosten,
                d == null ? null : new Driehoek(p.markdown.html(d.rendement()), p.markdown.html(d.legitimering()),
                        p.markdown.html(d.betrokkenheid())),
                c.leervragen().stream().map(p.markdown::inline).toList(),
                kb.leersessies().stream().filter(l -> l.casussen().contains(c.id()))
                        .map(l -> new Link(Urls.href(path, Urls.leersessie(l.id())), l.titel())).toList(),
                p.related.of(c.id()));
    }

    private static List<Post> posts(List<Kosten.Post> posts) {
        return posts.stream().map(p -> new Post(Planning.text(p.post()), Format.euro(p.bedrag()), perLabel(p),
                Format.euro(p.perJaar()))).toList();
    }

    private static String perLabel(Kosten.Post p) {
        return switch (p.per()) {
            case "keer" -> "per keer, " + p.aantal() + " keer per jaar";
            case "eenmalig" -> "eenmalig";
            default -> "per " + p.per();
        };
    }
}
