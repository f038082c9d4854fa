package nl.wijkwijzer.pages;

/**
 * Where each page lives, relative to the root of one audience's site, and the way from one page to
 * another. Every stage that links to a page asks here, so a page's address is written in one place.
 */
public final class Urls {
    private Urls() {
    }

    private static final String[] ROOTS = {"", "../", "../../", "../../../"};

    /** The way up from {@code path} to the site's root (asked for every link of every page: no streams). */
    public static String rootOf(String path) {
        int depth = 0;
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            depth++;
        }
        return depth < ROOTS.length ? ROOTS[depth] : "../".repeat(depth);
    }

    /** A link from the page at {@code from} to the page at {@code to} (both relative to the root). */
    public static String href(String from, String to) {
        return rootOf(from) + to;
    }

    /** A case page's file name, which is also the link to it from another case page. */
    public static String casusFile(String id) {
        return id + ".html";
    }

    public static String casus(String id) {
        return "casuistiek/" + casusFile(id);
    }

    public static String vuistregel(String id) {
        return "vuistregels/" + id + ".html";
    }

    public static String weeffout(String id) {
        return "weeffouten/" + id + ".html";
    }

    public static String organisatie(String id) {
        return "wijknetwerk/" + id + ".html";
    }

    public static String leersessie(String id) {
        return "leersessies/" + id + ".html";
    }

    public static String avg(String id) {
        return "avg/" + id + ".html";
    }
}
