package nl.wijkwijzer.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wijkwijzer.markdown.MarkdownHtml;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * Plans every page of one audience's site from its {@link AudienceView}: one {@link Page} per URL with
 * a ready model, a record per template. Each section plans its own pages ({@link HomePages},
 * {@link VuistregelPages}, {@link CasusPages}, {@link WeeffoutPages}, {@link AvgPages},
 * {@link WijknetwerkPages}, {@link LeersessiePages}, {@link ServicePages}); all figures and labels are
 * computed there, not in templates.
 */
public final class PagePlanner {
    public record Link(String href, String label) {
    }

    public record Filter(String label, List<FilterOption> options) {
    }

    public record FilterOption(String href, String label, int count, boolean active) {
    }

    /** The model of {@code sitemap.ftlx}. */
    public record SitemapModel(List<String> urls, String base) {
    }

    private PagePlanner() {
    }

    /**
     * @param view    the knowledge base already filtered for {@code audience}
     * @param related the related cases of each case, from the search stage ({@link Related#NONE} without it)
     * @param markdown this build's Markdown rendering
     */
    public static List<Page> plan(KnowledgeBase view, Zichtbaarheid audience, Related related, MarkdownHtml markdown) {
        Planning p = new Planning(view, audience, related, markdown);
        HomePages.plan(p);
        VuistregelPages.plan(p);
        CasusPages.plan(p);
        WeeffoutPages.plan(p);
        AvgPages.plan(p);
        WijknetwerkPages.plan(p);
        LeersessiePages.plan(p);
        ServicePages.toegankelijkheid(p);
        // Help for the redacteur is for the professionals site only: the public site speaks to residents.
        if (audience == Zichtbaarheid.PROFESSIONALS) {
            ServicePages.velden(p);
        }
        ServicePages.bronnen(p);
        ServicePages.notFound(p);
        return List.copyOf(p.pages);
    }

    /**
     * The page of one case alone, as {@link #plan} makes it, with its related cases from the last full
     * plan. For the preview's fast path after a case edit.
     */
    public static Page casusPage(KnowledgeBase view, Zichtbaarheid audience, Casus c, List<Link> related, MarkdownHtml markdown) {
        Planning p = new Planning(view, audience, id -> id.equals(c.id()) ? related : List.of(), markdown);
        CasusPages.casus(p, c);
        return p.pages.get(0);
    }

    /** The related cases on a case page planned by {@link #plan} or {@link #casusPage} (empty for another page). */
    public static List<Link> relatedOn(Object model) {
        return model instanceof nl.wijkwijzer.render.PageModel m && m.content() instanceof CasusPages.CasusPage c
                ? c.related() : List.of();
    }

    /**
     * The bestuur site's own pages: a small home page that leads to the report and its downloads, the
     * accessibility statement and the 404 page. It has no case, weeffout or guide pages: the report
     * ({@code ReportPart}) is all it publishes.
     */
    public static List<Page> planBestuur(KnowledgeBase view, MarkdownHtml markdown) {
        Planning p = new Planning(view, Zichtbaarheid.BESTUUR, Related.NONE, markdown);
        ServicePages.bestuurIndex(p);
        ServicePages.toegankelijkheid(p);
        ServicePages.notFound(p);
        return List.copyOf(p.pages);
    }

    /**
     * The sitemap of every HTML page planned for the public site, by all stages; empty for the other
     * audiences and when site.yaml has no {@code basis-url}. A sitemap only takes absolute URLs, and
     * {@code basis-url} is the address of the public site: the professionals site must not be indexed
     * and the bestuur site lives at another address.
     */
    public static Optional<Page> sitemap(KnowledgeBase kb, Zichtbaarheid audience, List<Page> pages) {
        String base = basisUrl(kb);
        if (audience != Zichtbaarheid.PUBLIEK || base.isEmpty()) {
            return Optional.empty();
        }
        List<String> urls = pages.stream().map(Page::path).filter(p -> p.endsWith(".html") && !p.equals("404.html"))
                .sorted().toList();
        return Optional.of(new Page("sitemap.xml", "sitemap.ftlx", new SitemapModel(urls, base)));
    }

    /**
     * The site's {@code robots.txt}, or empty when it needs none: the professionals site refuses every
     * crawler (its pages also carry {@code noindex}); the public site allows all and names its sitemap.
     */
    public static Optional<String> robotsTxt(KnowledgeBase kb, Zichtbaarheid audience) {
        return switch (audience) {
            case PROFESSIONALS -> Optional.of("User-agent: *\nDisallow: /\n");
            case PUBLIEK -> Optional.of("User-agent: *\nDisallow:\n"
                    + (basisUrl(kb).isEmpty() ? "" : "\nSitemap: " + basisUrl(kb) + "sitemap.xml\n"));
            default -> Optional.empty();
        };
    }

    /** {@code basis-url} with one closing slash, so page paths can follow it; empty when not set. */
    static String basisUrl(KnowledgeBase kb) {
        String base = kb.site().basisUrl() == null ? "" : kb.site().basisUrl().strip();
        return base.isEmpty() || base.endsWith("/") ? base : base + "/";
    }

    // ------------------------------------------------------------ for stages whose models are still maps

    /** A map model from key-value pairs; a null value becomes the empty string. */
    public static Map<String, Object> m(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        }
        return map;
    }

    /** See {@link Urls#rootOf}. */
    public static String rootOf(String path) {
        return Urls.rootOf(path);
    }

    /** The {@link Frame} as a map, for a stage that adds its own keys to it. */
    public static Map<String, Object> frame(String path, String title, KnowledgeBase kb, Zichtbaarheid audience) {
        return Frame.of(path, title, kb, audience).asMap();
    }
}
