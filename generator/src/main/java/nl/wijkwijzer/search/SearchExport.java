package nl.wijkwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

import nl.wijkwijzer.json.Json;


/**
 * Writes the static search files for the browser under {@code assets/search/}. Every file is a
 * script that calls {@code WWZ.*} (defined by {@code assets/search.js}), so it loads with a plain
 * {@code <script src>}: from file:// too, and under a CSP without inline script.
 * <ul>
 * <li>{@code manifest.js}: analysis data (stop words, compound dictionary, stem overrides, synonym
 * groups), shard keys, facet labels;</li>
 * <li>{@code shard-KEY.js}: per term the postings as [doc delta, BM25 score x 256, ...] scored by
 * Lucene's BM25, read from the index ({@link SearchIndex}); shards are split by term prefix until each is small;</li>
 * <li>{@code pos-KEY.js}: positions for the same postings, fetched only for phrases;</li>
 * <li>{@code facets.js}: per document its type and facet values as bit masks;</li>
 * <li>{@code doc/N.js}: title, url, type and snippet text of document N, fetched for shown results.</li>
 * </ul>
 */
public final class SearchExport {
    static final String DIR = "assets/search/";
    static final int SHARD_LIMIT = 24_000;
    /**
     * The start of a document's text shipped for its snippet. Only guide pages (vuistregels, AVG chapters)
     * are longer, and each of their headings is a document of its own with its own snippet, so a match
     * further down shows in that section; a shown result costs at most this many characters.
     */
    static final int SNIPPET_SOURCE = 3_000;
    static final int MAX_KEY = 6;

    private SearchExport() {
    }

    /**
     * A term's postings as JSON and that JSON's length (what splitting into shards weighs); the JSON is
     * null when it is made again as its shard is written. Its positions are made only then.
     */
    private record Posting(String term, String json, int size) {
    }

    /** @param facetValues facet name (type first) to value id to label, in a fixed order */
    public static Map<String, byte[]> export(SearchIndex index, Map<String, Map<String, String>> facetValues) {
        return export(index, facetValues, true);
    }

    /** As {@link #export(SearchIndex, Map, java.util.function.BiConsumer, boolean)}, the files in a map. */
    static Map<String, byte[]> export(SearchIndex index, Map<String, Map<String, String>> facetValues, boolean holdPostings) {
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
        export(index, facetValues, files::put, holdPostings);
        return new TreeMap<>(files);
    }

    /**
     * Hands every file to {@code out} as soon as it is made (from several threads at once), so the
     * build writes them at once instead of holding a corpus' worth of search files.
     *
     * @param holdPostings keep every term's postings JSON from sizing the shards until they are written
     *                     (faster); without, it is made again per shard, so all of it is never held at
     *                     once: at 100,000 cases that is a few hundred MB (large corpora). Same files.
     */
    public static void export(SearchIndex index, Map<String, Map<String, String>> facetValues,
            java.util.function.BiConsumer<String, byte[]> out, boolean holdPostings) {
        long[] norms = index.norms();
        CollectionStatistics stats = index.statistics();
        List<Posting> postings = postings(index, norms, stats, holdPostings);
        Map<String, List<Posting>> shards = new TreeMap<>();
        // A synonym group token's "_" says nothing about the word, so those shards start one longer: one
        // file per first letter of all groups would be loaded for any group token (docs/search.md).
        split(postings.stream().filter(p -> !p.term().startsWith("_")).toList(), 2, shards);
        split(postings.stream().filter(p -> p.term().startsWith("_")).toList(), 3, shards);
        // Shards are independent files, made on every core; a term's positions are read from the index
        // when its shard is written, so they are never held for all terms at once.
        shards.entrySet().parallelStream().forEach(shard -> {
            String key = shard.getKey();
            List<Posting> list = shard.getValue();
            StringBuilder p = new StringBuilder("WWZ.shard(").append(Json.of(key)).append(",{");
            StringBuilder pos = new StringBuilder("WWZ.pos(").append(Json.of(key)).append(",{");
            try {
                TermsEnum te = index.terms().iterator();
                PostingsEnum reuse = null;
                for (int i = 0; i < list.size(); i++) {
                    Posting posting = list.get(i);
                    p.append(i == 0 ? "" : ",").append(Json.of(posting.term())).append(':');
                    if (posting.json() != null) {
                        p.append(posting.json());
                    } else {
                        seek(te, posting.term());
                        reuse = json(index, te, reuse, norms, stats, p);
                    }
                    pos.append(i == 0 ? "" : ",").append(Json.of(posting.term())).append(':');
                    positions(te, posting.term(), pos);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.accept(DIR + "shard-" + fileKey(key) + ".js", bytes(p.append("});\n")));
            out.accept(DIR + "pos-" + fileKey(key) + ".js", bytes(pos.append("});\n")));
        });
        List<String> facetNames = new ArrayList<>(facetValues.keySet());
        StringBuilder facets = new StringBuilder("WWZ.facets(");
        Map<String, List<String>> facetIds = new LinkedHashMap<>();
        facetNames.forEach(f -> facetIds.put(f, List.copyOf(facetValues.get(f).keySet())));
        List<String> encoded = index.docs().parallelStream().map(d -> {
            StringBuilder e = new StringBuilder();
            for (String f : facetNames) {
                List<String> values = f.equals("type") ? List.of(d.type()) : d.facets().getOrDefault(f, List.of());
                e.append(mask(facetIds.get(f), values));
            }
            return e.toString();
        }).toList();
        out.accept(DIR + "facets.js", bytes(facets.append(Json.of(encoded)).append(");\n")));
        // A guide page's headings are documents of their own, shown under the page with their own snippet:
        // the page's snippet comes from its text before the first of them.
        Map<String, String> firstSection = new java.util.HashMap<>();
        for (SearchDoc d : index.docs()) {
            int hash = d.url().indexOf('#');
            if (hash > 0) {
                firstSection.putIfAbsent(d.url().substring(0, hash), d.body());
            }
        }
        java.util.stream.IntStream.range(0, index.docs().size()).parallel().forEach(i -> {
            SearchDoc d = index.docs().get(i);
            String body = snippetSource(d.body(), firstSection.get(d.url()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("t", d.title());
            m.put("u", d.url());
            m.put("y", d.type());
            m.put("b", body);
            out.accept(DIR + "doc/" + i + ".js", bytes(new StringBuilder("WWZ.doc(").append(i).append(',').append(Json.of(m)).append(");\n")));
        });
        DutchAnalysis a = index.analysis();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("docs", index.docs().size());
        manifest.put("scale", QuantizedBM25Similarity.SCALE);
        manifest.put("shards", List.copyOf(shards.keySet()));
        manifest.put("stop", a.stopWords());
        manifest.put("compound", List.of(DutchAnalysis.MIN_WORD, DutchAnalysis.MIN_SUBWORD, DutchAnalysis.MAX_SUBWORD));
        manifest.put("syn", a.synonymTable());
        manifest.put("prefix", List.of(SearchIndex.PREFIX_MIN, SearchIndex.PREFIX_EXPANSIONS));
        manifest.put("facets", facetValues);
        // Additive for issue 20: the site's words for corrections, one file per first letter, loaded
        // only when a query word matches nothing; and the graded-matching bonus per matched word.
        Vocabulary vocabulary = index.surfaceWords();
        Map<String, List<String>> words = vocabulary.byLetter();
        words.forEach((letter, list) -> out.accept(DIR + "words-" + fileKey(letter) + ".js",
                bytes(new StringBuilder("WWZ.words(").append(Json.of(letter)).append(',').append(Json.of(String.join(" ", list))).append(");\n"))));
        manifest.put("words", List.copyOf(words.keySet()));
        // Loaded only for a text with a letter beyond Latin-1's accented ones (search.js NEEDS_FOLD).
        out.accept(DIR + "fold.js", bytes(new StringBuilder("WWZ.fold(").append(Json.of(DutchAnalysis.foldExceptions())).append(");\n")));
        // The query side's word parts (hunspell-nl's that are words of the site), loaded only to split a
        // query word that matches nothing, so a first query does not carry them.
        out.accept(DIR + "parts.js", bytes(new StringBuilder("WWZ.parts(").append(Json.of(String.join(" ", vocabulary.parts()))).append(");\n")));
        manifest.put("stem", a.stemOverrideTable());
        manifest.put("bonus", Math.round(SearchIndex.WORD_BONUS * QuantizedBM25Similarity.SCALE));
        out.accept(DIR + "manifest.js", bytes(new StringBuilder("WWZ.manifest(").append(Json.of(manifest)).append(");\n")));
    }

    /**
     * The text a document ships for its snippet: up to {@link #SNIPPET_SOURCE} characters, and for a page
     * whose sections are documents of their own, only the text before the first section's ({@code section}).
     */
    static String snippetSource(String text, String section) {
        int end = Math.min(text.length(), SNIPPET_SOURCE);
        if (section != null && !section.isEmpty()) {
            int at = text.indexOf(section);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return text.substring(0, end).strip();
    }

    /** A facet as fixed-width base-32 characters, 5 values per character (bit set = has the value). */
    static String mask(List<String> ids, List<String> values) {
        int width = Math.max(1, (ids.size() + 4) / 5);
        char[] out = new char[width];
        for (int c = 0; c < width; c++) {
            int bits = 0;
            for (int b = 0; b < 5; b++) {
                int i = c * 5 + b;
                if (i < ids.size() && values.contains(ids.get(i))) {
                    bits |= 1 << b;
                }
            }
            out[c] = "0123456789abcdefghijklmnopqrstuv".charAt(bits);
        }
        return new String(out);
    }

    /** Shard file names stay ASCII: other characters become _XXXX (search.js fileKey computes the same). */
    static String fileKey(String key) {
        StringBuilder sb = new StringBuilder();
        for (char c : key.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else {
                sb.append('_').append(String.format("%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static void split(List<Posting> list, int keyLength, Map<String, List<Posting>> out) {
        Map<String, List<Posting>> groups = new TreeMap<>();
        for (Posting p : list) {
            String t = p.term();
            groups.computeIfAbsent(t.length() <= keyLength ? t : t.substring(0, keyLength), k -> new ArrayList<>()).add(p);
        }
        groups.forEach((key, group) -> {
            long size = group.stream().mapToLong(p -> p.size() + p.term().length()).sum();
            if (size <= SHARD_LIMIT || key.length() < keyLength || keyLength >= MAX_KEY) {
                out.merge(key, group, (x, y) -> {
                    List<Posting> all = new ArrayList<>(x);
                    all.addAll(y);
                    return all;
                });
                return;
            }
            List<Posting> stay = group.stream().filter(p -> p.term().length() <= keyLength).toList();
            if (!stay.isEmpty()) {
                out.merge(key, new ArrayList<>(stay), (x, y) -> {
                    List<Posting> all = new ArrayList<>(x);
                    all.addAll(y);
                    return all;
                });
            }
            split(group.stream().filter(p -> p.term().length() > keyLength).toList(), keyLength + 1, out);
        });
    }

    /** Terms read in runs of this many per enumeration, the runs on every core. */
    private static final int TERM_RUN = 1024;

    /** Every term's postings as JSON (kept only when {@code hold}) and its length, in Lucene's term order (UTF-8 bytes). */
    private static List<Posting> postings(SearchIndex index, long[] norms, CollectionStatistics stats, boolean hold) {
        Terms terms = index.terms();
        if (terms == null) {
            return List.of();
        }
        List<String> vocabulary = index.vocabulary();
        int runs = (vocabulary.size() + TERM_RUN - 1) / TERM_RUN;
        return java.util.stream.IntStream.range(0, runs).parallel().mapToObj(run -> {
            int first = run * TERM_RUN;
            int last = Math.min(vocabulary.size(), first + TERM_RUN);
            List<Posting> out = new ArrayList<>(last - first);
            try {
                TermsEnum te = terms.iterator();
                if (!te.seekExact(new BytesRef(vocabulary.get(first)))) {
                    throw new IllegalStateException("term not in the index: " + vocabulary.get(first));
                }
                PostingsEnum pe = null;
                StringBuilder json = new StringBuilder();
                for (int t = first; t < last; t++, te.next()) {
                    json.setLength(0);
                    pe = json(index, te, pe, norms, stats, json);
                    out.add(new Posting(vocabulary.get(t), hold ? json.toString() : null, json.length()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }).flatMap(List::stream).toList();
    }

    /**
     * The postings of the term {@code te} stands on, appended to {@code json} as [doc delta, score, ...]:
     * scored as the search scores a term ({@link QuantizedBM25Similarity}). Returns the enumerator for reuse.
     */
    private static PostingsEnum json(SearchIndex index, TermsEnum te, PostingsEnum reuse, long[] norms, CollectionStatistics stats,
            StringBuilder json) throws IOException {
        SimScorer scorer = index.scorer(stats, te);
        PostingsEnum pe = te.postings(reuse, PostingsEnum.FREQS);
        json.append('[');
        int previous = 0;
        boolean first = true;
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            json.append(first ? "" : ",").append(d - previous).append(',')
                    .append(QuantizedBM25Similarity.quantize(scorer.score(pe.freq(), norms[d])));
            first = false;
            previous = d;
        }
        json.append(']');
        return pe;
    }

    private static void seek(TermsEnum te, String term) throws IOException {
        if (!te.seekExact(new BytesRef(term))) {
            throw new IllegalStateException("term not in the index: " + term);
        }
    }

    /** A term's positions: per posting, the gaps between its positions. */
    private static void positions(TermsEnum te, String term, StringBuilder pos) throws IOException {
        seek(te, term);
        PostingsEnum pe = te.postings(null, PostingsEnum.POSITIONS);
        pos.append('[');
        boolean firstPosting = true;
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            pos.append(firstPosting ? "[" : ",[");
            firstPosting = false;
            int prev = 0;
            for (int k = 0; k < pe.freq(); k++) {
                int position = pe.nextPosition();
                pos.append(k == 0 ? "" : ",").append(position - prev);
                prev = position;
            }
            pos.append(']');
        }
        pos.append(']');
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
