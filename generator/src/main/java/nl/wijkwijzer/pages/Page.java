package nl.wijkwijzer.pages;

import java.util.function.Supplier;

/**
 * One planned output file.
 *
 * @param path     relative output path with forward slashes, e.g. {@code casuistiek/jan.html}
 * @param template FreeMarker template name
 * @param source   makes the ready template model (templates compute nothing): a
 *                 {@link nl.wijkwijzer.render.PageModel} with the template's record, or a map from a
 *                 stage that still builds maps. For the pages there are one or more of per case it is
 *                 made only when the page is rendered, so a large corpus never holds every model at once
 */
public record Page(String path, String template, Supplier<?> source) {
    public Page(String path, String template, Object model) {
        this(path, template, () -> model);
    }

    /** A page whose model is made on each call of {@link #model()}; {@code source} must be thread-safe. */
    public static Page lazy(String path, String template, Supplier<?> source) {
        return new Page(path, template, source);
    }

    /** The template model. For a lazy page each call makes it anew: call once per rendering. */
    public Object model() {
        return source.get();
    }
}
