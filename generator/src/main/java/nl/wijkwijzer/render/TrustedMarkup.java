package nl.wijkwijzer.render;

/**
 * Markup that does not come from content: an SVG chart the generator draws itself (every text in it
 * escaped where it is written) or a stylesheet from the templates folder (as trusted as the templates
 * themselves). Like {@link SafeHtml}, the renderer hands it to a template as markup of the template's
 * output format. Never wrap text that comes from a content file: that goes through the sanitizer.
 */
public final class TrustedMarkup {
    public static final TrustedMarkup EMPTY = new TrustedMarkup("");

    private final String markup;

    private TrustedMarkup(String markup) {
        this.markup = markup;
    }

    /** An SVG chart drawn by the generator ({@code SvgCharts}), whose texts are already escaped. */
    public static TrustedMarkup svg(String svg) {
        return svg.isEmpty() ? EMPTY : new TrustedMarkup(svg);
    }

    /** A stylesheet read from the templates folder, to inline in a {@code <style>} element. */
    public static TrustedMarkup stylesheet(String css) {
        return css.isEmpty() ? EMPTY : new TrustedMarkup(css);
    }

    public String markup() {
        return markup;
    }

    public boolean isEmpty() {
        return markup.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustedMarkup t && t.markup.equals(markup);
    }

    @Override
    public int hashCode() {
        return markup.hashCode();
    }

    @Override
    public String toString() {
        return markup;
    }
}
