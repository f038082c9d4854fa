package nl.wijkwijzer.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * One audience's inverted index, in memory: per term its documents, frequencies and positions,
 * per document its BM25 norm, and the collection statistics. It is what the static search files
 * and the related cases need, without writing a Lucene index first.
 *
 * <p>It follows Lucene's indexing chain to the letter: tokens from the same analyzer (each text
 * analysed once per build, see {@link DutchAnalysis#analyzed}), positions from the position
 * increments starting at -1, the norm from {@link QuantizedBM25Similarity#computeNorm} on the same
 * {@link FieldInvertState} (length and overlaps), terms in byte order, and Lucene's own BM25 scorer
 * on statistics computed the way {@code IndexSearcher} computes them. {@code SearchPostingsTest}
 * compares every posting and score with a real Lucene index of the same documents.
 *
 * <p>Why: writing the Lucene index took 5-6 s per audience at 10,000 cases and was redone for every
 * preview rebuild; this takes a fraction of that and re-analyses only changed texts.
 */
public final class SearchPostings {
    private final List<SearchDoc> docs;
    private final DutchAnalysis analysis;
    private final QuantizedBM25Similarity similarity = new QuantizedBM25Similarity();
    private final String[] terms;
    private final int[][] postingDocs;
    private final int[][] postingFreqs;
    private final int[][] positions;
    private final long[] norms;
    private final CollectionStatistics stats;
    /** Per document its distinct terms (indexes into {@link #terms}, so in byte order) and their frequencies. */
    private final int[][] docTerms;
    private final int[][] docTermFreqs;

    /** Documents analysed together before their tokens are added to the postings. */
    static final int ANALYSIS_CHUNK = 4096;

    /** Growable posting list of one term while documents are added in order. */
    private static final class Builder {
        int[] docs = new int[4];
        int[] freqs = new int[4];
        int[] positions = new int[8];
        int size;
        int positionCount;

        void add(int doc, int position) {
            if (size == 0 || docs[size - 1] != doc) {
                if (size == docs.length) {
                    docs = Arrays.copyOf(docs, size * 2);
                    freqs = Arrays.copyOf(freqs, size * 2);
                }
                docs[size] = doc;
                freqs[size++] = 0;
            }
            freqs[size - 1]++;
            if (positionCount == positions.length) {
                positions = Arrays.copyOf(positions, positionCount * 2);
            }
            positions[positionCount++] = position;
        }
    }

    public SearchPostings(DutchAnalysis analysis, List<SearchDoc> docs) {
        this(analysis, docs, ANALYSIS_CHUNK);
    }

    /** @param chunk documents analysed together (tests use small chunks to cross their borders) */
    SearchPostings(DutchAnalysis analysis, List<SearchDoc> docs, int chunk) {
        this.analysis = analysis;
        this.docs = List.copyOf(docs);
        Map<String, Builder> builders = new HashMap<>();
        norms = new long[this.docs.size()];
        int docCount = 0;
        long sumTotalTermFreq = 0;
        // Analysed a chunk at a time (in parallel), so the tokens of every document are never held at
        // once: at 100,000 cases they were ~400 MB per audience on top of the postings (GC log).
        List<DutchAnalysis.Analyzed> analyzed = List.of();
        int from = 0;
        for (int doc = 0; doc < this.docs.size(); doc++) {
            if (doc == from + analyzed.size()) {
                from = doc;
                int to = Math.min(this.docs.size(), doc + chunk);
                analyzed = java.util.stream.IntStream.range(from, to).parallel()
                        .mapToObj(i -> analysis.analyzed(this.docs.get(i).text())).toList();
            }
            DutchAnalysis.Analyzed a = analyzed.get(doc - from);
            int position = -1;
            int overlap = 0;
            for (int k = 0; k < a.terms().length; k++) {
                int inc = a.posInc()[k];
                position += inc;
                if (inc == 0) {
                    overlap++;
                }
                builders.computeIfAbsent(a.terms()[k], t -> new Builder()).add(doc, position);
            }
            int length = a.terms().length;
            if (length > 0) {
                docCount++;
                sumTotalTermFreq += length;
                norms[doc] = similarity.computeNorm(new FieldInvertState(Version.LATEST.major, DutchAnalysis.FIELD,
                        IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, position, length, overlap, 0, 0, 0));
            } else {
                norms[doc] = 1L;
            }
        }
        // Lucene's terms dictionary order: UTF-8 bytes, unsigned.
        List<Map.Entry<String, Builder>> sorted = new ArrayList<>(builders.entrySet());
        Map<String, BytesRef> bytes = new HashMap<>();
        sorted.forEach(e -> bytes.put(e.getKey(), new BytesRef(e.getKey())));
        sorted.sort(Comparator.comparing(e -> bytes.get(e.getKey())));
        int n = sorted.size();
        terms = new String[n];
        postingDocs = new int[n][];
        postingFreqs = new int[n][];
        positions = new int[n][];
        long sumDocFreq = 0;
        int[] termsPerDoc = new int[this.docs.size()];
        for (int t = 0; t < n; t++) {
            Builder b = sorted.get(t).getValue();
            terms[t] = sorted.get(t).getKey();
            postingDocs[t] = Arrays.copyOf(b.docs, b.size);
            postingFreqs[t] = Arrays.copyOf(b.freqs, b.size);
            positions[t] = Arrays.copyOf(b.positions, b.positionCount);
            sumDocFreq += b.size;
            for (int i = 0; i < b.size; i++) {
                termsPerDoc[b.docs[i]]++;
            }
        }
        docTerms = new int[this.docs.size()][];
        docTermFreqs = new int[this.docs.size()][];
        for (int d = 0; d < termsPerDoc.length; d++) {
            docTerms[d] = new int[termsPerDoc[d]];
            docTermFreqs[d] = new int[termsPerDoc[d]];
        }
        int[] filled = new int[this.docs.size()];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < postingDocs[t].length; i++) {
                int d = postingDocs[t][i];
                docTerms[d][filled[d]] = t;
                docTermFreqs[d][filled[d]++] = postingFreqs[t][i];
            }
        }
        // IndexSearcher#collectionStatistics: no statistics for a field no document has.
        stats = docCount == 0 ? null
                : new CollectionStatistics(DutchAnalysis.FIELD, this.docs.size(), docCount, sumTotalTermFreq, sumDocFreq);
    }

    public List<SearchDoc> docs() {
        return docs;
    }

    public DutchAnalysis analysis() {
        return analysis;
    }

    QuantizedBM25Similarity similarity() {
        return similarity;
    }

    int termCount() {
        return terms.length;
    }

    String term(int t) {
        return terms[t];
    }

    int[] docs(int t) {
        return postingDocs[t];
    }

    int[] freqs(int t) {
        return postingFreqs[t];
    }

    /** Positions of all postings of term {@code t}, one run of {@code freqs(t)[i]} per posting. */
    int[] positions(int t) {
        return positions[t];
    }

    int docFreq(int t) {
        return postingDocs[t].length;
    }

    long totalTermFreq(int t) {
        long sum = 0;
        for (int f : postingFreqs[t]) {
            sum += f;
        }
        return sum;
    }

    long norm(int doc) {
        return norms[doc];
    }

    /** Documents that have at least one token (Lucene's {@code Terms#getDocCount}). */
    int docCount() {
        return stats == null ? 0 : (int) stats.docCount();
    }

    int[] docTerms(int doc) {
        return docTerms[doc];
    }

    int[] docTermFreqs(int doc) {
        return docTermFreqs[doc];
    }

    /** Every distinct term, in byte order. */
    public List<String> vocabulary() {
        return List.of(terms);
    }

    /** Lucene's unquantized BM25 scorer for term {@code t}, as a TermQuery on this index would get it. */
    SimScorer unquantizedScorer(int t) {
        return similarity.unquantized(stats, new TermStatistics(new BytesRef(terms[t]), docFreq(t), totalTermFreq(t)));
    }

    /** The browser's integer score of every posting of term {@code t}: BM25 x {@link QuantizedBM25Similarity#SCALE}, rounded. */
    int[] quantizedScores(int t) {
        SimScorer scorer = unquantizedScorer(t);
        int[] out = new int[postingDocs[t].length];
        for (int i = 0; i < out.length; i++) {
            out[i] = QuantizedBM25Similarity.quantize(scorer.score(postingFreqs[t][i], norms[postingDocs[t][i]]));
        }
        return out;
    }
}
