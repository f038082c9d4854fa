package nl.wijkwijzer.pages;

import java.util.Comparator;
import java.util.List;

import nl.wijkwijzer.check.VoorbeeldContact;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Organisatie;

/**
 * Who to call in a crisis, for the top of the home page: the organisations of the kinds a resident or
 * a neighbour can call day and night (the 24-uurs meldpunt first, then a crisis team such as the
 * Eropaf-team), taken from the wijknetwerk the audience may see, with their phone as a tel: link.
 *
 * @param entries   the organisations, meldpunt before crisisteam, then by id
 * @param voorbeeld whether any of them shows made-up contact data
 * @param wieHelpt  the link to "Wie helpt bij...?", empty when the site has no situations
 */
public record CrisisContacts(List<Entry> entries, boolean voorbeeld, String wieHelpt) {
    /** The kinds shown, in this order. */
    static final List<String> SOORTEN = List.of("meldpunt", "crisisteam");

    public record Entry(String naam, String href, String bereikbaarheid, String reactietijd, String telefoon,
            String telefoonHref) {
    }

    public static CrisisContacts of(KnowledgeBase view, String fromPath) {
        List<Organisatie> items = view.organisaties().stream().filter(o -> SOORTEN.contains(o.soort()))
                .sorted(Comparator.comparingInt((Organisatie o) -> SOORTEN.indexOf(o.soort())).thenComparing(Organisatie::id))
                .toList();
        return new CrisisContacts(items.stream().map(o -> new Entry(
                        Planning.text(o.naam()),
                        Urls.href(fromPath, Urls.organisatie(o.id())),
                        Format.zin(o.bereikbaarheid()),
                        Format.zin(Format.inZin(o.reactietijd())),
                        o.contact().telefoon().strip(),
                        ContactLinks.tel(o.contact().telefoon()))).toList(),
                items.stream().anyMatch(o -> VoorbeeldContact.isVoorbeeld(o.contact())),
                view.situaties().isEmpty() ? "" : Urls.href(fromPath, "wijknetwerk/wie-helpt.html"));
    }
}
