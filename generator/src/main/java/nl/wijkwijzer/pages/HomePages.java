package nl.wijkwijzer.pages;

import java.util.List;

import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.pages.Planning.CasusCard;

/** The home page ({@code index.ftlh}). */
public final class HomePages {
    private HomePages() {
    }

    /** A guide in a list of the five. */
    public record VuistregelItem(String href, int nummer, String titel, String samenvatting) {
        static VuistregelItem of(String href, Vuistregel v) {
            return new VuistregelItem(href, v.nummer(), Planning.text(v.titel()), Planning.text(v.samenvatting()));
        }
    }

    public record HomePage(List<VuistregelItem> vuistregels, int aantalCasussen, int aantalWeeffouten, int aantalOrganisaties,
            int aantalLeersessies, List<CasusCard> recent, List<CrisisContacts.Entry> crisis, boolean crisisVoorbeeld,
            String wieHelpt) {
    }

    static void plan(Planning p) {
        var kb = p.kb;
        CrisisContacts crisis = CrisisContacts.of(kb, "index.html");
        p.add("index.html", "index.ftlh", kb.site().titel(), new HomePage(
                kb.vuistregels().stream().map(v -> VuistregelItem.of(Urls.vuistregel(v.id()), v)).toList(),
                kb.casussen().size(), kb.weeffouten().size(), kb.organisaties().size(), kb.leersessies().size(),
                kb.casussen().stream().sorted(Planning.byDateDesc()).limit(3).map(c -> p.card("index.html", c)).toList(),
                crisis.entries(), crisis.voorbeeld(), crisis.wieHelpt()));
    }
}
