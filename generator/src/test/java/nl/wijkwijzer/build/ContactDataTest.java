package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;
import nl.wijkwijzer.diagnostics.Diagnostic;

/**
 * Contact data on the pages as links a phone can use, the {@code voorbeeld-contact} warning for placeholder
 * data (with file and line), and the notice that a voorbeeldsite's contact data are made up.
 */
class ContactDataTest {
    private static final String NOTICE = "De contactgegevens in deze voorbeeldsite zijn verzonnen.";

    @TempDir
    Path tmp;

    /** The mini content with the wijkteam's contact block and extra site.yaml lines. */
    private Path content(String contact, String siteExtra) throws IOException {
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        Files.writeString(content.resolve("wijknetwerk/wijkteam.yaml"), """
                naam: Sociaal wijkteam
                soort: wijkteam
                wat-ze-doen: Helpt bewoners.
                vuistregels: [wonen]
                contact:
                """ + contact, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + siteExtra);
        return content;
    }

    private static List<Diagnostic> voorbeeldWarnings(Wijkwijzer.CheckResult r) {
        return r.diagnostics().sorted().stream().filter(d -> d.code().equals("voorbeeld-contact")).toList();
    }

    private Document page(Path content, String path) throws IOException {
        Path out = tmp.resolve("site");
        var result = Wijkwijzer.build(TestPaths.options(content, out));
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        Map<String, byte[]> site = SiteFiles.read(out);
        return Jsoup.parse(new String(site.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void realisticContactDataAreTelMailtoAndHttpsLinksWithoutWarningOrNotice() throws IOException {
        Path content = content("""
                  telefoon: "020 555 8172"
                  email: info@wijkteam-testgemeente.nl
                  website: https://wijkteam-testgemeente.nl/hulp
                """, "toegankelijkheid:\n  contact: \"14 073\"\n");
        assertEquals(List.of(), voorbeeldWarnings(Wijkwijzer.check(TestPaths.options(content, tmp.resolve("x")))));
        Document doc = page(content, "publiek/wijknetwerk/wijkteam.html");
        assertEquals("020 555 8172", doc.selectFirst("a[href=tel:0205558172]").text());
        assertEquals("info@wijkteam-testgemeente.nl", doc.selectFirst("a[href=mailto:info@wijkteam-testgemeente.nl]").text());
        assertEquals("https://wijkteam-testgemeente.nl/hulp",
                doc.selectFirst("a[href=https://wijkteam-testgemeente.nl/hulp]").text());
        assertTrue(doc.select("a[href^=tel:]").stream().allMatch(a -> a.attr("href").matches("tel:\\+?[0-9]+")));
        assertTrue(!doc.text().contains(NOTICE));
        Document tg = Jsoup.parse(Files.readString(tmp.resolve("site/publiek/toegankelijkheid.html")));
        assertEquals("14 073", tg.selectFirst("#melden + p a[href=tel:14073]").text());
    }

    @Test
    void aWebsiteThatIsNotHttpsIsNeverALink() throws IOException {
        Path content = content("""
                  website: "javascript:alert(1)"
                """, "");
        var check = Wijkwijzer.check(TestPaths.options(content, tmp.resolve("x")));
        assertTrue(check.diagnostics().sorted().stream().anyMatch(d -> d.isError() && d.format().contains("wijkteam.yaml:6")),
                check.diagnostics().sorted().toString());
        var build = Wijkwijzer.build(TestPaths.options(content, tmp.resolve("site")));
        assertTrue(!build.written());
    }

    @Test
    void placeholderContactDataAreAWarningAtFileAndLine() throws IOException {
        Path content = content("""
                  telefoon: "0000 123 456"
                  email: info@example.org
                  website: https://wijkteam.test/
                """, "toegankelijkheid:\n  contact: toegankelijkheid@example.com\n");
        List<String> warnings = voorbeeldWarnings(Wijkwijzer.check(TestPaths.options(content, tmp.resolve("x"))))
                .stream().map(Diagnostic::format).toList();
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("content/site.yaml:7:"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("content/wijknetwerk/wijkteam.yaml:6:"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("content/wijknetwerk/wijkteam.yaml:7:"), warnings.get(2));
        assertTrue(warnings.get(3).startsWith("content/wijknetwerk/wijkteam.yaml:8:"), warnings.get(3));
        assertTrue(warnings.stream().allMatch(w -> w.contains("waarschuwing") && w.contains("voorbeeldsite: true")
                && !w.contains("example") && !w.contains("0000")), warnings.toString());
        Document doc = page(content, "professionals/wijknetwerk/wijkteam.html");
        assertTrue(doc.text().contains(NOTICE));
    }

    @Test
    void aDeclaredVoorbeeldsiteHasNoWarningButSaysItsContactDataAreMadeUp() throws IOException {
        Path content = content("""
                  telefoon: "0800-0000401"
                  email: info@example.org
                """, "voorbeeldsite: true\n");
        assertEquals(List.of(), voorbeeldWarnings(Wijkwijzer.check(TestPaths.options(content, tmp.resolve("x")))));
        Document doc = page(content, "publiek/wijknetwerk/wijkteam.html");
        assertTrue(doc.text().contains(NOTICE));
        assertEquals("0800-0000401", doc.selectFirst("a[href=tel:08000000401]").text());
        assertNull(doc.selectFirst("a[href^=javascript]"));
    }
}
