package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * The built public site in headless Chromium, from file:// and from a local web server: what a
 * person sees after searching, filtering and following a result.
 */
class SearchBrowserTest {
    private static Path site;
    private static HttpServer server;

    @BeforeAll
    static void build() throws IOException {
        nl.wijkwijzer.browser.Chromium.assumeInstalled();
        site = Files.createTempDirectory("wwz-browser");
        Wijkwijzer.BuildResult r = Wijkwijzer.build(new Wijkwijzer.Options(SearchFixture.ROOT.resolve("content"),
                SearchFixture.ROOT.resolve("templates"), site, List.of(Zichtbaarheid.PUBLIEK), null));
        assertTrue(r.written());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path p = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean ok = p.startsWith(site) && Files.isRegularFile(p);
            byte[] body = ok ? Files.readAllBytes(p) : "niet gevonden".getBytes(StandardCharsets.UTF_8);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
            // The strictest policy the site promises: scripts only from itself, no inline script.
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'");
            exchange.sendResponseHeaders(ok ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static Document dom(String url) throws IOException, InterruptedException {
        return Jsoup.parse(nl.wijkwijzer.browser.Chromium.dumpDom(url, 1280, 900), url);
    }

    private static String base(boolean http) {
        return http ? "http://127.0.0.1:" + server.getAddress().getPort() + "/" : site.toUri().toString();
    }

    private void searchAndFollow(boolean http) throws Exception {
        Document d = dom(base(http) + "zoeken.html?q=woningen");
        String status = d.getElementById("zoekstatus").text();
        assertTrue(status.matches("\\d+ resultaten voor “woningen”\\."), status);
        List<Element> results = d.select("#resultaten li.resultaat");
        // Ten documents: pages, and sections of a page already listed under it (ul.secties).
        assertEquals(10, results.size() + d.select("#resultaten ul.secties > li").size());
        assertTrue(results.size() >= 5, "at most half are sections: " + results.size());
        assertFalse(d.select("#resultaten mark").isEmpty(), "matched words are highlighted");
        assertTrue(d.select("#resultaten mark").eachText().stream().allMatch(t -> t.toLowerCase().contains("woning")),
                d.select("#resultaten mark").eachText().toString());
        assertEquals(List.of("Alle"), d.select("#filter-type option").eachText().subList(0, 1));

        // Filter: only cases, with the count the filter showed.
        String caseOption = d.select("#filter-type option[value=casus]").text();
        Document cases = dom(base(http) + "zoeken.html?q=woningen&type=casus");
        List<Element> caseLinks = cases.select("#resultaten li.resultaat h2 a");
        assertFalse(caseLinks.isEmpty());
        assertTrue(caseLinks.stream().allMatch(a -> a.attr("href").startsWith("casuistiek/")), caseLinks.toString());
        assertTrue(caseOption.endsWith("(" + cases.getElementById("zoekstatus").text().replaceAll("\\D.*", "") + ")"),
                caseOption + " vs " + cases.getElementById("zoekstatus").text());
        assertEquals("casus", cases.select("#filter-type option[selected]").val());

        // Follow the first result: its page has the title the result showed.
        Element first = caseLinks.get(0);
        Document page = dom(first.absUrl("href"));
        assertEquals(first.text(), page.selectFirst("h1").text());

        // Synonym, phrase and nothing found with a suggestion.
        Document bw = dom(base(http) + "zoeken.html?q=BW");
        assertTrue(bw.getElementById("zoekstatus").text().matches("\\d+ resultaten voor “BW”\\."));
        // A typo is searched as the closest real word, said so, with a link back to the words as typed.
        Document typo = dom(base(http) + "zoeken.html?q=wonig");
        assertTrue(typo.getElementById("zoekstatus").text().matches("\\d+ resultaten voor “woning”\\. Zoek in plaats daarvan naar “wonig”\\."),
                typo.getElementById("zoekstatus").text());
        Document exact = dom(base(http) + typo.select("#zoekstatus a").attr("href").replace("?", "zoeken.html?"));
        assertEquals("Niets gevonden voor “wonig”.", exact.getElementById("zoekstatus").text());
    }

    @Test
    void searchWorksFromFile() throws Exception {
        searchAndFollow(false);
    }

    @Test
    void searchWorksOverHttpWithStrictCsp() throws Exception {
        searchAndFollow(true);
    }

    @Test
    void relatedCasesAreListedOnACasePage() throws Exception {
        Document d = dom(base(true) + "casuistiek/omklapwoning-na-beschermd-wonen.html");
        List<Element> related = d.select("#vergelijkbaar + ul a");
        assertTrue(related.size() >= 1 && related.size() <= 5, related.toString());
        for (Element a : related) {
            assertTrue(Files.isRegularFile(site.resolve("casuistiek").resolve(a.attr("href"))), a.attr("href"));
        }
    }
}
