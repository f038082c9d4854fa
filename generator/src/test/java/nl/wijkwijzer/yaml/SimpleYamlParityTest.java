package nl.wijkwijzer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;

/**
 * Whatever {@link SimpleYaml} accepts, SnakeYAML reads without a problem into the same tree: the
 * same values, tags, block flags, order and positions. Compared on the default content, the test
 * fixtures, a synthetic corpus and a few thousand random mutations of them.
 */
class SimpleYamlParityTest {
    @TempDir
    Path tmp;

    /** SnakeYAML's tree, or empty when it reports a problem. */
    private static Optional<YNode> snake(String text, int lineOffset) {
        Diagnostics d = new Diagnostics();
        Optional<YNode> tree = SafeYaml.parseWithSnakeYaml(text, Source.file("x.yaml"), lineOffset, d);
        return d.sorted().isEmpty() ? tree : Optional.empty();
    }

    /** True when the fast path took the text (and then agreed with SnakeYAML). */
    private static boolean compare(String text, int lineOffset, String what) {
        YNode fast = SimpleYaml.parse(text, lineOffset);
        if (fast == null) {
            return false;
        }
        Optional<YNode> expected = snake(text, lineOffset);
        assertTrue(expected.isPresent(), () -> "the fast path accepted what SnakeYAML rejects: " + what + "\n" + text);
        assertEquals(expected.get(), fast, () -> what + "\n" + text);
        assertEquals(expected.get().toString(), fast.toString(), () -> "order differs: " + what);
        return true;
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    /** YAML's 1,024-character limit on an implicit key: SnakeYAML refuses a longer key, so the fast path must decline it. */
    @Test
    void aKeyOverTheYamlLimitIsLeftToSnakeYaml() {
        for (int length : new int[] {1020, 1024, 1025, 1100, 5000}) {
            String text = "titel: x\n" + "k".repeat(length) + ": waarde\nflow: {" + "f".repeat(length) + ": 1}\n";
            assertEquals(null, SimpleYaml.parse(text, 0), "key of " + length);
            Diagnostics d = new Diagnostics();
            assertTrue(SafeYaml.parse(text, Source.file("x.yaml"), 0, d).isEmpty() && d.hasErrors() || length <= 1024,
                    "SnakeYAML's error for a key of " + length);
        }
        compare("titel: x\n" + "k".repeat(900) + ": waarde\n", 0, "a long key within the limit");
    }

    @Test
    void defaultContentAndFixturesReadTheSame() throws IOException {
        int taken = 0;
        List<Path> files = new ArrayList<>(yamlFiles(TestPaths.content()));
        files.addAll(yamlFiles(TestPaths.root().resolve("generator/src/test/resources")));
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f);
            } catch (java.nio.charset.MalformedInputException e) {
                continue; // a fixture that is not UTF-8: the loader's problem, not the parser's
            }
            if (compare(text, 0, f.toString())) {
                taken++;
            }
            compare(text, 7, f + " (front matter below line 7)");
        }
        assertTrue(taken * 2 > files.size(), "the fast path took only " + taken + " of " + files.size() + " files");
    }

    @Test
    void everySyntheticCaseTakesTheFastPathAndReadsTheSame() throws IOException {
        Path content = tmp.resolve("content");
        nl.wijkwijzer.bench.SyntheticCorpus.write(nl.wijkwijzer.bench.SyntheticCorpus.testBase(), content, 300, 42);
        int cases = 0;
        for (Path f : yamlFiles(content.resolve("casuistiek"))) {
            assertTrue(compare(Files.readString(f), 0, f.toString()), "declined: " + f);
            cases++;
        }
        assertEquals(300, cases);
    }

    private static final String[] INSERTS = {" ", "  ", "\n", "\n\n", ":", ": ", "-", "- ", "#", " #", "\"", "'", "''", "|",
        "|-", "|+", ">", "[", "]", "{", "}", ",", "a", "\t", "&a ", "*a", "!", "!!str ", "~", "0", "?", "%", "@", "\\",
        "\u00a0", "\u2003", "\u2028", "\r", "é", "yes", "null", "12:30", "2024-01-02", "---\n", "...\n", "<<: "};

    @Test
    void mutatedFilesEitherDeclineOrReadTheSame() throws IOException {
        Path content = tmp.resolve("content");
        nl.wijkwijzer.bench.SyntheticCorpus.write(nl.wijkwijzer.bench.SyntheticCorpus.testBase(), content, 40, 7);
        List<String> texts = new ArrayList<>();
        for (Path f : yamlFiles(content)) {
            texts.add(Files.readString(f));
        }
        for (Path f : yamlFiles(TestPaths.content())) {
            texts.add(Files.readString(f));
        }
        Random random = new Random(5);
        int taken = 0;
        int rounds = 20_000;
        for (int round = 0; round < rounds; round++) {
            String text = texts.get(random.nextInt(texts.size()));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                text = mutate(text, random);
            }
            if (compare(text, 0, "round " + round)) {
                taken++;
            }
        }
        assertTrue(taken > rounds / 10, "only " + taken + " mutated files took the fast path: the test would prove little");
    }

    private static String mutate(String text, Random random) {
        if (text.isEmpty()) {
            return INSERTS[random.nextInt(INSERTS.length)];
        }
        int at = random.nextInt(text.length());
        String[] lines = text.split("\n", -1);
        int line = random.nextInt(lines.length);
        return switch (random.nextInt(7)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1, 2 -> text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
            case 3 -> { // indent or dedent a line
                lines[line] = random.nextBoolean() ? "  " + lines[line] : lines[line].replaceFirst("^ {1,2}", "");
                yield String.join("\n", lines);
            }
            case 4 -> { // duplicate a line
                List<String> l = new ArrayList<>(List.of(lines));
                l.add(line, lines[line]);
                yield String.join("\n", l);
            }
            case 5 -> { // drop a line
                List<String> l = new ArrayList<>(List.of(lines));
                l.remove(line);
                yield String.join("\n", l);
            }
            default -> { // a comment line
                List<String> l = new ArrayList<>(List.of(lines));
                l.add(line, " ".repeat(random.nextInt(5)) + "# opmerking: " + random.nextInt(9));
                yield String.join("\n", l);
            }
        };
    }

    @Test
    void declinesWhatItDoesNotRead() {
        for (String text : List.of("", "# alleen commentaar\n", "a: b\n\tc: d\n", "a: &x b\nc: *x\n", "a: !!str b\n",
                "a: >\n  gevouwen\n", "a: \"met \\\"escape\\\"\"\n", "a:\n", "a: b # opmerking\n", "a: b\n  vervolg\n",
                "a: b\na: c\n", "---\na: b\n", "a: \"twee\n  regels\"\n", "a: |\n  geen regeleinde aan het eind")) {
            assertEquals(null, SimpleYaml.parse(text, 0), text);
        }
        YNode tree = SimpleYaml.parse("titel: Een open huis\nvuistregels: [wonen, werk]\ntekst: |\n  Regel een.\n\n  Twee.\n", 0);
        assertNotNull(tree);
        assertEquals(snake("titel: Een open huis\nvuistregels: [wonen, werk]\ntekst: |\n  Regel een.\n\n  Twee.\n", 0).orElseThrow(), tree);
    }
}
