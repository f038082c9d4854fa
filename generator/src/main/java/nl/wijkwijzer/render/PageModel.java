package nl.wijkwijzer.render;

/**
 * A page's template model in two layers: {@code frame}, what every page has (root, title, menu), and
 * {@code content}, the record of the page's own template. A template reads a name from the content
 * first and from the frame second, so both read as top-level variables ({@code ${title}},
 * {@code ${situatieHtml}}). Records compare by value: the preview re-renders a page only when its
 * model changed.
 */
public record PageModel(Object frame, Object content) {
}
