package nl.wijkwijzer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The guarded whitespace normalisation equals running both regexes always, on random texts. */
class NormalizedTextTest {
    private static final String ALPHABET = "ab \t\n\r\f\u000B.é\u2028\u001c\u00a0";

    @Test
    void sameAsAlwaysRunningBothPatterns() {
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            String expected = MarkdownText.BREAKS.matcher(MarkdownText.SPACES.matcher(text).replaceAll(" ")).replaceAll("\n").strip();
            assertEquals(expected, MarkdownText.normalized(text), () -> "text " + text.replace("\n", "\\n").replace("\t", "\\t"));
        }
    }
}
