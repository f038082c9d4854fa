package nl.wijkwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of one audience view, in memory: {@link IndexWriter} fed each document's tokens
 * from {@link DutchAnalysis#analyzed} (the index chain, remembered per word and per text), so Lucene
 * inverts exactly what its analyzer would give. Everything the build needs from it is read back
 * through Lucene: the terms and postings ({@link TermsEnum}, {@code PostingsEnum}), the norms, and
 * the statistics the {@link IndexSearcher} scores with ({@link #scorer}).
 *
 * <p>Doc ids equal the positions in {@link #docs()} (one segment, documents added in order by one
 * thread), so the browser breaks ties exactly like Lucene.
 */
public final class SearchIndex implements AutoCloseable {
    public static final int PREFIX_MIN = 3;
    public static final int PREFIX_EXPANSIONS = 20;
    /** Documents analysed together (in parallel) before they are added: bounds the tokens held at once. */
    static final int ANALYSIS_CHUNK = 4096;

    private final DutchAnalysis analysis;
    private final List<SearchDoc> docs;
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QuantizedBM25Similarity similarity = new QuantizedBM25Similarity();

    public record Hit(int doc, SearchDoc page, float score) {
    }

    /**
     * @param corrections the words replaced by a real word of the site (as typed, then the word searched)
     */
    public record Result(List<Hit> hits, long total, boolean fallback, List<QueryRepair.Correction> corrections) {
        public Result(List<Hit> hits, long total, boolean fallback) {
            this(hits, total, fallback, List.of());
        }

        /** The query as searched: every corrected word replaced. */
        public String searched(String q) {
            String out = q;
            for (QueryRepair.Correction c : corrections) {
                out = out.replace(c.from(), c.to());
            }
            return out;
        }
    }

    /** Per query word (clause) a page matches, this much is added to its score: more words first. */
    public static final float WORD_BONUS = 1000f;

    private final Vocabulary vocabulary;

    /** The site's surface words for corrections (counted while the documents were indexed). */
    public Vocabulary surfaceWords() {
        return vocabulary;
    }

    int df(String term) {
        try {
            return reader.docFreq(new Term(DutchAnalysis.FIELD, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchIndex(DutchAnalysis analysis, List<SearchDoc> docs) {
        this(analysis, docs, nl.wijkwijzer.util.BuildProfile.DEFAULT.indexBufferMB());
    }

    /**
     * @param bufferMB memory for documents not yet written into the index as a segment; a smaller buffer
     *                 makes more segments, merged into one at the end (same index)
     */
    public SearchIndex(DutchAnalysis analysis, List<SearchDoc> docs, double bufferMB) {
        this.analysis = analysis;
        this.docs = List.copyOf(docs);
        try {
            IndexWriterConfig config = new IndexWriterConfig();
            config.setSimilarity(similarity);
            config.setMergePolicy(new LogByteSizeMergePolicy());
            config.setMergeScheduler(new SerialMergeScheduler());
            config.setRAMBufferSizeMB(bufferMB);
            // No compound file: the index lives in memory, and forceMerge(1) would rewrite a lone compound
            // segment just to unpack it (the merge policy keeps a segment that is all of the index out of
            // one), which was ~3% of a 10,000-case build's CPU. A single flushed segment is left as it is.
            config.setUseCompoundFile(false);
            Vocabulary.Counter words = new Vocabulary.Counter();
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                // Analysed a chunk at a time on every core, so the tokens of all documents are never held at once.
                for (int from = 0; from < this.docs.size(); from += ANALYSIS_CHUNK) {
                    int first = from;
                    List<DutchAnalysis.Analyzed> chunk = IntStream.range(first, Math.min(this.docs.size(), first + ANALYSIS_CHUNK))
                            .parallel().mapToObj(k -> analysis.analyzed(this.docs.get(k).text())).toList();
                    for (int k = 0; k < chunk.size(); k++) {
                        writer.addDocument(document(this.docs.get(first + k), chunk.get(k)));
                        words.add(chunk.get(k));
                    }
                }
                writer.forceMerge(1);
            }
            vocabulary = words.vocabulary(analysis);
            reader = DirectoryReader.open(dir);
            if (reader.maxDoc() != this.docs.size() || reader.leaves().size() > 1) {
                throw new IllegalStateException("Lucene index does not hold the documents as one segment in order");
            }
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(similarity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(SearchDoc d, DutchAnalysis.Analyzed tokens) {
        Document doc = new Document();
        doc.add(new StringField("id", d.type() + "/" + d.id(), Field.Store.NO));
        doc.add(new Field(DutchAnalysis.FIELD, new AnalyzedTokens(tokens), TextField.TYPE_NOT_STORED));
        doc.add(new StringField("f_type", d.type(), Field.Store.NO));
        d.facets().forEach((f, values) -> values.forEach(v -> doc.add(new StringField("f_" + f, v, Field.Store.NO))));
        return doc;
    }

    /** The tokens of one text as {@link DutchAnalysis#analyzed} gives them: terms and position increments. */
    static final class AnalyzedTokens extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final DutchAnalysis.Analyzed tokens;
        private int next;

        AnalyzedTokens(DutchAnalysis.Analyzed tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.terms().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(tokens.terms()[next]);
            posInc.setPositionIncrement(tokens.posInc()[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    public DutchAnalysis analysis() {
        return analysis;
    }

    public List<SearchDoc> docs() {
        return docs;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    QuantizedBM25Similarity similarity() {
        return similarity;
    }

    LeafReader leaf() {
        return reader.leaves().get(0).reader();
    }

    /** The text field's terms (null when no document has a token). */
    Terms terms() {
        try {
            return leaf().terms(DutchAnalysis.FIELD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document's norm (the encoded length BM25 scores with); 0 for a document without tokens. */
    long[] norms() {
        long[] out = new long[docs.size()];
        try {
            NumericDocValues values = leaf().getNormValues(DutchAnalysis.FIELD);
            if (values != null) {
                for (int d = values.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
                    out[d] = values.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The statistics {@link IndexSearcher} scores the text field with (null when no document has a token). */
    CollectionStatistics statistics() {
        try {
            return searcher.collectionStatistics(DutchAnalysis.FIELD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lucene's BM25 scorer (unquantized) for the term {@code te} stands on, with the statistics a
     * {@link TermQuery} on this index gets; {@link QuantizedBM25Similarity#quantize} of its score is
     * the integer the browser receives.
     */
    SimScorer scorer(CollectionStatistics stats, TermsEnum te) throws IOException {
        return similarity.unquantized(stats, searcher.termStatistics(new Term(DutchAnalysis.FIELD, te.term()),
                te.docFreq(), te.totalTermFreq()));
    }

    public Result search(String q, Map<String, String> filters, boolean prefix, int n) {
        return search(q, filters, prefix, false, n);
    }

    /**
     * The same search as the browser: words that match nothing mended ({@link QueryRepair}, none
     * replaced when {@code exact}); then graded matching: a page needs every word of a 1-2 word query,
     * all but one of a longer one (at least one when that finds nothing: {@code fallback}); pages with
     * more words first ({@link #WORD_BONUS} per word), then by BM25; phrases must match; then filters.
     */
    public Result search(String q, Map<String, String> filters, boolean prefix, boolean exact, int n) {
        QueryRepair.Repaired repaired = QueryRepair.repair(SearchQuery.parse(q, analysis, prefix, this::expand), analysis,
                this::df, this::expand, surfaceWords(), exact);
        SearchQuery parsed = repaired.query();
        if (parsed.clauses().isEmpty()) {
            return new Result(List.of(), 0, false, repaired.corrections());
        }
        try {
            int size = parsed.clauses().size();
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            parsed.clauses().forEach(c -> all.add(clause(c), Occur.MUST));
            phrases(parsed, all);
            boolean fallback = searcher.count(all.build()) == 0;
            Result r = run(graded(parsed, size <= 2 ? size : size - 1), filters, n, fallback, repaired.corrections());
            if (r.total() == 0 && searcher.count(graded(parsed, size <= 2 ? size : size - 1).build()) == 0) {
                r = run(graded(parsed, 1), filters, n, true, repaired.corrections());
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BooleanQuery.Builder graded(SearchQuery parsed, int need) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Set<String> c : parsed.clauses()) {
            Query q = clause(c);
            b.add(new BooleanQuery.Builder().add(q, Occur.SHOULD)
                    .add(new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(q), WORD_BONUS), Occur.SHOULD)
                    .build(), Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(need);
        phrases(parsed, b);
        return b;
    }

    private static void phrases(SearchQuery parsed, BooleanQuery.Builder b) {
        for (List<SearchQuery.PhrasePart> phrase : parsed.phrases()) {
            MultiPhraseQuery.Builder p = new MultiPhraseQuery.Builder();
            for (SearchQuery.PhrasePart part : phrase) {
                p.add(part.terms().stream().map(t -> new Term(DutchAnalysis.FIELD, t)).toArray(Term[]::new), part.position());
            }
            b.add(p.build(), Occur.FILTER);
        }
    }

    private Result run(BooleanQuery.Builder b, Map<String, String> filters, int n, boolean fallback,
            List<QueryRepair.Correction> corrections) throws IOException {
        filters.forEach((f, v) -> b.add(new TermQuery(new Term("f_" + f, v)), Occur.FILTER));
        TopDocs top = searcher.search(b.build(), n);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(new Hit(sd.doc, docs.get(sd.doc), sd.score));
        }
        return new Result(hits, searcher.count(b.build()), fallback, corrections);
    }

    private static Query clause(Set<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(DutchAnalysis.FIELD, terms.iterator().next()));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.forEach(t -> b.add(new TermQuery(new Term(DutchAnalysis.FIELD, t)), Occur.SHOULD));
        return b.build();
    }

    /** Index terms starting with {@code prefix}: most documents first, then alphabetical; at most 20. */
    List<String> expand(String prefix) {
        record T(String term, int df) {
        }
        List<T> found = new ArrayList<>();
        try {
            Terms terms = terms();
            if (terms == null) {
                return List.of();
            }
            TermsEnum te = terms.iterator();
            if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
                return List.of();
            }
            do {
                String t = te.term().utf8ToString();
                if (!t.startsWith(prefix)) {
                    break;
                }
                found.add(new T(t, te.docFreq()));
            } while (te.next() != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream().sorted(Comparator.comparingInt(T::df).reversed().thenComparing(T::term))
                .limit(PREFIX_EXPANSIONS).map(T::term).toList();
    }

    /** Every distinct term, in Lucene's order (UTF-8 bytes). */
    public List<String> vocabulary() {
        List<String> out = new ArrayList<>();
        try {
            Terms terms = terms();
            if (terms == null) {
                return List.of();
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                out.add(t.utf8ToString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    @Override
    public void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
