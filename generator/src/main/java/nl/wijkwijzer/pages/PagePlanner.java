package nl.wijkwijzer.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.wijkwijzer.check.VoorbeeldContact;
import nl.wijkwijzer.content.ContentSchemas;
import nl.wijkwijzer.content.Schema;
import nl.wijkwijzer.markdown.Markdown;
import nl.wijkwijzer.model.AvgHoofdstuk;
import nl.wijkwijzer.model.Beheer;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Deelregels;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Kosten;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * Plans every page of one audience's site from its {@link AudienceView}: one {@link Page} per URL
 * with a ready view model. All figures and labels are computed here, not in templates.
 */
public final class PagePlanner {
    /** Extra view-model entries for a page, added by later stages (related cases, report). */
    public interface Extras {
        Map<String, Object> forCasus(String id);
    }

    public record Link(String href, String label) {
    }

    public record Filter(String label, List<FilterOption> options) {
    }

    public record FilterOption(String href, String label, int count, boolean active) {
    }

    /** Cases per listing page, and cases shown on a guide, weeffout or organisation page. */
    static final int PAGE_SIZE = 50;
    static final int RECENT = 10;

    private final KnowledgeBase kb;
    private final Zichtbaarheid audience;
    private final Extras extras;
    private final List<Page> pages = new ArrayList<>();
    private final Map<String, Vuistregel> vuistregels;
    private final Map<String, Organisatie> organisaties;
    private final Map<String, Weeffout> weeffouten;
    private final Map<String, Casus> casussen;

    private PagePlanner(KnowledgeBase kb, Zichtbaarheid audience, Extras extras) {
        this.kb = kb;
        this.audience = audience;
        this.extras = extras;
        this.vuistregels = kb.vuistregelById();
        this.organisaties = kb.organisatieById();
        this.weeffouten = kb.weeffoutById();
        this.casussen = kb.casusById();
    }

    /** @param view the knowledge base already filtered for {@code audience} */
    public static List<Page> plan(KnowledgeBase view, Zichtbaarheid audience, Extras extras) {
        PagePlanner p = new PagePlanner(view, audience, extras);
        p.planAll();
        return List.copyOf(p.pages);
    }

    /**
     * The page of one case alone, as {@link #plan} makes it, with {@code extra} (e.g. its related
     * cases) from the last full plan. For the preview's fast path after a case edit.
     */
    public static Page casusPage(KnowledgeBase view, Zichtbaarheid audience, Casus c, Map<String, Object> extra) {
        PagePlanner p = new PagePlanner(view, audience, id -> id.equals(c.id()) ? extra : Map.of());
        p.casus(c);
        return p.pages.get(0);
    }

    /**
     * The bestuur site's own pages: a small home page that leads to the report and its downloads, the
     * accessibility statement and the 404 page. It has no case, weeffout or guide pages: the report
     * ({@code ReportPart}) is all it publishes.
     */
    public static List<Page> planBestuur(KnowledgeBase view) {
        PagePlanner p = new PagePlanner(view, Zichtbaarheid.BESTUUR, id -> Map.of());
        p.add("index.html", "bestuur-index.ftlh", view.site().titel() + ": rapport voor het bestuur", m(
                "voorbeeldcijfers", view.site().voorbeeldcijfers()));
        p.add("toegankelijkheid.html", "toegankelijkheid.ftlh", "Toegankelijkheid", m(
                "verklaring", view.site().toegankelijkheid(), "contact", ContactLinks.ofText(view.site().toegankelijkheid().contact()),
                "voorbeeldContact", VoorbeeldContact.isVoorbeeld(view.site().toegankelijkheid().contact()),
                "datum", Format.date(view.site().toegankelijkheid().datum())));
        p.add("404.html", "404.ftlh", "Pagina niet gevonden", m());
        return List.copyOf(p.pages);
    }

    /**
     * The sitemap of every HTML page planned for the public site, by all stages; empty for the other
     * audiences and when site.yaml has no {@code basis-url}. A sitemap only takes absolute URLs, and
     * {@code basis-url} is the address of the public site: the professionals site must not be indexed
     * and the bestuur site lives at another address.
     */
    public static java.util.Optional<Page> sitemap(KnowledgeBase kb, Zichtbaarheid audience, List<Page> pages) {
        String base = basisUrl(kb);
        if (audience != Zichtbaarheid.PUBLIEK || base.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> urls = pages.stream().map(Page::path).filter(p -> p.endsWith(".html") && !p.equals("404.html"))
                .sorted().toList();
        return java.util.Optional.of(new Page("sitemap.xml", "sitemap.ftlx", m("urls", urls, "base", base)));
    }

    /**
     * The site's {@code robots.txt}, or empty when it needs none: the professionals site refuses every
     * crawler (its pages also carry {@code noindex}); the public site allows all and names its sitemap.
     */
    public static java.util.Optional<String> robotsTxt(KnowledgeBase kb, Zichtbaarheid audience) {
        return switch (audience) {
            case PROFESSIONALS -> java.util.Optional.of("User-agent: *\nDisallow: /\n");
            case PUBLIEK -> java.util.Optional.of("User-agent: *\nDisallow:\n"
                    + (basisUrl(kb).isEmpty() ? "" : "\nSitemap: " + basisUrl(kb) + "sitemap.xml\n"));
            default -> java.util.Optional.empty();
        };
    }

    /** {@code basis-url} with one closing slash, so page paths can follow it; empty when not set. */
    static String basisUrl(KnowledgeBase kb) {
        String base = kb.site().basisUrl() == null ? "" : kb.site().basisUrl().strip();
        return base.isEmpty() || base.endsWith("/") ? base : base + "/";
    }

    private void planAll() {
        home();
        vuistregels();
        casuistiek();
        weeffouten();
        avg();
        wijknetwerk();
        leersessies();
        add("toegankelijkheid.html", "toegankelijkheid.ftlh", "Toegankelijkheid", m(
                "verklaring", kb.site().toegankelijkheid(), "contact", ContactLinks.ofText(kb.site().toegankelijkheid().contact()),
                "voorbeeldContact", VoorbeeldContact.isVoorbeeld(kb.site().toegankelijkheid().contact()),
                "datum", Format.date(kb.site().toegankelijkheid().datum())));
        // Help for the redacteur is for the professionals site only: the public site speaks to residents.
        if (audience == Zichtbaarheid.PROFESSIONALS) {
            add("help/velden.html", "velden.ftlh", "Velden van de content", m("schemas", ContentSchemas.all().stream()
                    .map(PagePlanner::schemaView).toList()));
        }
        add("bronnen.html", "bronnen.ftlh", "Bronnen", m());
        add("404.html", "404.ftlh", "Pagina niet gevonden", m());
    }

    // ------------------------------------------------------------ helpers

    public static Map<String, Object> m(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        }
        return map;
    }

    private static final String[] ROOTS = {"", "../", "../../", "../../../"};

    /** The way up from {@code path} to the site's root (asked for every link of every page: no streams). */
    public static String rootOf(String path) {
        int depth = 0;
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            depth++;
        }
        return depth < ROOTS.length ? ROOTS[depth] : "../".repeat(depth);
    }

    private void add(String path, String template, String title, Map<String, Object> model) {
        Map<String, Object> full = frame(path, title, kb, audience);
        full.putAll(model);
        pages.add(new Page(path, template, full));
    }

    /**
     * A page whose model is made when it is rendered (on the rendering threads): for the pages that
     * grow with the number of cases. {@code model} reads the planner's fields and the knowledge base only.
     */
    private void addLazy(String path, String template, String title, java.util.function.Supplier<Map<String, Object>> model) {
        pages.add(Page.lazy(path, template, () -> {
            Map<String, Object> full = frame(path, title, kb, audience);
            full.putAll(model.get());
            return full;
        }));
    }

    /** The model every page starts from: root prefix, site, audience, menu. Later stages use it too. */
    public static Map<String, Object> frame(String path, String title, KnowledgeBase kb, Zichtbaarheid audience) {
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("root", rootOf(path));
        full.put("path", path);
        full.put("title", title);
        full.put("site", kb.site());
        full.put("audience", audience.id());
        full.put("audienceLabel", Labels.of(audience.id()));
        full.put("nav", nav(path, audience));
        return full;
    }

    private static final String[][] BESTUUR_NAV = {{"index.html", "Home"}, {"rapport/index.html", "Rapport"}};

    private static List<Map<String, Object>> nav(String path, Zichtbaarheid audience) {
        List<Map<String, Object>> items = new ArrayList<>();
        String[][] entries = audience == Zichtbaarheid.BESTUUR ? BESTUUR_NAV : new String[][] {
                {"index.html", "Home"}, {"vuistregels/index.html", "Vuistregels"}, {"wijknetwerk/index.html", "Wijknetwerk"},
                {"avg/index.html", "Privacy (AVG)"}, {"casuistiek/index.html", "Casussen"},
                {"weeffouten/index.html", "Weeffouten"}, {"leersessies/index.html", "Leersessies"},
                {"rapport/index.html", "Rapport"}};
        for (String[] e : entries) {
            String section = e[0].contains("/") ? e[0].substring(0, e[0].indexOf('/') + 1) : e[0];
            boolean active = e[0].equals("index.html") ? path.equals("index.html") : path.startsWith(section);
            items.add(m("href", rootOf(path) + e[0], "label", e[1], "active", active));
        }
        return items;
    }

    private String href(String from, String to) {
        return rootOf(from) + to;
    }

    private Link vuistregelLink(String from, String id) {
        Vuistregel v = vuistregels.get(id);
        return new Link(href(from, "vuistregels/" + id + ".html"), v == null ? id : v.kort());
    }

    private List<Link> organisatieLinks(String from, List<String> ids) {
        return ids.stream().filter(organisaties::containsKey)
                .map(id -> new Link(href(from, "wijknetwerk/" + id + ".html"), organisaties.get(id).naam())).toList();
    }

    private static Map<String, Object> beheer(Beheer b) {
        return b == null ? Map.of() : m("eigenaar", b.eigenaar(), "gecontroleerd", Format.date(b.gecontroleerd()),
                "volgende", Format.date(b.volgendeControle()));
    }

    // ------------------------------------------------------------ home

    private void home() {
        Map<String, Object> model = m(
                "vuistregels", kb.vuistregels().stream().map(v -> m("href", "vuistregels/" + v.id() + ".html",
                        "nummer", v.nummer(), "titel", v.titel(), "samenvatting", v.samenvatting())).toList(),
                "aantalCasussen", kb.casussen().size(),
                "aantalWeeffouten", kb.weeffouten().size(),
                "aantalOrganisaties", kb.organisaties().size(),
                "aantalLeersessies", kb.leersessies().size(),
                "recent", kb.casussen().stream().sorted(Comparator.comparing(Casus::datum, Comparator.nullsLast(
                        Comparator.reverseOrder())).thenComparing(Casus::id)).limit(3).map(c -> card("index.html", c)).toList());
        model.putAll(CrisisContacts.model(kb, "index.html"));
        add("index.html", "index.ftlh", kb.site().titel(), model);
    }

    // ------------------------------------------------------------ vuistregels

    private void vuistregels() {
        add("vuistregels/index.html", "vuistregels.ftlh", "De vijf vuistregels", m(
                "items", kb.vuistregels().stream().map(v -> m("href", v.id() + ".html", "nummer", v.nummer(),
                        "titel", v.titel(), "samenvatting", v.samenvatting())).toList()));
        for (Vuistregel v : kb.vuistregels()) {
            String path = "vuistregels/" + v.id() + ".html";
            add(path, "vuistregel.ftlh", v.titel(), m(
                    "v", v,
                    "bodyHtml", Markdown.toHtml(v.body()),
                    "checklist", v.checklist().stream().map(Markdown::inline).toList(),
                    "signalen", v.signalen().stream().map(Markdown::inline).toList(),
                    "partners", organisatieLinks(path, v.partners()),
                    "beheer", beheer(v.beheer()),
                    "casussen", kb.casussen().stream().filter(c -> c.vuistregels().contains(v.id()))
                            .sorted(byDateDesc()).limit(RECENT).map(c -> card(path, c)).toList(),
                    "aantalCasussen", kb.casussen().stream().filter(c -> c.vuistregels().contains(v.id())).count(),
                    "alleCasussen", href(path, "casuistiek/vuistregel-" + v.id() + ".html"),
                    "vragen", kb.vragenbank().getOrDefault(v.id(), List.of())));
        }
    }

    // ------------------------------------------------------------ casuistiek

    private static Comparator<Casus> byDateDesc() {
        return Comparator.comparing(Casus::datum, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Casus::id);
    }

    private Map<String, Object> card(String from, Casus c) {
        return m("href", href(from, "casuistiek/" + c.id() + ".html"), "titel", c.titel(), "samenvatting", c.samenvatting(),
                "wijk", kb.site().wijkNaam(c.wijk()), "datum", Format.date(c.datum()), "status", Labels.of(c.status()),
                "statusId", c.status(), "vuistregels", c.vuistregels().stream().map(id -> vuistregelLink(from, id).label()).toList(),
                "professionals", c.zichtbaarheid() == Zichtbaarheid.PROFESSIONALS);
    }

    private void casuistiek() {
        List<Casus> all = kb.casussen().stream().sorted(byDateDesc()).toList();
        record Facet(String prefix, String label, List<String> values, Function<String, String> name,
                Function<String, Predicate<Casus>> test) {
        }
        List<Facet> facets = List.of(
                new Facet("vuistregel", "Vuistregel", kb.vuistregels().stream().map(Vuistregel::id).toList(),
                        id -> vuistregels.get(id).kort(), id -> c -> c.vuistregels().contains(id)),
                new Facet("wijk", "Wijk", List.copyOf(kb.site().wijken().keySet()), id -> kb.site().wijkNaam(id),
                        id -> c -> c.wijk().equals(id)),
                new Facet("status", "Status", Casus.STATUSSEN, Labels::of, id -> c -> c.status().equals(id)));
        List<String[]> listings = new ArrayList<>();
        listings.add(new String[] {"", "", ""});
        for (Facet f : facets) {
            for (String v : f.values()) {
                listings.add(new String[] {f.prefix(), v, f.name().apply(v)});
            }
        }
        // The filter counts are the same on every listing: counted once, not once per listing.
        Map<String, Integer> counts = new HashMap<>();
        for (Facet f : facets) {
            for (String v : f.values()) {
                counts.put(f.prefix() + "-" + v, (int) all.stream().filter(f.test().apply(v)).count());
            }
        }
        for (String[] listing : listings) {
            String path = listing[0].isEmpty() ? "casuistiek/index.html" : "casuistiek/" + listing[0] + "-" + listing[1] + ".html";
            Predicate<Casus> active = c -> true;
            for (Facet f : facets) {
                if (f.prefix().equals(listing[0])) {
                    active = f.test().apply(listing[1]);
                }
            }
            List<Filter> filters = new ArrayList<>();
            for (Facet f : facets) {
                List<FilterOption> options = new ArrayList<>();
                for (String v : f.values()) {
                    options.add(new FilterOption(f.prefix() + "-" + v + ".html", f.name().apply(v), counts.get(f.prefix() + "-" + v),
                            f.prefix().equals(listing[0]) && v.equals(listing[1])));
                }
                filters.add(new Filter(f.label(), options));
            }
            String title = listing[0].isEmpty() ? "Casussen" : "Casussen: " + listing[2];
            List<Casus> matching = all.stream().filter(active).toList();
            // A listing is split into pages so a phone never loads thousands of cards at once.
            int pageCount = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            String base = path.substring(0, path.length() - ".html".length());
            for (int n = 1; n <= pageCount; n++) {
                String pagePath = n == 1 ? path : base + "-" + n + ".html";
                List<Casus> onPage = matching.subList((n - 1) * PAGE_SIZE, Math.min(matching.size(), n * PAGE_SIZE));
                String fileBase = base.substring(base.lastIndexOf('/') + 1);
                int page = n;
                String label = listing[2];
                boolean filtered = !listing[0].isEmpty();
                addLazy(pagePath, "casussen.ftlh", title + (n == 1 ? "" : " (pagina " + n + ")"), () -> m("filters", filters,
                        "items", onPage.stream().map(c -> card(pagePath, c)).toList(),
                        "filtered", filtered, "filterLabel", label, "totaal", matching.size(),
                        "pagina", page, "paginas", pageCount,
                        "vorige", page == 1 ? "" : (page == 2 ? fileBase : fileBase + "-" + (page - 1)) + ".html",
                        "volgende", page == pageCount ? "" : fileBase + "-" + (page + 1) + ".html"));
            }
        }
        for (Casus c : all) {
            casus(c);
        }
    }

    private List<Map<String, Object>> posts(List<Kosten.Post> posts) {
        return posts.stream().map(p -> m("post", p.post(), "bedrag", Format.euro(p.bedrag()), "per", perLabel(p),
                "perJaar", Format.euro(p.perJaar()))).toList();
    }

    private static String perLabel(Kosten.Post p) {
        return switch (p.per()) {
            case "keer" -> "per keer, " + p.aantal() + " keer per jaar";
            case "eenmalig" -> "eenmalig";
            default -> "per " + p.per();
        };
    }

    private void casus(Casus c) {
        String path = "casuistiek/" + c.id() + ".html";
        addLazy(path, "casus.ftlh", c.titel(), () -> casusModel(path, c));
    }

    private Map<String, Object> casusModel(String path, Casus c) {
        Kosten k = c.kosten();
        BigDecimal verschil = k.besparingPerJaar();
        Map<String, Object> kosten = k.isEmpty() ? Map.of() : m(
                "standaard", posts(k.standaard()), "maatwerk", posts(k.maatwerk()),
                "standaardTotaal", Format.euro(k.standaardPerJaar()), "maatwerkTotaal", Format.euro(k.maatwerkPerJaar()),
                "verschil", Format.euro(verschil.abs()), "goedkoper", verschil.signum() > 0, "gelijk", verschil.signum() == 0);
        List<Map<String, Object>> blokkades = c.blokkades().stream().map(b -> {
            Weeffout w = b.heeftWeeffout() ? weeffouten.get(b.weeffout()) : null;
            return m("toelichting", Markdown.inline(b.toelichting()),
                    "weeffout", w == null ? "" : w.titel(),
                    "href", w == null ? "" : href(path, "weeffouten/" + w.id() + ".html"));
        }).toList();
        Map<String, Object> model = m(
                "c", m("samenvatting", c.samenvatting(), "status", c.status(), "fictief", c.fictief(), "bron", c.bron(),
                        "hulpvraag", c.hulpvraag()),
                "wijk", kb.site().wijkNaam(c.wijk()), "datum", Format.date(c.datum()), "status", Labels.of(c.status()),
                "doelgroep", Labels.of(c.doelgroep()),
                "vuistregels", c.vuistregels().stream().map(id -> vuistregelLink(path, id)).toList(),
                "situatieHtml", Markdown.toHtml(c.situatie()),
                "oplossingHtml", Markdown.toHtml(c.oplossing()),
                "blokkades", blokkades,
                "partijen", organisatieLinks(path, c.partijen()),
                "kosten", kosten,
                "waardendriehoek", c.waardendriehoek() == null ? Map.of() : m(
                        "rendement", Markdown.toHtml(c.waardendriehoek().rendement()),
                        "legitimering", Markdown.toHtml(c.waardendriehoek().legitimering()),
                        "betrokkenheid", Markdown.toHtml(c.waardendriehoek().betrokkenheid())),
                "leervragen", c.leervragen().stream().map(Markdown::inline).toList(),
                "leersessies", kb.leersessies().stream().filter(l -> l.casussen().contains(c.id()))
                        .map(l -> new Link(href(path, "leersessies/" + l.id() + ".html"), l.titel())).toList(),
                "related", List.of());
        Map<String, Object> extra = extras.forCasus(c.id());
        if (extra != null) {
            // A stage may hand a value to make only now, when the page is rendered.
            extra.forEach((key, v) -> model.put(key, v instanceof java.util.function.Supplier<?> s ? s.get() : v));
        }
        return model;
    }

    // ------------------------------------------------------------ weeffouten

    private void weeffouten() {
        Map<String, List<Casus>> byWeeffout = new LinkedHashMap<>();
        for (Casus c : kb.casussen()) {
            c.blokkadeWeeffouten().stream().filter(w -> !w.isEmpty()).distinct()
                    .forEach(w -> byWeeffout.computeIfAbsent(w, k -> new ArrayList<>()).add(c));
        }
        add("weeffouten/index.html", "weeffouten.ftlh", "Weeffouten", m(
                "items", kb.weeffouten().stream().map(w -> m("href", w.id() + ".html", "titel", w.titel(),
                        "categorie", Labels.of(w.categorie()), "eigenaar", Labels.of(w.eigenaar()), "status", Labels.of(w.status()),
                        "aantal", byWeeffout.getOrDefault(w.id(), List.of()).size())).toList()));
        for (Weeffout w : kb.weeffouten()) {
            String path = "weeffouten/" + w.id() + ".html";
            List<Casus> cases = byWeeffout.getOrDefault(w.id(), List.of()).stream().sorted(byDateDesc()).toList();
            add(path, "weeffout.ftlh", w.titel(), m(
                    "w", w, "categorie", Labels.of(w.categorie()), "eigenaar", Labels.of(w.eigenaar()),
                    "status", Labels.of(w.status()), "gesignaleerd", Format.date(w.gesignaleerdOp()),
                    "beschrijvingHtml", Markdown.toHtml(w.beschrijving()), "voorstelHtml", Markdown.toHtml(w.voorstel()),
                    "casussen", cases.stream().limit(PAGE_SIZE).map(c -> card(path, c)).toList(),
                    "aantalCasussen", cases.size(),
                    "wijken", cases.stream().map(Casus::wijk).distinct().count()));
        }
    }

    // ------------------------------------------------------------ avg

    private void avg() {
        add("avg/index.html", "avg.ftlh", "Handreiking privacy (AVG)", m(
                "items", kb.avg().stream().map(h -> m("href", h.id() + ".html", "titel", h.titel(),
                        "samenvatting", h.samenvatting())).toList(),
                "deelwijzer", !kb.deelregels().regels().isEmpty()));
        for (AvgHoofdstuk h : kb.avg()) {
            String path = "avg/" + h.id() + ".html";
            int i = kb.avg().indexOf(h);
            add(path, "avg-hoofdstuk.ftlh", h.titel(), m(
                    "h", h, "bodyHtml", Markdown.toHtml(h.body()), "beheer", beheer(h.beheer()),
                    "vorige", i > 0 ? new Link(kb.avg().get(i - 1).id() + ".html", kb.avg().get(i - 1).titel()) : "",
                    "volgende", i + 1 < kb.avg().size() ? new Link(kb.avg().get(i + 1).id() + ".html", kb.avg().get(i + 1).titel()) : ""));
        }
        Deelregels d = kb.deelregels();
        if (!d.regels().isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var g : d.gegevens().entrySet()) {
                List<Map<String, Object>> cells = new ArrayList<>();
                for (var o : d.ontvangers().entrySet()) {
                    Deelregels.Regel r = d.regel(g.getKey(), o.getKey()).orElse(null);
                    cells.add(r == null ? m("mag", "", "label", "onbekend") : m(
                            "id", g.getKey() + "--" + o.getKey(), "mag", r.mag(), "label", Labels.of(r.mag()),
                            "ontvanger", o.getValue(), "grondslag", r.grondslag(), "voorwaarden", r.voorwaarden(),
                            "voorbeeld", r.voorbeeld(),
                            "hoofdstuk", r.hoofdstuk().isEmpty() ? "" : r.hoofdstuk() + ".html"));
                }
                rows.add(m("id", g.getKey(), "label", g.getValue(), "cells", cells));
            }
            add("avg/deelwijzer.html", "deelwijzer.ftlh", "Deelwijzer: mag ik dit delen?", m(
                    "ontvangers", d.ontvangers().entrySet().stream().map(e -> new Link(e.getKey(), e.getValue())).toList(),
                    "gegevens", d.gegevens().entrySet().stream().map(e -> new Link(e.getKey(), e.getValue())).toList(),
                    "rows", rows));
        }
    }

    // ------------------------------------------------------------ wijknetwerk

    private void wijknetwerk() {
        List<Organisatie> all = kb.organisaties();
        record Facet(String prefix, String label, List<String> values, Function<String, String> name,
                Function<String, Predicate<Organisatie>> test) {
        }
        List<Facet> facets = List.of(
                new Facet("soort", "Soort partner", Organisatie.SOORTEN.stream()
                        .filter(s -> all.stream().anyMatch(o -> o.soort().equals(s))).toList(), Labels::of,
                        id -> o -> o.soort().equals(id)),
                new Facet("vuistregel", "Vuistregel", kb.vuistregels().stream().map(Vuistregel::id).toList(),
                        id -> vuistregels.get(id).kort(), id -> o -> o.vuistregels().contains(id)),
                new Facet("wijk", "Wijk", List.copyOf(kb.site().wijken().keySet()), id -> kb.site().wijkNaam(id),
                        id -> o -> o.werktIn(id)));
        List<String[]> listings = new ArrayList<>();
        listings.add(new String[] {"", "", ""});
        facets.forEach(f -> f.values().forEach(v -> listings.add(new String[] {f.prefix(), v, f.name().apply(v)})));
        for (String[] listing : listings) {
            String path = listing[0].isEmpty() ? "wijknetwerk/index.html" : "wijknetwerk/" + listing[0] + "-" + listing[1] + ".html";
            Predicate<Organisatie> active = o -> true;
            List<Filter> filters = new ArrayList<>();
            for (Facet f : facets) {
                if (f.prefix().equals(listing[0])) {
                    active = f.test().apply(listing[1]);
                }
                filters.add(new Filter(f.label(), f.values().stream().map(v -> new FilterOption(f.prefix() + "-" + v + ".html",
                        f.name().apply(v), (int) all.stream().filter(f.test().apply(v)).count(),
                        f.prefix().equals(listing[0]) && v.equals(listing[1]))).toList()));
            }
            add(path, "wijknetwerk.ftlh", listing[0].isEmpty() ? "Wijknetwerk in beeld" : "Wijknetwerk: " + listing[2], m(
                    "filters", filters, "filtered", !listing[0].isEmpty(), "filterLabel", listing[2],
                    "situaties", !kb.situaties().isEmpty(),
                    "items", all.stream().filter(active).map(o -> m("href", o.id() + ".html", "naam", o.naam(),
                            "soort", Labels.of(o.soort()), "reactietijd", Format.inZin(o.reactietijd()))).toList()));
        }
        for (Organisatie o : all) {
            String path = "wijknetwerk/" + o.id() + ".html";
            add(path, "organisatie.ftlh", o.naam(), m(
                    "o", o, "soort", Labels.of(o.soort()), "watHtml", Markdown.toHtml(o.watZeDoen()),
                    "contact", ContactLinks.of(o.contact()),
                    "voorbeeldContact", VoorbeeldContact.isVoorbeeld(o.contact()),
                    "vuistregels", o.vuistregels().stream().map(id -> vuistregelLink(path, id)).toList(),
                    "wijken", o.wijken().isEmpty() ? List.of("alle wijken") : o.wijken().stream().map(kb.site()::wijkNaam).toList(),
                    "beheer", beheer(o.beheer()),
                    "casussen", kb.casussen().stream().filter(c -> c.partijen().contains(o.id())).sorted(byDateDesc())
                            .limit(RECENT).map(c -> card(path, c)).toList()));
        }
        if (!kb.situaties().isEmpty()) {
            String path = "wijknetwerk/wie-helpt.html";
            boolean voorbeeldContact = kb.situaties().stream().flatMap(s -> s.organisaties().stream())
                    .map(h -> organisaties.get(h.organisatie())).filter(Objects::nonNull)
                    .anyMatch(o -> VoorbeeldContact.isVoorbeeld(o.contact().telefoon()));
            add(path, "wie-helpt.ftlh", "Wie helpt bij...?", m("voorbeeldContact", voorbeeldContact,
                    "items", kb.situaties().stream().map(s -> m(
                    "id", s.id(), "titel", s.titel(), "vraag", s.vraag(), "uitlegHtml", Markdown.toHtml(s.uitleg()),
                    "hulp", s.organisaties().stream().filter(h -> organisaties.containsKey(h.organisatie())).map(h -> {
                        Organisatie o = organisaties.get(h.organisatie());
                        return m("href", o.id() + ".html", "naam", o.naam(), "waarom", h.waarom(),
                                "reactietijd", Format.zin(Format.inZin(o.reactietijd())), "bereikbaarheid", Format.zin(o.bereikbaarheid()),
                                "telefoon", o.contact().telefoon().strip(), "telefoonHref", ContactLinks.tel(o.contact().telefoon()));
                    }).toList())).toList()));
        }
    }

    // ------------------------------------------------------------ leersessies

    private void leersessies() {
        add("leersessies/index.html", "leersessies.ftlh", "Leersessies", m(
                "items", kb.leersessies().stream().map(l -> m("href", l.id() + ".html", "titel", l.titel(), "thema", l.thema(),
                        "duur", l.duur(), "aantal", l.casussen().size())).toList()));
        for (Leersessie l : kb.leersessies()) {
            String path = "leersessies/" + l.id() + ".html";
            List<Casus> cases = l.casussen().stream().map(casussen::get).filter(Objects::nonNull).toList();
            List<Link> touched = cases.stream().flatMap(c -> c.blokkadeWeeffouten().stream()).filter(w -> !w.isEmpty())
                    .distinct().sorted().filter(weeffouten::containsKey)
                    .map(id -> new Link(href(path, "weeffouten/" + id + ".html"), weeffouten.get(id).titel())).toList();
            add(path, "leersessie.ftlh", l.titel(), m(
                    "l", l,
                    "vuistregels", l.vuistregels().stream().map(id -> vuistregelLink(path, id)).toList(),
                    "casussen", cases.stream().map(c -> {
                        Map<String, Object> card = card(path, c);
                        card.put("leervragen", c.leervragen());
                        return card;
                    }).toList(),
                    "weeffouten", touched,
                    "trainersHtml", audience == Zichtbaarheid.PROFESSIONALS ? Markdown.toHtml(l.trainersnotities()) : ""));
        }
    }

    // ------------------------------------------------------------ content reference

    private static Map<String, Object> schemaView(Schema s) {
        return m("name", s.name(), "location", s.location(), "description", s.description(),
                "fields", flatten(s, ""));
    }

    private static List<Map<String, Object>> flatten(Schema s, String prefix) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Schema.Field f : s.fields()) {
            String allowed = !f.allowed().isEmpty() ? String.join(", ", f.allowed())
                    : f.refersTo().isEmpty() ? "" : "id van een " + f.refersTo();
            rows.add(m("name", prefix + f.name(), "type", f.type().label(), "required", f.required(),
                    "allowed", allowed, "fallback", f.fallback(), "example", f.example(), "description", f.description()));
            if (f.nested() != null) {
                String sep = f.type() == Schema.Type.LIJST_BLOKKEN ? "[]." : ".";
                rows.addAll(flatten(f.nested(), prefix + f.name() + sep));
            }
        }
        return rows;
    }
}
