package nl.wijkwijzer.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import nl.wijkwijzer.model.AvgHoofdstuk;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Weeffout;

/**
 * One searchable page.
 *
 * @param url    relative to the site root
 * @param type   one of {@link #TYPES}
 * @param facets facet name (vuistregel, wijk, status, soort) to values
 * @param source makes the plain text (see {@link #body()})
 */
public record SearchDoc(String id, String title, String url, String type, Map<String, List<String>> facets,
        java.util.function.Supplier<String> source) {

    /** A page whose text is already made. */
    public SearchDoc(String id, String title, String url, String type, Map<String, List<String>> facets, String body) {
        this(id, title, url, type, facets, () -> body);
    }

    /**
     * Plain text, also the source of snippets. A casus makes it from its record on each call (it is
     * needed twice: to index, and for the snippet file), so the texts of all cases are never held at
     * once (docs/performance.md).
     */
    public String body() {
        return source.get();
    }

    public static final List<String> TYPES = List.of("casus", "weeffout", "vuistregel", "avg", "organisatie", "leersessie",
            "situatie", "deelregel", "routekaart", "vragenbank", "overzicht");
    public static final List<String> FACETS = List.of("vuistregel", "wijk", "status", "soort");

    /** The searchable text: the title twice (a title hit weighs more), then the body. */
    public String text() {
        return title + "\n" + title + "\n" + body();
    }

    /** Every page of the audience view, in a fixed order (the Lucene doc id order). */
    public static List<SearchDoc> of(KnowledgeBase view) {
        return of(view, nl.wijkwijzer.util.BuildCache.uncached());
    }

    /** As {@link #of(KnowledgeBase)}, with the plain texts remembered in this build's {@code cache}. */
    public static List<SearchDoc> of(KnowledgeBase view, nl.wijkwijzer.util.BuildCache cache) {
        nl.wijkwijzer.util.BuildCache.Memo<String, String> plain = cache.memo(PLAIN);
        List<SearchDoc> docs = new ArrayList<>();
        for (Casus c : view.casussen()) {
            docs.add(new SearchDoc(c.id(), c.titel(), nl.wijkwijzer.pages.Urls.casus(c.id()), "casus", facetMap(
                    "vuistregel", c.vuistregels(), "wijk", List.of(c.wijk()), "status", List.of(c.status())),
                    () -> body(c, plain)));
        }
        for (Weeffout w : view.weeffouten()) {
            StringBuilder b = new StringBuilder();
            add(b, plain, w.beschrijving(), w.voorstel(), String.join(", ", w.schotten()));
            docs.add(new SearchDoc(w.id(), w.titel(), "weeffouten/" + w.id() + ".html", "weeffout",
                    facetMap("status", List.of(w.status())), b.toString()));
        }
        for (Vuistregel v : view.vuistregels()) {
            StringBuilder b = new StringBuilder();
            add(b, plain, v.samenvatting());
            v.checklist().forEach(x -> add(b, plain, x));
            v.signalen().forEach(x -> add(b, plain, x));
            add(b, plain, v.body());
            docs.add(new SearchDoc(v.id(), v.titel(), "vuistregels/" + v.id() + ".html", "vuistregel",
                    facetMap("vuistregel", List.of(v.id())), b.toString()));
            docs.addAll(headings(v.id(), v.titel(), "vuistregels/" + v.id() + ".html", "vuistregel",
                    facetMap("vuistregel", List.of(v.id())), v.body(), plain));
        }
        for (AvgHoofdstuk h : view.avg()) {
            StringBuilder b = new StringBuilder();
            add(b, plain, h.samenvatting(), h.body());
            docs.add(new SearchDoc(h.id(), h.titel(), "avg/" + h.id() + ".html", "avg", facetMap(), b.toString()));
            docs.addAll(headings(h.id(), h.titel(), "avg/" + h.id() + ".html", "avg", facetMap(), h.body(), plain));
        }
        for (Organisatie o : view.organisaties()) {
            StringBuilder b = new StringBuilder();
            add(b, plain, o.watZeDoen(), o.bereikbaarheid(), o.reactietijd());
            List<String> wijken = o.wijken().isEmpty() ? List.copyOf(view.site().wijken().keySet()) : o.wijken();
            docs.add(new SearchDoc(o.id(), o.naam(), "wijknetwerk/" + o.id() + ".html", "organisatie", facetMap(
                    "vuistregel", o.vuistregels(), "wijk", wijken, "soort", List.of(o.soort())), b.toString()));
        }
        for (Leersessie l : view.leersessies()) {
            StringBuilder b = new StringBuilder();
            add(b, plain, l.thema(), l.doel());
            l.vragen().forEach(x -> add(b, plain, x));
            l.werkvormen().forEach(w -> add(b, plain, w.naam(), w.beschrijving()));
            docs.add(new SearchDoc(l.id(), l.titel(), "leersessies/" + l.id() + ".html", "leersessie",
                    facetMap("vuistregel", l.vuistregels()), b.toString()));
        }
        docs.addAll(sections(view, plain));
        if (!view.casussen().isEmpty()) {
            // The cases' overview page (casussen.ftlh: its title and lead): someone who types "casussen" or
            // "casuïstiek" without a subject is best helped by the list. Its cards are not its text: they
            // are the cases themselves, each a document.
            docs.add(new SearchDoc("casussen", "Casussen", "casuistiek/index.html", "overzicht", facetMap(),
                    "Casussen van de doorbraaktafel. Kies een filter om de lijst kleiner te maken."));
        }
        return docs;
    }

    /**
     * The pages that answer a question in parts, one document per part with its anchor (the result list
     * shows them under their page): "Wie helpt bij...?" per situation, each deelwijzer rule, each
     * routekaart step, and the vragenbank per vuistregel.
     */
    static List<SearchDoc> sections(KnowledgeBase view, nl.wijkwijzer.util.BuildCache.Memo<String, String> plain) {
        List<SearchDoc> docs = new ArrayList<>();
        for (nl.wijkwijzer.model.Situatie s : view.situaties()) {
            StringBuilder b = new StringBuilder();
            add(b, plain, s.vraag(), s.uitleg());
            s.organisaties().forEach(h -> add(b, plain, h.waarom()));
            docs.add(new SearchDoc(s.id(), "Wie helpt bij: " + s.titel(), "wijknetwerk/wie-helpt.html#" + s.id(), "situatie",
                    facetMap("vuistregel", s.vuistregels()), b.toString()));
        }
        nl.wijkwijzer.model.Deelregels d = view.deelregels();
        for (nl.wijkwijzer.model.Deelregels.Regel r : d.regels()) {
            String title = d.gegevens().getOrDefault(r.gegevens(), r.gegevens()) + " naar " + d.ontvangers().getOrDefault(r.ontvanger(), r.ontvanger());
            StringBuilder b = new StringBuilder();
            add(b, plain, r.grondslag(), r.voorwaarden(), r.voorbeeld());
            docs.add(new SearchDoc(r.gegevens() + "--" + r.ontvanger(), "Deelwijzer: " + title, "avg/deelwijzer.html#" + r.gegevens()
                    + "--" + r.ontvanger(), "deelregel", facetMap(), b.toString()));
        }
        view.routekaart().ifPresent(k -> {
            StringBuilder intro = new StringBuilder();
            add(intro, plain, k.inleiding());
            docs.add(new SearchDoc("routekaart", k.titel(), "routekaart.html", "routekaart", facetMap(), intro.toString()));
            for (nl.wijkwijzer.model.Routekaart.Stap st : k.stappen()) {
                StringBuilder b = new StringBuilder();
                add(b, plain, st.wat());
                docs.add(new SearchDoc(st.id(), k.titel() + ": " + st.titel(), "routekaart.html#" + st.id(), "routekaart",
                        facetMap("vuistregel", st.vuistregels()), b.toString()));
            }
        });
        for (Vuistregel v : view.vuistregels()) {
            List<String> vragen = view.vragenbank().getOrDefault(v.id(), List.of());
            if (!vragen.isEmpty()) {
                // What the page shows (vragenbank.ftlh, HandoutsPart): the vuistregel's summary, the
                // questions, and the leersessies about this vuistregel under their heading, so a
                // question about "vragen voor een leersessie over wonen" finds this page.
                StringBuilder b = new StringBuilder();
                add(b, plain, v.samenvatting());
                vragen.forEach(x -> add(b, plain, x));
                List<String> sessies = view.leersessies().stream().filter(l -> l.vuistregels().contains(v.id())).map(Leersessie::titel).toList();
                if (!sessies.isEmpty()) {
                    add(b, plain, "Leersessies over deze vuistregel: " + String.join("; ", sessies));
                }
                docs.add(new SearchDoc(v.id(), "Vragenbank: " + v.kort(), "vragenbank/" + v.id() + ".html", "vragenbank",
                        facetMap("vuistregel", List.of(v.id())), b.toString()));
            }
        }
        return docs;
    }

    /**
     * The guide's sections: one document per heading with an id in a page's Markdown body ({@code url#id},
     * "page title: heading"), its text up to the next heading. The ids are those the page renders
     * ({@link nl.wijkwijzer.markdown.Markdown#sections}).
     */
    static List<SearchDoc> headings(String pageId, String pageTitle, String url, String type, Map<String, List<String>> facets,
            String markdown, nl.wijkwijzer.util.BuildCache.Memo<String, String> plain) {
        List<SearchDoc> out = new ArrayList<>();
        for (nl.wijkwijzer.markdown.Markdown.Section s : nl.wijkwijzer.markdown.Markdown.sections(markdown)) {
            StringBuilder text = new StringBuilder();
            add(text, plain, s.markdown());
            if (!text.isEmpty()) {
                out.add(new SearchDoc(pageId + "#" + s.id(), pageTitle + ": " + s.heading(), url + "#" + s.id(), type, facets, text.toString()));
            }
        }
        return out;
    }

    private static String body(Casus c, nl.wijkwijzer.util.BuildCache.Memo<String, String> plain) {
        StringBuilder b = new StringBuilder();
        add(b, plain, c.samenvatting(), c.situatie(), c.hulpvraag() == null ? "" : c.hulpvraag().watWilIk(),
                c.hulpvraag() == null ? "" : c.hulpvraag().watKanIk(), c.hulpvraag() == null ? "" : c.hulpvraag().watHebIkNodig());
        c.blokkades().forEach(x -> add(b, plain, x.toelichting()));
        add(b, plain, c.oplossing());
        if (c.waardendriehoek() != null) {
            add(b, plain, c.waardendriehoek().rendement(), c.waardendriehoek().legitimering(), c.waardendriehoek().betrokkenheid());
        }
        c.leervragen().forEach(x -> add(b, plain, x));
        return b.toString();
    }

    /** Plain texts remembered per build: the audiences of a build, and preview rebuilds, share most texts. */
    static final nl.wijkwijzer.util.BuildCache.Kind<String, String> PLAIN = nl.wijkwijzer.util.BuildCache.Kind.chars(
            "platte tekst", nl.wijkwijzer.util.BuildProfile::textMemoChars);

    private static Map<String, List<String>> facetMap(Object... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) kv[i + 1];
            m.put((String) kv[i], List.copyOf(values));
        }
        return m;
    }

    private static void add(StringBuilder b, nl.wijkwijzer.util.BuildCache.Memo<String, String> plain, String... markdown) {
        for (String md : markdown) {
            if (md == null || md.isBlank()) {
                continue;
            }
            String text = plain.get(md, nl.wijkwijzer.markdown.MarkdownText::of);
            if (!text.isEmpty()) {
                b.append(b.isEmpty() ? "" : "\n").append(text);
            }
        }
    }

}
