package nl.wijkwijzer.pages;

import java.util.List;
import java.util.Objects;

import nl.wijkwijzer.markdown.Markdown;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.PagePlanner.Link;
import nl.wijkwijzer.pages.Planning.CasusCard;
import nl.wijkwijzer.render.SafeHtml;

/** The learning sessions: their index ({@code leersessies.ftlh}) and a page each ({@code leersessie.ftlh}). */
public final class LeersessiePages {
    private LeersessiePages() {
    }

    public record LeersessieItem(String href, String titel, String thema, int duur, int aantal) {
    }

    public record LeersessiesPage(List<LeersessieItem> items) {
    }

    /** {@code trainersHtml} is empty on the public site. */
    public record LeersessiePage(Leersessie l, List<Link> vuistregels, List<CasusCard> casussen, List<Link> weeffouten,
            SafeHtml trainersHtml) {
    }

    static void plan(Planning p) {
        var kb = p.kb;
        p.add("leersessies/index.html", "leersessies.ftlh", "Leersessies", new LeersessiesPage(kb.leersessies().stream()
                .map(l -> new LeersessieItem(l.id() + ".html", Planning.text(l.titel()), Planning.text(l.thema()), l.duur(),
                        l.casussen().size())).toList()));
        for (Leersessie l : kb.leersessies()) {
            String path = Urls.leersessie(l.id());
            List<Casus> cases = l.casussen().stream().map(p.casussen::get).filter(Objects::nonNull).toList();
            List<Link> touched = cases.stream().flatMap(c -> c.blokkadeWeeffouten().stream()).filter(w -> !w.isEmpty())
                    .distinct().sorted().filter(p.weeffouten::containsKey)
                    .map(id -> new Link(Urls.href(path, Urls.weeffout(id)), p.weeffouten.get(id).titel())).toList();
            p.add(path, "leersessie.ftlh", l.titel(), new LeersessiePage(l,
                    l.vuistregels().stream().map(id -> p.vuistregelLink(path, id)).toList(),
                    cases.stream().map(c -> p.card(path, c, c.leervragen())).toList(), touched,
                    p.audience == Zichtbaarheid.PROFESSIONALS ? Markdown.toHtml(l.trainersnotities()) : SafeHtml.EMPTY));
        }
    }
}
