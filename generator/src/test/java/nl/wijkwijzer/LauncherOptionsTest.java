package nl.wijkwijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers take their JVM options from {@code bin/jvm.options} and nowhere else: the shell
 * launcher is run for real, on a copy of the project's launcher and options file with one extra
 * option, and the JVM it starts reports what it received. (The benchmark's command line is checked
 * the same way in {@code BenchSmokeTest}.)
 */
class LauncherOptionsTest {
    static final String MARKER = "-Dwijkwijzer.jvm-options-test=ja";

    @TempDir
    Path tmp;

    /** A project folder with a copy of the shell launcher and the scripts it sources (no options file yet). */
    private Path launcherCopy() throws Exception {
        Path root = TestPaths.root();
        Path copy = tmp.resolve("project");
        Files.createDirectories(copy.resolve("bin"));
        Files.copy(root.resolve("wijkwijzer"), copy.resolve("wijkwijzer"));
        copy.resolve("wijkwijzer").toFile().setExecutable(true);
        for (String script : List.of("find-jdk.sh", "corpus-flags.sh")) {
            Files.copy(root.resolve("bin").resolve(script), copy.resolve("bin").resolve(script));
        }
        return copy;
    }

    @Test
    void shellLauncherStartsJavaWithTheOptionsFile() throws Exception {
        Path root = TestPaths.root();
        Path copy = launcherCopy();
        // The project's options plus a marker: the JVM can only have it from this file.
        Files.writeString(copy.resolve("bin/jvm.options"), Files.readString(root.resolve("bin/jvm.options"))
                + "# added by the test\n" + MARKER + "\n", StandardCharsets.UTF_8);
        JvmOptionsFile.writePrintingJar(copy.resolve("generator/target/wijkwijzer.jar"));
        // Content outside the copy: with a content/ folder the launcher would also make its AOT cache.
        Path content = tmp.resolve("inhoud");
        Files.createDirectories(content.resolve("casuistiek"));

        List<String> expected = new ArrayList<>(JvmOptionsFile.options(copy.resolve("bin/jvm.options")));
        assertTrue(expected.contains(MARKER));
        // Another command: the options file alone.
        assertEquals(expected, JvmOptionsFile.run(List.of("bash", copy.resolve("wijkwijzer").toString(), "referentie"), copy));
        // A one-off build of a small corpus: the options file, then the launcher's JIT choice.
        expected.add("-XX:TieredStopAtLevel=1");
        assertEquals(expected, JvmOptionsFile.run(List.of("bash", copy.resolve("wijkwijzer").toString(), "build",
                "--content", content.toString()), copy));
    }

    /**
     * From a large corpus on (the bound lowered to 2 cases here), a one-off build gets the smaller young
     * generation and no AOT cache, while a small one in the same project gets the quick compiler and
     * the cache (so the cache is there to be left out: the launcher makes it from the project's content/).
     */
    @Test
    void largeCorpusGetsASmallerYoungGenerationAndNoAotCache() throws Exception {
        Path copy = launcherCopy();
        Files.copy(TestPaths.root().resolve("bin/jvm.options"), copy.resolve("bin/jvm.options"));
        JvmOptionsFile.writePrintingJar(copy.resolve("generator/target/wijkwijzer.jar"));
        Files.createDirectories(copy.resolve("content/casuistiek"));
        java.util.Map<String, String> env = java.util.Map.of("WIJKWIJZER_LARGE_CORPUS", "2");
        Path small = tmp.resolve("klein");
        Path large = tmp.resolve("groot");
        Files.createDirectories(small.resolve("casuistiek"));
        Files.createDirectories(large.resolve("casuistiek"));
        Files.writeString(small.resolve("casuistiek/casus-a.yaml"), "id: casus-a\n");
        Files.writeString(large.resolve("casuistiek/casus-a.yaml"), "id: casus-a\n");
        Files.writeString(large.resolve("casuistiek/casus-b.yaml"), "id: casus-b\n");

        List<String> smallArgs = JvmOptionsFile.run(List.of("bash", copy.resolve("wijkwijzer").toString(), "build",
                "--content", small.toString()), copy, env);
        assertTrue(smallArgs.contains("-XX:TieredStopAtLevel=1"), smallArgs.toString());
        assertTrue(smallArgs.stream().anyMatch(a -> a.startsWith("-XX:AOTCache=")), "small build without AOT cache: " + smallArgs);

        List<String> largeArgs = JvmOptionsFile.run(List.of("bash", copy.resolve("wijkwijzer").toString(), "build",
                "--content", large.toString()), copy, env);
        assertTrue(largeArgs.contains("-XX:MaxNewSize=64m"), largeArgs.toString());
        assertFalse(largeArgs.contains("-XX:TieredStopAtLevel=1"), largeArgs.toString());
        assertFalse(largeArgs.stream().anyMatch(a -> a.startsWith("-XX:AOTCache=")), "large build with AOT cache: " + largeArgs);
    }

    /**
     * The Windows launcher cannot run here; it must name the same file as its only source of options
     * (the JIT choice aside), so no option can be added to one launcher and not the other.
     */
    @Test
    void windowsLauncherNamesTheOptionsFileAndNoOptionOfItsOwn() throws Exception {
        List<String> javaLines = Files.readAllLines(TestPaths.root().resolve("wijkwijzer.cmd")).stream()
                .filter(l -> l.contains("\\bin\\java\"")).toList();
        assertEquals(1, javaLines.size(), "one line starts the generator: " + javaLines);
        String line = javaLines.get(0);
        assertTrue(line.contains("\"@%ROOT%\\bin\\jvm.options\""), line);
        for (String option : JvmOptionsFile.options(TestPaths.root().resolve("bin/jvm.options"))) {
            assertFalse(line.contains(option), "wijkwijzer.cmd gives " + option + " itself: " + line);
        }
        assertFalse(line.matches(".*\\s-X.*|.*--enable.*"), line);
    }
}
