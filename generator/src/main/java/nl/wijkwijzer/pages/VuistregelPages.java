package nl.wijkwijzer.pages;

import java.util.List;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.pages.HomePages.VuistregelItem;
import nl.wijkwijzer.pages.PagePlanner.Link;
import nl.wijkwijzer.pages.Planning.CasusCard;
import nl.wijkwijzer.pages.Planning.Upkeep;
import nl.wijkwijzer.markdown.SafeHtml;

/** The five guides: their index ({@code vuistregels.ftlh}) and a page each ({@code vuistregel.ftlh}). */
public final class VuistregelPages {
    private VuistregelPages() {
    }

    public record VuistregelsPage(List<VuistregelItem> items) {
    }

    public record VuistregelPage(Vuistregel v, SafeHtml bodyHtml, List<SafeHtml> checklist, List<SafeHtml> signalen,
            List<Link> partners, Upkeep beheer, List<CasusCard> casussen, long aantalCasussen, String alleCasussen,
            List<String> vragen) {
    }

    static void plan(Planning p) {
        var kb = p.kb;
        p.add("vuistregels/index.html", "vuistregels.ftlh", "De vijf vuistregels", new VuistregelsPage(
                kb.vuistregels().stream().map(v -> VuistregelItem.of(v.id() + ".html", v)).toList()));
        for (Vuistregel v : kb.vuistregels()) {
            String path = Urls.vuistregel(v.id());
            List<Casus> cases = kb.casussen().stream().filter(c -> c.vuistregels().contains(v.id())).toList();
            p.add(path, "vuistregel.ftlh", v.titel(), new VuistregelPage(v, p.markdown.html(v.body()),
                    v.checklist().stream().map(p.markdown::inline).toList(),
                    v.signalen().stream().map(p.markdown::inline).toList(),
                    p.organisatieLinks(path, v.partners()), Planning.upkeep(v.beheer()),
                    cases.stream().sorted(Planning.byDateDesc()).limit(Planning.RECENT).map(c -> p.card(path, c)).toList(),
                    cases.size(), Urls.href(path, "casuistiek/vuistregel-" + v.id() + ".html"),
                    kb.vragenbank().getOrDefault(v.id(), List.of())));
        }
    }
}
