package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.check.ContentChecker;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;

/** Builds the real default content/ and inspects the output as a user and a browser would. */
class DefaultSiteTest {
    @TempDir
    static Path tmp;
    static Wijkwijzer.BuildResult result;
    static Map<String, byte[]> files;
    static KnowledgeBase kb;

    @BeforeAll
    static void build() throws IOException {
        result = Wijkwijzer.build(TestPaths.options(TestPaths.content(), tmp.resolve("site")));
        files = SiteFiles.read(tmp.resolve("site"));
        kb = result.check().kb();
    }

    @Test
    void defaultContentBuildsWithoutErrorsOrWarnings() {
        assertTrue(result.written());
        assertEquals(List.of(), result.diagnostics().sorted().stream().map(d -> d.format()).toList());
    }

    @Test
    void knowledgeBaseHasTheAgreedSize() {
        assertTrue(kb.casussen().size() >= 24, "cases: " + kb.casussen().size());
        assertTrue(kb.weeffouten().size() >= 8);
        assertEquals(ContentChecker.VUISTREGEL_IDS, kb.vuistregels().stream().map(v -> v.id()).toList());
        assertTrue(kb.leersessies().size() >= 2);
        assertTrue(kb.organisaties().size() >= 13);
        assertTrue(kb.casusById().containsKey("jan-ns-jaarkaart"));
        Casus jan = kb.casusById().get("jan-ns-jaarkaart");
        assertFalse(jan.fictief());
        assertTrue(jan.bron().contains("Den Bosch"));
        assertTrue(kb.casussen().stream().filter(c -> !c.id().equals("jan-ns-jaarkaart")).allMatch(Casus::fictief));
    }

    @Test
    void everyVuistregelWijkAndStatusHasCasesOverTwoYears() {
        for (String v : ContentChecker.VUISTREGEL_IDS) {
            assertTrue(kb.casussen().stream().anyMatch(c -> c.vuistregels().contains(v)), v);
        }
        for (String w : kb.site().wijken().keySet()) {
            assertTrue(kb.casussen().stream().anyMatch(c -> c.wijk().equals(w)), w);
        }
        assertTrue(kb.site().wijken().size() >= 3);
        for (String s : Casus.STATUSSEN) {
            assertTrue(kb.casussen().stream().anyMatch(c -> c.status().equals(s)), s);
        }
        LocalDate first = kb.casussen().stream().map(Casus::datum).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = kb.casussen().stream().map(Casus::datum).max(LocalDate::compareTo).orElseThrow();
        assertTrue(ChronoUnit.MONTHS.between(first, last) >= 24, first + " .. " + last);
    }

    @Test
    void someWeeffoutenAreStructuralAndOthersIncidental() {
        Map<String, List<Casus>> by = kb.casussen().stream().flatMap(c -> c.blokkades().stream()
                .filter(Casus.Blokkade::heeftWeeffout).map(b -> Map.entry(b.weeffout(), c))).distinct()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        long structural = by.values().stream().filter(cs -> cs.size() >= 3 && cs.stream().map(Casus::wijk).distinct().count() >= 2).count();
        assertTrue(structural >= 3, "structural: " + structural);
        // The default content also feeds the bestuur report (issue 19), so every weeffout recurs over
        // the years; the incidental case shows within one calendar year, the period the report uses.
        Map<String, List<Casus>> byYear = kb.casussen().stream().flatMap(c -> c.blokkades().stream()
                .filter(Casus.Blokkade::heeftWeeffout).map(b -> Map.entry(c.datum().getYear() + "/" + b.weeffout(), c))).distinct()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        long incidental = byYear.values().stream().filter(cs -> cs.size() < 3 || cs.stream().map(Casus::wijk).distinct().count() < 2).count();
        assertTrue(incidental >= 1, "a weeffout that is incidental in some calendar year");
    }

    @Test
    void pageCountsPerTypeMatchTheContent() {
        for (Zichtbaarheid a : List.of(Zichtbaarheid.PUBLIEK, Zichtbaarheid.PROFESSIONALS)) {
            String p = a.id() + "/";
            long visibleCases = kb.casussen().stream().filter(c -> c.zichtbaarheid().visibleTo(a)).count();
            long casePages = kb.casussen().stream().filter(c -> files.containsKey(p + "casuistiek/" + c.id() + ".html")).count();
            assertEquals(visibleCases, casePages, a.id());
            assertEquals(kb.weeffouten().size(), kb.weeffouten().stream().filter(w -> files.containsKey(p + "weeffouten/" + w.id() + ".html")).count());
            assertEquals(5, kb.vuistregels().stream().filter(v -> files.containsKey(p + "vuistregels/" + v.id() + ".html")).count());
            assertEquals(kb.organisaties().size(), kb.organisaties().stream().filter(o -> files.containsKey(p + "wijknetwerk/" + o.id() + ".html")).count());
            assertEquals(kb.avg().size(), kb.avg().stream().filter(h -> files.containsKey(p + "avg/" + h.id() + ".html")).count());
            for (String page : List.of("index.html", "404.html", "toegankelijkheid.html", "avg/deelwijzer.html",
                    "casuistiek/index.html", "casuistiek/vuistregel-financien.html", "casuistiek/status-open.html",
                    "wijknetwerk/index.html", "wijknetwerk/wie-helpt.html", "leersessies/index.html", "bronnen.html")) {
                assertTrue(files.containsKey(p + page), p + page);
            }
            // Help for the redacteur only in the professionals site.
            assertEquals(a == Zichtbaarheid.PROFESSIONALS, files.containsKey(p + "help/velden.html"), p + "help/velden.html");
        }
        assertTrue(files.containsKey("index.html"));
    }

    @Test
    void publicBuildHoldsNoProfessionalsOnlyCase() {
        List<Casus> hidden = kb.casussen().stream().filter(c -> c.zichtbaarheid() == Zichtbaarheid.PROFESSIONALS).toList();
        assertFalse(hidden.isEmpty());
        String all = files.entrySet().stream().filter(e -> e.getKey().startsWith("publiek/"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("\n"));
        for (Casus c : hidden) {
            assertFalse(all.contains("casuistiek/" + c.id() + ".html"), c.id());
            assertFalse(all.contains(c.titel()), c.titel());
        }
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        List<String> broken = new ArrayList<>();
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
            for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                String target = resolve(e.getKey(), ref);
                if (target == null) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                if (file.isEmpty()) {
                    file = e.getKey();
                }
                if (!files.containsKey(file)) {
                    broken.add(e.getKey() + " -> " + ref);
                } else if (!anchor.isEmpty()) {
                    Document t = Jsoup.parse(new String(files.get(file), StandardCharsets.UTF_8));
                    if (t.getElementById(anchor) == null) {
                        broken.add(e.getKey() + " -> " + ref + " (anker)");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** @return the site-relative target, or null for external links */
    static String resolve(String from, String ref) {
        if (ref.isEmpty() || ref.startsWith("mailto:") || ref.startsWith("tel:")) {
            return null;
        }
        URI uri = URI.create(ref.replace(" ", "%20"));
        if (uri.getScheme() != null) {
            return null;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String base = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
        String joined = path.isEmpty() ? "" : URI.create("x:/" + base).resolve(path).getPath().substring(1);
        return joined + (uri.getFragment() == null ? "" : "#" + uri.getFragment());
    }

    @Test
    void everyPageIsReachableFromTheHomePage() {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String page = queue.poll();
            if (!seen.add(page) || !page.endsWith(".html") || !files.containsKey(page)) {
                continue;
            }
            Document doc = Jsoup.parse(new String(files.get(page), StandardCharsets.UTF_8));
            for (Element a : doc.select("a[href], form[action]")) {
                String t = resolve(page, a.hasAttr("href") ? a.attr("href") : a.attr("action"));
                if (t != null) {
                    queue.add(t.contains("#") ? t.substring(0, t.indexOf('#')) : t);
                }
            }
        }
        List<String> unreachable = files.keySet().stream().filter(f -> f.endsWith(".html") && !f.endsWith("404.html"))
                .filter(f -> !seen.contains(f)).toList();
        assertEquals(List.of(), unreachable);
    }

    @Test
    void outputHoldsNoAbsolutePathsOrInlineScript() {
        String build = tmp.toAbsolutePath().toString();
        String repo = TestPaths.root().toString();
        for (var e : files.entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(build), e.getKey());
            assertFalse(text.contains(repo), e.getKey());
            assertFalse(text.contains("file:/"), e.getKey());
            if (e.getKey().endsWith(".html")) {
                Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
                assertTrue(doc.select("script:not([src])").isEmpty(), e.getKey());
            }
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        Path second = tmp.resolve("again");
        Wijkwijzer.build(TestPaths.options(TestPaths.content(), second));
        Map<String, byte[]> again = SiteFiles.read(second);
        assertEquals(files.keySet(), again.keySet());
        for (String k : files.keySet()) {
            assertArrayEquals(files.get(k), again.get(k), k);
        }
    }

    @Test
    void casePageShowsCostsAndTheDifference() {
        Document doc = Jsoup.parse(new String(files.get("publiek/casuistiek/jan-ns-jaarkaart.html"), StandardCharsets.UTF_8));
        String text = doc.text();
        assertTrue(text.contains("Wat wil ik?"));
        assertTrue(text.contains("€ 50.000"), text);
        assertTrue(text.contains("€ 3.000"));
        assertTrue(doc.select("#waardendriehoek").size() == 1);
        assertTrue(doc.select(".blokkades a[href='../weeffouten/boetes-in-plaats-van-maatwerk.html']").size() == 1);
    }

    /** Issue 23: the visible text of every page, of every audience, is free of generated-text glitches. */
    @Test
    void everyPageReadsWithoutTextGlitches() {
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().endsWith(".html")) {
                pages++;
                TextGlitches.inPage(f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8)).forEach(g -> found.add(g.toString()));
            }
        }
        assertTrue(pages > 200, "pages scanned: " + pages);
        assertEquals(List.of(), found);
    }
}
