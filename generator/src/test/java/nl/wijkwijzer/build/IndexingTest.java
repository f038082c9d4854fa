package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;

/**
 * Issue 23, "Where each site lives": the professionals site is kept out of search engines (noindex on
 * every page, a robots.txt that disallows all, no sitemap); the public site stays indexable and has a
 * sitemap of absolute URLs only when {@code basis-url} is set.
 */
class IndexingTest {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @TempDir
    Path tmp;

    private Map<String, byte[]> build(String basisUrl) throws IOException {
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        if (basisUrl != null) {
            Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                    + "basis-url: " + basisUrl + "\n");
        }
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Path out = tmp.resolve("site");
        var result = Wijkwijzer.build(new Wijkwijzer.Options(content, templates, out, List.of(), LocalDate.of(2026, 11, 22)));
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        return SiteFiles.read(out);
    }

    /** The HTML pages under {@code prefix} whose head lacks {@code <meta name="robots" content="noindex, nofollow">}. */
    static List<String> pagesWithoutNoindex(Map<String, byte[]> files, String prefix) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!e.getKey().startsWith(prefix) || !e.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
            Element robots = doc.head().selectFirst("meta[name=robots]");
            String directives = robots == null ? "" : robots.attr("content").replace(" ", "");
            if (!List.of(directives.split(",")).containsAll(List.of("noindex", "nofollow"))) {
                missing.add(e.getKey());
            }
        }
        return missing;
    }

    private static long htmlPages(Map<String, byte[]> files, String prefix) {
        return files.keySet().stream().filter(k -> k.startsWith(prefix) && k.endsWith(".html")).count();
    }

    private static String text(Map<String, byte[]> files, String path) {
        assertTrue(files.containsKey(path), path);
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void everyProfessionalsPageIsNoindexAndItsRobotsTxtDisallowsAll() throws IOException {
        Map<String, byte[]> files = build(null);
        assertTrue(htmlPages(files, "professionals/") > 20, "pages: " + htmlPages(files, "professionals/"));
        assertEquals(List.of(), pagesWithoutNoindex(files, "professionals/"));
        // The print pages (own frame) are among them.
        assertTrue(files.keySet().stream().anyMatch(k -> k.startsWith("professionals/") && k.endsWith(".html")
                && text(files, k).contains("class=\"print ")), "a print page in the professionals site");
        assertEquals("User-agent: *\nDisallow: /\n", text(files, "professionals/robots.txt"));
        assertFalse(files.containsKey("professionals/sitemap.xml"));

        // The public site stays indexable: no page carries noindex, and its robots.txt allows all.
        assertEquals(htmlPages(files, "publiek/"), pagesWithoutNoindex(files, "publiek/").size());
        assertEquals("User-agent: *\nDisallow:\n", text(files, "publiek/robots.txt"));
    }

    @Test
    void theNoindexCheckNamesAPageWithoutTheMeta() throws IOException {
        Map<String, byte[]> files = new TreeMap<>(build(null));
        String page = "professionals/toegankelijkheid.html";
        String stripped = text(files, page).replace("<meta name=\"robots\" content=\"noindex, nofollow\">", "");
        assertFalse(stripped.contains("noindex"), "the fixture must really lack the meta");
        files.put(page, stripped.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(page), pagesWithoutNoindex(files, "professionals/"));
    }

    @Test
    void withoutBasisUrlThereIsNoSitemap() throws IOException {
        Map<String, byte[]> files = build(null);
        assertEquals(List.of(), files.keySet().stream().filter(k -> k.endsWith("sitemap.xml")).toList());
        assertFalse(text(files, "publiek/robots.txt").contains("Sitemap:"));
    }

    @Test
    void withBasisUrlThePublicSitemapHoldsAbsoluteUrlsOfItsPages() throws Exception {
        // Without a closing slash: the build adds it, so page paths follow the base correctly.
        Map<String, byte[]> files = build("https://wijkwijzer.example.org/wijk");
        String base = "https://wijkwijzer.example.org/wijk/";
        assertFalse(files.containsKey("professionals/sitemap.xml"), "the professionals site must not be indexed");
        assertEquals("User-agent: *\nDisallow: /\n", text(files, "professionals/robots.txt"));
        assertTrue(text(files, "publiek/robots.txt").contains("\nSitemap: " + base + "sitemap.xml\n"),
                text(files, "publiek/robots.txt"));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("publiek/sitemap.xml")));
        assertEquals(SITEMAP_NS, xml.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", xml.getDocumentElement().getLocalName());
        NodeList locs = xml.getElementsByTagNameNS(SITEMAP_NS, "loc");
        assertTrue(locs.getLength() > 20, "urls: " + locs.getLength());
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent().strip();
            assertTrue(loc.startsWith(base), loc);
            assertTrue(files.containsKey("publiek/" + loc.substring(base.length())), "no page for " + loc);
            urls.add(loc);
        }
        assertTrue(urls.contains(base + "index.html"));
        assertFalse(urls.contains(base + "404.html"));
    }
}
