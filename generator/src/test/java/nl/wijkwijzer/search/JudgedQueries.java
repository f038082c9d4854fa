package nl.wijkwijzer.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A judged query set (kind, query, acceptable pages; see {@code judged-queries.tsv} in the test
 * resources) and the usual measures over it: success@1, success@3 and mean reciprocal rank (over the
 * top 10). A result counts by its page: the part of its URL before {@code #}.
 */
public record JudgedQueries(List<Judged> queries) {
    public record Judged(String kind, String query, List<String> acceptable) {
        /** Whether {@code url} is one of the acceptable pages ({@code dir/*} accepts any page under dir/). */
        public boolean accepts(String url) {
            String page = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
            for (String a : acceptable) {
                if (a.endsWith("/*") ? page.startsWith(a.substring(0, a.length() - 1)) && !page.endsWith("/index.html") : a.equals(page)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * 1-based rank of the first acceptable page among the first 10 distinct pages, or 0: sections of
         * a page are shown under it, as one result.
         */
        public int rank(List<String> urls) {
            List<String> pages = urls.stream().map(u -> u.contains("#") ? u.substring(0, u.indexOf('#')) : u).distinct().toList();
            for (int i = 0; i < Math.min(10, pages.size()); i++) {
                if (accepts(pages.get(i))) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    public static JudgedQueries read(Path tsv) throws IOException {
        List<Judged> out = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            if (f.length != 3) {
                throw new IOException(tsv + ":" + line + ": verwacht 3 kolommen gescheiden door tabs (soort, zoekvraag, pagina's)");
            }
            out.add(new Judged(f[0], f[1], List.of(f[2].trim().split(" +"))));
        }
        return new JudgedQueries(List.copyOf(out));
    }

    /** The measures for one engine. */
    public record Score(double at1, double at3, double mrr, List<String> misses) {
        public String line(String engine) {
            return String.format(Locale.ROOT, "%-22s success@1 %.3f  success@3 %.3f  MRR %.3f", engine, at1, at3, mrr);
        }
    }

    /** {@code search} gives the result URLs (best first) for a query. */
    public Score score(Function<Judged, List<String>> search) {
        int at1 = 0;
        int at3 = 0;
        double rr = 0;
        List<String> misses = new ArrayList<>();
        for (Judged j : queries) {
            List<String> urls = search.apply(j);
            int rank = j.rank(urls);
            at1 += rank == 1 ? 1 : 0;
            at3 += rank >= 1 && rank <= 3 ? 1 : 0;
            rr += rank == 0 ? 0 : 1.0 / rank;
            if (rank == 0 || rank > 3) {
                misses.add(j.kind() + " \"" + j.query() + "\" -> " + (rank == 0 ? "-" : "#" + rank) + " "
                        + urls.subList(0, Math.min(3, urls.size())));
            }
        }
        int n = queries.size();
        return new Score((double) at1 / n, (double) at3 / n, rr / n, misses);
    }
}
