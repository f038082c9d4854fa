package nl.wijkwijzer.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.wijkwijzer.content.ContentLoader;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.model.KnowledgeBase;

class CaseSelectorTest {
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        Diagnostics d = new Diagnostics();
        kb = ContentLoader.load(TrainersFixture.fixtureContent(), d).kb();
        assertFalse(d.hasErrors(), () -> d.sorted().toString());
    }

    @Test
    void picksNewWeeffoutenAndWijkenAndSkipsTheNearDuplicate() {
        CaseSelector.Proposal p = new CaseSelector(kb).propose("financien", 3, "");
        assertEquals(List.of("huurschuld-na-opvang", "bewindvoering-zonder-haast", "geen-geld-voor-inrichting"),
                p.gekozen().stream().map(c -> c.casus().id()).toList());
        assertEquals(5, p.kandidaten());
        assertEquals(1, p.overgeslagen().size());
        assertEquals("huurschuld-na-opvang-zuid", p.overgeslagen().get(0).casus().id());
        assertEquals("huurschuld-na-opvang", p.overgeslagen().get(0).lijktOp().id());
        assertEquals(List.of("losse-potjes", "uitkering-gat"), p.gekozen().get(0).nieuweWeeffouten());
        assertEquals(List.of("nieuwe weeffouten: Losse potjes, Gat in de uitkering", "nieuwe wijk: Noord",
                "uitgewerkt met kosten, waardendriehoek, 1 leervraag", "besproken op 1 mei 2025"), p.gekozen().get(0).redenen());
        assertEquals(List.of("geen bekende weeffout", "nieuwe wijk: West", "uitgewerkt met 1 leervraag",
                "besproken op 1 januari 2023"), p.gekozen().get(2).redenen());
    }

    @Test
    void wijkRestrictsTheCandidates() {
        CaseSelector.Proposal p = new CaseSelector(kb).propose("financien", 3, "noord");
        assertEquals(List.of("huurschuld-na-opvang", "energierekening-noord"),
                p.gekozen().stream().map(c -> c.casus().id()).toList());
        assertEquals(2, p.kandidaten());
    }

    @Test
    void onlyTheCopyCountsAsNearDuplicate() {
        CaseSelector s = new CaseSelector(kb);
        assertTrue(s.similarity("huurschuld-na-opvang", "huurschuld-na-opvang-zuid") >= CaseSelector.DUPLICATE);
        List<String> ids = kb.casussen().stream().map(c -> c.id()).toList();
        for (String a : ids) {
            for (String b : ids) {
                boolean copyPair = a.startsWith("huurschuld") && b.startsWith("huurschuld");
                if (!a.equals(b) && !copyPair) {
                    assertTrue(s.similarity(a, b) < CaseSelector.DUPLICATE, a + " ~ " + b);
                }
            }
        }
    }

    @Test
    void qualityFavoursRecentWellDocumentedCases() {
        var byId = kb.casusById();
        var oldest = java.time.LocalDate.of(2023, 1, 1);
        var newest = java.time.LocalDate.of(2025, 6, 1);
        double documented = CaseSelector.quality(byId.get("huurschuld-na-opvang"), oldest, newest);
        double bare = CaseSelector.quality(byId.get("geen-geld-voor-inrichting"), oldest, newest);
        assertTrue(documented > 3.0, "documented " + documented);
        assertTrue(bare < 0.7, "bare " + bare);
    }
}
