package nl.wijkwijzer.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Groups free-text blockers (a blokkade without a weeffout) that describe the same problem. Texts
 * go through Lucene's Dutch analysis (stop words, stemming); each becomes a TF-IDF vector whose
 * document frequencies come from every blocker text, so a rare shared word ("briefadres") weighs
 * more than a common one ("uitkering"). Two blockers whose cosine similarity reaches the threshold
 * are linked; a group is a connected set of linked blockers from at least two cases.
 */
public final class BlockerClusters {
    /** Found on the default content: same-topic pairs score 0.20-0.45, unrelated pairs below 0.08. */
    public static final double DEFAULT_THRESHOLD = 0.15;
    static final int MAX_QUERY_TERMS = 8;
    static final int MIN_POSTINGS_CAP = 50;

    /** One blocker text; {@code negeren} holds words (pseudonyms) that must not make texts alike. */
    public record Tekst(String casus, String toelichting, List<String> negeren) {
    }

    /** A group: its members in input order and the words they share, most telling first. */
    public record Groep(List<Tekst> leden, List<String> kernwoorden) {
    }

    private BlockerClusters() {
    }

    /**
     * @param vrij   the free blockers to group
     * @param corpus every blocker text known (for document frequencies); may include {@code vrij}
     */
    public static List<Groep> group(List<Tekst> vrij, List<String> corpus, double threshold) {
        return group(vrij, corpus, threshold, BlockerClusters::link);
    }

    /** How texts get linked: {@link #link}, or {@link #linkEveryPair} as the reference in tests. */
    interface Linker {
        /** @return per text its parent in a union-find forest whose roots are the smallest member of each set */
        int[] link(List<Tekst> vrij, List<Map<String, Double>> vectors, double threshold);
    }

    static List<Groep> group(List<Tekst> vrij, List<String> corpus, double threshold, Linker linker) {
        try (Analyzer analyzer = new DutchAnalyzer()) {
            Map<String, Integer> df = new HashMap<>();
            for (String text : corpus) {
                for (String term : terms(analyzer, text, null).keySet()) {
                    df.merge(term, 1, Integer::sum);
                }
            }
            int n = Math.max(1, corpus.size());
            List<Map<String, Double>> vectors = new ArrayList<>();
            Map<String, Map<String, Integer>> surfaces = new HashMap<>();
            for (Tekst t : vrij) {
                Set<String> ignore = new HashSet<>();
                for (String name : t.negeren()) {
                    ignore.addAll(terms(analyzer, name, null).keySet());
                }
                Map<String, Integer> tf = terms(analyzer, t.toelichting(), surfaces);
                Map<String, Double> v = new TreeMap<>();
                double norm = 0;
                for (Map.Entry<String, Integer> e : tf.entrySet()) {
                    if (ignore.contains(e.getKey())) {
                        continue;
                    }
                    double w = (1 + Math.log(e.getValue())) * Math.log(1 + (double) n / df.getOrDefault(e.getKey(), 1));
                    v.put(e.getKey(), w);
                    norm += w * w;
                }
                double len = Math.sqrt(norm);
                v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
                vectors.add(v);
            }
            int[] parent = linker.link(vrij, vectors, threshold);
            Map<Integer, List<Integer>> byRoot = new TreeMap<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
            }
            List<Groep> groups = new ArrayList<>();
            for (List<Integer> members : byRoot.values()) {
                if (members.stream().map(i -> vrij.get(i).casus()).distinct().count() < 2) {
                    continue;
                }
                Map<String, Double> weight = new TreeMap<>();
                Map<String, Integer> docs = new HashMap<>();
                for (int i : members) {
                    vectors.get(i).forEach((term, w) -> {
                        weight.merge(term, w, Double::sum);
                        docs.merge(term, 1, Integer::sum);
                    });
                }
                List<String> kern = weight.entrySet().stream().filter(e -> docs.get(e.getKey()) >= 2)
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(3).map(e -> surface(surfaces.get(e.getKey()), e.getKey())).toList();
                groups.add(new Groep(members.stream().map(vrij::get).toList(), kern));
            }
            return List.copyOf(groups);
        }
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    private static String surface(Map<String, Integer> forms, String stem) {
        if (forms == null || forms.isEmpty()) {
            return stem;
        }
        return forms.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).findFirst().orElseThrow().getKey();
    }

    static int[] link(List<Tekst> vrij, List<Map<String, Double>> vectors, double threshold) {
        // Candidates share one of a text's most telling terms (as MoreLikeThis picks query terms).
        // A term's texts are kept in groups that are each inside one linked set; a group in the same
        // set as the text is skipped whole, and a group is left once one of its texts links. The sets
        // are the connected parts of the candidate links whatever the order, so this changes nothing
        // in the result (the test holds it against {@link #linkEveryPair}); it keeps near-duplicates from
        // making this grow with the square of the number of texts.
        Map<String, List<List<Integer>>> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (String term : vectors.get(i).keySet()) {
                List<List<Integer>> groups = postings.computeIfAbsent(term, k -> new ArrayList<>());
                groups.add(new ArrayList<>(List.of(i)));
            }
        }
        Map<String, Integer> postingCount = new HashMap<>();
        postings.forEach((term, groups) -> postingCount.put(term, groups.size()));
        int maxPostings = maxPostings(vrij.size());
        int[] parent = new int[vrij.size()];
        int[] seen = new int[vrij.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            seen[i] = -1;
        }
        for (int i = 0; i < vectors.size(); i++) {
            Map<String, Double> vi = vectors.get(i);
            for (String term : query(vi, postingCount::get, maxPostings)) {
                List<List<Integer>> groups = merged(postings.get(term), parent);
                postings.put(term, groups);
                for (List<Integer> group : groups) {
                    if (find(parent, group.get(0)) == find(parent, i)) {
                        continue;
                    }
                    for (int j : group) {
                        if (seen[j] == i) {
                            continue;
                        }
                        seen[j] = i;
                        if (!vrij.get(i).casus().equals(vrij.get(j).casus()) && cosine(vi, vectors.get(j)) >= threshold) {
                            union(parent, i, j);
                            break;
                        }
                    }
                }
            }
        }
        return parent;
    }

    /**
     * The reference for {@link #link}: every text against every text that shares one of its query
     * terms, one pair at a time.
     */
    static int[] linkEveryPair(List<Tekst> vrij, List<Map<String, Double>> vectors, double threshold) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (String term : vectors.get(i).keySet()) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        int maxPostings = maxPostings(vrij.size());
        int[] parent = new int[vrij.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < vectors.size(); i++) {
            Map<String, Double> vi = vectors.get(i);
            for (String term : query(vi, t -> postings.get(t).size(), maxPostings)) {
                for (int j : postings.get(term)) {
                    if (j != i && !vrij.get(i).casus().equals(vrij.get(j).casus()) && cosine(vi, vectors.get(j)) >= threshold) {
                        union(parent, i, j);
                    }
                }
            }
        }
        return parent;
    }

    /**
     * Like MoreLikeThis's max-doc-freq: a word in more than a quarter of the texts does not look for
     * partners by itself (its texts still meet through their rarer words).
     */
    private static int maxPostings(int texts) {
        return Math.max(MIN_POSTINGS_CAP, texts / 4);
    }

    /** A text's most telling terms (as MoreLikeThis picks query terms), leaving out words in too many texts. */
    private static List<String> query(Map<String, Double> vector, java.util.function.ToIntFunction<String> postings, int maxPostings) {
        return vector.entrySet().stream().filter(e -> postings.applyAsInt(e.getKey()) <= maxPostings)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_QUERY_TERMS).map(Map.Entry::getKey).toList();
    }

    /** The groups of one term with the groups now in one linked set joined (the largest keeps its list). */
    private static List<List<Integer>> merged(List<List<Integer>> groups, int[] parent) {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (List<Integer> g : groups) {
            byRoot.merge(find(parent, g.get(0)), g, (a, b) -> {
                List<Integer> big = a.size() >= b.size() ? a : b;
                big.addAll(big == a ? b : a);
                return big;
            });
        }
        return byRoot.size() == groups.size() ? groups : new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Analysed terms with their frequency; records the written form of each stem when asked. */
    private static Map<String, Integer> terms(Analyzer analyzer, String text, Map<String, Map<String, Integer>> surfaces) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                tf.merge(t, 1, Integer::sum);
                if (surfaces != null) {
                    String written = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                    surfaces.computeIfAbsent(t, k -> new HashMap<>()).merge(written, 1, Integer::sum);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tf;
    }

    static Comparator<Groep> bySize() {
        return Comparator.comparingInt((Groep g) -> -g.leden().size());
    }
}
