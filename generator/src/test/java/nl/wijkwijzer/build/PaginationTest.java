package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.model.Zichtbaarheid;

/** Listings of many cases are split into pages of 50 with previous/next links; guides show the recent ones. */
class PaginationTest {
    @TempDir
    Path tmp;

    @Test
    void aLargeCaseListIsSplitIntoLinkedPages() throws Exception {
        Path content = tmp.resolve("content");
        SyntheticCorpus.write(SyntheticCorpus.testBase(), content, 120, 7);
        var o = TestPaths.options(content, tmp.resolve("site"));
        var result = Wijkwijzer.build(new Wijkwijzer.Options(o.content(), o.templates(), o.out(),
                List.of(Zichtbaarheid.PROFESSIONALS), o.today()));
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        Map<String, byte[]> files = SiteFiles.read(tmp.resolve("site"));
        int total = result.check().kb().casussen().size();
        int pages = (total + 49) / 50;
        assertTrue(pages >= 3, "pages: " + pages);
        int cards = 0;
        for (int n = 1; n <= pages; n++) {
            String name = n == 1 ? "casuistiek/index.html" : "casuistiek/index-" + n + ".html";
            Document doc = Jsoup.parse(new String(files.get(name), StandardCharsets.UTF_8));
            cards += doc.select("ul.cards > li").size();
            assertEquals(n > 1, !doc.select("a[rel=prev]").isEmpty(), name);
            assertEquals(n < pages, !doc.select("a[rel=next]").isEmpty(), name);
            if (n < pages) {
                assertEquals("index-" + (n + 1) + ".html", doc.select("a[rel=next]").attr("href"));
            }
        }
        assertEquals(total, cards);
        assertFalse(files.containsKey("casuistiek/index-" + (pages + 1) + ".html"));
        Document guide = Jsoup.parse(new String(files.get("vuistregels/wonen.html"), StandardCharsets.UTF_8));
        assertEquals(10, guide.select("#casussen ~ ul.cards > li").size());
        assertEquals(1, guide.select("a[href='../casuistiek/vuistregel-wonen.html']").size());
    }
}
