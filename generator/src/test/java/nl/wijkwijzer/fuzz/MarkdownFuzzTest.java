package nl.wijkwijzer.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.wijkwijzer.markdown.Markdown;

/** Fuzzes the Markdown pipeline: whatever the input, the HTML has no script, handler or javascript: URL. */
class MarkdownFuzzTest {
    private static final Pattern SCRIPT = Pattern.compile("<\\s*script", Pattern.CASE_INSENSITIVE);

    @FuzzTest(maxDuration = "30s")
    void markdownOutputIsInert(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);
        String html = Markdown.toHtml(markdown).html();
        assertTrue(!SCRIPT.matcher(html).find(), "script in: " + html);
        for (Element el : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertTrue(!el.tagName().equals("iframe") && !el.tagName().equals("svg") && !el.tagName().equals("img"), html);
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                assertTrue(!key.startsWith("on"), "handler in: " + html);
                assertTrue(!value.startsWith("javascript:") && !value.startsWith("vbscript:") && !value.startsWith("data:"),
                        "dangerous URL in: " + html);
            }
        }
        Markdown.inline(markdown);
    }
}
