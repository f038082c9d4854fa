package nl.wijkwijzer.handouts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.Zichtbaarheid;

/** The small fixture has a professionals-only organisation and no routekaart. */
class FixtureBuildTest {

    @Test
    void publicBookletLeavesOutProfessionalsOnlyOrganisations(@TempDir Path tmp) throws IOException {
        Path root = TrainersFixture.root();
        Wijkwijzer.BuildResult r = Wijkwijzer.build(new Wijkwijzer.Options(TrainersFixture.fixtureContent(),
                root.resolve("templates"), tmp.resolve("site"), List.of(Zichtbaarheid.PUBLIEK, Zichtbaarheid.PROFESSIONALS),
                LocalDate.of(2026, 11, 22)));
        assertTrue(r.written(), () -> r.diagnostics().sorted().toString());
        String publiek = TrainersFixture.pdfText(tmp.resolve("site/publiek/wijknetwerk/wijknetwerk-in-beeld.pdf"));
        String professionals = TrainersFixture.pdfText(tmp.resolve("site/professionals/wijknetwerk/wijknetwerk-in-beeld.pdf"));
        assertTrue(publiek.contains("Geldhulp Noord"));
        assertTrue(publiek.contains("Binnen twee werkdagen"));
        assertFalse(publiek.contains("Achterdeurteam"));
        assertFalse(publiek.contains("Alleen via de eigen professionele lijn"));
        assertTrue(professionals.contains("Achterdeurteam Zuid"));
        String route = Files.readString(tmp.resolve("site/publiek/routekaart.html"));
        assertTrue(route.contains("Er is nog geen routekaart."));
        assertFalse(Files.exists(tmp.resolve("site/publiek/routekaart/woonprofiel.pdf")));
    }
}
