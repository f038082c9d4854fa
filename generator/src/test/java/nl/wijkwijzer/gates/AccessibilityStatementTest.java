package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The toegankelijkheidsverklaring is filled from site.yaml and linked from every page of the default site. */
class AccessibilityStatementTest {

    /** On a small fixture whose site.yaml fills the statement (not the editorial site.yaml). */
    @Test
    void statementShowsStatusLimitationsAndContact(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        nl.wijkwijzer.author.TestContent.copyTree(nl.wijkwijzer.TestPaths.resource("mini/content"), content);
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + """
                toegankelijkheid:
                  status: voldoet gedeeltelijk
                  datum: 2026-11-01
                  bekende-beperkingen:
                    - De zoekfunctie werkt alleen met JavaScript.
                    - Brede tabellen schuif je opzij op een telefoon.
                  contact: toegankelijkheid@testgemeente.example
                """);
        Path out = tmp.resolve("site");
        org.junit.jupiter.api.Assertions.assertTrue(nl.wijkwijzer.Wijkwijzer.build(nl.wijkwijzer.TestPaths.options(content, out)).written());
        for (String audience : new String[] {"publiek", "professionals"}) {
            Document doc = Jsoup.parse(Files.readString(out.resolve(audience + "/toegankelijkheid.html")));
            assertEquals("voldoet gedeeltelijk", doc.select("dl.facts dt:containsOwn(Status) + dd").text());
            assertEquals(java.util.List.of("De zoekfunctie werkt alleen met JavaScript.", "Brede tabellen schuif je opzij op een telefoon."),
                    doc.select("#beperkingen + ul li").eachText());
            assertTrue(doc.select("#melden ~ p").text().startsWith(
                    "Werkt iets niet goed? Meld het bij toegankelijkheid@testgemeente.example."), doc.select("#melden ~ p").text());
        }
    }

    @Test
    void everyPageLinksToTheStatement() throws IOException {
        BuiltSite site = BuiltSite.get();
        int framed = 0;
        for (Path page : site.htmlPages()) {
            Document doc = Jsoup.parse(Files.readString(page));
            if (doc.selectFirst("header.top") == null) {
                continue; // the audience chooser and print handouts have no site frame (menu, footer)
            }
            framed++;
            assertEquals(1, doc.select("footer a[href$=toegankelijkheid.html]").size(), site.relative(page));
        }
        assertTrue(framed > 200, "pages with the site frame: " + framed);
    }
}
