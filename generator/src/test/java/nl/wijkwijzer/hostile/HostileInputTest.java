package nl.wijkwijzer.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.gates.BuiltSite;

/**
 * A corpus of hostile content (src/test/resources/hostile/), each dropped into a copy of the default
 * knowledge base. Every case ends in a clear diagnostic at the right place or in output where the
 * payload is inert text: never a crash, a hang or a script in the site.
 */
class HostileInputTest {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)", Pattern.CASE_INSENSITIVE);

    /** What a case must produce: an error with this code on this line, or a built site with the payload inert. */
    record Expect(String code, int line, List<String> visibleText) {
        static Expect error(String code, int line) {
            return new Expect(code, line, List.of());
        }

        static Expect neutralised(String... visibleText) {
            return new Expect(null, 0, List.of(visibleText));
        }
    }

    record Case(String name, String target, Supplier<byte[]> bytes, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() {
        return Stream.of(
                new Case("billion-laughs", "casuistiek/bom-van-lachjes.yaml", file("billion-laughs.yaml"),
                        Expect.error("yaml-syntax", 0)),
                new Case("deep-nesting", "casuistiek/diep.yaml", file("deep-nesting.yaml"),
                        Expect.error("yaml-syntax", 0)),
                new Case("unsafe-tag-java", "casuistiek/onveilig.yaml", file("unsafe-tag-java.yaml"),
                        Expect.error("yaml-onveilige-tag", 2)),
                new Case("unsafe-tag-script-engine", "casuistiek/onveilig.yaml", file("unsafe-tag-script-engine.yaml"),
                        Expect.error("yaml-onveilige-tag", 2)),
                new Case("huge-scalar", "casuistiek/enorm.yaml",
                        () -> ("titel: Enorm\nsituatie: " + "a".repeat(300_000) + "\n").getBytes(StandardCharsets.UTF_8),
                        Expect.error("bestand-te-groot", 0)),
                new Case("invalid-utf8", "casuistiek/kapot.yaml", file("invalid-utf8.yaml"),
                        Expect.error("geen-utf8", 3)),
                new Case("bom", "casuistiek/met-bom.yaml", file("bom.yaml"),
                        Expect.neutralised("Een jaarkaart in plaats van de cel")),
                new Case("crlf", "casuistiek/windows-regels.yaml", file("crlf.yaml"),
                        Expect.error("onbekend-veld", 10)),
                new Case("duplicate-keys", "casuistiek/dubbel.yaml", file("duplicate-keys.yaml"),
                        Expect.error("dubbel-veld", 6)),
                new Case("markdown-xss", "avg/aanval.md", file("markdown-xss.md"),
                        Expect.neutralised("<script>alert('xss')</script>", "<iframe src=\"https://evil.example/\"></iframe>")),
                new Case("casus-xss", "casuistiek/aanval.yaml", file("casus-xss.yaml"),
                        Expect.neutralised("<script>alert('xss')</script>", "<img src=x onerror=\"alert(4)\">")),
                new Case("template-injection", "casuistiek/sjabloon.yaml", file("template-injection.yaml"),
                        Expect.neutralised("Sjabloon ${7*7} en <#assign x = 49>${x}",
                                "${\"freemarker.template.utility.Execute\"?new()(\"id\")} <#list 1..3 as i>${i}</#list> [=7*7]")),
                new Case("logo-path-traversal", "site.yaml", file("site-logo-traversal.yaml"),
                        Expect.error("ongeldig-pad", 19)),
                new Case("colour-css-injection", "site.yaml", file("site-kleur-injection.yaml"),
                        Expect.error("ongeldige-waarde", 18)),
                new Case("extremely-long-line", "casuistiek/lange-regel.yaml",
                        () -> longLine(), Expect.neutralised("lang lang lang")));
    }

    private static byte[] longLine() {
        try {
            String casus = Files.readString(BuiltSite.repoRoot().resolve("content/casuistiek/jan-ns-jaarkaart.yaml"));
            return casus.replace("samenvatting: Een man", "samenvatting: " + "lang ".repeat(40_000) + "Een man")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Supplier<byte[]> file(String name) {
        return () -> {
            try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + name)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(30)
    void hostileInputGivesADiagnosticOrInertOutput(Case c, @TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        BuiltSite.copyTree(BuiltSite.repoRoot().resolve("content"), content);
        Files.write(content.resolve(c.target()), c.bytes().get());
        Path out = tmp.resolve("site");
        Wijkwijzer.BuildResult result = Wijkwijzer.build(new Wijkwijzer.Options(content,
                BuiltSite.repoRoot().resolve("templates"), out, List.of(), LocalDate.of(2026, 11, 22)));
        String file = "content/" + c.target();
        List<Diagnostic> errors = result.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        if (c.expect().code() != null) {
            List<String> forFile = errors.stream().filter(d -> d.path().equals(file))
                    .map(d -> d.code() + "@" + d.line()).toList();
            assertTrue(forFile.contains(c.expect().code() + "@" + c.expect().line()),
                    "expected " + c.expect().code() + " at line " + c.expect().line() + ", got " + errors);
            assertTrue(errors.stream().allMatch(d -> d.path().equals(file)), "errors outside the hostile file: " + errors);
            return;
        }
        assertEquals(List.of(), errors.stream().map(Diagnostic::format).toList());
        assertTrue(result.written());
        List<String> shown = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                assertInert(out.relativize(page).toString(), html);
                shown.add(Jsoup.parse(html).text());
            }
        }
        String allText = String.join("\n", shown);
        for (String text : c.expect().visibleText()) {
            assertTrue(allText.contains(text), "payload should show as text: " + text);
        }
        assertTrue(!allText.contains("Sjabloon 49"), "template code in content must not run");
    }

    /** No script, frame, embedded object, event handler or javascript: URL survived into the page. */
    static void assertInert(String page, String html) {
        assertTrue(!INLINE_SCRIPT.matcher(html).find(), page + ": inline <script>");
        Document doc = Jsoup.parse(html);
        // Generated charts may be inline SVG; the content's SVG payloads are caught by the script and on* checks.
        assertEquals(List.of(), doc.select("iframe, object, embed, svg script, svg foreignObject").stream()
                .map(Element::tagName).toList(), page);
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                assertTrue(!a.getKey().toLowerCase().startsWith("on"), page + ": " + a.getKey() + " on <" + el.tagName() + ">");
                assertTrue(!a.getValue().strip().toLowerCase().startsWith("javascript:"), page + ": javascript: in " + a.getKey());
            }
        }
    }
}
