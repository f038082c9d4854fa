package nl.wijkwijzer.check;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Quote;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.diagnostics.Suggest;
import nl.wijkwijzer.model.AvgHoofdstuk;
import nl.wijkwijzer.model.Beheer;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Deelregels;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Origin;
import nl.wijkwijzer.model.Situatie;
import nl.wijkwijzer.model.Vuistregel;

/**
 * Checks what a single file cannot: every reference between records resolves (with the nearest
 * valid id as hint), the deelregels cover every combination without contradiction, and guides are
 * reviewed in time.
 */
public final class ContentChecker {
    public static final List<String> VUISTREGEL_IDS = List.of("wonen", "financien", "daginvulling", "ondersteuning",
            "leefomgeving");

    private final KnowledgeBase kb;
    private final Diagnostics diagnostics;
    private final Set<String> wijken;
    private final Set<String> vuistregels;
    private final Set<String> organisaties;
    private final Set<String> weeffouten;
    private final Set<String> casussen;
    private final Set<String> hoofdstukken;

    private ContentChecker(KnowledgeBase kb, Diagnostics diagnostics) {
        this.kb = kb;
        this.diagnostics = diagnostics;
        this.wijken = kb.site().wijken().keySet();
        this.vuistregels = kb.vuistregelById().keySet();
        this.organisaties = kb.organisatieById().keySet();
        this.weeffouten = kb.weeffoutById().keySet();
        this.casussen = kb.casusById().keySet();
        this.hoofdstukken = Set.copyOf(kb.avg().stream().map(AvgHoofdstuk::id).toList());
    }

    public static void check(KnowledgeBase kb, LocalDate today, Diagnostics diagnostics) {
        new ContentChecker(kb, diagnostics).run(today);
    }

    private void run(LocalDate today) {
        checkVuistregels(today);
        for (Casus c : kb.casussen()) {
            ref(c.origin(), "wijk", c.wijk(), wijken, "wijk", "voeg de wijk toe aan 'wijken' in site.yaml");
            refs(c.origin(), "vuistregels", c.vuistregels(), vuistregels, "vuistregel");
            refs(c.origin(), "partijen", c.partijen(), organisaties, "organisatie");
            List<String> blokkades = c.blokkadeWeeffouten();
            for (int i = 0; i < blokkades.size(); i++) {
                String w = blokkades.get(i);
                if (!w.isEmpty()) {
                    ref(c.origin(), "blokkades[" + (i + 1) + "].weeffout", w, weeffouten, "weeffout",
                            "maak content/weeffouten/" + Quote.bare(w) + ".yaml of laat het veld weg");
                }
            }
            if (c.datum() != null && c.datum().isAfter(today)) {
                diagnostics.warning(c.origin().at("datum"), "datum-in-toekomst", "datum ligt in de toekomst",
                        "controleer het jaar");
            }
        }
        for (Organisatie o : kb.organisaties()) {
            refs(o.origin(), "vuistregels", o.vuistregels(), vuistregels, "vuistregel");
            refs(o.origin(), "wijken", o.wijken(), wijken, "wijk");
            overdue(o.origin(), o.beheer(), today);
        }
        for (Leersessie l : kb.leersessies()) {
            refs(l.origin(), "casussen", l.casussen(), casussen, "casus");
            refs(l.origin(), "vuistregels", l.vuistregels(), vuistregels, "vuistregel");
            int total = l.werkvormen().stream().mapToInt(Leersessie.Werkvorm::minuten).sum();
            if (!l.werkvormen().isEmpty() && total != l.duur()) {
                diagnostics.warning(l.origin().at("duur"), "duur-klopt-niet",
                        "de werkvormen duren samen " + total + " minuten, de sessie " + l.duur(),
                        "pas 'duur' of de minuten van de werkvormen aan");
            }
        }
        for (Situatie s : kb.situaties()) {
            for (int i = 0; i < s.organisaties().size(); i++) {
                ref(s.origin(), "organisaties[" + (i + 1) + "].organisatie", s.organisaties().get(i).organisatie(),
                        organisaties, "organisatie", "");
            }
            refs(s.origin(), "vuistregels", s.vuistregels(), vuistregels, "vuistregel");
        }
        kb.routekaart().ifPresent(r -> {
            for (int i = 0; i < r.stappen().size(); i++) {
                var stap = r.stappen().get(i);
                String p = "stappen[" + (i + 1) + "].";
                refs(r.origin(), p + "wie", stap.wie(), organisaties, "organisatie");
                refs(r.origin(), p + "vuistregels", stap.vuistregels(), vuistregels, "vuistregel");
            }
        });
        for (String id : kb.vragenbank().keySet()) {
            if (!vuistregels.contains(id)) {
                diagnostics.error(Source.file("content/vragenbank/" + id + ".yaml"), "onbekende-verwijzing",
                        "er is geen vuistregel " + Quote.of(id) + " voor deze vragenbank", Suggest.hint(id, vuistregels));
            }
        }
        for (AvgHoofdstuk h : kb.avg()) {
            overdue(h.origin(), h.beheer(), today);
        }
        checkDeelregels();
    }

    private void checkVuistregels(LocalDate today) {
        Map<Integer, String> nummers = new HashMap<>();
        for (Vuistregel v : kb.vuistregels()) {
            if (!VUISTREGEL_IDS.contains(v.id())) {
                diagnostics.warning(v.origin().file(), "onbekende-vuistregel",
                        Quote.of(v.id()) + " is niet één van de vijf vuistregels", Suggest.hint(v.id(), VUISTREGEL_IDS));
            }
            String other = nummers.putIfAbsent(v.nummer(), v.id());
            if (other != null) {
                diagnostics.error(v.origin().at("nummer"), "dubbel-nummer",
                        "nummer " + v.nummer() + " wordt ook gebruikt door " + Quote.of(other), "geef elke vuistregel een eigen nummer");
            }
            refs(v.origin(), "partners", v.partners(), organisaties, "organisatie");
        }
        if (!kb.vuistregels().isEmpty()) {
            for (String id : VUISTREGEL_IDS) {
                if (!vuistregels.contains(id)) {
                    diagnostics.warning(Source.file("content/vuistregels"), "vuistregel-ontbreekt",
                            "de vuistregel '" + id + "' ontbreekt", "maak content/vuistregels/" + id + ".md");
                }
            }
        }
        kb.vuistregels().forEach(v -> overdue(v.origin(), v.beheer(), today));
    }

    private void overdue(Origin origin, Beheer beheer, LocalDate today) {
        if (beheer != null && beheer.verlopen(today)) {
            diagnostics.warning(origin.at("beheer.gecontroleerd"), "controle-verlopen",
                    "tekst moest uiterlijk " + beheer.volgendeControle() + " opnieuw gecontroleerd worden (eigenaar: "
                            + Quote.bare(beheer.eigenaar()) + ")",
                    "controleer de tekst en zet 'gecontroleerd' op de datum van vandaag");
        }
    }

    private void checkDeelregels() {
        Deelregels d = kb.deelregels();
        Map<String, Deelregels.Regel> seen = new HashMap<>();
        for (int i = 0; i < d.regels().size(); i++) {
            Deelregels.Regel r = d.regels().get(i);
            ref(r.origin(), "regels[" + (i + 1) + "].gegevens", r.gegevens(), d.gegevens().keySet(), "soort gegevens",
                    "voeg het toe onder 'gegevens'");
            ref(r.origin(), "regels[" + (i + 1) + "].ontvanger", r.ontvanger(), d.ontvangers().keySet(), "ontvanger",
                    "voeg het toe onder 'ontvangers'");
            if (!r.hoofdstuk().isEmpty()) {
                ref(r.origin(), "regels[" + (i + 1) + "].hoofdstuk", r.hoofdstuk(), hoofdstukken, "hoofdstuk", "");
            }
            Deelregels.Regel before = seen.putIfAbsent(r.gegevens() + "\u0000" + r.ontvanger(), r);
            if (before != null) {
                boolean contradicts = !before.mag().equals(r.mag());
                diagnostics.error(r.origin().at("regels[" + (i + 1) + "].gegevens"),
                        contradicts ? "tegenstrijdige-regels" : "dubbele-regel",
                        (contradicts ? "tegenstrijdige regels" : "dubbele regel") + " voor " + Quote.bare(r.gegevens())
                                + " naar " + Quote.bare(r.ontvanger())
                                + (contradicts ? " (" + Quote.of(before.mag()) + " en " + Quote.of(r.mag()) + ")" : ""),
                        "houd één regel per combinatie");
            }
        }
        if (d.regels().isEmpty()) {
            return;
        }
        for (String g : d.gegevens().keySet()) {
            for (String o : d.ontvangers().keySet()) {
                if (!seen.containsKey(g + "\u0000" + o)) {
                    diagnostics.error(Source.file("content/avg/deelregels.yaml"), "regel-ontbreekt",
                            "geen regel voor " + Quote.bare(g) + " naar " + Quote.bare(o),
                            "voeg een regel toe met gegevens: " + Quote.bare(g) + " en ontvanger: " + Quote.bare(o));
                }
            }
        }
    }

    private void refs(Origin origin, String field, List<String> values, Collection<String> valid, String kind) {
        for (int i = 0; i < values.size(); i++) {
            ref(origin, field + "[" + (i + 1) + "]", values.get(i), valid, kind, "");
        }
    }

    private void ref(Origin origin, String field, String value, Collection<String> valid, String kind, String fallbackHint) {
        if (value.isEmpty() || valid.contains(value)) {
            return;
        }
        String hint = Suggest.nearest(value, valid).map(Suggest::didYouMean).orElse(
                fallbackHint.isEmpty() ? Suggest.hint(value, valid) : fallbackHint);
        diagnostics.error(origin.at(field), "onbekende-verwijzing", "onbekende " + kind + " " + Quote.of(value), hint);
    }
}
