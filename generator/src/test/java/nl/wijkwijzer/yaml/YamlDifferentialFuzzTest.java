package nl.wijkwijzer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;

/**
 * Differential fuzzing of the YAML fast path ({@link SimpleYaml}) against SnakeYAML: whatever the
 * fast path accepts, SnakeYAML reads without a problem into the same tree (values, tags, block flags,
 * order, positions); otherwise the fast path declines and SnakeYAML decides. Seeds in
 * {@code src/test/resources/nl/wijkwijzer/yaml/YamlDifferentialFuzzTestInputs/fastPathAgreesWithSnakeYaml/};
 * see docs/fuzzing.md.
 */
class YamlDifferentialFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void fastPathAgreesWithSnakeYaml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.length() > SafeYaml.MAX_FILE_CHARS) {
            return; // SafeYaml refuses it before either parser runs
        }
        for (int lineOffset : new int[] {0, 1}) {
            YNode fast = SimpleYaml.parse(text, lineOffset);
            if (fast == null) {
                continue;
            }
            Diagnostics d = new Diagnostics();
            Optional<YNode> snake = SafeYaml.parseWithSnakeYaml(text, Source.file("fuzz.yaml"), lineOffset, d);
            assertTrue(snake.isPresent() && d.sorted().isEmpty(),
                    () -> "the fast path accepted what SnakeYAML rejects: " + d.sorted());
            assertEquals(snake.get(), fast);
            assertEquals(snake.get().toString(), fast.toString(), "order differs");
        }
    }
}
