package nl.wijkwijzer.drafts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visible "concept" label of drafts in {@code serve} (never in a built site, which has no drafts):
 * a notice at the top of a draft's own page, and a label in every link to a draft page, so listings
 * show which items are not published yet. Works on the rendered HTML, so no template needs to know.
 */
public final class ConceptLabels {
    /** The stylesheet the preview serves for the labels (the pages' CSP allows only same-origin styles). */
    public static final String CSS = """
            .wijkwijzer-concept{display:inline-block;margin-left:.4em;padding:0 .4em;border:2px solid #8a4b00;
            border-radius:.3em;background:#fff3d6;color:#5c3200;font-size:.85em;font-weight:bold;text-transform:uppercase;
            letter-spacing:.03em;text-decoration:none}
            p.wijkwijzer-concept-pagina{display:block;margin:0 0 1rem;padding:.6rem .8rem;border:3px solid #8a4b00;
            background:#fff3d6;color:#3d2100;font-weight:normal;text-transform:none;letter-spacing:0;font-size:1rem}
            """;

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*?href=\"([^\"#?]*)[^\"]*\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern MAIN = Pattern.compile("<main\\b[^>]*>");

    private ConceptLabels() {
    }

    /**
     * @param path   the page's path relative to its audience root ({@code casuistiek/x.html})
     * @param drafts the draft pages' paths relative to the same root ({@link Drafts#pagePaths})
     */
    public static byte[] mark(String path, byte[] html, Set<String> drafts) {
        if (drafts.isEmpty()) {
            return html;
        }
        String s = new String(html, StandardCharsets.UTF_8);
        URI base = URI.create("/" + path);
        Matcher m = LINK.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 256);
        boolean changed = false;
        while (m.find()) {
            String target = resolve(base, m.group(1));
            if (target != null && drafts.contains(target) && !m.group(2).contains("wijkwijzer-concept")) {
                String a = m.group();
                m.appendReplacement(out, Matcher.quoteReplacement(a.substring(0, a.length() - 4)
                        + " <span class=\"wijkwijzer-concept\">concept</span></a>"));
                changed = true;
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        s = out.toString();
        if (drafts.contains(path)) {
            Matcher main = MAIN.matcher(s);
            if (main.find()) {
                s = s.substring(0, main.end()) + "\n<p class=\"wijkwijzer-concept wijkwijzer-concept-pagina\" role=\"note\">"
                        + "<strong>Concept.</strong> Deze pagina staat alleen in het voorbeeld. Ze komt pas in de site als je"
                        + " <code>concept: true</code> uit het bestand haalt.</p>" + s.substring(main.end());
                changed = true;
            }
        }
        return changed ? s.getBytes(StandardCharsets.UTF_8) : html;
    }

    /** The audience-relative path a link points at, or null for links that leave the site. */
    private static String resolve(URI base, String href) {
        if (href.isEmpty() || href.contains(":") || href.startsWith("//")) {
            return null;
        }
        try {
            String p = base.resolve(new URI(null, null, href, null)).normalize().getPath();
            return p.startsWith("/") ? p.substring(1) : p;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
