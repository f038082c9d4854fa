package nl.wijkwijzer.markdown;

/**
 * HTML that the allow-list sanitizer has produced ({@code nl.wijkwijzer.markdown.Markdown}): the only
 * kind of content HTML a template prints without escaping. The renderer hands it to a template as
 * markup of the template's own output format, so a template writes {@code ${x}} and never
 * {@code ?no_esc}. Instances come only from the sanitizer's output ({@link #sanitized}, called by the
 * Markdown stage alone); any other string reaching a template stays text and is escaped.
 */
public final class SafeHtml {
    public static final SafeHtml EMPTY = new SafeHtml("");

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    /** Wraps what the sanitizer returned; callers outside the Markdown stage must not use this. */
    public static SafeHtml sanitized(String sanitizerOutput) {
        return sanitizerOutput.isEmpty() ? EMPTY : new SafeHtml(sanitizerOutput);
    }

    /** The sanitised HTML, e.g. for a PDF source or a test. */
    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafeHtml s && s.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }
}
