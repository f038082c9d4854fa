package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.markdown.SimpleProseTest;
import nl.wijkwijzer.model.KnowledgeBase;

/**
 * {@link DutchAnalysis#analyzed} (each word through the chain once, synonyms on the sequence)
 * gives the same terms and position increments as the Lucene index analyzer on the whole text.
 */
class AnalysisMemoTest {

    @Test
    void sameTokensAsTheLuceneChain() throws Exception {
        KnowledgeBase kb = nl.wijkwijzer.Wijkwijzer.check(nl.wijkwijzer.Wijkwijzer.Options.defaults(SearchFixture.ROOT)).kb();
        DutchAnalysis analysis = new DutchAnalysis(kb.synoniemen());
        List<String> texts = new ArrayList<>(SimpleProseTest.texts());
        SearchDoc.of(kb).forEach(d -> texts.add(d.text()));
        SearchDoc.of(SyntheticCorpus.knowledgeBase(SearchFixture.ROOT.resolve("content"), 200, 3)).forEach(d -> texts.add(d.text()));
        texts.add("Beschermd wonen, BW en beschermd   wonen; de het een schuldhulpverlening woningcorporaties");
        texts.add("x".repeat(300) + " " + "ab1".repeat(100) + " 𝒳𝒴 ﬀ Ωmega 中文");
        int groupTokens = 0;
        for (String text : texts) {
            List<DutchAnalysis.Token> expected = analysis.index(text);
            DutchAnalysis.Analyzed actual = analysis.analyzed(text);
            assertEquals(expected.stream().map(DutchAnalysis.Token::term).toList(), Arrays.asList(actual.terms()), text);
            assertEquals(expected.stream().map(DutchAnalysis.Token::posInc).toList(),
                    Arrays.stream(actual.posInc()).boxed().toList(), text);
            groupTokens += (int) Arrays.stream(actual.terms()).filter(t -> t.startsWith("_")).count();
        }
        assertTrue(groupTokens > 100, "synonym groups were exercised: " + groupTokens);
    }
}
