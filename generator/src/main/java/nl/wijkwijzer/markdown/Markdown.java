package nl.wijkwijzer.markdown;

import java.util.List;

import nl.wijkwijzer.markdown.SafeHtml;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown to safe HTML. Raw HTML in content is escaped by flexmark (so a {@code <script>} shows as
 * text), and the result passes an allow-list sanitizer as a second wall (javascript: links, event
 * handlers). Thread-safe: flexmark's parser and renderer are immutable once built.
 */
public final class Markdown {
    private static final Parser PARSER;
    /** The same parser without the autolink extension, for a text with a word too long to autolink in time. */
    private static final Parser PARSER_NO_AUTOLINK;
    private static final HtmlRenderer RENDERER;
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h2", "h3", "h4",
                    "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a", "del", "nav", "span", "div")
            .allowAttributes("id").onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(java.util.regex.Pattern.compile("toc|markdown-toc"))
            .onElements("ul", "div", "nav")
            .allowAttributes("align").matching(java.util.regex.Pattern.compile("left|right|center"))
            .onElements("th", "td")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("\\d{1,4}")).onElements("ol")
            .toFactory();

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(), TocExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TocExtension.LEVELS, 4 | 8);
        options.set(TocExtension.TITLE, "Inhoud");
        options.set(TocExtension.TITLE_LEVEL, 2);
        options.set(TocExtension.LIST_CLASS, "toc");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "");
        PARSER = Parser.builder(options).build();
        MutableDataSet noAutolink = new MutableDataSet(options);
        noAutolink.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TocExtension.create()));
        PARSER_NO_AUTOLINK = Parser.builder(noAutolink).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private Markdown() {
    }

    /** Renders a Markdown block; headings start at h2 because the page title is the h1. */
    public static SafeHtml toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return SafeHtml.EMPTY;
        }
        return render(markdown);
    }

    /** flexmark and the sanitizer, without the plain-prose shortcut (for tests). */
    static String renderWithFlexmark(String markdown) {
        return POLICY.sanitize(demoteH1(flexmark(markdown)));
    }

    /**
     * flexmark within {@link MarkdownLimits}: a text over a nesting limit (which the content check
     * refuses) becomes escaped plain text rather than a StackOverflowError, and a text with a word too
     * long for the autolinker is parsed without it.
     */
    private static String flexmark(String markdown) {
        if (MarkdownLimits.problem(markdown) != null) {
            return plainText(markdown);
        }
        Parser parser = MarkdownLimits.autolinkAffordable(markdown) ? PARSER : PARSER_NO_AUTOLINK;
        return RENDERER.render(parser.parse(markdown));
    }

    /** Paragraphs of escaped text, line breaks kept. */
    static String plainText(String markdown) {
        StringBuilder sb = new StringBuilder();
        for (String paragraph : markdown.strip().split("\n[ \t]*\n")) {
            String escaped = com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(paragraph.strip(), false);
            sb.append("<p>").append(escaped.replace("\n", "<br />\n")).append("</p>\n");
        }
        return sb.toString();
    }

    /**
     * The one way to HTML: every text, plain prose included, ends in the sanitizer. Plain prose only
     * skips flexmark's parser ({@link SimpleProse} writes the HTML flexmark would).
     */
    private static SafeHtml render(String markdown) {
        java.util.List<String> prose = SimpleProse.paragraphs(markdown);
        String html = prose != null ? SimpleProse.html(prose) : demoteH1(flexmark(markdown));
        return SafeHtml.sanitized(POLICY.sanitize(html));
    }

    /** One line of Markdown (e.g. a list item) without the surrounding paragraph. */
    public static SafeHtml inline(String markdown) {
        return inline(toHtml(markdown));
    }

    /** {@link #inline(String)} of a text already rendered by {@link #toHtml}. */
    static SafeHtml inline(SafeHtml safe) {
        String html = safe.html().strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            // Dropping the outer element of the sanitizer's output leaves balanced, allowed markup.
            return SafeHtml.sanitized(html.substring(3, html.length() - 4));
        }
        return html.length() == safe.html().length() ? safe : SafeHtml.sanitized(html);
    }

    /** A section of a Markdown text: its heading's id as rendered, the heading's text and the section's Markdown. */
    public record Section(String id, String heading, String markdown) {
    }

    /**
     * The sections under the h1-h3 headings of a text (h1 shows as h2), each up to the next such heading,
     * with the ids {@link #toHtml} renders (flexmark's header id generator over the same parse).
     */
    public static List<Section> sections(String markdown) {
        List<Section> out = new java.util.ArrayList<>();
        if (markdown == null || markdown.isBlank() || MarkdownLimits.problem(markdown) != null) {
            return out;
        }
        com.vladsch.flexmark.util.ast.Document doc = (MarkdownLimits.autolinkAffordable(markdown) ? PARSER : PARSER_NO_AUTOLINK).parse(markdown);
        com.vladsch.flexmark.html.renderer.HeaderIdGenerator ids = new com.vladsch.flexmark.html.renderer.HeaderIdGenerator.Factory().create();
        ids.generateIds(doc);
        List<com.vladsch.flexmark.ast.Heading> headings = new java.util.ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading h && h.getLevel() <= 3 && ids.getId(h) != null) {
                headings.add(h);
            }
        }
        for (int i = 0; i < headings.size(); i++) {
            com.vladsch.flexmark.ast.Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).getStartOffset() : markdown.length();
            out.add(new Section(ids.getId(h), h.getText().toString().strip(), markdown.substring(h.getEndOffset(), end)));
        }
        return out;
    }

    private static String demoteH1(String html) {
        return html.replace("<h1", "<h2").replace("</h1>", "</h2>");
    }
}
