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
 * gives the same terms and position increments as the Lucene index analyzer on the whole text, and
 * the surface words of the tokenizer's words that are not stop words.
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
        // Where the tokenizer cuts a long run (255 chars, a pair may make it 256) and reads on (4,096 chars).
        texts.add("a".repeat(254) + "𝒳b c" + "d".repeat(4094) + "𝒳 \ud835 x\udcb3y");
        // Random text: letters, digits, marks, astral letters, lone surrogate halves, stop words in any case.
        String[] pieces = {"a", "Z", "7", " ", ".", "-", "é", "ï", "\u0301", "𝒳", "\ud835", "\udcb3", "ß", "ﬀ", "中",
            "de ", "het ", "woning", "schuld", "hulp", "\n", "’", "wonen",
            // Stop words in other cases and spellings (skipped before the memo when lower-casing alone makes one).
            "De ", "HET ", "\u0130n ", "Één ", "éen ", "DAT "};
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 2000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                t.append(pieces[random.nextInt(pieces.length)]);
            }
            if (i % 100 == 0) {
                t.append("q".repeat(200 + random.nextInt(120)));
            }
            texts.add(t.toString());
        }
        java.util.Set<String> stop = new java.util.HashSet<>(analysis.stopWords());
        int groupTokens = 0;
        for (String text : texts) {
            List<DutchAnalysis.Token> expected = analysis.index(text);
            DutchAnalysis.Analyzed actual = analysis.analyzed(text);
            assertEquals(expected.stream().map(DutchAnalysis.Token::term).toList(), Arrays.asList(actual.terms()), text);
            assertEquals(expected.stream().map(DutchAnalysis.Token::posInc).toList(),
                    Arrays.stream(actual.posInc()).boxed().toList(), text);
            groupTokens += (int) Arrays.stream(actual.terms()).filter(t -> t.startsWith("_")).count();
            // The typo vocabulary counts these: every tokenizer word's surface form that is not a stop word.
            List<String> surfaces = new ArrayList<>();
            try (org.apache.lucene.analysis.Tokenizer words = DutchAnalysis.tokenizer()) {
                var word = words.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                words.setReader(new java.io.StringReader(text));
                words.reset();
                while (words.incrementToken()) {
                    String s = analysis.surface(word.toString());
                    if (!s.isEmpty() && !stop.contains(s)) {
                        surfaces.add(s);
                    }
                }
                words.end();
            }
            assertEquals(surfaces, Arrays.asList(actual.surfaces()), text);
        }
        assertTrue(groupTokens > 100, "synonym groups were exercised: " + groupTokens);
    }
}
