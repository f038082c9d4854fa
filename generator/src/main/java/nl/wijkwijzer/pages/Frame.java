package nl.wijkwijzer.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Site;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * What every page's template reads besides its own model: the way to the root, the page's path and
 * title, the site, the audience and the menu ({@code layout.ftlh}).
 */
public record Frame(String root, String path, String title, Site site, String audience, String audienceLabel,
        List<NavItem> nav) {

    public record NavItem(String href, String label, boolean active) {
    }

    private static final String[][] BESTUUR_NAV = {{"index.html", "Home"}, {"rapport/index.html", "Rapport"}};
    private static final String[][] NAV = {
        {"index.html", "Home"}, {"vuistregels/index.html", "Vuistregels"}, {"wijknetwerk/index.html", "Wijknetwerk"},
        {"avg/index.html", "Privacy (AVG)"}, {"casuistiek/index.html", "Casussen"},
        {"weeffouten/index.html", "Weeffouten"}, {"leersessies/index.html", "Leersessies"},
        {"rapport/index.html", "Rapport"}};

    public static Frame of(String path, String title, KnowledgeBase kb, Zichtbaarheid audience) {
        return new Frame(Urls.rootOf(path), path, title, kb.site(), audience.id(), Labels.of(audience.id()), nav(path, audience));
    }

    private static List<NavItem> nav(String path, Zichtbaarheid audience) {
        List<NavItem> items = new ArrayList<>();
        for (String[] e : audience == Zichtbaarheid.BESTUUR ? BESTUUR_NAV : NAV) {
            String section = e[0].contains("/") ? e[0].substring(0, e[0].indexOf('/') + 1) : e[0];
            boolean active = e[0].equals("index.html") ? path.equals("index.html") : path.startsWith(section);
            items.add(new NavItem(Urls.rootOf(path) + e[0], e[1], active));
        }
        return List.copyOf(items);
    }

    /** The frame as a map, for a stage whose model is still a map (its own keys are added to it). */
    public Map<String, Object> asMap() {
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("root", root);
        full.put("path", path);
        full.put("title", title);
        full.put("site", site);
        full.put("audience", audience);
        full.put("audienceLabel", audienceLabel);
        full.put("nav", nav);
        return full;
    }
}
