package nl.wijkwijzer.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark runs end to end on a tiny corpus and prints every figure it promises. */
class BenchSmokeTest {
    static final Path ROOT = Path.of(System.getProperty("wijkwijzer.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void printsFullBuildIncrementalAndServeFigures() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Bench(ROOT, work, 1, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(List.of(40));
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (String line : List.of("wijkwijzer build (volledig, eigen JVM):", "wijkwijzer build, één doelgroep:",
                "incrementeel na wijziging van één casus: casuspagina", "daarna overzichten, zoeken, rapport bijgewerkt:",
                "serve: wijziging op schijf tot nieuwe versie (casuspagina):", "tot de hele site bijgewerkt is:")) {
            Matcher m = Pattern.compile(Pattern.quote(line) + "\\s+([\\d,.]+) ms").matcher(out);
            assertTrue(m.find(), "missing figure '" + line + "' in:\n" + out);
        }
    }

    @Test
    void measuresWithTheLaunchersJvmFlags() throws Exception {
        for (String launcher : List.of("wijkwijzer", "wijkwijzer.cmd")) {
            String text = java.nio.file.Files.readString(ROOT.resolve(launcher));
            for (String flag : Bench.LAUNCHER_FLAGS) {
                assertTrue(text.contains(flag), launcher + " starts Java without " + flag);
            }
        }
    }
}
