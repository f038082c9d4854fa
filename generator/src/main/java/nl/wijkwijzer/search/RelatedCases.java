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

    /**
     * Case postings of one term: doc ids ascending, their quantized BM25 scores, and the highest. A term
     * in at least the {@code dense} share of the documents keeps its scores per document instead (0
     * where absent), so a candidate is looked up in it by index.
     */
    private record Postings(int[] docs, int[] scores, int max, char[] dense) {
        /** The score of posting {@code i}. */
        int score(int i) {
            return dense != null ? dense[docs[i]] : scores[i];
        }
    }

    /**
     * The share of documents from which a term's scores are kept per document. A case's telling terms
     * are mostly common ones (at 10,000 synthetic cases a query's 15 terms have ~6,500 postings each),
     * and the walk below looks a candidate up in up to 14 of them: by index instead of galloping made
     * the related cases of 100,000 cases 2.8 times as fast (66 s to 23 s, one audience). Memory: 2 bytes
     * per document instead of 4 per posting, so more only for a term in under half the documents.
     */
    static final double DENSE = 0.125;

    private final SearchPostings index;
    private final boolean[] isCase;
    private final Postings[] postings;
    private final double dense;

    RelatedCases(SearchPostings index) {
        this(index, DENSE);
    }

    /** @param dense the share of documents from which a term's scores are kept per document (tests: 0 and above 1) */
    RelatedCases(SearchPostings index, double dense) {
        this.index = index;
        this.dense = dense;
        int maxDoc = index.docs().size();
        this.isCase = new boolean[maxDoc];
        for (int i = 0; i < maxDoc; i++) {
            isCase[i] = index.docs().get(i).type().equals("casus");
        }
        this.postings = new Postings[index.termCount()];
    }

    /**
     * Up to {@code n} cases most like case {@code doc}: highest score first, then lowest doc id.
     *
     * <p>Summing every posting of the 15 terms costs (cases x postings per term), which grows with the
     * square of the corpus: ~200 s per audience at 100,000 synthetic cases (80 s this way; at 10,000,
     * 3.5 s against 2.3 s for all cases in one JVM). So this is the MaxScore method Lucene uses
     * for the same query: documents are visited in id order over the "essential" terms only; a term is
     * left out of that walk once the highest scores of it and all weaker terms together cannot beat the
     * n-th best score so far (a later document that only ties loses on its higher id), and is looked up
     * by skipping only for a document that could still make it. The result equals summing everything
     * ({@code exhaustive}, kept as the reference for tests).
     */
    List<SearchDoc> of(int doc, int n) {
        int[] terms = interestingTerms(doc);
        int m = terms.length;
        Postings[] lists = new Postings[m];
        for (int i = 0; i < m; i++) {
            lists[i] = postings(terms[i]);
        }
        // Weakest term first; ties in any order (the sums do not depend on it).
        java.util.Arrays.sort(lists, java.util.Comparator.comparingInt(Postings::max));
        long[] upTo = new long[m];
        for (int i = 0; i < m; i++) {
            upTo[i] = (i == 0 ? 0 : upTo[i - 1]) + lists[i].max();
        }
        int[] at = new int[m];
        int[] bestDoc = new int[n];
        long[] bestScore = new long[n];
        int size = 0;
        long threshold = -1;
        int essential = 0;
        while (true) {
            int d = Integer.MAX_VALUE;
            for (int i = essential; i < m; i++) {
                if (at[i] < lists[i].docs().length) {
                    d = Math.min(d, lists[i].docs()[at[i]]);
                }
            }
            if (d == Integer.MAX_VALUE) {
                break;
            }
            long score = 0;
            for (int i = essential; i < m; i++) {
                if (at[i] < lists[i].docs().length && lists[i].docs()[at[i]] == d) {
                    score += lists[i].score(at[i]++);
                }
            }
            boolean possible = true;
            for (int i = essential - 1; i >= 0; i--) {
                if (score + upTo[i] <= threshold) {
                    possible = false;
                    break;
                }
                char[] perDoc = lists[i].dense();
                if (perDoc != null) {
                    score += perDoc[d];
                    continue;
                }
                at[i] = advance(lists[i].docs(), at[i], d);
                if (at[i] < lists[i].docs().length && lists[i].docs()[at[i]] == d) {
                    score += lists[i].score(at[i]);
                }
            }
            if (!possible || d == doc || (size == n && score <= threshold)) {
                continue;
            }
            if (size < n) {
                bestDoc[size] = d;
                bestScore[size++] = score;
            } else {
                int worst = worst(bestScore, bestDoc, size);
                bestDoc[worst] = d;
                bestScore[worst] = score;
            }
            if (size == n) {
                threshold = bestScore[worst(bestScore, bestDoc, size)];
                while (essential < m && upTo[essential] <= threshold) {
                    essential++;
                }
            }
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> bestScore[a] != bestScore[b] ? Long.compare(bestScore[b], bestScore[a])
                : Integer.compare(bestDoc[a], bestDoc[b]));
        List<SearchDoc> out = new ArrayList<>(size);
        for (int i : order) {
            out.add(index.docs().get(bestDoc[i]));
        }
        return out;
    }

    /** The entry that drops out first: lowest score, then highest doc id. */
    private static int worst(long[] score, int[] doc, int size) {
        int w = 0;
        for (int i = 1; i < size; i++) {
            if (score[i] < score[w] || (score[i] == score[w] && doc[i] > doc[w])) {
                w = i;
            }
        }
        return w;
    }

    /** The first index at or after {@code from} whose doc is at least {@code target}: galloping, then binary search. */
    private static int advance(int[] docs, int from, int target) {
        if (from >= docs.length || docs[from] >= target) {
            return from;
        }
        int step = 1;
        int lo = from;
        int hi = from + 1;
        while (hi < docs.length && docs[hi] < target) {
            lo = hi;
            step <<= 1;
            hi = from + step;
        }
        hi = Math.min(hi, docs.length);
        int found = java.util.Arrays.binarySearch(docs, lo + 1, hi, target);
        return found >= 0 ? found : -found - 1;
    }

    /** The reference for tests: every posting of the query terms summed, then the best {@code n}. */
    List<SearchDoc> exhaustive(int doc, int n) {
        int[] score = new int[index.docs().size()];
        boolean[] hit = new boolean[score.length];
        for (int term : interestingTerms(doc)) {
            Postings p = postings(term);
            for (int i = 0; i < p.docs().length; i++) {
                hit[p.docs()[i]] = true;
                score[p.docs()[i]] += p.score(i);
            }
        }
        List<Integer> hits = new ArrayList<>();
        for (int d = 0; d < score.length; d++) {
            if (hit[d] && d != doc) {
                hits.add(d);
            }
        }
        hits.sort((a, b) -> score[a] != score[b] ? Integer.compare(score[b], score[a]) : Integer.compare(a, b));
        return hits.stream().limit(n).map(d -> index.docs().get(d)).toList();
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
        SearchPostings.DocTerms own = index.docTerms(doc);
        int[] docTerms = own.terms();
        int[] freqs = own.freqs();
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
        int max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, scores[i]);
        }
        int[] caseDocsExact = java.util.Arrays.copyOf(caseDocs, size);
        if (size >= dense * isCase.length && max <= Character.MAX_VALUE) {
            char[] perDoc = new char[isCase.length];
            for (int i = 0; i < size; i++) {
                perDoc[caseDocs[i]] = (char) scores[i];
            }
            p = new Postings(caseDocsExact, null, max, perDoc);
        } else {
            p = new Postings(caseDocsExact, java.util.Arrays.copyOf(scores, size), max, null);
        }
        postings[term] = p; // a benign race: every thread computes the same value
        return p;
    }
}
