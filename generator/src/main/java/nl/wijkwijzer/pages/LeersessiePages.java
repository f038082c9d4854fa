package nl.wijkwijzer.pages;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Objects;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.PagePlanner.Link;
import nl.wijkwijzer.pages.Planning.CasusCard;
import nl.wijkwijzer.markdown.SafeHtml;

/** The learning sessions: their index ({@code leersessies.ftlh}) and a page each ({@code leersessie.ftlh}). */
public final class LeersessiePages {
    private LeersessiePages() {
    }

    public record LeersessieItem(String href, String titel, String thema, int duur, int aantal, List<String> vuistregels) {
    }

    /** The sessions of one vuistregel (a session with two vuistregels is under both). */
    public record VuistregelGroep(String id, int nummer, String titel, String kort, String href, List<LeersessieItem> items) {
    }

    /**
     * Every session as a card, grouped per vuistregel, and a list sorted by thema, so a trainer finds
     * sessions on a subject without JavaScript.
     */
    public record LeersessiesPage(List<LeersessieItem> items, List<VuistregelGroep> perVuistregel, List<LeersessieItem> opThema) {
    }

    /** {@code trainersHtml} is empty on the public site. */
    public record LeersessiePage(Leersessie l, List<Link> vuistregels, List<CasusCard> casussen, List<Link> weeffouten,
            SafeHtml trainersHtml) {
    }

    static void plan(Planning p) {
        var kb = p.kb;
        Comparator<String> collator = collator();
        List<Leersessie> all = kb.leersessies().stream().sorted(Comparator.comparing(Leersessie::titel, collator)).toList();
        Function<Leersessie, LeersessieItem> item = l -> new LeersessieItem(l.id() + ".html", Planning.text(l.titel()),
                Planning.text(l.thema()), l.duur(), l.casussen().size(), l.vuistregels().stream()
                        .map(kb.vuistregelById()::get).filter(Objects::nonNull).map(Vuistregel::kort).toList());
        List<VuistregelGroep> perVuistregel = kb.vuistregels().stream().map(v -> new VuistregelGroep("vuistregel-" + v.id(),
                v.nummer(), v.titel(), v.kort(), "../" + Urls.vuistregel(v.id()),
                all.stream().filter(l -> l.vuistregels().contains(v.id())).map(item).toList())).toList();
        List<LeersessieItem> opThema = all.stream()
                .sorted(Comparator.comparing((Leersessie l) -> l.thema().isBlank() ? "\uffff" : l.thema(), collator)
                        .thenComparing(Leersessie::titel, collator))
                .map(item).toList();
        p.add("leersessies/index.html", "leersessies.ftlh", "Leersessies",
                new LeersessiesPage(all.stream().map(item).toList(), perVuistregel, opThema));
        for (Leersessie l : kb.leersessies()) {
            String path = Urls.leersessie(l.id());
            List<Casus> cases = l.casussen().stream().map(p.casussen::get).filter(Objects::nonNull).toList();
            List<Link> touched = cases.stream().flatMap(c -> c.blokkadeWeeffouten().stream()).filter(w -> !w.isEmpty())
                    .distinct().sorted().filter(p.weeffouten::containsKey)
                    .map(id -> new Link(Urls.href(path, Urls.weeffout(id)), p.weeffouten.get(id).titel())).toList();
            p.add(path, "leersessie.ftlh", l.titel(), new LeersessiePage(l,
                    l.vuistregels().stream().map(id -> p.vuistregelLink(path, id)).toList(),
                    cases.stream().map(c -> p.card(path, c, c.leervragen())).toList(), touched,
                    p.audience == Zichtbaarheid.PROFESSIONALS ? p.markdown.html(l.trainersnotities()) : SafeHtml.EMPTY));
        }
    }

    private static Comparator<String> collator() {
        Collator c = Collator.getInstance(Locale.forLanguageTag("nl"));
        return c::compare;
    }
}
