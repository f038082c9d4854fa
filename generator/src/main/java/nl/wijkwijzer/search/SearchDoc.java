package nl.wijkwijzer.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

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
 * @param type   casus | weeffout | vuistregel | avg | organisatie | leersessie
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
     * needed twice: to index, and for the snippet file): held for every case, these texts were about
     * 400 MB of the live heap at the 100,000-case search stage (class histogram).
     */
    public String body() {
        return source.get();
    }

    public static final List<String> TYPES = List.of("casus", "weeffout", "vuistregel", "avg", "organisatie", "leersessie");
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
            docs.add(new SearchDoc(c.id(), c.titel(), "casuistiek/" + c.id() + ".html", "casus", facetMap(
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
        }
        for (AvgHoofdstuk h : view.avg()) {
            StringBuilder b = new StringBuilder();
            add(b, plain, h.samenvatting(), h.body());
            docs.add(new SearchDoc(h.id(), h.titel(), "avg/" + h.id() + ".html", "avg", facetMap(), b.toString()));
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
        return docs;
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
            String text = plain.get(md, SearchDoc::plain);
            if (!text.isEmpty()) {
                b.append(b.isEmpty() ? "" : "\n").append(text);
            }
        }
    }

    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.of(TablesExtension.create()))).build();

    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t\\x0B\\f\\r]+");
    static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile(" *\\n[ \\n]*");
    /** Plain texts remembered per build: the audiences of a build, and preview rebuilds, share most texts. */
    private static final nl.wijkwijzer.util.BuildCache.Kind<String, String> PLAIN = nl.wijkwijzer.util.BuildCache.Kind.chars(
            "platte tekst", nl.wijkwijzer.util.BuildProfile::textMemoChars);

    /** {@link #plain} without the plain-prose shortcut (for tests). */
    static String plainWithFlexmark(String markdown) {
        String text = new TextCollectingVisitor().collectAndGetText(PARSER.parse(markdown));
        return BREAKS.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n").strip();
    }

    /** Markdown to plain text (flexmark's text collector: no markup, raw HTML left out as text). */
    static String plain(String markdown) {
        List<String> prose = nl.wijkwijzer.markdown.SimpleProse.paragraphs(markdown);
        String text = prose != null ? nl.wijkwijzer.markdown.SimpleProse.text(prose)
                : new TextCollectingVisitor().collectAndGetText(PARSER.parse(markdown));
        return normalized(text);
    }

    /**
     * Runs of spaces and tabs to one space, line breaks with the spaces around them to one, then
     * stripped: what {@link #SPACES} then {@link #BREAKS} give (a run of blanks holding a line break
     * ends as one line break, any other run as one space), in one pass instead of two regexes
     * (~2% of a 10k build in JFR). {@code NormalizedTextTest} compares both on random texts.
     */
    static String normalized(String text) {
        StringBuilder sb = null;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!isBlank(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                i++;
                continue;
            }
            int end = i;
            boolean breaks = false;
            while (end < length && isBlank(text.charAt(end))) {
                breaks |= text.charAt(end) == '\n';
                end++;
            }
            char replacement = breaks ? '\n' : ' ';
            if (sb == null && (end - i != 1 || c != replacement)) {
                sb = new StringBuilder(length).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(replacement);
            }
            i = end;
        }
        return (sb == null ? text : sb.toString()).strip();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
