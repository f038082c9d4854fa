package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;

/**
 * The public home page speaks to residents and neighbours: who to call in a crisis comes first (the
 * meldpunt and the crisis team from the wijknetwerk, phone as tel: link, example numbers said to be
 * examples); help for the redacteur is only in the professionals site. Every framed page links the
 * Bronnen page, and a case's bron shows on its page. Inline fixtures on the small test knowledge base.
 */
class HomeAndSourcesTest {
    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void build() throws IOException {
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        Files.writeString(content.resolve("wijknetwerk/nachtlijn.yaml"), """
                naam: Nachtlijn zorg en overlast
                soort: meldpunt
                wat-ze-doen: Dag en nacht bereikbaar.
                bereikbaarheid: Dag en nacht
                reactietijd: Direct
                contact:
                  telefoon: "0800-0000400"
                """);
        Files.writeString(content.resolve("wijknetwerk/snel-team.yaml"), """
                naam: Snel-team
                soort: crisisteam
                wat-ze-doen: Binnen vier uur aan huis.
                bereikbaarheid: Via de nachtlijn
                reactietijd: Binnen 4 uur aan huis
                """);
        Path open = content.resolve("casuistiek/open-huis.yaml");
        Files.writeString(open, Files.readString(open) + "bron: Gebaseerd op een voorbeeld uit de publicatie Proefbron\n");
        site = tmp.resolve("site");
        assertTrue(Wijkwijzer.build(TestPaths.options(content, site)).written());
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    @Test
    void theCrisisContactsComeFirstOnTheHomePage() throws IOException {
        for (String audience : List.of("publiek", "professionals")) {
            Document home = page(audience + "/index.html");
            Element first = home.selectFirst("main > h1 ~ *");
            assertEquals("hulp-nu", first.selectFirst("h2").id(), audience + ": the crisis box follows the title");
            assertTrue(first.text().contains("Bel dan 112"), first.text());
            List<String> names = first.select("li > a[href^=wijknetwerk/]").eachText();
            assertEquals(List.of("Nachtlijn zorg en overlast", "Snel-team"), names, "meldpunt first, then the crisis team");
            assertEquals("tel:08000000400", first.selectFirst("a[href^=tel:]").attr("href"));
            assertTrue(first.select(".voorbeeld-contact").text().contains("verzonnen"), "made-up numbers are said to be so");
        }
        assertTrue(page("publiek/index.html").select(".entry h3").eachText().contains("Ik woon in de wijk"));
        assertTrue(page("publiek/index.html").selectFirst("p.lead").text().contains("buren"));
    }

    @Test
    void helpForTheRedacteurIsOnlyInTheProfessionalsSite() throws IOException {
        assertFalse(Files.exists(site.resolve("publiek/help/velden.html")));
        assertTrue(Files.exists(site.resolve("professionals/help/velden.html")));
        for (Path p : html("publiek")) {
            String text = Files.readString(p);
            assertFalse(text.contains("help/velden.html") || text.contains("Hulp voor redacteuren") || text.contains("Ik beheer de inhoud"),
                    site.relativize(p).toString());
        }
        assertEquals(1, page("professionals/index.html").select("footer a[href=help/velden.html]").size());
        assertTrue(page("professionals/index.html").select(".entry h3").eachText().contains("Ik beheer de inhoud"));
    }

    @Test
    void everyFramedPageLinksTheSourcesAndACaseShowsItsBron() throws IOException {
        for (String audience : List.of("publiek", "professionals")) {
            Document bronnen = page(audience + "/bronnen.html");
            String text = bronnen.text();
            for (String credit : List.of("Platform31", "Thuis in Zuidoost", "vijf vuistregels", "MIND", "Movisie",
                    "Samenwerkwijze", "SMO Breda", "Krachten bundelen in de buurt", "waardendriehoek")) {
                assertTrue(text.contains(credit), audience + " Bronnen page credits " + credit);
            }
            int framed = 0;
            for (Path p : html(audience)) {
                Document doc = Jsoup.parse(Files.readString(p));
                if (doc.selectFirst("header.top") != null) { // print pages have no site frame
                    framed++;
                    assertEquals(1, doc.select("footer a[href$=bronnen.html]").size(), site.relativize(p).toString());
                }
            }
            assertTrue(framed > 10);
            Element bron = page(audience + "/casuistiek/open-huis.html").selectFirst("dl.facts dt:containsOwn(Bron) + dd");
            assertTrue(bron.text().startsWith("Gebaseerd op een voorbeeld uit de publicatie Proefbron"), bron.text());
            assertEquals("../bronnen.html", bron.selectFirst("a").attr("href"));
        }
    }

    private List<Path> html(String audience) throws IOException {
        try (Stream<Path> s = Files.walk(site.resolve(audience))) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
