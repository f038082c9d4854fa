package nl.wijkwijzer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.gates.BuiltSite;

class ReadabilityCheckTest {

    private static List<Diagnostic> readabilityWarnings(Path content) {
        return Wijkwijzer.check(new Wijkwijzer.Options(content, null, null, List.of(), LocalDate.of(2026, 11, 22)))
                .diagnostics().sorted().stream().filter(d -> d.code().equals("leesbaarheid")).toList();
    }

    /** The small fixture's texts are plain, short sentences: no warning. */
    @Test
    void plainTextsGiveNoWarning() {
        assertEquals(List.of(), readabilityWarnings(nl.wijkwijzer.TestPaths.resource("mini/content")));
    }

    @Test
    void warnsAboutAPublicTextFarAboveB1(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        BuiltSite.copyTree(nl.wijkwijzer.TestPaths.resource("mini/content"), content);
        Files.writeString(content.resolve("wijknetwerk/wijkteam.yaml"), """
                naam: Sociaal wijkteam
                soort: wijkteam
                wat-ze-doen: |
                  Het Buurtplein faciliteert in het kader van de gemeentelijke verantwoordelijkheidsverdeling ten aanzien van
                  maatschappelijke ondersteuningsvoorzieningen een laagdrempelige, wijkgerichte ontmoetingsinfrastructuur,
                  waarbinnen buurtbewoners, ervaringsdeskundigen en professionele organisaties gezamenlijk
                  participatiebevorderende activiteiten ontwikkelen, implementeren en evalueren, teneinde de
                  zelfredzaamheid en maatschappelijke integratie van kwetsbare doelgroepen, waaronder uitstromende
                  cliënten uit beschermd wonen en maatschappelijke opvang, duurzaam te bevorderen en te borgen.
                vuistregels: [wonen]
                zichtbaarheid: publiek
                """);
        List<Diagnostic> warnings = readabilityWarnings(content);
        assertEquals(1, warnings.size(), warnings.toString());
        Diagnostic d = warnings.get(0);
        assertEquals("content/wijknetwerk/wijkteam.yaml", d.path());
        assertEquals(3, d.line());
        assertEquals(Diagnostic.Severity.WAARSCHUWING, d.severity());
        assertEquals("'wat-ze-doen' is moeilijk te lezen: Flesch-Douma -90 (taalniveau B1 is ongeveer 60 of hoger)", d.message());
        assertEquals("gemiddeld 56 woorden per zin; schrijf kortere zinnen (liefst onder 15 woorden) en kies kortere, gewone woorden",
                d.hint());
    }
}
