package nl.wijkwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
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
 * Step 1 reads each term's postings once for all cases; steps 2 and 3 sum, per case, the scores of
 * the telling terms' case postings (each term's read from the index once, with the statistics of
 * Lucene's searcher). {@code RelatedCasesTest} checks the result against the same definition
 * computed through {@code IndexSearcher}, term by term.
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

    /** With every term's postings remembered once read (tests, small corpora). */
    RelatedCases(SearchIndex index) {
        this(index, nl.wijkwijzer.util.BuildCache.of(nl.wijkwijzer.util.BuildProfile.DEFAULT));
    }

    /**
     * @param cache the build's cache: its profile bounds how many case postings stay remembered
     *              ({@link nl.wijkwijzer.util.BuildProfile#relatedPostings()}); an evicted term is read
     *              again from the index, so the result does not depend on the bound
     */
    RelatedCases(SearchIndex index, nl.wijkwijzer.util.BuildCache cache) {
        this.index = index;
        this.postings = cache.create(POSTINGS);
        this.vocabulary = index.vocabulary();
        int maxDoc = index.docs().size();
        this.caseSlot = new int[maxDoc];
        int cases = 0;
        for (int d = 0; d < maxDoc; d++) {
            caseSlot[d] = index.docs().get(d).type().equals("casus") ? cases++ : -1;
        }
        this.telling = chooseTellingTerms(cases);
        this.norms = index.norms();
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
        return of(doc, n, new Scratch(caseSlot.length));
    }

    /**
     * Per-thread working space of {@link #of(int, int, Scratch)}: per document its score so far times
     * 256 plus the number of postings added (at most {@link #MAX_QUERY_TERMS}), so 0 means untouched;
     * all zero between calls.
     */
    static final class Scratch {
        final long[] acc;
        final int[] touched;

        Scratch(int maxDoc) {
            acc = new long[maxDoc];
            touched = new int[maxDoc];
        }
    }

    Scratch scratch() {
        return new Scratch(caseSlot.length);
    }

    /**
     * Every case posting of the telling terms adds its score to its case; the cases touched are then
     * ranked. A case that has a telling term counts even if its score rounds to 0, as a hit of the
     * query would.
     */
    List<SearchDoc> of(int doc, int n, Scratch s) {
        int[] terms = telling[caseSlot[doc]];
        long[] acc = s.acc;
        int touched = 0;
        for (int t : terms) {
            CasePostings p = postings(t);
            int[] docs = p.docs();
            int[] scores = p.scores();
            for (int i = 0; i < docs.length; i++) {
                int d = docs[i];
                long a = acc[d];
                if (a == 0) {
                    s.touched[touched++] = d;
                }
                acc[d] = a + ((long) scores[i] << 8) + 1;
            }
        }
        int[] bestDoc = new int[n];
        long[] bestScore = new long[n];
        int size = 0;
        for (int k = 0; k < touched; k++) {
            int d = s.touched[k];
            long score = acc[d] >> 8;
            acc[d] = 0;
            if (d == doc) {
                continue;
            }
            int at = size;
            while (at > 0 && (bestScore[at - 1] < score || (bestScore[at - 1] == score && bestDoc[at - 1] > d))) {
                at--;
            }
            if (at >= n) {
                continue;
            }
            int last = Math.min(size, n - 1);
            System.arraycopy(bestDoc, at, bestDoc, at + 1, last - at);
            System.arraycopy(bestScore, at, bestScore, at + 1, last - at);
            bestDoc[at] = d;
            bestScore[at] = score;
            size = Math.min(size + 1, n);
        }
        List<SearchDoc> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(index.docs().get(bestDoc[i]));
        }
        return out;
    }

    /** A term's postings in cases, with the BM25 score of each as the search gives it (x 256). */
    private record CasePostings(int[] docs, int[] scores) {
    }

    /** Weighed by postings: a term's memory is its document and score arrays. */
    private static final nl.wijkwijzer.util.BuildCache.Kind<Integer, CasePostings> POSTINGS =
            new nl.wijkwijzer.util.BuildCache.Kind<>("related-postings", nl.wijkwijzer.util.BuildProfile::relatedPostings,
                    (t, p) -> 1 + p.docs().length);

    /** Term ordinal to its case postings, read from the index on first use (per instance: one index). */
    private final nl.wijkwijzer.util.BuildCache.Memo<Integer, CasePostings> postings;
    private final long[] norms;

    private CasePostings postings(int t) {
        return postings.get(t, this::read);
    }

    private CasePostings read(int t) {
        try {
            TermsEnum te = index.terms().iterator();
            if (!te.seekExact(new BytesRef(vocabulary.get(t)))) {
                throw new IllegalStateException("term not in the index: " + vocabulary.get(t));
            }
            var scorer = index.scorer(index.statistics(), te);
            PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
            int[] docs = new int[te.docFreq()];
            int[] scores = new int[docs.length];
            int size = 0;
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (caseSlot[d] >= 0) {
                    docs[size] = d;
                    scores[size++] = QuantizedBM25Similarity.quantize(scorer.score(pe.freq(), norms[d]));
                }
            }
            return new CasePostings(java.util.Arrays.copyOf(docs, size), java.util.Arrays.copyOf(scores, size));
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
