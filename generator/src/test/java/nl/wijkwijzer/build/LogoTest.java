package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;
import nl.wijkwijzer.diagnostics.Diagnostic;

/** {@code huisstijl.logo}: the file from the templates' static folder is copied into the site and shown in every page header. */
class LogoTest {
    @TempDir
    Path tmp;

    private static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\">"
            + "<rect width=\"40\" height=\"40\" fill=\"#c00\"/></svg>\n").getBytes(StandardCharsets.UTF_8);

    private Path content() throws IOException {
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                + "huisstijl:\n  kleur: \"#1f5f8b\"\n  logo: gemeente.svg\n");
        return content;
    }

    @Test
    void theLogoIsCopiedAndShownInTheHeaderOfEveryPage() throws IOException {
        Path content = content();
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("static"));
        Files.write(templates.resolve("static/gemeente.svg"), SVG);
        Path out = tmp.resolve("site");
        var result = Wijkwijzer.build(new Wijkwijzer.Options(content, templates, out, List.of(), java.time.LocalDate.of(2026, 11, 22)));
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        Map<String, byte[]> site = SiteFiles.read(out);
        int pages = 0;
        for (String audience : List.of("publiek", "professionals")) {
            assertArrayEquals(SVG, site.get(audience + "/assets/gemeente.svg"));
            for (Map.Entry<String, byte[]> e : site.entrySet()) {
                if (!e.getKey().startsWith(audience + "/") || !e.getKey().endsWith(".html")) {
                    continue;
                }
                Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
                if (doc.selectFirst("header.top") == null) {
                    continue; // print handouts have no site header
                }
                Element logo = doc.selectFirst("header.top a.brand img.logo");
                assertTrue(logo != null, e.getKey());
                assertEquals("", logo.attr("alt"), "decorative: the link's text is the site title");
                Path resolved = out.resolve(e.getKey()).getParent().resolve(logo.attr("src")).normalize();
                assertEquals(out.resolve(audience + "/assets/gemeente.svg"), resolved, e.getKey());
                pages++;
            }
        }
        assertTrue(pages > 20, "pages with a header: " + pages);
    }

    @Test
    void aLogoThatIsNotThereIsAnErrorAtItsLineInSiteYaml() throws IOException {
        Path content = content();
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Path out = tmp.resolve("site");
        var options = new Wijkwijzer.Options(content, templates, out, List.of(), java.time.LocalDate.of(2026, 11, 22));
        List<Diagnostic> check = Wijkwijzer.check(options).diagnostics().sorted();
        var result = Wijkwijzer.build(options);
        assertFalse(result.written());
        assertEquals(check, result.diagnostics().sorted(), "check and build agree");
        Diagnostic d = check.stream().filter(x -> x.code().equals("logo-ontbreekt")).findFirst().orElseThrow();
        assertEquals("content/site.yaml", d.path());
        assertEquals(8, d.line()); // titel, gemeente, wijken + 2, huisstijl, kleur, logo
        assertTrue(d.message().startsWith("logo 'gemeente.svg' staat niet in "), d.message());
        assertFalse(Files.exists(out));
    }
}
