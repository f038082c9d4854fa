package nl.wijkwijzer.handouts;

import java.util.ArrayList;
import java.util.List;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Routekaart;

/** The routekaart must lead to a complete woonprofiel: every domain has a step and a part of the form. */
public final class RouteCheck {
    private RouteCheck() {
    }

    /** Domains of the woonprofiel that no step of the route deals with, in the order of {@link Routekaart#DOMEINEN}. */
    public static List<String> uncoveredByRoute(Routekaart r) {
        List<String> missing = new ArrayList<>();
        for (String d : Routekaart.DOMEINEN) {
            if (r.stappen().stream().noneMatch(s -> s.domeinen().contains(d))) {
                missing.add(d);
            }
        }
        return missing;
    }

    /** Domains that have no part (with questions) in the blank woonprofiel form. */
    public static List<String> missingFromForm(Routekaart r) {
        List<String> missing = new ArrayList<>();
        for (String d : Routekaart.DOMEINEN) {
            if (r.woonprofiel().stream().noneMatch(b -> b.domein().equals(d) && !b.vragen().isEmpty())) {
                missing.add(d);
            }
        }
        return missing;
    }

    public static void check(KnowledgeBase kb, Diagnostics diagnostics) {
        kb.routekaart().ifPresent(r -> {
            for (String d : uncoveredByRoute(r)) {
                diagnostics.error(r.origin().at("stappen"), "route-mist-domein",
                        "geen stap van de routekaart gaat over het domein '" + d + "' van het woonprofiel",
                        "zet '" + d + "' bij 'domeinen' van de stap die erover gaat");
            }
            for (String d : missingFromForm(r)) {
                diagnostics.error(r.origin().at("woonprofiel"), "woonprofiel-mist-domein",
                        "het lege woonprofiel heeft geen vragen voor het domein '" + d + "'",
                        "voeg onder 'woonprofiel' een blok toe met domein: " + d + " en een paar vragen");
            }
        });
    }
}
