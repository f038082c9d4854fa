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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * A corpus of hostile content (src/test/resources/hostile/, one file per case, or made here when it is
 * too large or is a link), each dropped into a copy of a small fixture knowledge base. Every case ends in a
 * clear diagnostic at the right place or in output where the payload is inert text: never a crash, a
 * hang, a script in the site, a formula in the CSV, or anything of a linked outside file in a message
 * or the site. {@code check} and {@code build} report the same errors for every case. The cases and
 * their attack classes are listed in docs/fuzzing.md.
 */
class HostileInputTest {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)", Pattern.CASE_INSENSITIVE);
    /** Text of the outside file that symlink cases point at; it must never show up anywhere. */
    static final String SECRET = "GEHEIM-BUITEN-DE-CONTENTMAP";
    /**
     * The small knowledge base each case starts from (one case, two weeffouten, five organisations, a
     * leersessie, synonyms), so that editing the real content/ never changes what this test sees.
     */
    static final Path FIXTURE = nl.wijkwijzer.TestPaths.resource("kennisbank/content");

    /**
     * What a case must produce: an error with this code on this line of {@code file} (relative to the
     * project, e.g. content/casuistiek/x.yaml), or a built site with the payload inert and {@code visibleText}
     * shown as text; {@code site} checks more of the built site.
     */
    record Expect(String code, int line, List<String> visibleText, SiteCheck site) {
        static Expect error(String code, int line) {
            return new Expect(code, line, List.of(), out -> { });
        }

        static Expect neutralised(String... visibleText) {
            return new Expect(null, 0, List.of(visibleText), out -> { });
        }

        Expect andSite(SiteCheck check) {
            return new Expect(code, line, visibleText, check);
        }
    }

    interface SiteCheck {
        void check(Path out) throws IOException;
    }

    /** Puts the case into {@code content}; {@code outside} is a folder next to it, outside the content folder. */
    interface Setup {
        void apply(Path content, Path outside) throws IOException;
    }

    record Case(String name, String attackClass, String file, Setup setup, Expect expect) {
        @Override
        public String toString() {
            return attackClass + ": " + name;
        }
    }

    static Case write(String name, String attackClass, String target, Supplier<byte[]> bytes, Expect expect) {
        return new Case(name, attackClass, "content/" + target, (content, outside) -> {
            Files.createDirectories(content.resolve(target).getParent());
            Files.write(content.resolve(target), bytes.get());
        }, expect);
    }

    static Case link(String name, String target, Setup outsideFile, Expect expect) {
        return new Case(name, "symlink", "content/" + target, (content, outside) -> {
            outsideFile.apply(content, outside);
            Path link = content.resolve(target);
            Files.deleteIfExists(link);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, outside.resolve("doel"));
        }, expect);
    }

    static Stream<Case> corpus() {
        return Stream.of(
                write("billion-laughs", "yaml", "casuistiek/bom-van-lachjes.yaml", file("billion-laughs.yaml"),
                        Expect.error("yaml-syntax", 0)),
                write("deep-nesting", "yaml", "casuistiek/diep.yaml", file("deep-nesting.yaml"),
                        Expect.error("yaml-syntax", 0)),
                write("unsafe-tag-java", "yaml", "casuistiek/onveilig.yaml", file("unsafe-tag-java.yaml"),
                        Expect.error("yaml-onveilige-tag", 2)),
                write("unsafe-tag-script-engine", "yaml", "casuistiek/onveilig.yaml", file("unsafe-tag-script-engine.yaml"),
                        Expect.error("yaml-onveilige-tag", 2)),
                write("long-key", "yaml", "casuistiek/lange-sleutel.yaml", file("long-key.yaml"),
                        Expect.error("yaml-syntax", 2)),
                write("duplicate-keys", "yaml", "casuistiek/dubbel.yaml", file("duplicate-keys.yaml"),
                        Expect.error("dubbel-veld", 6)),
                write("crlf", "yaml", "casuistiek/windows-regels.yaml", file("crlf.yaml"),
                        Expect.error("onbekend-veld", 10)),
                write("bom", "yaml", "casuistiek/met-bom.yaml", file("bom.yaml"),
                        Expect.neutralised("Een jaarkaart in plaats van de cel")),
                write("invalid-utf8", "encoding", "casuistiek/kapot.yaml", file("invalid-utf8.yaml"),
                        Expect.error("geen-utf8", 3)),
                write("control-escape", "control-chars", "casuistiek/stuurteken.yaml", file("control-escape.yaml"),
                        Expect.error("ongeldig-teken", 1)),
                write("esc-raw", "control-chars", "casuistiek/escape.yaml", file("esc-raw.yaml"),
                        Expect.error("ongeldig-teken", 1)),
                write("lone-surrogate", "control-chars", "casuistiek/surrogaat.yaml", file("lone-surrogate.yaml"),
                        Expect.error("ongeldig-teken", 1)),
                write("noncharacter", "control-chars", "casuistiek/geen-teken.yaml", file("noncharacter.yaml"),
                        Expect.error("ongeldig-teken", 1)),
                write("control-in-markdown", "control-chars", "avg/bel.md", file("control-in-markdown.md"),
                        Expect.error("ongeldig-teken", 12)),
                write("nested-quote", "markdown-slow-or-deep", "avg/citaten.md", file("nested-quote.md"),
                        Expect.error("markdown-limiet", 14)),
                write("nested-list", "markdown-slow-or-deep", "casuistiek/lijsten.yaml", file("nested-list.yaml"),
                        Expect.error("markdown-limiet", 13)),
                write("star-run", "markdown-slow-or-deep", "casuistiek/sterren.yaml", file("star-run.yaml"),
                        Expect.error("markdown-limiet", 13)),
                write("autolink-www", "markdown-slow-or-deep", "casuistiek/www.yaml", HostileInputTest::autolinkBomb,
                        Expect.neutralised("www.awww.awww.a")),
                write("extremely-long-line", "markdown-slow-or-deep", "casuistiek/lange-regel.yaml",
                        HostileInputTest::longLine, Expect.neutralised("lang lang lang")),
                write("huge-scalar", "size", "casuistiek/enorm.yaml",
                        () -> ("titel: Enorm\nsituatie: " + "a".repeat(300_000) + "\n").getBytes(StandardCharsets.UTF_8),
                        Expect.error("bestand-te-groot", 0)),
                new Case("oversized-file", "size", "content/casuistiek/drie-gigabyte.yaml", (content, outside) -> {
                    // sparse: 3 GiB long, next to no disk; reading it would need 3 GiB of heap
                    try (var f = new java.io.RandomAccessFile(content.resolve("casuistiek/drie-gigabyte.yaml").toFile(), "rw")) {
                        f.setLength(3L << 30);
                    }
                }, Expect.error("bestand-te-groot", 0)),
                write("long-id", "size", "casuistiek/" + "a".repeat(250) + ".yaml", file("bom.yaml"),
                        Expect.error("ongeldig-id", 0)),
                write("long-wijk-id", "size", "site.yaml", file("long-wijk-id.yaml"), Expect.error("ongeldig-id", 10)),
                write("markdown-xss", "xss", "avg/aanval.md", file("markdown-xss.md"),
                        Expect.neutralised("<script>alert('xss')</script>", "<iframe src=\"https://evil.example/\"></iframe>")),
                write("casus-xss", "xss", "casuistiek/aanval.yaml", file("casus-xss.yaml"),
                        Expect.neutralised("<script>alert('xss')</script>", "<img src=x onerror=\"alert(4)\">")),
                write("template-injection", "template-injection", "casuistiek/sjabloon.yaml", file("template-injection.yaml"),
                        Expect.neutralised("Sjabloon ${7*7} en <#assign x = 49>${x}",
                                "${\"freemarker.template.utility.Execute\"?new()(\"id\")} <#list 1..3 as i>${i}</#list> [=7*7]")),
                write("logo-path-traversal", "path", "site.yaml", file("site-logo-traversal.yaml"),
                        Expect.error("ongeldig-pad", 19)),
                write("colour-css-injection", "css-injection", "site.yaml", file("site-kleur-injection.yaml"),
                        Expect.error("ongeldige-waarde", 18)),
                write("csv-formula", "csv-injection", "weeffouten/boetes-in-plaats-van-maatwerk.yaml", file("csv-formula.yaml"),
                        Expect.neutralised("=HYPERLINK(\"https://evil.example/\";\"Boetes\")").andSite(HostileInputTest::csvInert)),
                link("link-to-outside-case", "casuistiek/buiten.yaml", (content, outside) -> Files.writeString(outside.resolve("doel"),
                        Files.readString(content.resolve("casuistiek/jan-ns-jaarkaart.yaml")).replace("Een jaarkaart", SECRET)),
                        Expect.error("link-buiten-map", 0)),
                link("link-to-system-file", "casuistiek/wachtwoorden.yaml", (content, outside) -> Files.writeString(outside.resolve("doel"),
                        "root:x:0:0:" + SECRET + ":/root:/bin/bash\n"), Expect.error("link-buiten-map", 0)),
                link("link-synonyms", "zoeken/synoniemen.txt", (content, outside) -> Files.writeString(outside.resolve("doel"),
                        SECRET.toLowerCase() + ", beschermd wonen\n"), Expect.error("link-buiten-map", 0)),
                link("link-folder", "leersessies", (content, outside) -> {
                    Files.createDirectories(outside.resolve("doel"));
                    Files.writeString(outside.resolve("doel/geheim.yaml"), "titel: " + SECRET + "\n");
                    try (Stream<Path> old = Files.list(content.resolve("leersessies"))) {
                        for (Path p : old.toList()) {
                            Files.delete(p);
                        }
                    }
                    Files.delete(content.resolve("leersessies"));
                }, Expect.error("link-buiten-map", 0)),
                new Case("dangling-link", "symlink", "content/casuistiek/weg.yaml", (content, outside) ->
                        Files.createSymbolicLink(content.resolve("casuistiek/weg.yaml"), outside.resolve("bestaat-niet.yaml")),
                        Expect.error("link-buiten-map", 0)),
                new Case("link-inside-is-followed", "symlink", "content/casuistiek/kopie.yaml", (content, outside) ->
                        Files.createSymbolicLink(content.resolve("casuistiek/kopie.yaml"), Path.of("jan-ns-jaarkaart.yaml")),
                        Expect.neutralised("Een jaarkaart in plaats van de cel").andSite(out ->
                                assertTrue(Files.exists(out.resolve("professionals/casuistiek/kopie.html"))
                                        || Files.exists(out.resolve("publiek/casuistiek/kopie.html")), "linked case built"))));
    }

    /** 250 KB of {@code www.a}: flexmark's autolinker took 136 s on this, quadratic in the word. */
    private static byte[] autolinkBomb() {
        try {
            String casus = Files.readString(FIXTURE.resolve("casuistiek/jan-ns-jaarkaart.yaml"));
            return casus.replaceFirst("situatie: \\|\n", "situatie: |\n  " + "www.a".repeat(50_000) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] longLine() {
        try {
            String casus = Files.readString(FIXTURE.resolve("casuistiek/jan-ns-jaarkaart.yaml"));
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

    /** Every weeffouten.csv of the site, read as a spreadsheet would: no cell starts a formula. */
    private static void csvInert(Path out) throws IOException {
        List<Path> csvs;
        try (Stream<Path> walk = Files.walk(out)) {
            csvs = walk.filter(p -> p.getFileName().toString().equals("weeffouten.csv")).toList();
        }
        assertTrue(!csvs.isEmpty(), "no weeffouten.csv in the site");
        for (Path csv : csvs) {
            String text = Files.readString(csv).substring(1);
            List<CSVRecord> rows;
            try (var parser = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new java.io.StringReader(text))) {
                rows = parser.getRecords();
            }
            boolean seen = false;
            for (CSVRecord row : rows) {
                for (String cell : row) {
                    assertTrue(cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0
                            && !(cell.startsWith("-") && !cell.matches("-[0-9]+(,[0-9]+)?")), csv + ": live formula " + cell);
                    seen |= cell.startsWith("'=HYPERLINK");
                }
            }
            assertTrue(seen || !text.contains("HYPERLINK"), csv + ": the hostile title is missing or changed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(120)
    void hostileInputGivesADiagnosticOrInertOutput(Case c, @TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        BuiltSite.copyTree(FIXTURE, content);
        Path outside = Files.createDirectories(tmp.resolve("buiten"));
        c.setup().apply(content, outside);
        Path out = tmp.resolve("site");
        Wijkwijzer.Options options = new Wijkwijzer.Options(content, BuiltSite.repoRoot().resolve("templates"), out,
                List.of(), LocalDate.of(2026, 11, 22));
        List<String> checked = errors(Wijkwijzer.check(options).diagnostics());
        Wijkwijzer.BuildResult result = Wijkwijzer.build(options);
        List<Diagnostic> errors = result.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(checked, errors(result.diagnostics()), "check and build disagree");
        for (Diagnostic d : result.diagnostics().sorted()) {
            assertTrue(!(d.message() + d.hint()).contains(SECRET), "outside file quoted: " + d.format());
        }
        if (c.expect().code() != null) {
            List<String> forFile = errors.stream().filter(d -> d.path().equals(c.file()))
                    .map(d -> d.code() + "@" + d.line()).toList();
            assertTrue(forFile.contains(c.expect().code() + "@" + c.expect().line()),
                    "expected " + c.expect().code() + " at line " + c.expect().line() + ", got " + errors);
            assertTrue(errors.stream().allMatch(d -> d.path().equals(c.file())), "errors outside the hostile file: " + errors);
            assertTrue(!result.written() && !Files.exists(out), "a site was written despite errors");
            return;
        }
        assertEquals(List.of(), errors.stream().map(Diagnostic::format).toList());
        assertTrue(result.written());
        List<String> shown = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html")) {
                    String html = Files.readString(f);
                    assertInert(out.relativize(f).toString(), html);
                    shown.add(Jsoup.parse(html).text());
                }
                if (!name.endsWith(".pdf")) {
                    assertTrue(!Files.readString(f, StandardCharsets.ISO_8859_1).contains(SECRET), "outside file in " + f);
                }
            }
        }
        String allText = String.join("\n", shown);
        for (String text : c.expect().visibleText()) {
            assertTrue(allText.contains(text), "payload should show as text: " + text);
        }
        assertTrue(!allText.contains("Sjabloon 49"), "template code in content must not run");
        c.expect().site().check(out);
    }

    private static List<String> errors(nl.wijkwijzer.diagnostics.Diagnostics d) {
        return d.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    /**
     * No script, frame, SVG, event handler or javascript: URL survived into the page. The report's own
     * charts (svg.grafiek, generated in Java) are allowed, but nothing active may sit inside them.
     */
    static void assertInert(String page, String html) {
        assertTrue(!INLINE_SCRIPT.matcher(html).find(), page + ": inline <script>");
        Document doc = Jsoup.parse(html);
        assertEquals(List.of(), doc.select("iframe, svg:not(.grafiek), object, embed, details[ontoggle]").stream()
                .map(Element::tagName).toList(), page);
        assertEquals(List.of(), doc.select("svg.grafiek script, svg.grafiek foreignObject, svg.grafiek use, svg.grafiek a")
                .stream().map(Element::tagName).toList(), page);
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                assertTrue(!a.getKey().toLowerCase().startsWith("on"), page + ": " + a.getKey() + " on <" + el.tagName() + ">");
                assertTrue(!a.getValue().strip().toLowerCase().startsWith("javascript:"), page + ": javascript: in " + a.getKey());
            }
        }
    }
}
