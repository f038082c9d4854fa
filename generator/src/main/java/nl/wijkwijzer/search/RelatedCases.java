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
 * the telling terms' case postings, with the statistics of Lucene's searcher. A term that is telling
 * for more than one case keeps its case postings and scores in memory once read, most-shared terms
 * first, up to the profile's {@link nl.wijkwijzer.util.BuildProfile#relatedPostings()}; the others
 * are read from the index into the sums each time, without copies. Which terms are kept changes the
 * time, never the result. {@code RelatedCasesTest} checks the result against the same definition
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

    /** With every shared term's postings kept once read (tests, small corpora). */
    RelatedCases(SearchIndex index) {
        this(index, Long.MAX_VALUE);
    }

    RelatedCases(SearchIndex index, nl.wijkwijzer.util.BuildCache cache) {
        this(index, cache.profile().relatedPostings());
    }

    /**
     * @param budget how many postings (a document and a score each) may be kept in memory; the result
     *               does not depend on it
     */
    RelatedCases(SearchIndex index, long budget) {
        this.index = index;
        this.vocabulary = index.vocabulary();
        int maxDoc = index.docs().size();
        this.caseSlot = new int[maxDoc];
        int cases = 0;
        for (int d = 0; d < maxDoc; d++) {
            caseSlot[d] = index.docs().get(d).type().equals("casus") ? cases++ : -1;
        }
        this.docFreq = new int[vocabulary.size()];
        this.telling = chooseTellingTerms(cases);
        this.norms = index.norms();
        this.statistics = index.statistics();
        this.keep = chooseKept(budget);
        this.kept = new java.util.concurrent.atomic.AtomicReferenceArray<>(vocabulary.size());
    }

    /**
     * The terms whose case postings are kept once read: telling for at least two cases, those telling
     * for the most cases first (ties: lower ordinal), while their document frequencies (an upper bound
     * of their case postings) fit in {@code budget}.
     */
    private boolean[] chooseKept(long budget) {
        int[] uses = new int[vocabulary.size()];
        for (int[] terms : telling) {
            for (int t : terms) {
                uses[t]++;
            }
        }
        boolean[] out = new boolean[uses.length];
        Integer[] order = java.util.stream.IntStream.range(0, uses.length).filter(t -> uses[t] >= 2).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> uses[a] != uses[b] ? Integer.compare(uses[b], uses[a]) : Integer.compare(a, b));
        long left = budget;
        for (int t : order) {
            if (docFreq[t] <= left) {
                out[t] = true;
                left -= docFreq[t];
            }
        }
        return out;
    }

    /** How many terms keep their case postings once read (for tests). */
    int keptTerms() {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        return n;
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
     * 256 plus the number of postings added (at most {@link #MAX_QUERY_TERMS}), so 0 means untouched,
     * all zero between calls; and the thread's own enumerators for reading terms that are not kept.
     */
    static final class Scratch {
        final long[] acc;
        final int[] touched;
        int size;
        private TermsEnum terms;
        private PostingsEnum postings;

        Scratch(int maxDoc) {
            acc = new long[maxDoc];
            touched = new int[maxDoc];
        }

        /** As the loop over kept postings in {@link #of(int, int, Scratch)} adds one. */
        void add(int d, int score) {
            long a = acc[d];
            if (a == 0) {
                touched[size++] = d;
            }
            acc[d] = a + ((long) score << 8) + 1;
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
        s.size = 0;
        for (int t : terms) {
            if (!keep[t]) {
                read(t, s);
                continue;
            }
            CasePostings p = kept.get(t);
            if (p == null) {
                // Two threads may read the same term at once; both get equal arrays.
                p = read(t);
                kept.set(t, p);
            }
            int[] docs = p.docs();
            int[] scores = p.scores();
            int[] seen = s.touched;
            int size = s.size;
            for (int i = 0; i < docs.length; i++) {
                int d = docs[i];
                long a = acc[d];
                if (a == 0) {
                    seen[size++] = d;
                }
                acc[d] = a + ((long) scores[i] << 8) + 1;
            }
            s.size = size;
        }
        int touched = s.size;
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

    private final long[] norms;
    private final org.apache.lucene.search.CollectionStatistics statistics;
    /** Per term ordinal: its document frequency (set for the terms {@link #chooseTellingTerms} reads). */
    private final int[] docFreq;
    /** Per term ordinal: whether its case postings are kept once read ({@link #chooseKept}). */
    private final boolean[] keep;
    private final java.util.concurrent.atomic.AtomicReferenceArray<CasePostings> kept;

    /** A kept term's case postings and scores. */
    private CasePostings read(int t) {
        int[] docs = new int[docFreq[t]];
        int[] scores = new int[docs.length];
        int[] size = new int[1];
        try {
            forEachCasePosting(t, index.terms().iterator(), null, (d, score) -> {
                docs[size[0]] = d;
                scores[size[0]++] = score;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CasePostings(java.util.Arrays.copyOf(docs, size[0]), java.util.Arrays.copyOf(scores, size[0]));
    }

    /** A term that is not kept: its case postings added to the sums straight from the index. */
    private void read(int t, Scratch s) {
        try {
            if (s.terms == null) {
                s.terms = index.terms().iterator();
            }
            s.postings = forEachCasePosting(t, s.terms, s.postings, s::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface CasePosting {
        void accept(int doc, int score);
    }

    /** Every case posting of term {@code t} with its score, in document order; returns the enumerator for reuse. */
    private PostingsEnum forEachCasePosting(int t, TermsEnum te, PostingsEnum reuse, CasePosting sink) throws IOException {
        if (!te.seekExact(new BytesRef(vocabulary.get(t)))) {
            throw new IllegalStateException("term not in the index: " + vocabulary.get(t));
        }
        var scorer = index.scorer(statistics, te);
        PostingsEnum pe = te.postings(reuse, PostingsEnum.FREQS);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            if (caseSlot[d] >= 0) {
                sink.accept(d, QuantizedBM25Similarity.quantize(scorer.score(pe.freq(), norms[d])));
            }
        }
        return pe;
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
                    docFreq[t] = df;
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
