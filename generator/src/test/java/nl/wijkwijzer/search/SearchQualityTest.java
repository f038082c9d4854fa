package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.json.Json;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * The judged query set ({@code search/judged-queries.tsv}) through the command-line search (Lucene) and
 * through the built site's search.js in headless Chromium from file://. Prints success@1, success@3
 * and MRR for both (Pagefind on the same site: {@code wijkwijzer bench-search --beoordeeld}).
 */
class SearchQualityTest {
    static final Path JUDGED = SearchFixture.ROOT.resolve("generator/src/test/resources/search/judged-queries.tsv");
    static final double TARGET = 0.9;

    @Test
    void judgedQueriesFindARightPageInTheTopThreeInTheCliAndTheBrowser() throws Exception {
        nl.wijkwijzer.browser.Chromium.assumeInstalled();
        JudgedQueries judged = JudgedQueries.read(JUDGED);
        assertTrue(judged.queries().size() >= 40, "at least 40 judged queries");
        SearchIndex index = SearchFixture.publiek().index;
        JudgedQueries.Score cli = judged.score(j -> index.search(j.query(), Map.of(), false, 10).hits().stream()
                .map(h -> h.page().url()).toList());

        List<List<String>> browser = browserResults(judged);
        JudgedQueries.Score web = judged.score(j -> browser.get(judged.queries().indexOf(j)));
        System.out.println(cli.line("CLI (Lucene)"));
        cli.misses().forEach(m -> System.out.println("    " + m));
        System.out.println(web.line("browser (file://)"));
        web.misses().forEach(m -> System.out.println("    " + m));
        assertEquals(cli, web, "the CLI and the browser give the same results");
        assertTrue(cli.at3() >= TARGET, cli.line("CLI") + " " + cli.misses());
        assertTrue(web.at3() >= TARGET, web.line("browser") + " " + web.misses());
    }

    @Test
    void aWrongJudgementLowersTheScore() throws Exception {
        JudgedQueries.Judged j = new JudgedQueries.Judged("typo", "x", List.of("a.html", "casuistiek/*"));
        assertEquals(1, j.rank(List.of("a.html#sectie", "b.html")));
        assertEquals(2, new JudgedQueries.Judged("typo", "x", List.of("c.html")).rank(List.of("b.html#1", "b.html#2", "c.html")));
        assertEquals(2, j.rank(List.of("b.html", "casuistiek/een.html")));
        assertEquals(0, j.rank(List.of("casuistiek/index.html", "b.html")));
        JudgedQueries set = new JudgedQueries(List.of(j, new JudgedQueries.Judged("typo", "y", List.of("c.html"))));
        JudgedQueries.Score s = set.score(q -> List.of("b.html", "a.html"));
        assertEquals(0.0, s.at1());
        assertEquals(0.5, s.at3());
        assertEquals(0.25, s.mrr());
    }

    /** Builds the public site of the default content and runs every judged query in its search.js from file://. */
    static List<List<String>> browserResults(JudgedQueries judged) throws IOException, InterruptedException {
        Path site = Files.createTempDirectory("wwz-judged");
        Wijkwijzer.BuildResult r = Wijkwijzer.build(new Wijkwijzer.Options(SearchFixture.ROOT.resolve("content"),
                SearchFixture.ROOT.resolve("templates"), site, List.of(Zichtbaarheid.PUBLIEK), null));
        assertTrue(r.written());
        Files.writeString(site.resolve("judged-queries.js"), "var JUDGED = "
                + Json.of(judged.queries().stream().map(JudgedQueries.Judged::query).toList()) + ";\n");
        try (InputStream in = SearchQualityTest.class.getResourceAsStream("judged-run.js")) {
            Files.write(site.resolve("judged-run.js"), in.readAllBytes());
        }
        Files.writeString(site.resolve("judged.html"), "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>meting</title>"
                + "</head><body><pre id=\"uit\"></pre><script src=\"assets/search.js\"></script><script src=\"judged-queries.js\"></script>"
                + "<script src=\"judged-run.js\"></script></body></html>", StandardCharsets.UTF_8);
        String dom = nl.wijkwijzer.browser.Chromium.dumpDom(site.resolve("judged.html").toUri().toString(), 1280, 900);
        var pre = Jsoup.parse(dom).getElementById("uit");
        assertEquals("ja", pre.attr("data-klaar"), pre.text());
        List<String> lines = List.of(pre.wholeText().split("\n", -1));
        assertEquals(judged.queries().size(), lines.size());
        return lines.stream().map(l -> l.substring(1)).map(l -> l.isBlank() ? List.<String>of() : List.of(l.split(" "))).toList();
    }
}
