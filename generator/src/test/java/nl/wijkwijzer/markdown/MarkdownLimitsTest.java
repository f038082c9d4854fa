package nl.wijkwijzer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Markdown that once overflowed flexmark's stack or made its autolinker quadratic now renders
 * safely within a bound, on a small stack; the limits leave real content alone.
 */
class MarkdownLimitsTest {
    /** Runs {@code work} on a thread with a 512 KiB stack (half the JVM default) and returns its result or throwable. */
    private static Object onSmallStack(Supplier<Object> work) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        return result.get();
    }

    static String hostile(String kind, int n) {
        return switch (kind) {
            case "quote" -> ">".repeat(n) + " diep";
            case "quote-spaced" -> "> ".repeat(n) + "diep";
            case "list" -> "- ".repeat(n) + "x";
            case "ordered" -> "1. ".repeat(n) + "x";
            case "indented" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    sb.append("  ".repeat(i)).append("- punt\n");
                }
                yield sb.toString();
            }
            case "stars" -> "*".repeat(n) + "x";
            case "underscores" -> "_".repeat(n) + "x";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @CsvSource({"quote, 7700", "quote-spaced, 3000", "list, 3850", "ordered, 2000", "indented, 1000", "stars, 3000",
            "underscores, 3000"})
    void deepOrLongRunsAreRefusedAndStillRenderSafely(String kind, int n) throws InterruptedException {
        String markdown = "Eerst gewone tekst.\n\n" + hostile(kind, n);
        MarkdownLimits.Problem p = MarkdownLimits.problem(markdown);
        assertNotNull(p, kind);
        assertTrue(p.line() >= 2, kind + " at line " + p.line());
        Object html = onSmallStack(() -> Markdown.renderWithFlexmark(markdown));
        assertTrue(html instanceof String s && s.contains("Eerst gewone tekst"), kind + ": " + html);
    }

    @ParameterizedTest
    @CsvSource({"quote, 50", "quote-spaced, 50", "list, 50", "indented, 50", "stars, 200"})
    void upToTheLimitFlexmarkRendersOnASmallStack(String kind, int n) throws InterruptedException {
        String markdown = hostile(kind, n);
        assertNull(MarkdownLimits.problem(markdown), kind);
        Object html = onSmallStack(() -> Markdown.renderWithFlexmark(markdown));
        assertTrue(html instanceof String, kind + ": " + html);
        if (kind.startsWith("quote")) {
            assertEquals(n, ((String) html).split("<blockquote>", -1).length - 1, "rendered as real block quotes");
        }
    }

    @Test
    void overTheLimitTheTextIsShownEscaped() {
        String html = Markdown.toHtml("<script>alert(1)</script>\n\n" + ">".repeat(100) + " <b>diep</b>\nregel").html();
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>" + "&gt;".repeat(100)
                + " &lt;b&gt;diep&lt;/b&gt;<br />\nregel</p>\n", html);
    }

    @Test
    void nestingBoundCountsMarkersAndIndentation() {
        assertEquals(0, bound("gewone tekst"));
        assertEquals(1, bound("> citaat"));
        assertEquals(3, bound("> > - punt"));
        assertEquals(2, bound("1. 2) x"));
        assertEquals(2, bound("    code"));
        assertEquals(2, bound("\tcode"));
        assertEquals(0, bound("-geen lijst"));
        assertEquals(0, bound("2024 was een jaar"));
    }

    private static int bound(String line) {
        return MarkdownLimits.nestingBound(line, 0, line.length());
    }

    @Test
    void autolinkWorkIsBoundedOnAHugeWord() {
        String bomb = "www.a".repeat(50_000);
        assertTrue(!MarkdownLimits.autolinkAffordable(bomb));
        var bean = ManagementFactory.getThreadMXBean();
        long cpu = bean.getCurrentThreadCpuTime();
        String html = Markdown.renderWithFlexmark(bomb);
        double seconds = (bean.getCurrentThreadCpuTime() - cpu) / 1e9;
        // Before the bound: 136 s (flexmark's autolinker is quadratic in the word); after: well under a second.
        assertTrue(seconds < 5, "took " + seconds + " s of CPU");
        assertTrue(html.contains("www.awww.a") && !html.contains("<a "), "shown as text, no link");
    }

    @Test
    void ordinaryLinksStillAutolink() {
        String html = Markdown.renderWithFlexmark("Kijk op www.example.org of https://example.org/pad voor meer.");
        assertEquals(2, html.split("<a ", -1).length - 1, html);
        assertTrue(MarkdownLimits.autolinkAffordable("https://example.org/" + "a".repeat(400)));
    }
}
