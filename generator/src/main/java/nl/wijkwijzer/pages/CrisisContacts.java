package nl.wijkwijzer.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.wijkwijzer.check.VoorbeeldContact;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Organisatie;

/**
 * Who to call in a crisis, for the top of the home page: the organisations of the kinds a resident or
 * a neighbour can call day and night (the 24-uurs meldpunt first, then a crisis team such as the
 * Eropaf-team), taken from the wijknetwerk the audience may see, with their phone as a tel: link.
 */
public final class CrisisContacts {
    /** The kinds shown, in this order. */
    static final List<String> SOORTEN = List.of("meldpunt", "crisisteam");

    private CrisisContacts() {
    }

    /** The home page's entries: {@code crisis} (list) and {@code crisisVoorbeeld} (made-up contact data shown). */
    public static Map<String, Object> model(KnowledgeBase view, String fromPath) {
        List<Organisatie> items = view.organisaties().stream().filter(o -> SOORTEN.contains(o.soort()))
                .sorted(Comparator.comparingInt((Organisatie o) -> SOORTEN.indexOf(o.soort())).thenComparing(Organisatie::id))
                .toList();
        String root = PagePlanner.rootOf(fromPath);
        return PagePlanner.m(
                "crisis", items.stream().map(o -> PagePlanner.m(
                        "naam", o.naam(),
                        "href", root + "wijknetwerk/" + o.id() + ".html",
                        "bereikbaarheid", Format.zin(o.bereikbaarheid()),
                        "reactietijd", Format.zin(Format.inZin(o.reactietijd())),
                        "telefoon", o.contact().telefoon().strip(),
                        "telefoonHref", ContactLinks.tel(o.contact().telefoon()))).toList(),
                "crisisVoorbeeld", items.stream().anyMatch(o -> VoorbeeldContact.isVoorbeeld(o.contact())),
                "wieHelpt", view.situaties().isEmpty() ? "" : root + "wijknetwerk/wie-helpt.html");
    }
}
