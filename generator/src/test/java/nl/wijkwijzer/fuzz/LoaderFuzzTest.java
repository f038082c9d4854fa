package nl.wijkwijzer.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.wijkwijzer.content.ContentLoader;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.yaml.SafeYaml;

/**
 * Coverage-guided fuzzing of the loader (Jazzer). Under plain {@code mvn verify} each test runs the
 * saved inputs in {@code src/test/resources/nl/wijkwijzer/fuzz/LoaderFuzzTestInputs/<test>/}; with
 * {@code JAZZER_FUZZ=1} it searches for new ones (docs/fuzzing.md). Whatever the bytes, loading
 * must end in a value or diagnostics, never an exception.
 */
class LoaderFuzzTest {
    private static Path content;

    @BeforeAll
    static void makeContentFolder() throws IOException {
        content = Files.createTempDirectory("wijkwijzer-fuzz").resolve("content");
        Files.createDirectories(content.resolve("casuistiek"));
        Files.createDirectories(content.resolve("vuistregels"));
    }

    @AfterAll
    static void removeContentFolder() throws IOException {
        try (var walk = Files.walk(content.getParent())) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void safeYamlParsesOrReports(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        boolean parsed = SafeYaml.parse(text, Source.file("content/fuzz.yaml"), 0, diagnostics).isPresent();
        assertTrue(parsed || diagnostics.hasErrors(), "no tree and no diagnostic");
        diagnostics.sorted().forEach(LoaderFuzzTest::wellFormed);
    }

    @FuzzTest(maxDuration = "30s")
    void contentLoaderLoadsOrReports(byte[] input) throws IOException {
        // Same bytes as a case and as a guide, so both the YAML and the front-matter paths are fuzzed.
        Files.write(content.resolve("casuistiek/fuzz.yaml"), input);
        Files.write(content.resolve("vuistregels/fuzz.md"), input);
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader.load(content, diagnostics);
        diagnostics.sorted().forEach(LoaderFuzzTest::wellFormed);
    }

    private static void wellFormed(Diagnostic d) {
        assertTrue(!d.code().isBlank() && !d.message().isBlank() && d.line() >= 0 && d.column() >= 0, d.toString());
    }
}
