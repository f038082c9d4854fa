package nl.wijkwijzer.markdown;

import nl.wijkwijzer.util.BuildCache;
import nl.wijkwijzer.util.BuildProfile;

/**
 * {@link Markdown} remembered for one build or preview session: a text shown in several audiences
 * (most cases are in both sites) is parsed and sanitized once. The HTML is the same as
 * {@link Markdown#toHtml} and {@link Markdown#inline} give; the memo only saves the work.
 */
public final class MarkdownHtml {
    private static final BuildCache.Kind<String, SafeHtml> HTML = new BuildCache.Kind<>("markdown naar html",
            BuildProfile::textMemoChars, (markdown, html) -> (long) markdown.length() + html.html().length());

    private final BuildCache.Memo<String, SafeHtml> memo;

    public MarkdownHtml(BuildCache cache) {
        this.memo = cache.memo(HTML);
    }

    /** A block of Markdown as {@link Markdown#toHtml} renders it. */
    public SafeHtml html(String markdown) {
        return markdown == null || markdown.isBlank() ? SafeHtml.EMPTY : memo.get(markdown, Markdown::toHtml);
    }

    /** One line of Markdown as {@link Markdown#inline} renders it. */
    public SafeHtml inline(String markdown) {
        return Markdown.inline(html(markdown));
    }
}
