package nl.wijkwijzer.pages;

import java.util.List;
import java.util.Objects;

import nl.wijkwijzer.check.VoorbeeldContact;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.pages.ContactLinks.ContactLink;
import nl.wijkwijzer.pages.PagePlanner.Filter;
import nl.wijkwijzer.pages.PagePlanner.Link;
import nl.wijkwijzer.pages.Planning.CasusCard;
import nl.wijkwijzer.pages.Planning.Upkeep;
import nl.wijkwijzer.markdown.SafeHtml;

/**
 * The network of organisations: the listing with its filters ({@code wijknetwerk.ftlh}), a page per
 * organisation ({@code organisatie.ftlh}) and, when there are situations, "Wie helpt bij...?"
 * ({@code wie-helpt.ftlh}).
 */
public final class WijknetwerkPages {
    private WijknetwerkPages() {
    }

    public record OrganisatieItem(String href, String naam, String soort, String reactietijd) {
    }

    public record WijknetwerkPage(List<Filter> filters, boolean filtered, String filterLabel, boolean situaties,
            List<OrganisatieItem> items) {
    }

    public record OrganisatiePage(Organisatie o, String soort, SafeHtml watHtml, List<ContactLink> contact,
            boolean voorbeeldContact, List<Link> vuistregels, List<String> wijken, Upkeep beheer, List<CasusCard> casussen) {
    }

    public record Hulp(String href, String naam, String waarom, String reactietijd, String bereikbaarheid, String telefoon,
            String telefoonHref) {
    }

    public record SituatieItem(String id, String titel, String vraag, SafeHtml uitlegHtml, List<Hulp> hulp) {
    }

    public record WieHelptPage(boolean voorbeeldContact, List<SituatieItem> items) {
    }

    static void plan(Planning p) {
        var kb = p.kb;
        List<Organisatie> all = kb.organisaties();
        List<Listing.Facet<Organisatie>> facets = List.of(
                new Listing.Facet<>("soort", "Soort partner", Organisatie.SOORTEN.stream()
                        .filter(s -> all.stream().anyMatch(o -> o.soort().equals(s))).toList(), Labels::of,
                        id -> o -> o.soort().equals(id)),
                new Listing.Facet<>("vuistregel", "Vuistregel", kb.vuistregels().stream().map(Vuistregel::id).toList(),
                        id -> p.vuistregels.get(id).kort(), id -> o -> o.vuistregels().contains(id)),
                new Listing.Facet<>("wijk", "Wijk", List.copyOf(kb.site().wijken().keySet()), id -> kb.site().wijkNaam(id),
                        id -> o -> o.werktIn(id)));
        for (Listing.Selection<Organisatie> s : Listing.of("wijknetwerk", all, facets)) {
            p.add(s.path(), "wijknetwerk.ftlh", s.filtered() ? "Wijknetwerk: " + s.label() : "Wijknetwerk in beeld",
                    new WijknetwerkPage(s.filters(), s.filtered(), s.label(), !kb.situaties().isEmpty(), s.matching().stream()
                            .map(o -> new OrganisatieItem(o.id() + ".html", Planning.text(o.naam()), Planning.text(Labels.of(o.soort())),
                                    Planning.text(Format.inZin(o.reactietijd())))).toList()));
        }
        for (Organisatie o : all) {
            String path = Urls.organisatie(o.id());
            p.add(path, "organisatie.ftlh", o.naam(), new OrganisatiePage(o, Planning.text(Labels.of(o.soort())),
                    p.markdown.html(o.watZeDoen()), ContactLinks.of(o.contact()), VoorbeeldContact.isVoorbeeld(o.contact()),
                    o.vuistregels().stream().map(id -> p.vuistregelLink(path, id)).toList(),
                    o.wijken().isEmpty() ? List.of("alle wijken") : o.wijken().stream().map(kb.site()::wijkNaam).toList(),
                    Planning.upkeep(o.beheer()),
                    kb.casussen().stream().filter(c -> c.partijen().contains(o.id())).sorted(Planning.byDateDesc())
                            .limit(Planning.RECENT).map(c -> p.card(path, c)).toList()));
        }
        if (!kb.situaties().isEmpty()) {
            boolean voorbeeldContact = kb.situaties().stream().flatMap(s -> s.organisaties().stream())
                    .map(h -> p.organisaties.get(h.organisatie())).filter(Objects::nonNull)
                    .anyMatch(o -> VoorbeeldContact.isVoorbeeld(o.contact().telefoon()));
            p.add("wijknetwerk/wie-helpt.html", "wie-helpt.ftlh", "Wie helpt bij...?", new WieHelptPage(voorbeeldContact,
                    kb.situaties().stream().map(s -> new SituatieItem(Planning.text(s.id()), Planning.text(s.titel()),
                            Planning.text(s.vraag()), p.markdown.html(s.uitleg()),
                            s.organisaties().stream().filter(h -> p.organisaties.containsKey(h.organisatie())).map(h -> {
                                Organisatie o = p.organisaties.get(h.organisatie());
                                return new Hulp(o.id() + ".html", Planning.text(o.naam()), Planning.text(h.waarom()),
                                        Planning.text(Format.zin(Format.inZin(o.reactietijd()))),
                                        Planning.text(Format.zin(o.bereikbaarheid())), o.contact().telefoon().strip(),
                                        ContactLinks.tel(o.contact().telefoon()));
                            }).toList())).toList()));
        }
    }
}
