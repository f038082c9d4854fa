package nl.wijkwijzer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8WriterTest {
    private static final String ALPHABET = "ab<>&\"' \n\u00e9\u00ef\u20ac\u2014\u00a0\u0800\u07ff\ud83d\ude00\ud800\udc00\udbff\udfff";

    /** What the writer must give: the same bytes as String.getBytes, which writes a lone surrogate as '?'. */
    private static byte[] expected(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void randomTextInRandomPiecesEncodesAsStringGetBytes() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                // Mostly whole characters from the alphabet, sometimes a lone half of a surrogate pair.
                if (random.nextInt(10) == 0) {
                    text.append(random.nextBoolean() ? '\ud83d' : '\ude00');
                } else {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            String s = text.toString();
            Utf8Writer out = new Utf8Writer(random.nextInt(40));
            int at = 0;
            while (at < s.length()) {
                int piece = 1 + random.nextInt(Math.min(12, s.length() - at));
                switch (random.nextInt(4)) {
                    case 0 -> out.write(s, at, piece);
                    case 1 -> out.write(s.toCharArray(), at, piece);
                    case 2 -> out.append(s.substring(at, at + piece));
                    default -> {
                        for (int k = 0; k < piece; k++) {
                            out.write(s.charAt(at + k));
                        }
                    }
                }
                at += piece;
            }
            assertArrayEquals(expected(s), out.toByteArray(), () -> "text: " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void aLongWriteGrowsTheBuffer() {
        String s = "\u20ac".repeat(100_000) + "x";
        Utf8Writer out = new Utf8Writer(0);
        out.write(s, 0, s.length());
        assertArrayEquals(expected(s), out.toByteArray());
    }

    @Test
    void renderBytesEqualsRenderEncoded(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), "<p>${tekst} \u2014 ${bedrag}</p><#list items as i>${i}\u20ac</#list>\n");
        Renderer renderer = new Renderer(templates);
        Map<String, Object> model = Map.of("tekst", "Caf\u00e9 <b> & \ud83d\ude00", "bedrag", 12, "items", java.util.List.of("a", "\u00ef"));
        String text = renderer.render("t.ftlh", model);
        assertEquals("<p>Caf\u00e9 &lt;b&gt; &amp; \ud83d\ude00 \u2014 12</p>a\u20ac\u00ef\u20ac\n", text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), renderer.renderBytes("t.ftlh", model));
    }
}
