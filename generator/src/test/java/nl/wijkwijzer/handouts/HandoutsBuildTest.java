package nl.wijkwijzer.handouts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Routekaart;
import nl.wijkwijzer.model.Zichtbaarheid;

/** Builds the real content twice and inspects the handouts, the booklet and the routekaart. */
class HandoutsBuildTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path tmp;
    static Path site;
    static Path again;
    static KnowledgeBase kb;

    @BeforeAll
    static void build() throws IOException {
        Path root = TrainersFixture.root();
        Wijkwijzer.Options options = new Wijkwijzer.Options(root.resolve("content"), root.resolve("templates"),
                tmp.resolve("site"), List.of(), TODAY);
        Wijkwijzer.BuildResult first = Wijkwijzer.build(options);
        assertTrue(first.written(), () -> first.diagnostics().sorted().toString());
        Wijkwijzer.BuildResult second = Wijkwijzer.build(options.withOut(tmp.resolve("again")));
        assertTrue(second.written());
        site = tmp.resolve("site");
        again = tmp.resolve("again");
        kb = first.check().kb();
    }

    static String pdf(String path) {
        return TrainersFixture.pdfText(site.resolve(path));
    }

    static Document html(String path) throws IOException {
        Path file = site.resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.getParent().toUri().toString());
    }

    @Test
    void publicHandoutHasCasesQuestionsSummaryAndNotesButNoProfessionalsText() {
        String text = pdf("publiek/leersessies/geldzorgen-en-uitstroom-handout.pdf");
        assertTrue(text.contains("Geldzorgen bij de stap naar een eigen huis"), text);
        assertTrue(text.contains("Aantekeningen"));
        assertTrue(text.contains("Checklist"));
        assertTrue(text.contains("Wat heb ik nodig?"));
        assertTrue(text.contains("Uit de vragenbank: Financiën"));
        assertTrue(text.contains(TrainersFixture.squash(kb.vragenbank().get("financien").get(0))));
        assertTrue(text.contains(TrainersFixture.squash(kb.vuistregelById().get("financien").titel())));
        assertTrue(text.contains("Welke regel rond geld heeft in jouw werk het vaakst een verhuizing vertraagd?"));
        assertFalse(text.contains("Alleen voor de trainer"));
        assertFalse(text.contains("Twee casussen in deze sessie zijn alleen zichtbaar"));
        var sessie = kb.leersessies().stream().filter(l -> l.id().equals("geldzorgen-en-uitstroom")).findFirst().orElseThrow();
        int shown = 0;
        for (String id : sessie.casussen()) {
            Casus c = kb.casusById().get(id);
            String situatieStart = TrainersFixture.squash(c.situatie()).substring(0, 40);
            if (c.zichtbaarheid() == Zichtbaarheid.PUBLIEK) {
                assertTrue(text.contains(TrainersFixture.squash(c.titel())), c.id());
                assertTrue(text.contains(situatieStart), c.id());
                shown++;
            } else {
                assertFalse(text.contains(TrainersFixture.squash(c.titel())), c.id());
                assertFalse(text.contains(situatieStart), c.id());
            }
        }
        assertEquals(2, shown);
        assertTrue(text.contains("CASUS 2 VAN 2"), "kicker is upper case in print");
    }

    @Test
    void noPublicPdfOrPrintPageContainsAProfessionalsOnlyCase() throws IOException {
        List<String> hidden = kb.casussen().stream().filter(c -> c.zichtbaarheid() == Zichtbaarheid.PROFESSIONALS)
                .map(c -> TrainersFixture.squash(c.titel())).toList();
        assertFalse(hidden.isEmpty());
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(site.resolve("publiek"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(5, pdfs.size(), pdfs.toString());
        for (Path p : pdfs) {
            String text = TrainersFixture.pdfText(p);
            for (String title : hidden) {
                assertFalse(text.contains(title), p + " contains " + title);
            }
            assertFalse(text.contains("Alleen voor de trainer"), p.toString());
        }
        String page = html("publiek/leersessies/geldzorgen-en-uitstroom-handout.html").text();
        hidden.forEach(t -> assertFalse(page.contains(t), t));
    }

    @Test
    void professionalsHaveATrainersVersionAndAParticipantsVersionWithoutTrainerText() {
        String trainer = pdf("professionals/leersessies/geldzorgen-en-uitstroom-trainer.pdf");
        assertTrue(trainer.contains("Notities voor de trainer"));
        assertTrue(trainer.contains("Twee casussen in deze sessie zijn alleen zichtbaar voor professionals"));
        assertTrue(trainer.contains("CASUS 4 VAN 4"));
        assertTrue(trainer.contains("VOOR DE TRAINER: WAT ER GEBEURDE") || trainer.contains("Voor de trainer: wat er gebeurde"));
        String deelnemer = pdf("professionals/leersessies/geldzorgen-en-uitstroom-handout.pdf");
        assertTrue(deelnemer.contains("CASUS 4 VAN 4"));
        assertFalse(deelnemer.contains("Twee casussen in deze sessie zijn alleen zichtbaar voor professionals"));
        assertFalse(deelnemer.contains("Voor de trainer"));
    }

    @Test
    void bookletShowsEachOrganisationOnceWithItsVuistregelsAndContactLinks() throws IOException {
        String text = pdf("publiek/wijknetwerk/wijknetwerk-in-beeld.pdf");
        assertTrue(text.contains("Wijknetwerk in beeld"));
        Document page = html("publiek/wijknetwerk/wijknetwerk-in-beeld.html");
        List<String> shown = page.select("div.org h3").eachText();
        List<String> expected = kb.organisaties().stream().map(o -> o.naam())
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertEquals(expected, shown, "each partner once, alphabetically");
        for (Element org : page.select("div.org")) {
            var o = kb.organisaties().stream().filter(x -> x.naam().equals(org.selectFirst("h3").text())).findFirst().orElseThrow();
            String helptBij = org.select("dt:containsOwn(Helpt bij) + dd").text();
            for (String v : o.vuistregels()) {
                assertTrue(helptBij.contains(kb.vuistregelById().get(v).kort()), o.id() + " serves " + v + ": " + helptBij);
            }
            if (!o.contact().email().isBlank()) {
                assertEquals("mailto:" + o.contact().email().strip(), org.select("a[href^=mailto:]").attr("href"), o.id());
            }
            if (!o.contact().telefoon().isBlank()) {
                assertTrue(org.select("a[href^=tel:]").attr("href").matches("tel:\\+?[0-9]+"), o.id());
            }
            if (o.contact().website().startsWith("https://")) {
                assertEquals(o.contact().website().strip(), org.select("a[href^=https:]").attr("href"), o.id());
            }
        }
        for (int i = 0; i < kb.vuistregels().size(); i++) {
            var v = kb.vuistregels().get(i);
            assertTrue(page.text().contains("Vuistregel " + v.nummer() + ": " + v.titel()), v.id());
        }
        kb.organisaties().forEach(o -> {
            String naam = TrainersFixture.squash(o.naam());
            assertTrue(text.contains(naam), o.id());
            if (!o.reactietijd().isEmpty()) {
                assertTrue(text.contains(TrainersFixture.squash(o.reactietijd())), o.id());
            }
        });
        assertTrue(text.contains("Binnen 4 uur aan huis"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(site.resolve("publiek/wijknetwerk/wijknetwerk-in-beeld.pdf")))) {
            assertTrue(doc.getNumberOfPages() < 20, "the booklet no longer repeats partners (it had 37 pages)");
        }
    }

    @Test
    void woonprofielFormHasAllFourDomainsAndTheirQuestions() {
        String text = pdf("publiek/routekaart/woonprofiel.pdf");
        Routekaart r = kb.routekaart().orElseThrow();
        assertEquals(4, r.woonprofiel().size());
        for (Routekaart.Domein d : r.woonprofiel()) {
            assertTrue(text.contains(TrainersFixture.squash(d.titel())), d.domein());
            d.vragen().forEach(q -> assertTrue(text.contains(TrainersFixture.squash(q)), q));
        }
        assertEquals(List.of(), RouteCheck.uncoveredByRoute(r));
        assertEquals(List.of(), RouteCheck.missingFromForm(r));
    }

    @Test
    void pdfsAreByteIdenticalAcrossBuilds() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(site)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(15, pdfs.size(), "per audience: handouts, woonprofiel, booklet and the weeffouten report; 2 + 3 handouts "
                + "and 3 trainer's versions for professionals; the bestuur site has the report only");
        for (Path p : pdfs) {
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(again.resolve(site.relativize(p).toString())),
                    p.toString());
        }
    }

    @Test
    void situationRouteAndTrainerPagesLinkToExistingPagesOnly() throws IOException {
        List<String> pages = new ArrayList<>();
        for (String audience : List.of("publiek", "professionals")) {
            for (String p : List.of("wijknetwerk/wie-helpt.html", "routekaart.html", "routekaart/woonprofiel.html",
                    "vragenbank/index.html", "vragenbank/financien.html", "wijknetwerk/wijknetwerk-in-beeld.html",
                    "leersessies/geldzorgen-en-uitstroom-handout.html", "leersessies/geldzorgen-en-uitstroom.html",
                    "wijknetwerk/index.html", "index.html")) {
                pages.add(audience + "/" + p);
            }
        }
        int organisatieLinks = 0;
        for (String p : pages) {
            Path file = site.resolve(p);
            for (Element a : html(p).select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("http") || href.startsWith("mailto:") || href.startsWith("tel:") || href.startsWith("#")) {
                    continue;
                }
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                Path resolved = file.getParent().resolve(target).normalize();
                assertTrue(Files.isRegularFile(resolved), p + " links to missing " + href);
                if (p.endsWith("wie-helpt.html") && !target.equals("index.html") && target.matches("[a-z0-9-]+\\.html")) {
                    String id = target.substring(0, target.length() - 5);
                    assertTrue(kb.organisatieById().containsKey(id), p + " links to " + href);
                    organisatieLinks++;
                }
            }
        }
        assertTrue(organisatieLinks > 10, "links to organisations: " + organisatieLinks);
        assertEquals(1, html("publiek/wijknetwerk/index.html").select("a[href=wijknetwerk-in-beeld.pdf]").size());
        assertEquals(1, html("publiek/leersessies/geldzorgen-en-uitstroom.html")
                .select("a[href=geldzorgen-en-uitstroom-handout.pdf]").size());
        assertEquals(1, html("publiek/index.html").select("a[href=vragenbank/index.html]").size());
    }

    @Test
    void routekaartShowsWhoIsInvolvedPerStep() throws IOException {
        Document page = html("publiek/routekaart.html");
        Routekaart r = kb.routekaart().orElseThrow();
        List<Element> steps = page.select("ol.route > li");
        assertEquals(r.stappen().size(), steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Routekaart.Stap s = r.stappen().get(i);
            assertEquals(s.id(), steps.get(i).id());
            List<String> hrefs = steps.get(i).select("dd a[href^=wijknetwerk/]").eachAttr("href");
            assertEquals(s.wie().stream().map(id -> "wijknetwerk/" + id + ".html").toList(), hrefs);
        }
        assertEquals(4, page.select("#domeinen + table tbody tr").size());
    }
}
