package nl.wijkwijzer.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.handouts.TrainersFixture;

/**
 * Every kind of PDF the site makes (weeffouten report, leersessie handout, wijknetwerk booklet,
 * blank woonprofiel; both audiences) is valid PDF/UA-1 according to veraPDF, and its structure tree
 * holds what a screen reader needs. The content is the small trainers fixture plus a routekaart and a
 * leersessie written here, so every PDF kind is made.
 */
class PdfUaTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path tmp;
    static Map<String, byte[]> pdfs = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws IOException {
        Path content = TrainersFixture.copy(TrainersFixture.fixtureContent(), tmp.resolve("content"));
        Files.createDirectories(content.resolve("routekaart"));
        StringBuilder route = new StringBuilder("""
                titel: Routekaart naar een woonprofiel
                inleiding: |
                  Samen met de bewoner naar een woonprofiel.
                stappen:
                """);
        StringBuilder form = new StringBuilder("woonprofiel:\n");
        for (String d : List.of("woonwens", "begeleidingsvoorwaarden", "inkomen", "risicoprofiel")) {
            route.append("  - id: stap-").append(d).append("\n    titel: Stap over ").append(d)
                    .append("\n    wat: |\n      Bespreek dit samen met de bewoner.\n    wie: [geldhulp-noord]\n")
                    .append("    vuistregels: [financien]\n    domeinen: [").append(d).append("]\n");
            form.append("  - domein: ").append(d).append("\n    titel: Over ").append(d)
                    .append("\n    vragen:\n      - Wat vindt de bewoner belangrijk?\n      - Wie helpt daarbij?\n");
        }
        Files.writeString(content.resolve("routekaart/stappen.yaml"), route + form.toString());
        Files.createDirectories(content.resolve("leersessies"));
        Files.writeString(content.resolve("leersessies/geld-en-wonen.yaml"), """
                titel: Geld en wonen
                thema: Geldzorgen bij de overstap naar een eigen woning
                doel: |
                  Deelnemers zien waar geld en wonen elkaar raken.
                duur: 60
                vuistregels: [financien, wonen]
                casussen: [huurschuld-na-opvang, energierekening-noord]
                vragen:
                  - Wie betaalt de eerste huur als de uitkering stopt?
                werkvormen:
                  - naam: Casus bespreken
                    minuten: 60
                    beschrijving: Bespreek de casussen in kleine groepen.
                trainersnotities: |
                  Laat de groep eerst zelf zoeken.
                """);
        Wijkwijzer.BuildResult r = Wijkwijzer.build(new Wijkwijzer.Options(content, TrainersFixture.root().resolve("templates"),
                tmp.resolve("site"), List.of(), TODAY));
        assertTrue(r.written(), () -> r.diagnostics().sorted().toString());
        try (Stream<Path> s = Files.walk(tmp.resolve("site"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                pdfs.put(tmp.resolve("site").relativize(p).toString(), Files.readAllBytes(p));
            }
        }
    }

    @Test
    void everyKindOfPdfIsMade() {
        for (String kind : List.of("rapport/weeffouten-rapport.pdf", "leersessies/geld-en-wonen-handout.pdf",
                "wijknetwerk/wijknetwerk-in-beeld.pdf", "routekaart/woonprofiel.pdf")) {
            for (String audience : List.of("publiek/", "professionals/")) {
                assertTrue(pdfs.containsKey(audience + kind), audience + kind + " in " + pdfs.keySet());
            }
        }
    }

    @Test
    void everyPdfPassesVeraPdfForPdfUa1() {
        Map<String, Map<String, String>> failed = new LinkedHashMap<>();
        pdfs.forEach((path, bytes) -> {
            Map<String, String> v = PdfUa.violations(bytes);
            if (!v.isEmpty()) {
                failed.put(path, v);
            }
        });
        assertEquals(Map.of(), failed);
    }

    @Test
    void everyPdfHasTheStructureAScreenReaderNeeds() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        pdfs.forEach((path, bytes) -> {
            List<String> p = PdfChecks.structureProblems(bytes, "nl");
            if (!p.isEmpty()) {
                problems.put(path, p);
            }
        });
        assertEquals(Map.of(), problems);
    }

    private static final String SMALL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><title>Proef</title>
            <style>body { font-family: 'Wijkwijzer Sans'; }</style></head><body>
            <h1>Proef</h1><p>Een zin met een trema: casuïstiek.</p>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 20" style="width: 50%">
            <title>Twee balken</title><desc>De eerste balk is twee keer zo lang als de tweede.</desc>
            <rect x="0" y="0" width="80" height="8" fill="#1f5f8b"/><rect x="0" y="10" width="40" height="8" fill="#8a3b12"/></svg>
            <table><thead><tr><th scope="col">Wijk</th><th scope="col">Casussen</th></tr></thead>
            <tbody><tr><td>Noord</td><td>3</td></tr></tbody></table>
            </body></html>""";

    @Test
    void anUntaggedPdfFailsBothChecks() {
        byte[] untagged = PdfMaker.layout(SMALL, "Proef", TODAY, false);
        Map<String, String> v = PdfUa.violations(untagged);
        assertTrue(v.containsKey("7.1-11"), v.toString()); // no structure tree
        assertTrue(v.containsKey("6.2-1"), v.toString()); // not marked
        assertTrue(PdfChecks.structureProblems(untagged, "nl").contains("geen StructTreeRoot"));

        byte[] tagged = PdfMaker.layout(SMALL, "Proef", TODAY, true);
        assertEquals(Map.of(), PdfUa.violations(tagged));
        assertEquals(List.of(), PdfChecks.structureProblems(tagged, "nl"));
    }

    @Test
    void skippedHeadingLevelsAndWrongLanguageAreCaught() {
        byte[] skipped = PdfMaker.layout(SMALL.replace("<h1>Proef</h1>", "<h1>Proef</h1><h3>Te diep</h3>"), "Proef", TODAY, true);
        assertEquals(List.of("kop H3 na H1"), PdfChecks.structureProblems(skipped, "nl"));
        byte[] english = PdfMaker.layout(SMALL.replace("lang=\"nl\"", "lang=\"en\""), "Proef", TODAY, true);
        assertEquals(List.of("Lang is en, verwacht nl"), PdfChecks.structureProblems(english, "nl"));
    }

    @Test
    void anInlineSvgIsAVectorFigureWithItsTitleAndDescriptionAsAlt() {
        byte[] pdf = PdfMaker.layout(SMALL, "Proef", TODAY, true);
        List<PdfChecks.Figure> figures = PdfChecks.figures(pdf);
        assertEquals(1, figures.size(), figures.toString());
        assertEquals("Twee balken. De eerste balk is twee keer zo lang als de tweede.", figures.get(0).alt());
        assertTrue(figures.get(0).paintedPaths() >= 2, figures.toString());
    }

    @Test
    void layoutIsByteReproducibleWithoutTheMemo() {
        // toPdf remembers its output; layout is the real work, run twice.
        assertArrayEquals(PdfMaker.layout(SMALL, "Proef", TODAY, true), PdfMaker.layout(SMALL, "Proef", TODAY, true));
    }
}
