package nl.wijkwijzer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.Deelregels;

/** The deelwijzer in a real browser from file://: full matrix without JavaScript, two-step chooser with it. */
class DeelwijzerBrowserTest {
    @TempDir
    static Path tmp;
    static Path page;
    static Deelregels regels;

    @BeforeAll
    static void build() throws Exception {
        // The small fixture with a frozen copy of the deelregels: the page's structure, not the editorial wording.
        java.nio.file.Path content = tmp.resolve("content");
        nl.wijkwijzer.author.TestContent.copyTree(TestPaths.resource("mini/content"), content);
        java.nio.file.Files.copy(TestPaths.resource("deelwijzer/deelregels.yaml"), content.resolve("avg/deelregels.yaml"));
        // A short chapter for every chapter the rules point to.
        java.util.regex.Matcher chapter = java.util.regex.Pattern.compile("hoofdstuk: ([a-z-]+)")
                .matcher(java.nio.file.Files.readString(content.resolve("avg/deelregels.yaml")));
        int volgorde = 2;
        while (chapter.find()) {
            java.nio.file.Path md = content.resolve("avg/" + chapter.group(1) + ".md");
            if (!java.nio.file.Files.exists(md)) {
                java.nio.file.Files.writeString(md, "---\ntitel: Hoofdstuk " + chapter.group(1) + "\nvolgorde: " + volgorde++
                        + "\n---\nTekst.\n");
            }
        }
        var result = Wijkwijzer.build(TestPaths.options(content, tmp.resolve("site")));
        org.junit.jupiter.api.Assertions.assertTrue(result.written(), result.diagnostics().sorted().toString());
        regels = result.check().kb().deelregels();
        page = tmp.resolve("site/publiek/avg/deelwijzer.html");
    }

    @Test
    void matrixCoversEveryCombinationWithoutJavaScript() throws Exception {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals(regels.gegevens().size(), doc.select("table.matrix tbody tr").size());
        assertEquals(regels.gegevens().size() * regels.ontvangers().size(), doc.select("table.matrix tbody td a").size());
        for (Deelregels.Regel r : regels.regels()) {
            assertEquals(1, doc.select("section#" + r.gegevens() + "--" + r.ontvanger()).size(), r.gegevens() + "/" + r.ontvanger());
        }
        assertTrue(doc.getElementById("deelwijzer-kiezer").hasAttr("hidden"));
    }

    @Test
    void chooserShowsTheRuleForTheChosenPairUnderTheCsp() throws Exception {
        Chromium.assumeInstalled();
        Deelregels.Regel r = regels.regel("gezondheid", "woningcorporatie").orElseThrow();
        String dom = Chromium.dumpDom(page.toUri() + "#kies=gezondheid/woningcorporatie", 400, 900);
        Document doc = Jsoup.parse(dom);
        var kiezer = doc.getElementById("deelwijzer-kiezer");
        assertTrue(!kiezer.hasAttr("hidden"), "chooser stays hidden: script did not run");
        String uitkomst = kiezer.select(".dw-uitkomst").text();
        assertTrue(uitkomst.contains(r.grondslag()), uitkomst);
        assertTrue(uitkomst.contains("Gezondheidsgegevens naar Woningcorporatie"), uitkomst);
        assertEquals(regels.gegevens().size() + 1, kiezer.select("#dw-gegevens option").size());
    }
}
