package nl.wijkwijzer.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.content.ContentLoader;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Origin;
import nl.wijkwijzer.model.Routekaart;

class RouteCheckTest {

    @Test
    void theRealRouteCoversEveryDomain() {
        Diagnostics d = new Diagnostics();
        KnowledgeBase kb = ContentLoader.load(TrainersFixture.root().resolve("content"), d).kb();
        Routekaart r = kb.routekaart().orElseThrow();
        assertEquals(List.of(), RouteCheck.uncoveredByRoute(r));
        assertEquals(List.of(), RouteCheck.missingFromForm(r));
        Diagnostics check = new Diagnostics();
        RouteCheck.check(kb, check);
        assertEquals(List.of(), check.sorted());
    }

    @Test
    void aRouteWithoutAnIncomeStepIsAnError() {
        Routekaart r = new Routekaart("Route", "", List.of(
                new Routekaart.Stap("a", "Wensen", "", List.of(), List.of(), List.of("woonwens", "risicoprofiel")),
                new Routekaart.Stap("b", "Hulp", "", List.of(), List.of(), List.of("begeleidingsvoorwaarden"))),
                List.of(new Routekaart.Domein("woonwens", "Woonwens", List.of("Waar wil je wonen?")),
                        new Routekaart.Domein("inkomen", "Inkomen", List.of()),
                        new Routekaart.Domein("risicoprofiel", "Risico", List.of("Wat kan misgaan?")),
                        new Routekaart.Domein("begeleidingsvoorwaarden", "Hulp", List.of("Welke hulp?"))),
                new Origin("content/routekaart/stappen.yaml", Map.of()));
        assertEquals(List.of("inkomen"), RouteCheck.uncoveredByRoute(r));
        assertEquals(List.of("inkomen"), RouteCheck.missingFromForm(r));
        Diagnostics d = new Diagnostics();
        KnowledgeBase kb = ContentLoader.load(TrainersFixture.fixtureContent(), new Diagnostics()).kb();
        KnowledgeBase withRoute = new KnowledgeBase(kb.site(), kb.vuistregels(), kb.casussen(), kb.weeffouten(), kb.avg(),
                kb.deelregels(), kb.organisaties(), kb.leersessies(), kb.situaties(), Optional.of(r), kb.vragenbank(),
                kb.monitor(), kb.synoniemen());
        RouteCheck.check(withRoute, d);
        assertEquals(List.of("route-mist-domein", "woonprofiel-mist-domein"), d.sorted().stream().map(Diagnostic::code).toList());
        assertEquals("geen stap van de routekaart gaat over het domein 'inkomen' van het woonprofiel",
                d.sorted().get(0).message());
    }
}
