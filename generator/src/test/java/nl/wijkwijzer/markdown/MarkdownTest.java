package nl.wijkwijzer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void tablesListsAndLinksRender() {
        String html = Markdown.toHtml("""
                | a | b |
                |---|---|
                | 1 | 2 |

                - een
                - twee

                Zie https://example.org en [hier](../x.html).
                """).html();
        assertEquals("<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>\n"
                + "<ul><li>een</li><li>twee</li></ul>\n"
                + "<p>Zie <a href=\"https://example.org\">https://example.org</a> en <a href=\"../x.html\">hier</a>.</p>\n", html);
    }

    @Test
    void headingsGetAnchorsAndTocLinksToThem() {
        String html = Markdown.toHtml("[TOC]\n\n## Eerste deel\n\ntekst\n\n## Tweede deel\n").html();
        assertTrue(html.contains("<h2 id=\"eerste-deel\">Eerste deel</h2>"), html);
        assertTrue(html.contains("<a href=\"#eerste-deel\">Eerste deel</a>"), html);
        assertTrue(html.contains("<a href=\"#tweede-deel\">Tweede deel</a>"), html);
    }

    @Test
    void topLevelHeadingIsDemotedBelowThePageTitle() {
        assertEquals("<h2 id=\"titel\">Titel</h2>\n", Markdown.toHtml("# Titel").html());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[klik](javascript:alert(1))",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg><script>alert(1)</script></svg>",
            "<a href=\"javascript:alert(1)\" onclick=\"x()\">a</a>"})
    void hostileHtmlNeverBecomesActive(String input) {
        String html = Markdown.toHtml(input).html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<iframe"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<svg"), html);
        assertFalse(html.matches("(?s).*<[^>]+\\son\\w+=.*"), html);
        assertFalse(html.contains("href=\"javascript"), html);
    }

    @Test
    void scriptInContentIsShownAsText() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", Markdown.toHtml("<script>alert(1)</script>").html());
    }

    @Test
    void inlineDropsTheParagraph() {
        assertEquals("Heeft de bewoner <strong>een</strong> huis?", Markdown.inline("Heeft de bewoner **een** huis?").html());
    }
}
