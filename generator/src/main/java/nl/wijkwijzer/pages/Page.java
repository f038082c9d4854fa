package nl.wijkwijzer.pages;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One planned output file.
 *
 * @param path     relative output path with forward slashes, e.g. {@code casuistiek/jan.html}
 * @param template FreeMarker template name
 * @param source   makes the ready view model (templates compute nothing); for the pages there are
 *                 one or more of per case, only when the page is rendered, so a large corpus never
 *                 holds every model at once
 */
public record Page(String path, String template, Supplier<Map<String, Object>> source) {
    public Page(String path, String template, Map<String, Object> model) {
        this(path, template, () -> model);
    }

    /** A page whose model is made on each call of {@link #model()}; {@code source} must be thread-safe. */
    public static Page lazy(String path, String template, Supplier<Map<String, Object>> source) {
        return new Page(path, template, source);
    }

    /** The view model. For a lazy page each call makes it anew: call once per rendering. */
    public Map<String, Object> model() {
        return source.get();
    }
}
