package nl.wijkwijzer.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.wijkwijzer.pages.PagePlanner.Filter;
import nl.wijkwijzer.pages.PagePlanner.FilterOption;

/**
 * A filtered listing of one kind of record (cases, organisations): the page with all of them and one
 * page per value of each facet ({@code casuistiek/wijk-noord.html}), each with the same filter menu
 * (counts made once) and the current choice marked, optionally split into numbered pages.
 */
final class Listing {
    private Listing() {
    }

    /** One facet: its file-name prefix, label, values in menu order, a value's name and test. */
    record Facet<T>(String prefix, String label, List<String> values, Function<String, String> name,
            Function<String, Predicate<T>> test) {
    }

    /**
     * One listing: {@code path} of its first page; {@code label} is the chosen value's name (empty
     * for the unfiltered listing).
     */
    record Selection<T>(String path, boolean filtered, String label, List<Filter> filters, List<T> matching) {
    }

    /** One page of a listing split into pages of {@code size}. */
    record Slice<T>(String path, int page, int pages, List<T> items, String vorige, String volgende) {
    }

    /** The unfiltered listing ({@code folder/index.html}) first, then one per facet value, in menu order. */
    static <T> List<Selection<T>> of(String folder, List<T> all, List<Facet<T>> facets) {
        List<List<Integer>> counts = new ArrayList<>();
        for (Facet<T> f : facets) {
            List<Integer> c = new ArrayList<>();
            for (String v : f.values()) {
                Predicate<T> test = f.test().apply(v);
                c.add((int) all.stream().filter(test).count());
            }
            counts.add(c);
        }
        List<Selection<T>> out = new ArrayList<>();
        out.add(selection(folder + "/index.html", null, "", "", all, facets, counts));
        for (Facet<T> f : facets) {
            for (String v : f.values()) {
                out.add(selection(folder + "/" + f.prefix() + "-" + v + ".html", f, v, f.name().apply(v), all, facets, counts));
            }
        }
        return out;
    }

    private static <T> Selection<T> selection(String path, Facet<T> chosen, String value, String label, List<T> all,
            List<Facet<T>> facets, List<List<Integer>> counts) {
        List<Filter> filters = new ArrayList<>();
        for (int i = 0; i < facets.size(); i++) {
            Facet<T> f = facets.get(i);
            List<FilterOption> options = new ArrayList<>();
            for (int j = 0; j < f.values().size(); j++) {
                String v = f.values().get(j);
                options.add(new FilterOption(f.prefix() + "-" + v + ".html", f.name().apply(v), counts.get(i).get(j),
                        f == chosen && v.equals(value)));
            }
            filters.add(new Filter(f.label(), List.copyOf(options)));
        }
        List<T> matching = chosen == null ? all : all.stream().filter(chosen.test().apply(value)).toList();
        return new Selection<>(path, chosen != null, label, List.copyOf(filters), matching);
    }

    /**
     * The selection in pages of {@code size} (at least one, empty when nothing matches): the first
     * at the selection's path, the next ones at {@code name-2.html}, ... so a phone never loads
     * thousands of cards at once.
     */
    static <T> List<Slice<T>> pages(Selection<T> s, int size) {
        List<T> matching = s.matching();
        int pageCount = Math.max(1, (matching.size() + size - 1) / size);
        String base = s.path().substring(0, s.path().length() - ".html".length());
        String fileBase = base.substring(base.lastIndexOf('/') + 1);
        List<Slice<T>> out = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) {
            out.add(new Slice<>(n == 1 ? s.path() : base + "-" + n + ".html", n, pageCount,
                    matching.subList((n - 1) * size, Math.min(matching.size(), n * size)),
                    n == 1 ? "" : (n == 2 ? fileBase : fileBase + "-" + (n - 1)) + ".html",
                    n == pageCount ? "" : fileBase + "-" + (n + 1) + ".html"));
        }
        return out;
    }
}
