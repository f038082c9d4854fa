package nl.wijkwijzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;


/** Each kind of bad input gives exactly the diagnostic a redacteur needs: file, line, column, message, hint. */
class LoaderDiagnosticsTest {
    @TempDir
    Path tmp;
    Path content;

    @BeforeEach
    void copyMini() throws IOException {
        content = MiniContent.copy(tmp);
    }

    private List<String> run() {
        return MiniContent.diagnostics(content);
    }

    private void write(String relative, String text) throws IOException {
        MiniContent.write(content, relative, text);
    }

    private static final String CASE = """
            titel: Test
            samenvatting: Kort.
            wijk: noord
            datum: 2025-01-01
            status: open
            vuistregels: [wonen]
            situatie: Iets.
            hulpvraag:
              wat-wil-ik: a
              wat-kan-ik: b
              wat-heb-ik-nodig: c
            """;

    @Test
    void theFixtureIsClean() {
        assertEquals(List.of(), run());
    }

    @Test
    void unknownFieldNamesTheNearestKnownField() throws IOException {
        write("casuistiek/x.yaml", CASE + "oplosing: iets\n");
        assertEquals(List.of("content/casuistiek/x.yaml:12:1: fout: onbekend veld 'oplosing' in casus\n    tip: bedoelde je 'oplossing'?"), run());
    }

    @Test
    void missingRequiredFieldIsNamedWithAnExample() throws IOException {
        write("casuistiek/x.yaml", CASE.replace("samenvatting: Kort.\n", ""));
        assertEquals(List.of("content/casuistiek/x.yaml:1:1: fout: verplicht veld 'samenvatting' ontbreekt\n    tip: voeg toe, bijvoorbeeld: samenvatting: ..."), run());
    }

    @Test
    void wrongEnumValueSuggestsTheNearest() throws IOException {
        write("casuistiek/x.yaml", CASE.replace("status: open", "status: doorbaak"));
        assertEquals(List.of("content/casuistiek/x.yaml:5:9: fout: 'doorbaak' is geen geldige waarde voor 'status'\n    tip: bedoelde je 'doorbraak'?"), run());
    }

    @Test
    void wrongTypeSaysWhatWasExpected() throws IOException {
        write("casuistiek/x.yaml", CASE.replace("vuistregels: [wonen]", "vuistregels: wonen"));
        assertEquals(List.of("content/casuistiek/x.yaml:6:14: fout: veld 'vuistregels' moet een lijst zijn, maar is tekst\n    tip: schrijf bijvoorbeeld: vuistregels: [eerste, tweede]"), run());
    }

    @Test
    void invalidDateIsReported() throws IOException {
        write("casuistiek/x.yaml", CASE.replace("2025-01-01", "2025-02-30"));
        assertEquals(List.of("content/casuistiek/x.yaml:4:8: fout: veld 'datum' is geen geldige datum\n    tip: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld: datum: 2025-03-14"), run());
    }

    @Test
    void misspelledReferenceGetsDidYouMean() throws IOException {
        write("casuistiek/x.yaml", CASE.replace("[wonen]", "[wonen, financen]"));
        assertEquals(List.of("content/casuistiek/x.yaml:6:22: fout: onbekende vuistregel 'financen'\n    tip: bedoelde je 'financien'?"), run());
    }

    @Test
    void everyReferenceKindIsResolved() throws IOException {
        write("casuistiek/x.yaml", CASE.replace("wijk: noord", "wijk: noordd") + """
                partijen: [wijkteem]
                blokkades:
                  - weeffout: krappe-mark
                    toelichting: x
                """);
        write("leersessies/y.yaml", "titel: Y\ncasussen: [open-hui]\n");
        assertEquals(List.of(
                "content/casuistiek/x.yaml:3:7: fout: onbekende wijk 'noordd'\n    tip: bedoelde je 'noord'?",
                "content/casuistiek/x.yaml:12:12: fout: onbekende organisatie 'wijkteem'\n    tip: bedoelde je 'wijkteam'?",
                "content/casuistiek/x.yaml:14:15: fout: onbekende weeffout 'krappe-mark'\n    tip: bedoelde je 'krappe-markt'?",
                "content/leersessies/y.yaml:2:12: fout: onbekende casus 'open-hui'\n    tip: bedoelde je 'open-huis'?"), run());
    }

    @Test
    void duplicateIdAcrossExtensionsIsAnError() throws IOException {
        write("casuistiek/open-huis.yml", CASE);
        assertEquals(List.of("content/casuistiek/open-huis.yml: fout: id 'open-huis' bestaat al in content/casuistiek/open-huis.yaml\n"
                + "    tip: geef één van de twee bestanden een andere naam"), run());
    }

    @Test
    void duplicateKeyIsAnError() throws IOException {
        write("casuistiek/x.yaml", CASE + "titel: Nog een titel\n");
        assertEquals(List.of("content/casuistiek/x.yaml:12:1: fout: veld 'titel' staat twee keer in hetzelfde blok\n"
                + "    tip: haal één van de twee weg; alleen de laatste zou anders tellen"), run());
    }

    @Test
    void fileNotUtf8IsNamedWithItsLine() throws IOException {
        Path p = content.resolve("casuistiek/x.yaml");
        byte[] head = CASE.getBytes(StandardCharsets.UTF_8);
        byte[] bad = "oplossing: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(p, all);
        assertEquals(List.of("content/casuistiek/x.yaml:12: fout: bestand is niet opgeslagen als UTF-8\n"
                + "    tip: sla het bestand op met codering UTF-8 (in Kladblok: Opslaan als > Codering: UTF-8)"), run());
    }

    @Test
    void bomAndCrlfAreAccepted() throws IOException {
        write("casuistiek/x.yaml", "\uFEFF" + CASE.replace("\n", "\r\n"));
        assertEquals(List.of(), run());
    }

    @Test
    @Timeout(10)
    void yamlBombIsRefusedQuickly() throws IOException {
        write("casuistiek/x.yaml", """
                a: &a ["x","x","x","x","x","x","x","x","x"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                """);
        assertEquals(List.of("content/casuistiek/x.yaml: fout: YAML kan niet gelezen worden: te veel verwijzingen (aliassen) "
                + "naar hetzelfde blok\n    tip: houd het bestand eenvoudig: velden, lijsten en tekst, zonder ankers of tags"), run());
    }

    @Test
    void javaTagIsRefusedWithoutConstructingAnything() throws IOException {
        write("casuistiek/x.yaml", CASE + "oplossing: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n");
        assertEquals(List.of("content/casuistiek/x.yaml:12:12: fout: YAML-tag is niet toegestaan (alleen gewone tekst, getallen, "
                + "datums, lijsten en blokken)\n    tip: haal de tag (het woord dat met ! begint) weg"), run());
    }

    @Test
    void allProblemsOfOneRunAreReportedSorted() throws IOException {
        write("casuistiek/b.yaml", CASE.replace("status: open", "status: x"));
        write("casuistiek/a.yaml", CASE.replace("wijk: noord", "wijk: oost"));
        List<String> out = run();
        assertEquals(2, out.size());
        assertTrue(out.get(0).startsWith("content/casuistiek/a.yaml:3:7: fout: onbekende wijk 'oost'"));
        assertTrue(out.get(1).startsWith("content/casuistiek/b.yaml:5:9: fout: 'x' is geen geldige waarde voor 'status'"));
    }

    @Test
    void invalidFileNameSuggestsAValidId() throws IOException {
        write("casuistiek/Casus Één.yaml", CASE);
        assertEquals(List.of("content/casuistiek/Casus Één.yaml: fout: bestandsnaam 'Casus Één.yaml' is geen geldig id\n"
                + "    tip: gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld: casus-een.yaml"), run());
    }
}
