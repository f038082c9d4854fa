package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;

/**
 * The in-memory postings the search files are made from, against a real Lucene index
 * ({@link SearchIndex}, IndexWriter with the same analyzer and similarity) of the same documents:
 * same terms in the same order, and per posting the same document, positions, norm and score.
 */
class SearchPostingsTest {

    private static void compare(SearchIndex lucene, int minPostings) throws Exception {
        compare(lucene, minPostings, SearchPostings.ANALYSIS_CHUNK);
        // Documents are analysed in chunks: small ones, whose borders fall anywhere, give the same postings.
        compare(lucene, minPostings, 7);
    }

    private static void compare(SearchIndex lucene, int minPostings, int chunk) throws Exception {
        SearchPostings mine = new SearchPostings(lucene.analysis(), lucene.docs(), chunk);
        LeafReader leaf = lucene.leaf();
        CollectionStatistics stats = lucene.searcher().collectionStatistics(DutchAnalysis.FIELD);
        assertEquals(stats.docCount(), mine.docCount());
        List<String> terms = new ArrayList<>();
        TermsEnum te = leaf.terms(DutchAnalysis.FIELD).iterator();
        NumericDocValues norms = leaf.getNormValues(DutchAnalysis.FIELD);
        long checked = 0;
        for (BytesRef b = te.next(); b != null; b = te.next()) {
            String term = b.utf8ToString();
            int t = terms.size();
            terms.add(term);
            assertEquals(term, mine.term(t), "term " + t);
            assertEquals(te.docFreq(), mine.docFreq(t), term);
            assertEquals(te.totalTermFreq(), mine.totalTermFreq(t), term);
            SimScorer scorer = lucene.similarity().unquantized(stats,
                    lucene.searcher().termStatistics(new Term(DutchAnalysis.FIELD, b), te.docFreq(), te.totalTermFreq()));
            int[] scores = mine.quantizedScores(t);
            PostingsEnum pe = te.postings(null, PostingsEnum.POSITIONS);
            int i = 0;
            int p = 0;
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc(), i++) {
                assertEquals(doc, mine.docs(t)[i], term);
                assertEquals(pe.freq(), mine.freqs(t)[i], term);
                for (int k = 0; k < pe.freq(); k++) {
                    assertEquals(pe.nextPosition(), mine.positions(t)[p++], term + " in doc " + doc);
                }
                assertTrue(norms.advanceExact(doc));
                assertEquals(norms.longValue(), mine.norm(doc), "norm of doc " + doc);
                assertEquals(QuantizedBM25Similarity.quantize(scorer.score(pe.freq(), norms.longValue())), scores[i], term);
                checked++;
            }
        }
        assertEquals(terms.size(), mine.termCount());
        assertEquals(terms, mine.vocabulary());
        assertTrue(checked >= minPostings, "postings compared: " + checked);
    }

    @Test
    void sameAsLuceneOnTheDefaultContent() throws Exception {
        compare(SearchFixture.publiek().index, 5_000);
    }

    @Test
    void sameAsLuceneOnASyntheticCorpusPerAudience() throws Exception {
        KnowledgeBase kb = SyntheticCorpus.knowledgeBase(SearchFixture.ROOT.resolve("content"), 300, 11);
        for (Zichtbaarheid audience : List.of(Zichtbaarheid.PUBLIEK, Zichtbaarheid.PROFESSIONALS)) {
            try (SearchIndex index = SearchPart.open(AudienceView.filter(kb, audience))) {
                compare(index, 10_000);
            }
        }
    }

    @Test
    void termsWithCharactersBeyondAsciiKeepLuceneByteOrder() throws Exception {
        DutchAnalysis a = new DutchAnalysis(List.of());
        List<SearchDoc> docs = List.of(
                new SearchDoc("a", "Ωmega en zeta", "a.html", "casus", java.util.Map.of(), "中文 tekst met 𝒳 en ﬀ en z"),
                new SearchDoc("b", "Leeg", "b.html", "casus", java.util.Map.of(), ""),
                new SearchDoc("c", "zeta", "c.html", "casus", java.util.Map.of(), "Ωmega 中文 woningen"));
        try (SearchIndex index = new SearchIndex(a, docs)) {
            compare(index, 12);
        }
    }

    /**
     * The compact postings are written by {@code putVInt} and read by Lucene's ByteArrayDataInput: the
     * two must agree at every length of the encoding (1 to 5 bytes), which the corpora above reach only
     * in part (document gaps past 16,383 need a large corpus).
     */
    @Test
    void variableLengthIntsReadBackWithLucenesReader() {
        int[] values = {0, 1, 127, 128, 300, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456,
                Integer.MAX_VALUE, -1, Integer.MIN_VALUE};
        byte[] bytes = new byte[4];
        int at = 0;
        for (int v : values) {
            bytes = SearchPostings.room(bytes, at);
            int end = SearchPostings.putVInt(bytes, at, v);
            assertEquals(SearchPostings.vIntLength(v), end - at, "bytes for " + v);
            at = end;
        }
        ByteArrayDataInput in = new ByteArrayDataInput(bytes, 0, at);
        for (int v : values) {
            assertEquals(v, in.readVInt());
        }
        assertTrue(in.eof());
    }
}
