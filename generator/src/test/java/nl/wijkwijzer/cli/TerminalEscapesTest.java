package nl.wijkwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.author.TestContent;

/**
 * A key or file name holding terminal escape sequences (clear the screen, set the window title, reverse the
 * text) reaches the terminal shown as escapes, in every message the command line prints.
 */
class TerminalEscapesTest {
    @TempDir
    Path tmp;

    private static boolean hasRawControl(String s) {
        return s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    @Test
    void escapesInKeysAndFileNamesAreShownNotObeyed() throws IOException {
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        Path casus = content.resolve("casuistiek/open-huis.yaml");
        // A YAML key with ESC [2J (clear screen) and an OSC title sequence, and a bidi override in a value.
        Files.writeString(casus, Files.readString(casus) + "\"\\e[2J\\e]0;gehackt\\a\": x\n"
                + "status2: \"abc\\u202Edcb\"\n");
        Files.writeString(content.resolve("casuistiek/oeps\u001b[31m.yaml"), "titel: x\n");
        CliTest.Run r = CliTest.run("check", "--content", content.toString());
        assertEquals(1, r.code());
        assertFalse(hasRawControl(r.err()), "a control character reached the terminal raw");
        assertTrue(r.err().contains("\\u001b[2J\\u001b]0;gehackt\\u0007"), "the key's escapes are shown");
        assertTrue(r.err().contains("oeps\\u001b[31m.yaml"), "the file name's escape is shown");
    }

    @Test
    void anUnexpectedErrorMessageIsEscapedToo() {
        CliTest.Run r = CliTest.run("check", "--doelgroep", "x\u001b]0;t\u0007");
        assertFalse(hasRawControl(r.err() + r.out()), "a control character reached the terminal raw");
    }
}
