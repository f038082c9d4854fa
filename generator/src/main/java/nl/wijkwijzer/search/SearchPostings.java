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
import org.apache.lucene.store.ByteArrayDataInput;
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
    /** Per term, per document in order: the gap to the previous document and the frequency, as VInts. */
    private final byte[][] postings;
    private final int[] postingsLength;
    /** Per term, per posting its positions as gaps (from 0 in every document), as VInts. */
    private final byte[][] positions;
    private final int[] positionsLength;
    private final int[] docFreqs;
    private final long[] totalTermFreqs;
    private final long[] norms;
    private final CollectionStatistics stats;
    /** Per document its distinct terms (gaps between indexes into {@link #terms}, so in byte order) and their frequencies. */
    private final byte[][] docTerms;

    /** Documents analysed together before their tokens are added to the postings. */
    static final int ANALYSIS_CHUNK = 4096;

    /**
     * Growable posting list of one term while documents are added in order, kept as Lucene's
     * variable-length ints (7 bits a byte, read back with {@link ByteArrayDataInput}): as int arrays,
     * with their growth and a final copy, the postings of two audiences at 100,000 cases made the heap
     * grow by ~2 GB while they were built (GC log); gaps mostly fit in one byte instead of four.
     */
    private static final class Builder {
        byte[] postings = new byte[4];
        int postingsLength;
        byte[] positions = new byte[8];
        int positionsLength;
        int docFreq;
        long totalTermFreq;
        /** The document being added (its entry is written when the next one starts), -1 for none. */
        int doc = -1;
        int freq;
        int previousDoc;
        int lastPosition;

        void add(int d, int position) {
            if (d != doc) {
                finish();
                doc = d;
                lastPosition = 0;
            }
            freq++;
            positions = room(positions, positionsLength);
            positionsLength = putVInt(positions, positionsLength, position - lastPosition);
            lastPosition = position;
        }

        void finish() {
            if (doc < 0) {
                return;
            }
            postings = room(postings, postingsLength + 5);
            postingsLength = putVInt(postings, postingsLength, doc - previousDoc);
            postingsLength = putVInt(postings, postingsLength, freq);
            previousDoc = doc;
            docFreq++;
            totalTermFreq += freq;
            doc = -1;
            freq = 0;
        }
    }

    /** Bytes of {@code value} as a VInt. */
    static int vIntLength(int value) {
        int length = 1;
        while ((value & ~0x7F) != 0) {
            value >>>= 7;
            length++;
        }
        return length;
    }

    /** {@code bytes}, or a copy twice as long when a VInt at {@code at} might not fit. */
    static byte[] room(byte[] bytes, int at) {
        return at + 5 > bytes.length ? Arrays.copyOf(bytes, Math.max(at + 5, bytes.length * 2)) : bytes;
    }

    /** Writes {@code value} as a VInt at {@code at}; returns the index after it. */
    static int putVInt(byte[] bytes, int at, int value) {
        while ((value & ~0x7F) != 0) {
            bytes[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[at++] = (byte) value;
        return at;
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
        builders.values().forEach(Builder::finish);
        // Lucene's terms dictionary order: UTF-8 bytes, unsigned.
        List<Map.Entry<String, Builder>> sorted = new ArrayList<>(builders.entrySet());
        builders.clear();
        Map<String, BytesRef> bytes = new HashMap<>();
        sorted.forEach(e -> bytes.put(e.getKey(), new BytesRef(e.getKey())));
        sorted.sort(Comparator.comparing(e -> bytes.get(e.getKey())));
        int n = sorted.size();
        terms = new String[n];
        postings = new byte[n][];
        postingsLength = new int[n];
        positions = new byte[n][];
        positionsLength = new int[n];
        docFreqs = new int[n];
        totalTermFreqs = new long[n];
        long sumDocFreq = 0;
        for (int t = 0; t < n; t++) {
            Builder b = sorted.get(t).getValue();
            terms[t] = sorted.get(t).getKey();
            postings[t] = b.postings;
            postingsLength[t] = b.postingsLength;
            positions[t] = b.positions;
            positionsLength[t] = b.positionsLength;
            docFreqs[t] = b.docFreq;
            totalTermFreqs[t] = b.totalTermFreq;
            sumDocFreq += b.docFreq;
        }
        docTerms = encodeDocTerms(this.docs.size());
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

    private ByteArrayDataInput postingsOf(int t) {
        return new ByteArrayDataInput(postings[t], 0, postingsLength[t]);
    }

    int[] docs(int t) {
        int[] out = new int[docFreqs[t]];
        ByteArrayDataInput in = postingsOf(t);
        int doc = 0;
        for (int i = 0; i < out.length; i++) {
            doc += in.readVInt();
            out[i] = doc;
            in.readVInt();
        }
        return out;
    }

    int[] freqs(int t) {
        int[] out = new int[docFreqs[t]];
        ByteArrayDataInput in = postingsOf(t);
        for (int i = 0; i < out.length; i++) {
            in.readVInt();
            out[i] = in.readVInt();
        }
        return out;
    }

    /** Positions of all postings of term {@code t}, one run of {@code freqs(t)[i]} per posting. */
    int[] positions(int t) {
        int[] freqs = freqs(t);
        int[] out = new int[Math.toIntExact(totalTermFreqs[t])];
        ByteArrayDataInput in = new ByteArrayDataInput(positions[t], 0, positionsLength[t]);
        int p = 0;
        for (int freq : freqs) {
            int position = 0;
            for (int k = 0; k < freq; k++) {
                position += in.readVInt();
                out[p++] = position;
            }
        }
        return out;
    }

    int docFreq(int t) {
        return docFreqs[t];
    }

    long totalTermFreq(int t) {
        return totalTermFreqs[t];
    }

    long norm(int doc) {
        return norms[doc];
    }

    /** Documents that have at least one token (Lucene's {@code Terms#getDocCount}). */
    int docCount() {
        return stats == null ? 0 : (int) stats.docCount();
    }

    /** The distinct terms of a document (indexes into the vocabulary, ascending) and their frequencies. */
    record DocTerms(int[] terms, int[] freqs) {
    }

    /** Document {@code doc}'s terms, decoded in one pass (every VInt byte but the last of each has its high bit set). */
    DocTerms docTerms(int doc) {
        byte[] bytes = docTerms[doc];
        int ends = 0;
        for (byte b : bytes) {
            ends += b >= 0 ? 1 : 0;
        }
        int count = ends / 2;
        int[] terms = new int[count];
        int[] freqs = new int[count];
        ByteArrayDataInput in = new ByteArrayDataInput(bytes);
        int term = 0;
        for (int i = 0; i < count; i++) {
            term += in.readVInt();
            terms[i] = term;
            freqs[i] = in.readVInt();
        }
        return new DocTerms(terms, freqs);
    }

    /**
     * Per document its terms as (gap, frequency) VInts, made from the postings in two passes (sizes,
     * then bytes) so no growing arrays or int copies are held for every document.
     */
    private byte[][] encodeDocTerms(int maxDoc) {
        int[] size = new int[maxDoc];
        int[] last = new int[maxDoc];
        forEachPosting((t, doc, freq) -> {
            size[doc] += vIntLength(t - last[doc]) + vIntLength(freq);
            last[doc] = t;
        });
        byte[][] out = new byte[maxDoc][];
        for (int d = 0; d < maxDoc; d++) {
            out[d] = new byte[size[d]];
        }
        Arrays.fill(last, 0);
        int[] at = new int[maxDoc];
        forEachPosting((t, doc, freq) -> {
            at[doc] = putVInt(out[doc], at[doc], t - last[doc]);
            at[doc] = putVInt(out[doc], at[doc], freq);
            last[doc] = t;
        });
        return out;
    }

    private interface PostingVisitor {
        void visit(int term, int doc, int freq);
    }

    /** Every posting, by term in byte order, then by document. */
    private void forEachPosting(PostingVisitor visitor) {
        for (int t = 0; t < terms.length; t++) {
            ByteArrayDataInput in = postingsOf(t);
            int doc = 0;
            for (int i = 0; i < docFreqs[t]; i++) {
                doc += in.readVInt();
                visitor.visit(t, doc, in.readVInt());
            }
        }
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
        int[] out = new int[docFreqs[t]];
        ByteArrayDataInput in = postingsOf(t);
        int doc = 0;
        for (int i = 0; i < out.length; i++) {
            doc += in.readVInt();
            out[i] = QuantizedBM25Similarity.quantize(scorer.score(in.readVInt(), norms[doc]));
        }
        return out;
    }
}
