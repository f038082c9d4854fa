package nl.wijkwijzer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link Readability#plainText} skips a pass when the text lacks what its pattern needs; on random
 * Markdown-ish texts it must equal running every pass.
 */
class ReadabilityPlainTextTest {
    private static final Pattern TOC = Pattern.compile("(?m)^\\s*\\[TOC]\\s*$");
    private static final Pattern CODE = Pattern.compile("`[^`]*`");
    private static final Pattern LINK = Pattern.compile("!?\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?[-:| ]+\\|[-:| ]*$");
    private static final Pattern BLOCK_START = Pattern.compile("(?m)^\\s*([-*+]|\\d+[.)]|#{1,6})\\s+");
    private static final Pattern MARKUP = Pattern.compile("[*_>]");

    private static String everyPass(String markdown) {
        String s = TOC.matcher(markdown).replaceAll("");
        s = CODE.matcher(s).replaceAll(" ");
        s = LINK.matcher(s).replaceAll("$1");
        s = URL.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        s = TABLE_RULE.matcher(s).replaceAll("");
        s = BLOCK_START.matcher(s).replaceAll("\n\n");
        s = s.replace("|", "\n\n");
        return MARKUP.matcher(s).replaceAll(" ");
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
