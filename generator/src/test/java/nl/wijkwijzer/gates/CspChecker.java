package nl.wijkwijzer.gates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Static half of the Content-Security-Policy gate: every page carries one strict policy as a meta
 * tag, and nothing on the page needs that policy relaxed (no inline script or style, no event
 * handler attributes, no javascript: URLs).
 */
public final class CspChecker {
    /** Directives a page's policy must contain with exactly these sources. */
    static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("default-src", "'self'");
        REQUIRED.put("script-src", "'self'");
        REQUIRED.put("style-src", "'self'");
        REQUIRED.put("object-src", "'none'");
        REQUIRED.put("base-uri", "'none'");
    }

    private CspChecker() {
    }

    public static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        List<Element> metas = doc.select("meta[http-equiv]").stream()
                .filter(m -> m.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")).toList();
        if (metas.size() != 1) {
            problems.add("verwacht precies 1 Content-Security-Policy meta-tag, gevonden: " + metas.size());
        } else {
            Element meta = metas.get(0);
            if (meta.parent() != doc.head()) {
                problems.add("Content-Security-Policy staat niet in <head>");
            }
            Map<String, String> policy = parse(meta.attr("content"));
            REQUIRED.forEach((directive, sources) -> {
                if (!sources.equals(policy.get(directive))) {
                    problems.add("CSP " + directive + " moet '" + sources + "' zijn, is: " + policy.get(directive));
                }
            });
            policy.forEach((directive, sources) -> {
                for (String weak : List.of("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:")) {
                    if ((" " + sources + " ").contains(" " + weak + " ")) {
                        problems.add("CSP " + directive + " staat " + weak + " toe");
                    }
                }
            });
        }
        for (Element script : doc.select("script")) {
            if (!script.hasAttr("src") || !script.data().isBlank()) {
                problems.add("inline <script>: " + abbreviate(script.outerHtml()));
            }
        }
        if (!doc.select("style").isEmpty()) {
            problems.add("inline <style> (CSP style-src 'self' blokkeert die)");
        }
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(java.util.Locale.ROOT);
                if (key.startsWith("on")) {
                    problems.add("event-handler-attribuut " + key + " op <" + el.tagName() + ">");
                } else if (key.equals("style")) {
                    problems.add("style-attribuut op <" + el.tagName() + "> (CSP style-src 'self' blokkeert die)");
                } else if ((key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction"))
                        && a.getValue().strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")) {
                    problems.add("javascript:-URL in " + key + " op <" + el.tagName() + ">");
                }
            }
        }
        return problems;
    }

    static Map<String, String> parse(String content) {
        Map<String, String> policy = new LinkedHashMap<>();
        for (String part : content.split(";")) {
            String[] words = part.strip().split("\\s+", 2);
            if (!words[0].isEmpty()) {
                policy.put(words[0].toLowerCase(java.util.Locale.ROOT), words.length > 1 ? words[1].strip() : "");
            }
        }
        return policy;
    }

    private static String abbreviate(String s) {
        s = s.replaceAll("\\s+", " ");
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
