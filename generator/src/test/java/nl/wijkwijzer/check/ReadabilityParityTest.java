package nl.wijkwijzer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** The hand-written scan of {@link Readability} counts as the WORD and SENTENCE_END regexes do. */
class ReadabilityParityTest {
    private static final List<String> TOKENS = List.of("a", "e", "ij", "oe", "é", "ï", "Z", "b", "k", "\uD835\uDC9C", "7",
            "'", "’", "-", ".", "!", "?", "...", ":", ";", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u000B", "\f",
            "\u0085", "\u2028", "\u2029", "*", "#", "|", "[", "](x)", "`", "<b>", ">", "1. ", "- ", "http://x.nl ");

    /** The regex count, as Readability did it before the hand-written scan. */
    private static Readability.Score reference(String text) {
        String plain = Readability.plainText(text);
        int words = 0;
        int syllables = 0;
        Matcher m = Readability.WORD.matcher(plain);
        while (m.find()) {
            words++;
            syllables += Readability.syllables(m.group());
        }
        int sentences = 0;
        for (String part : Readability.SENTENCE_END.split(plain)) {
            if (Readability.WORD.matcher(part).find()) {
                sentences++;
            }
        }
        sentences = Math.max(1, sentences);
        double score = words == 0 ? Double.NaN
                : 206.835 - 0.93 * ((double) words / sentences) - 77.0 * ((double) syllables / words);
        return new Readability.Score(words, sentences, syllables, score);
    }

    @Test
    void sameCountsAsTheRegexesOnRandomTexts() {
        Random random = new Random(5);
        for (int round = 0; round < 40_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                sb.append(TOKENS.get(random.nextInt(TOKENS.size())));
            }
            String text = sb.toString();
            assertEquals(reference(text), Readability.score(text), () -> "text: " + text.replace("\n", "\\n"));
        }
    }

    @Test
    void sameCountsOnTheDefaultContent() throws Exception {
        java.nio.file.Path content = nl.wijkwijzer.TestPaths.content();
        int compared = 0;
        try (var files = java.nio.file.Files.walk(content)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList()) {
                String text = java.nio.file.Files.readString(f);
                assertEquals(reference(text), Readability.score(text), f.toString());
                compared++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(compared > 50, "compared " + compared + " files");
    }
}
