package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;

/**
 * The build's Lucene index (IndexWriter fed the remembered tokens of {@link DutchAnalysis#analyzed})
 * read back through Lucene: it holds what IndexWriter makes with the index analyzer on the whole
 * text, and the exported search files carry its postings, positions and the searcher's scores.
 */
class SearchIndexTest {
    private static final List<List<String>> SYNONYMS = List.of(List.of("bw", "beschermd wonen"),
            List.of("mo", "maatschappelijke opvang"), List.of("schulden", "schuldhulp", "schuldhulpverlening"));

    /** Small inline documents: synonyms, compounds, stop words, inflections, letters beyond ASCII, an empty body. */
    static List<SearchDoc> fixture() {
        return List.of(
                doc("a", "casus", "Van BW naar een eigen woning", "Na jaren in beschermd wonen vond ze een woning via de woningcorporatie."),
                doc("b", "casus", "Schulden en huur", "De schuldhulpverlening regelde een betalingsregeling voor de huurschuld."),
                doc("c", "casus", "Dagbesteding", "Hij zocht dagbesteding in de wijk; de buurtcoach hielp. Casuïstiek naïef coöperatie."),
                doc("d", "casus", "Leeg", ""),
                doc("e", "weeffout", "Ωmega en zeta", "中文 tekst met 𝒳 en ﬀ en z; maatschappelijke opvang en MO."),
                doc("f", "organisatie", "Schuldhulp", "Schulden, schuld, schuldhulp: wij helpen bij beschermd wonen en huurschulden."));
    }

    static SearchDoc doc(String id, String type, String title, String body) {
        return new SearchDoc(id, title, id + ".html", type, Map.of(), body);
    }

    /** The reference: IndexWriter with the index analyzer on each whole text, as Lucene indexes without our memo. */
    private static DirectoryReader reference(DutchAnalysis analysis, List<SearchDoc> docs, ByteBuffersDirectory dir) throws Exception {
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
        config.setSimilarity(new QuantizedBM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (SearchDoc d : docs) {
                Document doc = new Document();
                doc.add(new Field(DutchAnalysis.FIELD, d.text(), TextField.TYPE_NOT_STORED));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        return DirectoryReader.open(dir);
    }

    /** Every term, posting, position and norm of {@code mine} equals the reference's; returns the postings compared. */
    private static long sameAsReference(SearchIndex mine, List<SearchDoc> docs) throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                DirectoryReader ref = reference(mine.analysis(), docs, dir)) {
            LeafReader expected = ref.leaves().get(0).reader();
            LeafReader actual = mine.leaf();
            TermsEnum e = expected.terms(DutchAnalysis.FIELD).iterator();
            TermsEnum a = actual.terms(DutchAnalysis.FIELD).iterator();
            long postings = 0;
            for (BytesRef term = e.next(); term != null; term = e.next()) {
                BytesRef other = a.next();
                assertEquals(term.utf8ToString(), other == null ? null : other.utf8ToString());
                assertEquals(e.docFreq(), a.docFreq(), term.utf8ToString());
                assertEquals(e.totalTermFreq(), a.totalTermFreq(), term.utf8ToString());
                PostingsEnum pe = e.postings(null, PostingsEnum.POSITIONS);
                PostingsEnum pa = a.postings(null, PostingsEnum.POSITIONS);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    assertEquals(d, pa.nextDoc(), term.utf8ToString());
                    assertEquals(pe.freq(), pa.freq(), term.utf8ToString() + " in doc " + d);
                    for (int k = 0; k < pe.freq(); k++) {
                        assertEquals(pe.nextPosition(), pa.nextPosition(), term.utf8ToString() + " in doc " + d);
                    }
                    postings++;
                }
                assertEquals(DocIdSetIterator.NO_MORE_DOCS, pa.nextDoc());
            }
            assertEquals(null, a.next(), "no term beyond the reference's");
            NumericDocValues ne = expected.getNormValues(DutchAnalysis.FIELD);
            long[] norms = mine.norms();
            for (int d = ne.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ne.nextDoc()) {
                assertEquals(ne.longValue(), norms[d], "norm of doc " + d);
            }
            assertEquals(ref.getDocCount(DutchAnalysis.FIELD), mine.statistics().docCount());
            assertEquals(ref.getSumTotalTermFreq(DutchAnalysis.FIELD), mine.statistics().sumTotalTermFreq());
            return postings;
        }
    }

    @Test
    void aQueryCompoundIsSplitIntoHunspellPartsThatAreWordsOfTheSite() throws Exception {
        List<SearchDoc> docs = List.of(doc("a", "casus", "Flat", "Elke bewoner van de flat kreeg een brief."),
                doc("b", "casus", "Tuin", "De tuin van het huis."));
        try (SearchIndex index = new SearchIndex(new DutchAnalysis(List.of()), docs)) {
            // The query word is in no document; both its parts are in woorddelen.txt and on page a.
            assertEquals(List.of("a.html"), index.search("flatbewoner", Map.of(), false, 10).hits().stream().map(h -> h.page().url()).toList());
            List<String> parts = index.surfaceWords().parts();
            assertTrue(parts.containsAll(List.of("flat", "bewoner", "tuin", "huis")), "site words that are parts: " + parts);
            assertFalse(parts.contains("woning"), "a part the site does not use is not shipped: " + parts);
        }
    }

    /**
     * The browser gets only the parts the site can match (parts.js). They must split every word of the
     * site as the index side's whole list does: search.js splits the site's text and query words with them.
     */
    @Test
    void theShippedPartsSplitEveryWordOfTheSiteAsTheWholeListDoes() throws Exception {
        SearchFixture f = SearchFixture.publiek();
        DutchAnalysis analysis = f.index.analysis();
        Vocabulary vocabulary = f.index.surfaceWords();
        org.apache.lucene.analysis.CharArraySet shipped = new org.apache.lucene.analysis.CharArraySet(vocabulary.parts(), false);
        // Without the parts the index used (only the hunspell parts that are words of the site), some
        // words split otherwise: the property is not true by accident.
        java.util.Set<String> stop = new java.util.HashSet<>(analysis.stopWords());
        List<String> siteWordsOnly = analysis.wordParts().stream()
                .filter(p -> vocabulary.byLetter().getOrDefault(p.substring(0, 1), List.of()).contains(p)).toList();
        org.apache.lucene.analysis.CharArraySet narrow = new org.apache.lucene.analysis.CharArraySet(siteWordsOnly, false);
        java.util.Set<String> words = new java.util.TreeSet<>();
        for (SearchDoc d : f.index.docs()) {
            DutchAnalysis.tokens(analysis.rawAnalyzer(), d.text()).forEach(t -> words.add(t.term()));
        }
        int compounds = 0;
        int otherwise = 0;
        for (String w : words) {
            List<String> full = analysis.indexParts(w);
            if (!stop.contains(w)) {
                assertEquals(full, analysis.parts(w, shipped), w);
                if (!full.equals(analysis.parts(w, narrow))) {
                    otherwise++;
                }
            }
            compounds += full.isEmpty() ? 0 : 1;
        }
        assertTrue(compounds > 500, "words of the site the index splits: " + compounds);
        assertTrue(otherwise > 0, "the site's words alone would split " + otherwise + " words otherwise");
        assertTrue(vocabulary.parts().size() * 5 < analysis.wordParts().size(),
                vocabulary.parts().size() + " of " + analysis.wordParts().size() + " parts shipped");
    }

    @Test
    void aPageWithSectionDocumentsShipsItsTextBeforeTheFirstSectionForItsSnippet() {
        String page = "Samenvatting van de vuistregel.\nEerste kop\nTekst onder de eerste kop.\nTweede kop\nMeer.";
        assertEquals("Samenvatting van de vuistregel.\nEerste kop", SearchExport.snippetSource(page, "Tekst onder de eerste kop."));
        assertEquals(page, SearchExport.snippetSource(page, null), "no sections: the text itself");
        assertEquals(page, SearchExport.snippetSource(page, "niet in de tekst"), "a section text not found cuts nothing");
        String longText = "woord ".repeat(1000);
        assertEquals(SearchExport.SNIPPET_SOURCE, SearchExport.snippetSource(longText, null).length() + 1, "at most SNIPPET_SOURCE chars, stripped");
    }

    @Test
    void memoisedTokensIndexAsTheAnalyzerDoesOnInlineDocuments() throws Exception {
        List<SearchDoc> docs = fixture();
        try (SearchIndex index = new SearchIndex(new DutchAnalysis(SYNONYMS), docs)) {
            long postings = sameAsReference(index, docs);
            assertTrue(postings >= 40, "postings compared: " + postings);
            List<String> vocabulary = index.vocabulary();
            assertTrue(vocabulary.contains("_bw"), "a synonym group token is indexed: " + vocabulary);
            assertTrue(vocabulary.contains("schuld"), "a compound part is indexed: " + vocabulary);
            assertFalse(vocabulary.contains("de"), "stop words are not indexed");
            assertTrue(vocabulary.contains("casuistiek"), "folded: " + vocabulary);
        }
    }

    /** The professionals' view of 300 synthetic cases (seed 11). */
    private static nl.wijkwijzer.model.KnowledgeBase syntheticProfessionals() throws java.io.IOException {
        return AudienceView.filter(SyntheticCorpus.knowledgeBase(SearchFixture.ROOT.resolve("content"), 300, 11),
                Zichtbaarheid.PROFESSIONALS);
    }

    @Test
    void memoisedTokensIndexAsTheAnalyzerDoesOnASyntheticCorpus() throws Exception {
        var kb = syntheticProfessionals();
        List<SearchDoc> docs = SearchDoc.of(kb);
        DutchAnalysis analysis = new DutchAnalysis(kb.synoniemen());
        // Documents are analysed in chunks; an index whose documents were analysed before (the memo
        // answering) must come out the same as a fresh one.
        try (SearchIndex first = new SearchIndex(analysis, docs); SearchIndex again = new SearchIndex(analysis, docs)) {
            assertTrue(sameAsReference(first, docs) > 10_000);
            assertTrue(sameAsReference(again, docs) > 10_000);
        }
    }

    /**
     * A large corpus makes each term's postings JSON again as its shard is written instead of holding
     * all of it from sizing the shards: the files must be the same, shard for shard (enough terms here
     * that prefixes split into several shards).
     */
    @Test
    void postingsMadeAgainPerShardGiveTheSameFiles() throws Exception {
        var kb = syntheticProfessionals();
        try (SearchIndex index = new SearchIndex(new DutchAnalysis(kb.synoniemen()), SearchDoc.of(kb))) {
            Map<String, byte[]> held = SearchExport.export(index, SearchPart.facetValues(kb), true);
            Map<String, byte[]> again = SearchExport.export(index, SearchPart.facetValues(kb), false);
            assertEquals(held.keySet(), again.keySet());
            held.forEach((name, bytes) -> assertArrayEquals(bytes, again.get(name), name));
            assertTrue(held.keySet().stream().filter(n -> n.startsWith(SearchExport.DIR + "shard-")).count() > 20, held.keySet().toString());
        }
    }

    /**
     * A large corpus indexes with a smaller buffer (BuildProfile.indexBufferMB): more segments, merged
     * into one at the end. With a buffer small enough for dozens of segments the exported files and the
     * related cases must be those of one segment written at once.
     */
    @Test
    void aSmallIndexBufferGivesTheSameIndex() throws Exception {
        var kb = syntheticProfessionals();
        List<SearchDoc> docs = SearchDoc.of(kb);
        DutchAnalysis analysis = new DutchAnalysis(kb.synoniemen());
        try (SearchIndex whole = new SearchIndex(analysis, docs, 256); SearchIndex merged = new SearchIndex(analysis, docs, 0.02)) {
            Map<String, byte[]> expected = SearchExport.export(whole, SearchPart.facetValues(kb));
            Map<String, byte[]> actual = SearchExport.export(merged, SearchPart.facetValues(kb));
            assertEquals(expected.keySet(), actual.keySet());
            expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
            RelatedCases a = new RelatedCases(whole);
            RelatedCases b = new RelatedCases(merged);
            for (int doc = 0; doc < docs.size(); doc++) {
                if (docs.get(doc).type().equals("casus")) {
                    assertEquals(a.of(doc, SearchPart.RELATED), b.of(doc, SearchPart.RELATED), docs.get(doc).id());
                }
            }
        }
    }

    /** The shard files of the export decoded: per term its documents and the searcher's score of a TermQuery, x 256. */
    @Test
    void exportedShardsCarryLucenesPostingsScoresAndPositions() throws Exception {
        List<SearchDoc> docs = fixture();
        try (SearchIndex index = new SearchIndex(new DutchAnalysis(SYNONYMS), docs)) {
            Map<String, byte[]> files = SearchExport.export(index, Map.of("type", Map.of("casus", "Casus")));
            Yaml json = new Yaml(new SafeConstructor(new LoaderOptions()));
            int terms = 0;
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                String name = f.getKey();
                if (!name.startsWith(SearchExport.DIR + "shard-")) {
                    continue;
                }
                Map<String, List<Integer>> shard = json.load(payload(f.getValue(), "WWZ.shard("));
                Map<String, List<List<Integer>>> positions = json.load(payload(
                        files.get(name.replace("/shard-", "/pos-")), "WWZ.pos("));
                for (Map.Entry<String, List<Integer>> e : shard.entrySet()) {
                    String term = e.getKey();
                    ScoreDoc[] hits = index.searcher().search(new TermQuery(new Term(DutchAnalysis.FIELD, term)), docs.size()).scoreDocs;
                    java.util.Arrays.sort(hits, java.util.Comparator.comparingInt(h -> h.doc));
                    List<Integer> pairs = e.getValue();
                    assertEquals(hits.length * 2, pairs.size(), term);
                    int doc = 0;
                    TermsEnum te = index.terms().iterator();
                    assertTrue(te.seekExact(new BytesRef(term)), term);
                    PostingsEnum pe = te.postings(null, PostingsEnum.POSITIONS);
                    for (int i = 0; i < hits.length; i++) {
                        doc += pairs.get(2 * i);
                        assertEquals(hits[i].doc, doc, term);
                        assertEquals(Math.round(hits[i].score * QuantizedBM25Similarity.SCALE), pairs.get(2 * i + 1), term);
                        assertEquals(doc, pe.nextDoc());
                        List<Integer> gaps = positions.get(term).get(i);
                        int position = 0;
                        for (int k = 0; k < pe.freq(); k++) {
                            position += gaps.get(k);
                            assertEquals(pe.nextPosition(), position, term + " in doc " + doc);
                        }
                        assertEquals(pe.freq(), gaps.size(), term);
                    }
                    terms++;
                }
            }
            assertEquals(index.vocabulary().size(), terms, "every term is in one shard");
        }
    }

    private static String payload(byte[] file, String call) {
        String s = new String(file, StandardCharsets.UTF_8);
        assertTrue(s.startsWith(call) && s.endsWith(");\n"), s.substring(0, Math.min(60, s.length())));
        String args = s.substring(call.length(), s.length() - 3);
        return args.substring(args.indexOf(",{") + 1);
    }

    @Test
    void aCorpusWithoutWordsHasAnEmptyIndex() throws Exception {
        List<SearchDoc> docs = new ArrayList<>(List.of(doc("x", "casus", "", ""), doc("y", "casus", "de het", "een")));
        try (SearchIndex index = new SearchIndex(new DutchAnalysis(List.of()), docs)) {
            assertEquals(List.of(), index.vocabulary());
            assertEquals(List.of(), new RelatedCases(index).of(0, 5));
            Map<String, byte[]> files = SearchExport.export(index, Map.of("type", Map.of("casus", "Casus")));
            assertTrue(files.containsKey(SearchExport.DIR + "manifest.js"));
            assertFalse(files.keySet().stream().anyMatch(k -> k.contains("shard-")), files.keySet().toString());
        }
    }
}
