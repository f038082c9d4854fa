package nl.wijkwijzer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.diagnostics.Diagnostic;

/**
 * Guides, handreiking chapters and organisations carry beheer: check lists what is overdue, pages show it.
 * On the small fixture with beheer written here: a handreiking chapter reviewed every 6 months, a guide and
 * an organisation every 12.
 */
class UpkeepTest {
    @TempDir
    Path tmp;

    private Path content;

    @BeforeEach
    void fixture() throws IOException {
        content = tmp.resolve("content");
        nl.wijkwijzer.author.TestContent.copyTree(TestPaths.resource("mini/content"), content);
        write("avg/inleiding.md", """
                ---
                titel: Inleiding
                volgorde: 1
                beheer:
                  eigenaar: Privacyofficer gemeente
                  gecontroleerd: 2026-09-15
                  herzien-elke-maanden: 6
                ---
                Over privacy.
                """);
        String wonen = Files.readString(content.resolve("vuistregels/wonen.md"), StandardCharsets.UTF_8);
        write("vuistregels/wonen.md", wonen.replaceFirst("partners: \\[wijkteam\\]\n",
                "partners: [wijkteam]\nbeheer:\n  eigenaar: Procesregisseur\n  gecontroleerd: 2026-09-01\n  herzien-elke-maanden: 12\n"));
        write("wijknetwerk/wijkteam.yaml", Files.readString(content.resolve("wijknetwerk/wijkteam.yaml"), StandardCharsets.UTF_8)
                + "beheer:\n  eigenaar: Redactie wijknetwerk\n  gecontroleerd: 2026-10-01\n  herzien-elke-maanden: 12\n");
    }

    private void write(String relative, String text) throws IOException {
        Files.writeString(content.resolve(relative), text, StandardCharsets.UTF_8);
    }

    private List<Diagnostic> overdue(LocalDate today) {
        return Wijkwijzer.check(new Wijkwijzer.Options(content, null, null, List.of(), today)).diagnostics().sorted()
                .stream().filter(d -> d.code().equals("controle-verlopen")).toList();
    }

    @Test
    void nothingIsOverdueBeforeTheReviewDates() {
        assertEquals(List.of(), overdue(LocalDate.of(2026, 11, 22)));
        assertEquals(List.of(), overdue(LocalDate.of(2027, 3, 15)));
    }

    @Test
    void listsEveryOverdueTextWithOwnerAtTheReviewDateLine() {
        // The chapter is reviewed every 6 months (laws change): on 2027-03-16 it alone is overdue.
        List<Diagnostic> found = overdue(LocalDate.of(2027, 3, 16));
        assertEquals(1, found.size(), found.toString());
        Diagnostic first = found.get(0);
        assertEquals("content/avg/inleiding.md", first.path());
        assertEquals(6, first.line());
        assertEquals(Diagnostic.Severity.WAARSCHUWING, first.severity());
        assertEquals("tekst moest uiterlijk 2027-03-15 opnieuw gecontroleerd worden (eigenaar: Privacyofficer gemeente)",
                first.message());
        assertEquals("controleer de tekst en zet 'gecontroleerd' op de datum van vandaag", first.hint());
        // A year and a half later the guide and the organisation are overdue too; texts without beheer never are.
        assertEquals(List.of("content/avg/inleiding.md", "content/vuistregels/wonen.md", "content/wijknetwerk/wijkteam.yaml"),
                overdue(LocalDate.of(2028, 6, 1)).stream().map(Diagnostic::path).sorted().toList());
    }

    @Test
    void pagesShowWhenTheyWereLastReviewed() throws IOException {
        Path site = tmp.resolve("site");
        assertTrue(Wijkwijzer.build(TestPaths.options(content, site)).written());
        for (String page : List.of("professionals/vuistregels/wonen.html", "professionals/avg/inleiding.html",
                "professionals/wijknetwerk/wijkteam.html")) {
            Element p = Jsoup.parse(Files.readString(site.resolve(page))).selectFirst("main p.beheer");
            assertTrue(p != null && p.text().startsWith("Laatst gecontroleerd op "), page + ": " + p);
        }
        assertNull(Jsoup.parse(Files.readString(site.resolve("professionals/vuistregels/financien.html"))).selectFirst("p.beheer"),
                "a guide without beheer says nothing about a review");
        Element wijkteam = Jsoup.parse(Files.readString(site.resolve("publiek/wijknetwerk/wijkteam.html"))).selectFirst("p.beheer");
        assertEquals("Laatst gecontroleerd op 1 oktober 2026 door Redactie wijknetwerk. Volgende controle: 1 oktober 2027.",
                wijkteam.text());
    }
}
