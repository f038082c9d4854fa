package nl.wijkwijzer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Readability#plainText} skips a pass when the text lacks what its pattern needs; on random
 * Markdown-ish texts it must equal running every pass.
 */
class ReadabilityPlainTextTest {
    /** Every pass of {@link Readability#plainText}, with its own patterns, unguarded. */
    private static String everyPass(String markdown) {
        String s = Readability.TOC.matcher(markdown).replaceAll("");
        s = Readability.CODE.matcher(s).replaceAll(" ");
        s = Readability.LINK.matcher(s).replaceAll("$1");
        s = Readability.URL.matcher(s).replaceAll(" ");
        s = Readability.TAG.matcher(s).replaceAll(" ");
        s = Readability.TABLE_RULE.matcher(s).replaceAll("");
        s = Readability.BLOCK_START.matcher(s).replaceAll("\n\n");
        s = s.replace("|", "\n\n");
        return Readability.MARKUP.matcher(s).replaceAll(" ");
    }

    @Test
    void sameAsRunningEveryPass() {
        List<String> pieces = List.of("a", "woord", " ", "\n", "`", "[", "]", "(", ")", "](", "!", "http://x.nl/a", "https",
                "<", ">", "<b>", "|", "-", ":", "#", "1.", "*", "_", "[TOC]", "  ", "\t");
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(14);
            for (int k = 0; k < n; k++) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = sb.toString();
            assertEquals(everyPass(text), Readability.plainText(text), () -> "text " + text.replace("\n", "\\n"));
        }
    }
}
