package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;

/**
 * The in-memory "vergelijkbare casussen" against the MoreLikeThis query run through Lucene's
 * IndexSearcher, which is what it replaces: same cases, same order, for every case.
 */
class RelatedCasesTest {

    /** The reference: MoreLikeThis' query, only cases, not the case itself, top n by the searcher. */
    private static List<String> byQuery(SearchIndex index, int doc, int n) throws Exception {
        MoreLikeThis mlt = new MoreLikeThis(index.searcher().getIndexReader());
        mlt.setAnalyzer(index.analysis().indexAnalyzer());
        mlt.setFieldNames(new String[] {DutchAnalysis.FIELD});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(15);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(mlt.like(doc), Occur.SHOULD);
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

    private static int compareAll(SearchIndex index) throws Exception {
        RelatedCases related = new RelatedCases(new SearchPostings(index.analysis(), index.docs()));
        int cases = 0;
        for (int i = 0; i < index.docs().size(); i++) {
            if (!index.docs().get(i).type().equals("casus")) {
                continue;
            }
            List<String> fast = related.of(i, SearchPart.RELATED).stream().map(SearchDoc::id).toList();
            assertEquals(byQuery(index, i, SearchPart.RELATED), fast, "casus " + index.docs().get(i).id());
            assertFalse(fast.contains(index.docs().get(i).id()), "a case is not related to itself");
            cases++;
        }
        return cases;
    }

    @Test
    void sameAsMoreLikeThisQueryOnTheDefaultContent() throws Exception {
        SearchFixture f = SearchFixture.publiek();
        assertEquals(f.view.casussen().size(), compareAll(f.index));
        assertTrue(f.view.casussen().size() >= 5, "the default public view has cases to compare");
    }

    @Test
    void sameAsMoreLikeThisQueryOnASyntheticCorpusPerAudience() throws Exception {
        KnowledgeBase kb = SyntheticCorpus.knowledgeBase(SearchFixture.ROOT.resolve("content"), 400, 7);
        for (Zichtbaarheid audience : List.of(Zichtbaarheid.PUBLIEK, Zichtbaarheid.PROFESSIONALS)) {
            KnowledgeBase view = AudienceView.filter(kb, audience);
            try (SearchIndex index = SearchPart.open(view)) {
                assertEquals(view.casussen().size(), compareAll(index));
            }
        }
    }

    /**
     * The pruned walk skips most postings on a large corpus, where long postings make pruning matter:
     * it must give what summing every posting gives, for every case, at more than one list length, with
     * every term's scores kept per document (0), with none (above 1) and with the build's share.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, RelatedCases.DENSE, 1.5})
    void prunedWalkEqualsSummingEveryPostingOnALargerCorpus(double dense) throws Exception {
        KnowledgeBase kb = SyntheticCorpus.knowledgeBase(SearchFixture.ROOT.resolve("content"), 3_000, 11);
        KnowledgeBase view = AudienceView.filter(kb, Zichtbaarheid.PROFESSIONALS);
        SearchPostings postings = SearchPart.postings(view);
        RelatedCases related = new RelatedCases(postings, dense);
        int compared = 0;
        for (int i = 0; i < postings.docs().size(); i++) {
            if (!postings.docs().get(i).type().equals("casus")) {
                continue;
            }
            for (int n : new int[] {1, SearchPart.RELATED, 40}) {
                assertEquals(related.exhaustive(i, n).stream().map(SearchDoc::id).toList(),
                        related.of(i, n).stream().map(SearchDoc::id).toList(), "casus " + postings.docs().get(i).id() + ", n=" + n);
            }
            compared++;
        }
        assertEquals(view.casussen().size(), compared);
    }
}
