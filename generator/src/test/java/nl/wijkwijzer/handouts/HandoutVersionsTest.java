package nl.wijkwijzer.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.pdf.PdfChecks;
import nl.wijkwijzer.pdf.PdfMaker;

/**
 * The two handouts of a leersessie, built from cases written here: the participants' version holds no
 * solution, blokkade, cost or trainer text; the trainer's version holds all of it (professionals only);
 * and both lay out without near-empty pages or a heading at the foot of a page.
 */
class HandoutVersionsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final int CASES = 4;
    /** h3 in print.css is 11.5 pt; PDFBox reports font sizes in whole points. Body text is 10.5 pt, so 10. */
    static final float HEADING_PT = 11f;
    /** Text only the trainer may see, per kind; each occurs in the fixture. */
    static final List<String> TRAINER_ONLY = new ArrayList<>();

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = TrainersFixture.copy(TrainersFixture.fixtureContent(), tmp.resolve("content"));
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            String id = "oefencasus-" + i;
            ids.add(id);
            String oplossing = "De wijkcoach regelt oplossingsstap " + i + " met de corporatie en de sociale dienst.";
            String blokkade = "Het potje voor blokkadeproef " + i + " zit bij de verkeerde wet.";
            int standaard = 31_000 + i * 111;
            int maatwerk = 2_000 + i * 7;
            String driehoek = "Driehoeksproef " + i + " is eerlijk voor andere inwoners.";
            TRAINER_ONLY.addAll(List.of(oplossing, blokkade, "€ " + String.format("%,d", standaard).replace(',', '.'),
                    "€ " + String.format("%,d", maatwerk).replace(',', '.'), driehoek));
            StringBuilder situatie = new StringBuilder();
            // Cases of different lengths, so that some run over a page and the layout has to break well.
            for (int par = 0; par < 2 + i * 2; par++) {
                situatie.append("  Alinea ").append(par + 1).append(" van casus ").append(i).append(". Sam woont al een jaar in ")
                        .append("beschermd wonen en wil naar een eigen huis in de wijk. De begeleider en de corporatie praten ")
                        .append("over een woning, maar het inkomen is nog niet geregeld en de schulden lopen op. Iedere ")
                        .append("partij wacht op een andere partij.\n\n");
            }
            Files.writeString(content.resolve("casuistiek/" + id + ".yaml"), """
                    titel: Oefencasus %1$d over geld en wonen
                    samenvatting: Sam wil verhuizen, maar het geld is nog niet geregeld (oefencasus %1$d).
                    wijk: noord
                    datum: 2025-0%1$d-01
                    status: doorbraak
                    vuistregels: [financien]
                    doelgroep: beschermd-wonen
                    fictief: true
                    zichtbaarheid: publiek
                    situatie: |
                    %2$s
                    hulpvraag:
                      wat-wil-ik: Ik wil in mijn eigen huis wonen.
                      wat-kan-ik: Ik kan mijn huur betalen als mijn inkomen loopt.
                      wat-heb-ik-nodig: Ik heb hulp nodig bij de aanvraag.
                    blokkades:
                      - weeffout: losse-potjes
                        toelichting: %3$s
                    oplossing: |
                      %4$s
                    kosten:
                      standaard:
                        - {post: Langer in beschermd wonen, bedrag: %5$d, per: eenmalig, betaler: gemeente}
                      maatwerk:
                        - {post: Overbrugging, bedrag: %6$d, per: eenmalig, betaler: gemeente}
                    waardendriehoek:
                      rendement: Het maatwerk kost minder.
                      legitimering: %7$s
                      betrokkenheid: Sam wil dit zelf.
                    leervragen:
                      - Wie kan hier als eerste iets doen?
                    """.formatted(i, situatie.toString().stripTrailing(), blokkade, oplossing, standaard, maatwerk, driehoek));
        }
        String notes = "Trainersnotitie: laat de groep eerst zelf zoeken.";
        TRAINER_ONLY.add(notes);
        Files.createDirectories(content.resolve("leersessies"));
        Files.writeString(content.resolve("leersessies/oefensessie.yaml"), """
                titel: Oefensessie geld en wonen
                thema: Geld bij de overstap naar een eigen huis
                doel: Deelnemers zien waar geld en wonen elkaar raken.
                duur: 90
                vuistregels: [financien]
                casussen: [%s]
                vragen:
                  - Welke geldregel zat het vaakst in de weg?
                werkvormen:
                  - naam: Casussen bespreken
                    minuten: 90
                    beschrijving: Bespreek de casussen in drietallen.
                trainersnotities: |
                  %s
                zichtbaarheid: publiek
                """.formatted(String.join(", ", ids), notes));
        Wijkwijzer.BuildResult r = Wijkwijzer.build(new Wijkwijzer.Options(content, TrainersFixture.root().resolve("templates"),
                tmp.resolve("site"), List.of(), TODAY));
        assertTrue(r.written(), () -> r.diagnostics().sorted().toString());
        site = tmp.resolve("site");
    }

    static byte[] bytes(String path) throws IOException {
        return Files.readAllBytes(site.resolve(path));
    }

    @Test
    void participantsVersionHasTheCasesButNoSolutionCostsOrTrainerText() throws IOException {
        for (String audience : List.of("publiek", "professionals")) {
            String pdf = TrainersFixture.pdfText(site.resolve(audience + "/leersessies/oefensessie-handout.pdf"));
            String html = Jsoup.parse(site.resolve(audience + "/leersessies/oefensessie-handout.html").toFile(), "UTF-8").text();
            for (String text : List.of(pdf, html)) {
                for (int i = 1; i <= CASES; i++) {
                    assertTrue(text.contains("Oefencasus " + i + " over geld en wonen"), audience + " case " + i);
                    assertTrue(text.contains("Alinea 1 van casus " + i), audience + " situatie " + i);
                }
                assertTrue(text.contains("Wat heb ik nodig?"));
                assertTrue(text.contains("Welke geldregel zat het vaakst in de weg?"));
                for (String secret : TRAINER_ONLY) {
                    assertFalse(text.contains(secret), audience + " participants' handout shows: " + secret);
                }
            }
        }
    }

    @Test
    void trainersVersionHasEverythingAndOnlyForProfessionals() throws IOException {
        String pdf = TrainersFixture.pdfText(site.resolve("professionals/leersessies/oefensessie-trainer.pdf"));
        for (String secret : TRAINER_ONLY) {
            assertTrue(pdf.contains(secret), "trainer version misses: " + secret + " in " + pdf);
        }
        assertTrue(pdf.contains("Alinea 1 van casus 4"));
        assertFalse(Files.exists(site.resolve("publiek/leersessies/oefensessie-trainer.pdf")));
        assertFalse(Files.exists(site.resolve("publiek/leersessies/oefensessie-trainer.html")));
        var page = Jsoup.parse(site.resolve("professionals/leersessies/oefensessie.html").toFile(), "UTF-8");
        assertEquals(1, page.select("a[href=oefensessie-trainer.pdf]").size());
        var publicPage = Jsoup.parse(site.resolve("publiek/leersessies/oefensessie.html").toFile(), "UTF-8");
        assertEquals(0, publicPage.select("a[href*=trainer]").size());
    }

    @Test
    void bothVersionsKeepHeadingsWithTheirTextAndHaveNoNearEmptyPages() throws IOException {
        for (String file : List.of("professionals/leersessies/oefensessie-handout.pdf",
                "professionals/leersessies/oefensessie-trainer.pdf", "publiek/leersessies/oefensessie-handout.pdf")) {
            byte[] pdf = bytes(file);
            assertTrue(PdfChecks.pageTexts(pdf).size() >= 4, file + " is long enough to test page breaks");
            assertEquals(List.of(), PdfChecks.sparsePages(pdf, 0.15), file);
            assertEquals(List.of(), PdfChecks.headingsEndingAPage(pdf, HEADING_PT), file);
        }
    }

    /** The checks above catch what they look for: a heading pushed to the foot of a page, and a page with a few lines. */
    @Test
    void theLayoutChecksFailOnABadlyBrokenDocument() {
        String css = "@page { size: A4; margin: 20mm; } body { font-family: 'Wijkwijzer Sans'; font-size: 10.5pt; margin: 0; }"
                + " h1 { font-size: 20pt; margin: 0; } h2 { font-size: 14pt; } .vol { height: 230mm; } .nieuw { page-break-before: always; }";
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><title>Proef</title><style>%s</style></head><body>
                <h1>Proef</h1><div class="vol"></div><h2>Kop aan de voet van de pagina</h2><p>%s</p>
                <p class="nieuw">Een losse regel.</p><h2 class="nieuw">Slot</h2><p>%s</p></body></html>"""
                .formatted(css, "Tekst. ".repeat(300), "Tekst. ".repeat(300));
        byte[] pdf = PdfMaker.layout(xhtml, "Proef", TODAY, true);
        List<String> headings = PdfChecks.headingsEndingAPage(pdf, HEADING_PT);
        assertEquals(1, headings.size(), headings.toString());
        assertTrue(headings.get(0).endsWith("Kop aan de voet van de pagina"), headings.toString());
        // Page 3 holds one line before a forced break; page 1 only the two headings.
        assertEquals(List.of(1, 3), PdfChecks.sparsePages(pdf, 0.15));
    }
}
