package nl.wijkwijzer.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Link integrity over a whole output folder: every internal {@code href}/{@code src} (and CSS
 * {@code url(...)}) resolves to a file inside the site, every {@code #anchor} to an element id, and
 * no file mentions an absolute file-system path (the site must work when copied anywhere).
 */
public final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    /** Absolute paths of Unix home/temp/system folders, file: URLs with a path, Windows drive paths; not part of a web URL. */
    private static final Pattern FS_PATH = Pattern.compile(
            "(?<![\\w.:/-])(/(?:home|root|tmp|Users|var|etc|opt|mnt|private)/[\\w.-]"
                    + "|file:///\\w|file://[A-Za-z]:|(?<![\\w])[A-Za-z]:\\\\[\\w.])");

    private final BuiltSite site;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    private LinkChecker(BuiltSite site) {
        this.site = site;
    }

    /** Every problem as {@code file: message}, sorted by file. */
    public static List<String> problems(BuiltSite site, String... forbiddenPaths) {
        return new LinkChecker(site).run(forbiddenPaths);
    }

    private List<String> run(String... forbiddenPaths) {
        List<String> problems = new ArrayList<>();
        for (Path file : site.files()) {
            String name = file.getFileName().toString();
            String rel = site.relative(file);
            String text = read(file);
            if (text == null) {
                continue; // binary asset
            }
            Matcher fs = FS_PATH.matcher(text);
            if (fs.find()) {
                problems.add(rel + ": absoluut bestandspad in de uitvoer: " + snippet(text, fs.start()));
            }
            for (String forbidden : forbiddenPaths) {
                int at = text.indexOf(forbidden);
                if (at >= 0) {
                    problems.add(rel + ": bouwmap in de uitvoer: " + snippet(text, at));
                }
            }
            if (name.endsWith(".html")) {
                Document doc = Jsoup.parse(text);
                for (Element el : doc.select("[href], [src]")) {
                    String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                    checkUrl(file, rel, el.tagName(), url, problems);
                }
            } else if (name.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(text);
                while (m.find()) {
                    checkUrl(file, rel, "css", m.group(1), problems);
                }
            }
        }
        return problems;
    }

    private void checkUrl(Path from, String rel, String tag, String url, List<String> problems) {
        url = url.strip();
        if (url.isEmpty()) {
            problems.add(rel + ": lege link in <" + tag + ">");
            return;
        }
        if (SCHEME.matcher(url).find()) {
            String lower = url.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("javascript:") || lower.startsWith("file:")) {
                problems.add(rel + ": verboden link " + url);
            }
            return; // http(s), mailto, tel, data: external, not checked here
        }
        if (url.startsWith("//") || url.startsWith("/")) {
            problems.add(rel + ": link begint bij de root van de server en werkt niet vanaf schijf: " + url);
            return;
        }
        String target = url;
        String fragment = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
            target = target.substring(0, hash);
        }
        int query = target.indexOf('?');
        if (query >= 0) {
            target = target.substring(0, query);
        }
        Path resolved = from;
        if (!target.isEmpty()) {
            resolved = from.getParent().resolve(URLDecoder.decode(target, StandardCharsets.UTF_8)).normalize();
            if (target.endsWith("/")) {
                resolved = resolved.resolve("index.html");
            }
            if (!resolved.startsWith(site.root())) {
                problems.add(rel + ": link wijst buiten de site: " + url);
                return;
            }
            if (!Files.isRegularFile(resolved)) {
                problems.add(rel + ": link naar ontbrekend bestand: " + url);
                return;
            }
        }
        if (fragment != null && !fragment.isEmpty() && resolved.getFileName().toString().endsWith(".html")
                && !idsOf(resolved).contains(fragment)) {
            problems.add(rel + ": anker bestaat niet: " + url);
        }
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            Set<String> found = new HashSet<>();
            for (Element el : Jsoup.parse(read(p)).select("[id], a[name]")) {
                found.add(el.hasAttr("id") ? el.id() : el.attr("name"));
            }
            return found;
        });
    }

    /** The file as UTF-8 text, or null for binary files (which cannot hold links we check). */
    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
                if (bytes[i] == 0) {
                    return null;
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String snippet(String text, int at) {
        int end = at;
        while (end < text.length() && end < at + 80 && "<>\"' \t\r\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(at, end);
    }
}
