package nl.wijkwijzer.handouts;

import static nl.wijkwijzer.pages.PagePlanner.m;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Vuistregel;

/**
 * The model of {@code leersessies/index.html}: every session as a card, the sessions grouped per
 * vuistregel (a session with two vuistregels is under both), and a list sorted by thema, so a trainer
 * finds sessions on a subject without JavaScript.
 */
public final class LeersessieIndex {
    private LeersessieIndex() {
    }

    public static Map<String, Object> model(KnowledgeBase kb) {
        List<Leersessie> all = kb.leersessies().stream().sorted(Comparator.comparing(Leersessie::titel, collator())).toList();
        List<Map<String, Object>> perVuistregel = new ArrayList<>();
        for (Vuistregel v : kb.vuistregels()) {
            List<Map<String, Object>> cards = all.stream().filter(l -> l.vuistregels().contains(v.id())).map(l -> card(kb, l)).toList();
            perVuistregel.add(m("id", "vuistregel-" + v.id(), "nummer", v.nummer(), "titel", v.titel(), "kort", v.kort(),
                    "href", "../vuistregels/" + v.id() + ".html", "items", cards));
        }
        List<Map<String, Object>> opThema = all.stream()
                .sorted(Comparator.comparing((Leersessie l) -> l.thema().isBlank() ? "\uffff" : l.thema(), collator())
                        .thenComparing(Leersessie::titel, collator()))
                .map(l -> card(kb, l)).toList();
        return m("items", all.stream().map(l -> card(kb, l)).toList(), "perVuistregel", perVuistregel, "opThema", opThema);
    }

    private static Map<String, Object> card(KnowledgeBase kb, Leersessie l) {
        return m("href", l.id() + ".html", "titel", l.titel(), "thema", l.thema(), "duur", l.duur(), "aantal", l.casussen().size(),
                "vuistregels", l.vuistregels().stream().map(kb.vuistregelById()::get).filter(v -> v != null).map(Vuistregel::kort).toList());
    }

    private static Comparator<String> collator() {
        Collator c = Collator.getInstance(Locale.forLanguageTag("nl"));
        return c::compare;
    }
}
