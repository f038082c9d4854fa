package nl.wijkwijzer.pages;

import java.util.Map;

/**
 * One planned output file.
 *
 * @param path     relative output path with forward slashes, e.g. {@code casuistiek/jan.html}
 * @param template FreeMarker template name
 * @param model    the ready view model; templates compute nothing
 */
public record Page(String path, String template, Map<String, Object> model) {
}
