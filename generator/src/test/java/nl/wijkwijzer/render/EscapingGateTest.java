package nl.wijkwijzer.render;

import nl.wijkwijzer.markdown.SafeHtml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.markdown.Markdown;

/**
 * Templates never switch auto-escaping off: content HTML reaches them only as {@link SafeHtml} (the
 * sanitizer's output), which the renderer hands over as markup of the template's own format.
 */
class EscapingGateTest {
    /** Every way FreeMarker offers to print a value unescaped. */
    private static final Pattern BYPASS = Pattern.compile("\\?no_esc|<#noautoesc|<#outputformat|\\?markup_string");

    @TempDir
    Path tmp;

    /** "file:line: text" for every escaping bypass in a template of {@code dir}. */
    static List<String> bypasses(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.ftl[hx]?$")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (BYPASS.matcher(lines.get(i)).find()) {
                        found.add(dir.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void noTemplateSwitchesEscapingOff() throws IOException {
        assertEquals(List.of(), bypasses(TestPaths.templates()));
    }

    @Test
    void theScanFindsABypass() throws IOException {
        Files.writeString(tmp.resolve("ok.ftlh"), "<p>${tekst}</p>\n");
        Files.writeString(tmp.resolve("kapot.ftlh"), "<h1>${titel}</h1>\n<div>${bodyHtml?no_esc}</div>\n");
        Files.writeString(tmp.resolve("ook.ftlx"), "<#noautoesc>${x}</#noautoesc>\n");
        assertEquals(List.of("kapot.ftlh:2: <div>${bodyHtml?no_esc}</div>", "ook.ftlx:1: <#noautoesc>${x}</#noautoesc>"),
                bypasses(tmp));
    }

    @Test
    void sanitisedHtmlIsPrintedAsMarkupAndEveryStringIsEscaped() throws IOException {
        Files.writeString(tmp.resolve("t.ftlh"), "${html}|${tekst}|${leeg?has_content?c}|${html?has_content?c}");
        Files.writeString(tmp.resolve("t.ftlx"), "<r>${html}|${tekst}</r>");
        Renderer renderer = new Renderer(tmp);
        Map<String, Object> model = Map.of("html", Markdown.toHtml("Een **vet** woord"), "tekst", "<b>\"x\"</b>",
                "leeg", Markdown.toHtml(""));
        assertEquals("<p>Een <strong>vet</strong> woord</p>\n|&lt;b&gt;&quot;x&quot;&lt;/b&gt;|false|true",
                renderer.render("t.ftlh", model));
        // An .ftlx template gets the same HTML as XML markup (FreeMarker refuses markup of another format).
        assertEquals("<r><p>Een <strong>vet</strong> woord</p>\n|&lt;b&gt;&quot;x&quot;&lt;/b&gt;</r>",
                renderer.render("t.ftlx", model));
    }

    @Test
    void scriptInMarkdownBecomesText() throws IOException {
        Files.writeString(tmp.resolve("p.ftlh"), "<div>${html}</div><ul><li>${regel}</li></ul>");
        String page = new Renderer(tmp).render("p.ftlh", Map.of(
                "html", Markdown.toHtml("Tekst <script>alert(1)</script>\n\n[klik](javascript:alert(2))"),
                "regel", Markdown.inline("Vraag <script>alert(3)</script>?")));
        assertTrue(!page.toLowerCase(java.util.Locale.ROOT).contains("<script") && !page.contains("javascript:"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && page.contains("&lt;script&gt;alert(3)"), page);
    }
}
