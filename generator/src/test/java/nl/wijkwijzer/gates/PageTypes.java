package nl.wijkwijzer.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Groups built pages into page types without knowing the templates: pages in the same section whose
 * {@code <main>} has the same set of top-level building blocks (tag plus first class) come from the
 * same template. A page type added later forms a new group and is picked up by the browser gates.
 */
public final class PageTypes {
    private PageTypes() {
    }

    /** One representative page per type, in a stable order. */
    public static List<Path> representatives(BuiltSite site) {
        Map<String, Path> first = new TreeMap<>();
        for (Path page : site.htmlPages()) {
            first.putIfAbsent(key(site, page), page);
        }
        return new ArrayList<>(first.values());
    }

    static String key(BuiltSite site, Path page) {
        String rel = site.relative(page);
        String[] parts = rel.split("/");
        // professionals/casuistiek/x.html and publiek/casuistiek/x.html share a section: drop the audience folder.
        String section = parts.length >= 3 ? parts[parts.length - 2] : "";
        TreeSet<String> blocks = new TreeSet<>();
        try {
            Document doc = Jsoup.parse(Files.readString(page));
            Element main = doc.selectFirst("main");
            for (Element child : main == null ? doc.body().children() : main.children()) {
                String cls = child.className().isBlank() ? "" : "." + child.className().strip().split("\\s+")[0];
                blocks.add(child.tagName() + cls);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return section + " " + blocks;
    }
}
