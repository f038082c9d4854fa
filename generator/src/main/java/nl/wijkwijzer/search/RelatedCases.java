package nl.wijkwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * "Vergelijkbare casussen", the project's own ranking on the Lucene index (docs/search.md):
 * <ol>
 * <li>a case's telling terms: of the terms of its text that are in at least {@link #MIN_DOC_FREQ}
 * documents, the {@link #MAX_QUERY_TERMS} with the highest weight tf x idf, where tf is the term's
 * frequency in the case, idf = 1 + ln((N + 1) / (df + 1)), df the number of documents with the term
 * and N the number of documents with any term; equal weights go to the term first in Lucene's term
 * order (UTF-8 bytes);</li>
 * <li>every other case scores the sum of those terms' BM25 scores in it, as the site's search scores
 * a term ({@link QuantizedBM25Similarity}: integers, so sums are exact);</li>
 * <li>the {@code n} highest scores, equal scores in document order (the order of the case files).</li>
 * </ol>
 * Step 1 reads each term's postings once for all cases; steps 2 and 3 are a {@link BooleanQuery}
 * of the terms (any may match, only cases) run by Lucene's {@code IndexSearcher}.
 */
final class RelatedCases {
    static final int MAX_QUERY_TERMS = 15;
    static final int MIN_DOC_FREQ = 2;

    private final SearchIndex index;
    private final List<String> vocabulary;
    /** Per document its index among the cases, -1 for another type. */
    private final int[] caseSlot;
    /** Per case, its telling terms (ordinals into {@link #vocabulary}), best first. */
    private final int[][] telling;

    RelatedCases(SearchIndex index) {
        this.index = index;
        this.vocabulary = index.vocabulary();
        int maxDoc = index.docs().size();
        this.caseSlot = new int[maxDoc];
        int cases = 0;
        for (int d = 0; d < maxDoc; d++) {
            caseSlot[d] = index.docs().get(d).type().equals("casus") ? cases++ : -1;
        }
        this.telling = chooseTellingTerms(cases);
    }

    /** Case {@code doc}'s telling terms, best first (for tests and docs/search.md's examples). */
    List<String> tellingTerms(int doc) {
        List<String> out = new ArrayList<>();
        for (int t : telling[caseSlot[doc]]) {
            out.add(vocabulary.get(t));
        }
        return out;
    }

    /** Up to {@code n} cases most like case {@code doc}: highest score first, then lowest doc id. */
    List<SearchDoc> of(int doc, int n) {
        int[] terms = telling[caseSlot[doc]];
        if (terms.length == 0) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int t : terms) {
            query.add(new TermQuery(new Term(DutchAnalysis.FIELD, vocabulary.get(t))), Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(1);
        query.add(new TermQuery(new Term("f_type", "casus")), Occur.FILTER);
        try {
            // The case itself matches every one of its terms; one more hit leaves room to drop it.
            ScoreDoc[] hits = index.searcher().search(query.build(), new TopScoreDocCollectorManager(n + 1, null, n + 1)).scoreDocs;
            List<SearchDoc> out = new ArrayList<>(n);
            for (ScoreDoc hit : hits) {
                if (hit.doc != doc && out.size() < n) {
                    out.add(index.docs().get(hit.doc));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every case's telling terms in one pass over the postings: terms come in Lucene's order, and each
     * case keeps its {@link #MAX_QUERY_TERMS} best so far (a later term replaces the worst only with a
     * strictly higher weight, which is the tie rule).
     */
    private int[][] chooseTellingTerms(int cases) {
        int k = MAX_QUERY_TERMS;
        int[] size = new int[cases];
        int[] term = new int[cases * k];
        float[] weight = new float[cases * k];
        /** Per case the position (within its k) of its worst term while it has k. */
        int[] worst = new int[cases];
        Terms terms = index.terms();
        if (terms != null) {
            long n = index.statistics().docCount();
            try {
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                int t = 0;
                for (BytesRef b = te.next(); b != null; b = te.next(), t++) {
                    int df = te.docFreq();
                    if (df < MIN_DOC_FREQ) {
                        continue;
                    }
                    float idf = (float) (Math.log((n + 1) / (double) (df + 1)) + 1.0);
                    pe = te.postings(pe, PostingsEnum.FREQS);
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        int c = caseSlot[d];
                        if (c < 0) {
                            continue;
                        }
                        float w = pe.freq() * idf;
                        int base = c * k;
                        if (size[c] < k) {
                            term[base + size[c]] = t;
                            weight[base + size[c]] = w;
                            if (++size[c] == k) {
                                worst[c] = worstOf(weight, term, base, k);
                            }
                        } else if (w > weight[base + worst[c]]) {
                            term[base + worst[c]] = t;
                            weight[base + worst[c]] = w;
                            worst[c] = worstOf(weight, term, base, k);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int[][] out = new int[cases][];
        for (int c = 0; c < cases; c++) {
            int base = c * k;
            Integer[] order = new Integer[size[c]];
            for (int i = 0; i < order.length; i++) {
                order[i] = base + i;
            }
            java.util.Arrays.sort(order, (a, b) -> weight[a] != weight[b] ? Float.compare(weight[b], weight[a])
                    : Integer.compare(term[a], term[b]));
            out[c] = java.util.Arrays.stream(order).mapToInt(i -> term[i]).toArray();
        }
        return out;
    }

    /** The position (from {@code base}) of the lowest weight, among equal weights the term last in order. */
    private static int worstOf(float[] weight, int[] term, int base, int k) {
        int w = 0;
        for (int i = 1; i < k; i++) {
            float a = weight[base + i];
            float b = weight[base + w];
            if (a < b || (a == b && term[base + i] > term[base + w])) {
                w = i;
            }
        }
        return w;
    }
}
