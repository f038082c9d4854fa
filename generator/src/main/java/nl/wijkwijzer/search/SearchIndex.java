package nl.wijkwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The in-memory Lucene index of one audience view. Doc ids equal the positions in {@link #docs()}
 * (one segment, documents added in order), so the browser breaks ties exactly like Lucene.
 */
public final class SearchIndex implements AutoCloseable {
    public static final int PREFIX_MIN = 3;
    public static final int PREFIX_EXPANSIONS = 20;

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

    private Vocabulary vocabulary;

    /** The site's surface words for corrections, made on first use. */
    public synchronized Vocabulary surfaceWords() {
        if (vocabulary == null) {
            vocabulary = Vocabulary.of(docs, analysis);
        }
        return vocabulary;
    }

    int df(String term) {
        try {
            return reader.docFreq(new Term(DutchAnalysis.FIELD, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stored text with term vectors, so MoreLikeThis reads a case's terms instead of re-analysing it. */
    private static final org.apache.lucene.document.FieldType BODY = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);

    static {
        BODY.setStoreTermVectors(true);
        BODY.freeze();
    }

    public SearchIndex(DutchAnalysis analysis, List<SearchDoc> docs) {
        this.analysis = analysis;
        this.docs = List.copyOf(docs);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
            config.setSimilarity(similarity);
            config.setMergePolicy(new LogByteSizeMergePolicy());
            config.setMergeScheduler(new SerialMergeScheduler());
            config.setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (SearchDoc d : this.docs) {
                    Document doc = new Document();
                    doc.add(new StringField("id", d.type() + "/" + d.id(), Field.Store.YES));
                    doc.add(new Field(DutchAnalysis.FIELD, d.text(), BODY));
                    doc.add(new StringField("f_type", d.type(), Field.Store.NO));
                    d.facets().forEach((f, values) -> values.forEach(v -> doc.add(new StringField("f_" + f, v, Field.Store.NO))));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(similarity);
            for (int i = 0; i < this.docs.size(); i++) {
                SearchDoc d = this.docs.get(i);
                if (!searcher.storedFields().document(i).get("id").equals(d.type() + "/" + d.id())) {
                    throw new IllegalStateException("Lucene doc ids do not follow insertion order");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    public long sizeInBytes() {
        long total = 0;
        try {
            for (String f : dir.listAll()) {
                total += dir.fileLength(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
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
            Terms terms = leaf().terms(DutchAnalysis.FIELD);
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

    /** Every distinct term, for suggestions and tests. */
    public List<String> vocabulary() {
        Set<String> out = new LinkedHashSet<>();
        try {
            Terms terms = leaf().terms(DutchAnalysis.FIELD);
            TermsEnum te = terms.iterator();
            BytesRef t;
            while ((t = te.next()) != null) {
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
