package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;

/**
 * "Vergelijkbare casussen" as docs/search.md defines them: by example, against the definition computed
 * another way (every case scored, term by term, through the searcher), and close to Lucene's
 * MoreLikeThis without being it.
 */
class RelatedCasesTest {

    private static SearchDoc doc(String id, String type, String title, String body) {
        return SearchIndexTest.doc(id, type, title, body);
    }

    private static List<String> ids(List<SearchDoc> docs) {
        return docs.stream().map(SearchDoc::id).toList();
    }

    @Test
    void aCaseAboutDebtsAndRentListsTheCaseAboutRentArrearsBeforeAnUnrelatedOne() {
        List<SearchDoc> docs = List.of(
                doc("a-schulden", "casus", "Schulden en huur", "Door zijn schulden kon hij de huur van zijn flat in de buurt niet meer betalen."),
                doc("b-kunst", "casus", "Kunst", "Schilderen en muziek maken in een atelier."),
                doc("c-huurschuld", "casus", "Een huurschuld", "Na een huurschuld van drie maanden volgde een betalingsregeling."),
                doc("d-eenzaam", "casus", "Eenzaam na de verhuizing", "Hij kende niemand in de buurt en bleef binnen."),
                doc("e-weeffout", "weeffout", "Schulden en huur", "Schulden en huur: wie betaalt de huur bij schulden?"),
                doc("f-atelier", "casus", "Atelier", "Een atelier voor kunst en muziek."));
        try (SearchIndex index = new SearchIndex(new DutchAnalysis(List.of()), docs)) {
            RelatedCases related = new RelatedCases(index);
            List<String> ofA = ids(related.of(0, SearchPart.RELATED));
            assertEquals(List.of("c-huurschuld", "d-eenzaam"), ofA,
                    "huur and schuld (the parts of huurschuld) before the case that shares only 'buurt'; no weeffout, not itself");
            assertEquals(List.of("f-atelier"), ids(related.of(1, SearchPart.RELATED)));
        }
    }

    @Test
    void equalWeightsGoToTheTermFirstInTermOrder() {
        // 20 words, each in the case and in one other document: tf 1 and df 2 for all, so equal weights.
        List<String> words = new ArrayList<>();
        for (char c = 'a'; c < 'a' + 20; c++) {
            words.add("kwib" + c + "q" + (char) ('z' - (c - 'a')) + "q");
        }
        List<String> shuffled = new ArrayList<>(words);
        java.util.Collections.shuffle(shuffled, new java.util.Random(5));
        List<SearchDoc> docs = List.of(doc("a", "casus", "", String.join(" ", shuffled)),
                doc("b", "casus", "", String.join(" ", words)));
        try (SearchIndex index = new SearchIndex(new DutchAnalysis(List.of()), docs)) {
            List<String> terms = new RelatedCases(index).tellingTerms(0);
            List<String> expected = index.vocabulary().stream().sorted(Comparator.comparing(BytesRef::new)).limit(15).toList();
            assertEquals(words.stream().sorted().toList(), index.vocabulary(), "the words are indexed as they are");
            assertEquals(expected, terms);
        }
    }

    /**
     * A large corpus bounds the postings kept in memory (BuildProfile.relatedPostings); the terms not
     * kept are read from the index into the sums. With a bound of a few hundred postings (some terms
     * kept, most read) and with none kept, every list must stay what keeping all gives.
     */
    @Test
    void boundedKeptPostingsGiveTheSameLists() throws Exception {
        KnowledgeBase kb = SyntheticCorpus.knowledgeBase(SearchFixture.ROOT.resolve("content"), 300, 11);
        KnowledgeBase view = AudienceView.filter(kb, Zichtbaarheid.PROFESSIONALS);
        try (SearchIndex index = SearchPart.open(view)) {
            RelatedCases all = new RelatedCases(index);
            RelatedCases some = new RelatedCases(index, 300);
            RelatedCases none = new RelatedCases(index, 0);
            assertTrue(some.keptTerms() > 0 && some.keptTerms() < all.keptTerms(), some.keptTerms() + " of " + all.keptTerms());
            assertEquals(0, none.keptTerms());
            int compared = 0;
            for (int doc = 0; doc < index.docs().size(); doc++) {
                if (index.docs().get(doc).type().equals("casus")) {
                    List<String> expected = ids(all.of(doc, SearchPart.RELATED));
                    assertEquals(expected, ids(some.of(doc, SearchPart.RELATED)), index.docs().get(doc).id());
                    assertEquals(expected, ids(none.of(doc, SearchPart.RELATED)), index.docs().get(doc).id());
                    compared += expected.isEmpty() ? 0 : 1;
                }
            }
            assertTrue(compared > 200, "cases with related cases: " + compared);
        }
    }

    /**
     * The definition computed independently of {@link RelatedCases}: telling terms from the analysed
     * text's frequencies and the index's document frequencies, sorted whole; every case scored by
     * summing the searcher's score of each term's {@link TermQuery}; ranked by score, then doc id.
     */
    @Test
    void sameAsTheDefinitionComputedTermByTermOnASyntheticCorpus() throws Exception {
        KnowledgeBase kb = SyntheticCorpus.knowledgeBase(SearchFixture.ROOT.resolve("content"), 300, 7);
        KnowledgeBase view = AudienceView.filter(kb, Zichtbaarheid.PROFESSIONALS);
        try (SearchIndex index = SearchPart.open(view)) {
            RelatedCases related = new RelatedCases(index);
            long n = index.statistics().docCount();
            TermsEnum te = index.terms().iterator();
            Map<String, Map<Integer, Float>> scores = new HashMap<>();
            int compared = 0;
            for (int doc = 0; doc < index.docs().size(); doc++) {
                if (!index.docs().get(doc).type().equals("casus")) {
                    continue;
                }
                Map<String, Integer> tf = new TreeMap<>();
                for (String t : index.analysis().analyzed(index.docs().get(doc).text()).terms()) {
                    tf.merge(t, 1, Integer::sum);
                }
                record W(String term, float weight) {
                }
                List<W> weights = new ArrayList<>();
                for (Map.Entry<String, Integer> e : tf.entrySet()) {
                    assertTrue(te.seekExact(new BytesRef(e.getKey())));
                    if (te.docFreq() >= 2) {
                        weights.add(new W(e.getKey(), e.getValue() * (float) (Math.log((n + 1) / (double) (te.docFreq() + 1)) + 1.0)));
                    }
                }
                weights.sort(Comparator.comparing(W::weight).reversed().thenComparing(w -> new BytesRef(w.term())));
                List<String> telling = weights.stream().limit(15).map(W::term).toList();
                assertEquals(telling, related.tellingTerms(doc), "telling terms of " + index.docs().get(doc).id());
                Map<Integer, Float> sum = new HashMap<>();
                for (String t : telling) {
                    Map<Integer, Float> perDoc = scores.computeIfAbsent(t, x -> termScores(index, x));
                    perDoc.forEach((d, s) -> sum.merge(d, s, Float::sum));
                }
                int self = doc;
                List<String> expected = sum.keySet().stream()
                        .filter(d -> d != self && index.docs().get(d).type().equals("casus"))
                        .sorted(Comparator.comparing((Integer d) -> sum.get(d)).reversed().thenComparing(d -> d))
                        .limit(SearchPart.RELATED).map(d -> index.docs().get(d).id()).toList();
                assertEquals(expected, ids(related.of(doc, SearchPart.RELATED)), "casus " + index.docs().get(doc).id());
                compared++;
            }
            assertEquals(view.casussen().size(), compared);
        }
    }

    private static Map<Integer, Float> termScores(SearchIndex index, String term) {
        try {
            Map<Integer, Float> out = new HashMap<>();
            for (ScoreDoc sd : index.searcher().search(new TermQuery(new Term(DutchAnalysis.FIELD, term)), index.docs().size()).scoreDocs) {
                out.put(sd.doc, sd.score);
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lucene's MoreLikeThis for a case with the same settings (15 terms, in at least 2 documents), only cases, not itself. */
    private static List<String> moreLikeThis(SearchIndex index, int doc, int n) throws Exception {
        MoreLikeThis mlt = new MoreLikeThis(index.searcher().getIndexReader());
        mlt.setAnalyzer(index.analysis().indexAnalyzer());
        mlt.setFieldNames(new String[] {DutchAnalysis.FIELD});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(RelatedCases.MIN_DOC_FREQ);
        mlt.setMaxQueryTerms(RelatedCases.MAX_QUERY_TERMS);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(mlt.like(DutchAnalysis.FIELD, new StringReader(index.docs().get(doc).text())), Occur.SHOULD);
        b.setMinimumNumberShouldMatch(1);
        b.add(new TermQuery(new Term("f_type", "casus")), Occur.FILTER);
        SearchDoc self = index.docs().get(doc);
        b.add(new TermQuery(new Term("id", self.type() + "/" + self.id())), Occur.MUST_NOT);
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : index.searcher().search(b.build(), n).scoreDocs) {
            out.add(index.docs().get(sd.doc).id());
        }
        return out;
    }

    /** Mean share of MoreLikeThis' top 5 that our top 5 also lists, over every case of the view. */
    static double meanOverlap(KnowledgeBase view) throws Exception {
        try (SearchIndex index = SearchPart.open(view)) {
            RelatedCases related = new RelatedCases(index);
            double sum = 0;
            int cases = 0;
            for (int doc = 0; doc < index.docs().size(); doc++) {
                if (!index.docs().get(doc).type().equals("casus")) {
                    continue;
                }
                List<String> theirs = moreLikeThis(index, doc, SearchPart.RELATED);
                Set<String> ours = new HashSet<>(ids(related.of(doc, SearchPart.RELATED)));
                if (!theirs.isEmpty()) {
                    sum += theirs.stream().filter(ours::contains).count() / (double) theirs.size();
                    cases++;
                }
            }
            return sum / cases;
        }
    }

    /**
     * The ranking is ours, not MoreLikeThis': it takes the same kind of terms (tf x idf, in at least two
     * documents) but breaks ties by term order instead of a hash map's order, and the thresholds come
     * from the measured overlap (docs/search.md): a change that drifts far from a plain
     * "more like this" fails here.
     */
    @Test
    void closeToLucenesMoreLikeThis() throws Exception {
        KnowledgeBase kb = SyntheticCorpus.knowledgeBase(SearchFixture.ROOT.resolve("content"), 400, 7);
        for (Zichtbaarheid audience : List.of(Zichtbaarheid.PUBLIEK, Zichtbaarheid.PROFESSIONALS)) {
            double overlap = meanOverlap(AudienceView.filter(kb, audience));
            System.out.printf("related cases, mean top-5 overlap with MoreLikeThis, synthetic 400, %s: %.3f%n", audience, overlap);
            assertTrue(overlap >= 0.9, audience + ": " + overlap);
        }
        SearchFixture f = SearchFixture.publiek();
        double overlap = meanOverlap(f.view);
        System.out.printf("related cases, mean top-5 overlap with MoreLikeThis, default content, publiek: %.3f%n", overlap);
        assertTrue(overlap >= 0.9, "default content: " + overlap);
    }
}
