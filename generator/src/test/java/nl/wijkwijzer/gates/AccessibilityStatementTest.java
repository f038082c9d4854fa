package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The toegankelijkheidsverklaring is filled from site.yaml and linked from every page. */
class AccessibilityStatementTest {

    @Test
    void statementShowsStatusLimitationsAndContact() throws IOException {
        BuiltSite site = BuiltSite.get();
        for (String audience : new String[] {"publiek", "professionals"}) {
            Document doc = Jsoup.parse(Files.readString(site.root().resolve(audience + "/toegankelijkheid.html")));
            assertEquals("voldoet gedeeltelijk", doc.select("dl.facts dt:containsOwn(Status) + dd").text());
            assertEquals(3, doc.select("#beperkingen + ul li").size());
            assertTrue(doc.select("#melden ~ p").text().startsWith("Werkt iets niet goed? Meld het bij toegankelijkheid@example.org."),
                    doc.select("#melden ~ p").text());
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
