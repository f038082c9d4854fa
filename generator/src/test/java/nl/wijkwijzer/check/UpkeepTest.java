package nl.wijkwijzer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.gates.BuiltSite;
import nl.wijkwijzer.model.KnowledgeBase;

/** Guides, handreiking chapters and organisations carry beheer: check lists what is overdue, pages show it. */
class UpkeepTest {
    private static final Path CONTENT = BuiltSite.repoRoot().resolve("content");

    private static List<Diagnostic> overdue(LocalDate today) {
        return Wijkwijzer.check(new Wijkwijzer.Options(CONTENT, null, null, List.of(), today)).diagnostics().sorted()
                .stream().filter(d -> d.code().equals("controle-verlopen")).toList();
    }

    @Test
    void nothingIsOverdueToday() {
        assertEquals(List.of(), overdue(LocalDate.of(2026, 11, 22)));
    }

    @Test
    void listsEveryOverdueTextWithOwnerAtTheReviewDateLine() {
        // The handreiking is reviewed every 6 months (laws change); on 2027-03-16 its chapters are overdue first.
        List<Diagnostic> found = overdue(LocalDate.of(2027, 3, 16));
        assertTrue(!found.isEmpty());
        Diagnostic first = found.stream().filter(d -> d.path().equals("content/avg/inleiding.md")).findFirst().orElseThrow();
        assertEquals(9, first.line());
        assertEquals(Diagnostic.Severity.WAARSCHUWING, first.severity());
        assertEquals("tekst moest uiterlijk 2027-03-15 opnieuw gecontroleerd worden (eigenaar: Privacyofficer gemeente)",
                first.message());
        assertEquals("controleer de tekst en zet 'gecontroleerd' op de datum van vandaag", first.hint());
        assertTrue(found.stream().allMatch(d -> d.path().startsWith("content/avg/")), found.toString());
        // A year and a half later every guide, chapter and organisation with beheer is overdue.
        KnowledgeBase kb = Wijkwijzer.check(new Wijkwijzer.Options(CONTENT, null, null, List.of(), null)).kb();
        long withBeheer = kb.vuistregels().stream().filter(v -> v.beheer() != null).count()
                + kb.avg().stream().filter(h -> h.beheer() != null).count()
                + kb.organisaties().stream().filter(o -> o.beheer() != null).count();
        assertEquals(withBeheer, overdue(LocalDate.of(2028, 6, 1)).size());
    }

    @Test
    void pagesShowWhenTheyWereLastReviewed() throws IOException {
        BuiltSite site = BuiltSite.get();
        KnowledgeBase kb = Wijkwijzer.check(new Wijkwijzer.Options(CONTENT, null, null, List.of(), null)).kb();
        List<String> pages = new ArrayList<>();
        kb.vuistregels().forEach(v -> pages.add("professionals/vuistregels/" + v.id() + ".html"));
        kb.avg().forEach(h -> pages.add("professionals/avg/" + h.id() + ".html"));
        kb.organisaties().forEach(o -> pages.add("professionals/wijknetwerk/" + o.id() + ".html"));
        assertTrue(pages.size() > 20);
        for (String page : pages) {
            Element p = Jsoup.parse(Files.readString(site.root().resolve(page))).selectFirst("main p.beheer");
            assertTrue(p != null && p.text().startsWith("Laatst gecontroleerd op "), page + ": " + p);
        }
        Element eropaf = Jsoup.parse(Files.readString(site.root().resolve("publiek/wijknetwerk/eropaf-team.html")))
                .selectFirst("p.beheer");
        assertEquals("Laatst gecontroleerd op 1 oktober 2026 door Redactie wijknetwerk. Volgende controle: 1 oktober 2027.",
                eropaf.text());
    }
}
