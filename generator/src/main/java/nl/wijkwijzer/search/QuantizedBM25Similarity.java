package nl.wijkwijzer.search;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Lucene's BM25 (k1 1.2, b 0.75), each term score rounded to a multiple of 1/{@link #SCALE}. The
 * browser receives exactly these integers, and sums of such multiples are exact in a float, so the
 * browser's ranking (score, then doc id) equals {@code IndexSearcher}'s bit for bit.
 */
public final class QuantizedBM25Similarity extends Similarity {
    public static final int SCALE = 256;
    private final BM25Similarity bm25 = new BM25Similarity();

    @Override
    public long computeNorm(FieldInvertState state) {
        return bm25.computeNorm(state);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
        SimScorer plain = bm25.scorer(1f, collectionStats, termStats);
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return boost * quantize(plain.score(freq, norm)) / SCALE;
            }
        };
    }

    /** The integer the browser gets for one posting. */
    static int quantize(float score) {
        return Math.round(score * SCALE);
    }

    SimScorer unquantized(CollectionStatistics collectionStats, TermStatistics termStats) {
        return bm25.scorer(1f, collectionStats, termStats);
    }
}
