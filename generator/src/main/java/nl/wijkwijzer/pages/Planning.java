package nl.wijkwijzer.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.wijkwijzer.model.Beheer;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.PagePlanner.Link;
import nl.wijkwijzer.render.PageModel;

/**
 * What the section planners share while planning one audience's site: the audience view, its
 * lookups, the related cases, the pages planned so far, and the pieces several sections show
 * (case cards, links to guides and organisations, upkeep lines). Models are records; a text a
 * model field may lack is the empty string, never null.
 */
final class Planning {
    /** Cases per listing page, and cases shown on a weeffout page. */
    static final int PAGE_SIZE = 50;
    /** Cases shown on a guide or organisation page. */
    static final int RECENT = 10;

    final KnowledgeBase kb;
    final Zichtbaarheid audience;
    final Related related;
    final Map<String, Vuistregel> vuistregels;
    final Map<String, Organisatie> organisaties;
    final Map<String, Weeffout> weeffouten;
    final Map<String, Casus> casussen;
    final List<Page> pages = new ArrayList<>();
    /** Markdown to HTML, remembered for the whole build (the audiences share most texts). */
    final nl.wijkwijzer.markdown.MarkdownHtml markdown;

    Planning(KnowledgeBase kb, Zichtbaarheid audience, Related related, nl.wijkwijzer.markdown.MarkdownHtml markdown) {
        this.kb = kb;
        this.markdown = markdown;
        this.audience = audience;
        this.related = related;
        this.vuistregels = kb.vuistregelById();
        this.organisaties = kb.organisatieById();
        this.weeffouten = kb.weeffoutById();
        this.casussen = kb.casusById();
    }

    /** A text for a model: never null. */
    static String text(String s) {
        return s == null ? "" : s;
    }

    void add(String path, String template, String title, Object content) {
        pages.add(new Page(path, template, new PageModel(Frame.of(path, title, kb, audience), content)));
    }

    /**
     * A page whose model is made when it is rendered (on the rendering threads): for the pages that
     * grow with the number of cases. {@code content} reads the planning's fields and the knowledge base only.
     */
    void addLazy(String path, String template, String title, Supplier<Object> content) {
        pages.add(Page.lazy(path, template, () -> new PageModel(Frame.of(path, title, kb, audience), content.get())));
    }

    Link vuistregelLink(String from, String id) {
        Vuistregel v = vuistregels.get(id);
        return new Link(Urls.href(from, Urls.vuistregel(id)), v == null ? id : v.kort());
    }

    List<Link> organisatieLinks(String from, List<String> ids) {
        return ids.stream().filter(organisaties::containsKey)
                .map(id -> new Link(Urls.href(from, Urls.organisatie(id)), organisaties.get(id).naam())).toList();
    }

    /** Who keeps a page up to date and when it is checked next; a page without upkeep data shows none. */
    public record Upkeep(String eigenaar, String gecontroleerd, String volgende) {
    }

    static Upkeep upkeep(Beheer b) {
        return b == null ? null : new Upkeep(text(b.eigenaar()), Format.date(b.gecontroleerd()), Format.date(b.volgendeControle()));
    }

    /** A case as a card in a list ({@code layout.cards}); {@code leervragen} only where a leersessie lists its cases. */
    public record CasusCard(String href, String titel, String samenvatting, String wijk, String datum, String status,
            String statusId, List<String> vuistregels, boolean professionals, List<String> leervragen) {
    }

    CasusCard card(String from, Casus c) {
        return card(from, c, List.of());
    }

    CasusCard card(String from, Casus c, List<String> leervragen) {
        return new CasusCard(Urls.href(from, Urls.casus(c.id())), text(c.titel()), text(c.samenvatting()),
                text(kb.site().wijkNaam(c.wijk())), Format.date(c.datum()), text(Labels.of(c.status())), text(c.status()),
                c.vuistregels().stream().map(id -> vuistregelLink(from, id).label()).toList(),
                c.zichtbaarheid() == Zichtbaarheid.PROFESSIONALS, leervragen);
    }

    static Comparator<Casus> byDateDesc() {
        return Comparator.comparing(Casus::datum, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Casus::id);
    }
}
