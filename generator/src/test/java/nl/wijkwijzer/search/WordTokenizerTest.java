package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.junit.jupiter.api.Test;

/** The chain's tokenizer (an ASCII table in front of {@link Character#isLetterOrDigit(int)}) splits as Lucene's own. */
class WordTokenizerTest {
    @Test
    void everyCodePointIsAWordCharacterExactlyWhenItIsALetterOrDigit() {
        var tokenizer = new DutchAnalysis.WordTokenizer();
        int differ = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (tokenizer.isTokenChar(cp) != Character.isLetterOrDigit(cp)) {
                differ++;
            }
        }
        assertEquals(0, differ);
    }

    @Test
    void splitsTextAsLucenesPredicateTokenizer() throws Exception {
        String text = "De wijkcoach belt mevrouw Çelik (78) op 2-3 mei; café-eigenaar \u00A0Ødegaard zegt: 'nee!'\n"
                + "x".repeat(300) + " laatste";
        assertEquals(words(CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit), text),
                words(DutchAnalysis.tokenizer(), text));
    }

    private static List<String> words(Tokenizer t, String text) throws Exception {
        List<String> out = new ArrayList<>();
        t.setReader(new StringReader(text));
        CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
        t.reset();
        while (t.incrementToken()) {
            out.add(term.toString());
        }
        t.end();
        t.close();
        return out;
    }
}
