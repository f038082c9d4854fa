package nl.wijkwijzer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Strings written by {@link Json#string} read back unchanged by another JSON parser, and stay safe in a script. */
class JsonStringTest {
    private static final String ALPHABET = "aZ09 \"\\/\n\r\t\b\f\u0000\u0001\u001f\u007f<>&'éß€\u2028\u2029\u00ad\uD83D\uDE00";

    @Test
    void everyStringReadsBackAsItWasWritten() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            StringBuilder json = new StringBuilder();
            Json.string(json, s);
            try (javax.json.JsonReader reader = javax.json.Json.createReader(new StringReader("[" + json + "]"))) {
                assertEquals(s, reader.readArray().getString(0), json.toString());
            }
            String written = json.toString();
            for (String unsafe : new String[] {"<", ">", "&", "\u2028", "\u2029", "\n"}) {
                assertFalse(written.contains(unsafe), "raw " + unsafe.codePointAt(0) + " in " + written);
            }
        }
    }

    @Test
    void controlCharactersUseLowercaseUnicodeEscapes() {
        StringBuilder json = new StringBuilder();
        Json.string(json, "a\u0001b\u001fc\u2028");
        assertEquals("\"a\\u0001b\\u001fc\\u2028\"", json.toString());
    }
}
