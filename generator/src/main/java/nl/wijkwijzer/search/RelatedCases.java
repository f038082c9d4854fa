package nl.wijkwijzer.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;

/**
 * "Vergelijkbare casussen": Lucene's MoreLikeThis query for a case (its 15 most telling terms by
 * tf x idf, each in at least 2 documents, OR-ed; only cases; not the case itself), evaluated on the
 * in-memory postings of {@link SearchPostings} instead of through {@code IndexSearcher}.
 *
 * <p>Why: at 10,000 cases, running 10,000 MoreLikeThis queries through the searcher took ~13 s (a
 * term dictionary lookup per distinct term of every case, query building, weights, block-max
 * scoring per query). The terms are chosen as {@link MoreLikeThis#retrieveInterestingTerms(int)}
 * chooses them, and every posting gets the quantized BM25 score a TermQuery gets, whose sums are
 * exact in a float, so the result equals the searcher's hit list (score, then doc id) bit for bit;
 * {@code RelatedCasesTest} holds the two side by side.
 */
final class RelatedCases {
    static final int MAX_QUERY_TERMS = 15;
    static final int MIN_DOC_FREQ = 2;
    private static final ClassicSimilarity IDF = new ClassicSimilarity();

    /** Case postings of one term: doc ids ascending and their quantized BM25 scores. */
    private record Postings(int[] docs, int[] scores) {
    }

    private final SearchPostings index;
    private final boolean[] isCase;
    private final Postings[] postings;
    private final ThreadLocal<Scratch> scratch;

    RelatedCases(SearchPostings index) {
        this.index = index;
        int maxDoc = index.docs().size();
        this.isCase = new boolean[maxDoc];
        for (int i = 0; i < maxDoc; i++) {
            isCase[i] = index.docs().get(i).type().equals("casus");
        }
        this.postings = new Postings[index.termCount()];
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(maxDoc));
    }

    private static final class Scratch {
        final int[] score;
        final boolean[] hit;
        final int[] touched;

        Scratch(int maxDoc) {
            score = new int[maxDoc];
            hit = new boolean[maxDoc];
            touched = new int[maxDoc];
        }
    }

    /** Up to {@code n} cases most like case {@code doc}: highest score first, then lowest doc id. */
    List<SearchDoc> of(int doc, int n) {
        Scratch s = scratch.get();
        int count = 0;
        for (int term : interestingTerms(doc)) {
            Postings p = postings(term);
            int[] docs = p.docs();
            int[] scores = p.scores();
            for (int i = 0; i < docs.length; i++) {
                int d = docs[i];
                if (!s.hit[d]) {
                    s.hit[d] = true;
                    s.touched[count++] = d;
                }
                s.score[d] += scores[i];
            }
        }
        int[] best = new int[n];
        int found = 0;
        for (int i = 0; i < count; i++) {
            int d = s.touched[i];
            if (d != doc) {
                found = insert(best, found, d, s.score);
            }
        }
        List<SearchDoc> out = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            out.add(index.docs().get(best[i]));
        }
        for (int i = 0; i < count; i++) {
            int d = s.touched[i];
            s.hit[d] = false;
            s.score[d] = 0;
        }
        return out;
    }

    /** Keeps {@code best[0..size)} ordered by score descending, then doc id ascending; returns the new size. */
    private static int insert(int[] best, int size, int d, int[] score) {
        int at = size;
        while (at > 0 && before(d, best[at - 1], score)) {
            at--;
        }
        if (at >= best.length) {
            return size;
        }
        int newSize = Math.min(size + 1, best.length);
        System.arraycopy(best, at, best, at + 1, newSize - at - 1);
        best[at] = d;
        return newSize;
    }

    private static boolean before(int a, int b, int[] score) {
        return score[a] != score[b] ? score[a] > score[b] : a < b;
    }

    /** MoreLikeThis' term for the priority queue: lowest score on top. */
    private static final class ScoreTerm {
        int term;
        float score;

        ScoreTerm(int term, float score) {
            this.term = term;
            this.score = score;
        }
    }

    private static final class FreqQ extends PriorityQueue<ScoreTerm> {
        FreqQ(int size) {
            super(size);
        }

        @Override
        protected boolean lessThan(ScoreTerm a, ScoreTerm b) {
            return a.score < b.score;
        }
    }

    /**
     * {@link MoreLikeThis#retrieveInterestingTerms(int)} with our settings (min term freq 1, min doc
     * freq 2, 15 terms), step for step: the case's terms in term-vector (byte) order into a HashMap,
     * then tf x ClassicSimilarity idf through the same priority queue. Ties between terms are kept as
     * MoreLikeThis keeps them, which needs the same HashMap iteration order: so the keys are the term
     * strings, put with get-and-put as MoreLikeThis does (computeIfAbsent would put a new key first in
     * its hash bucket and change that order).
     */
    private int[] interestingTerms(int doc) {
        int[] docTerms = index.docTerms(doc);
        int[] freqs = index.docTermFreqs(doc);
        Map<String, int[]> tf = new HashMap<>();
        for (int i = 0; i < docTerms.length; i++) {
            String word = index.term(docTerms[i]);
            if (tf.get(word) == null) {
                tf.put(word, new int[] {docTerms[i], freqs[i]});
            }
        }
        int limit = Math.min(MAX_QUERY_TERMS, tf.size());
        FreqQ queue = new FreqQ(limit);
        for (int[] e : tf.values()) {
            int term = e[0];
            int df = index.docFreq(term);
            if (e[1] < 1 || df < MIN_DOC_FREQ) {
                continue;
            }
            float score = e[1] * IDF.idf(df, index.docCount());
            if (queue.size() < limit) {
                queue.add(new ScoreTerm(term, score));
            } else if (queue.top().score < score) {
                queue.top().term = term;
                queue.top().score = score;
                queue.updateTop();
            }
        }
        int[] out = new int[queue.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = queue.pop().term;
        }
        return out;
    }

    /** The case postings of a term with the score a TermQuery on this index gives each. */
    private Postings postings(int term) {
        Postings p = postings[term];
        if (p != null) {
            return p;
        }
        int[] docs = index.docs(term);
        int[] all = index.quantizedScores(term);
        int[] caseDocs = new int[docs.length];
        int[] scores = new int[docs.length];
        int size = 0;
        for (int i = 0; i < docs.length; i++) {
            if (isCase[docs[i]]) {
                caseDocs[size] = docs[i];
                scores[size++] = all[i];
            }
        }
        p = new Postings(java.util.Arrays.copyOf(caseDocs, size), java.util.Arrays.copyOf(scores, size));
        postings[term] = p; // a benign race: every thread computes the same value
        return p;
    }
}
