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

    /**
     * The benchmark starts its builds with the launchers' options file: its command line, run for real
     * on a copy of the file with one extra option, starts a JVM that reports having received them all.
     */
    @Test
    void measuresWithTheLaunchersOptionsFile() throws Exception {
        Path root = work.resolve("project");
        java.nio.file.Files.createDirectories(root.resolve("bin"));
        String marker = "-Dwijkwijzer.jvm-options-test=bench";
        java.nio.file.Files.writeString(Bench.jvmOptions(root), java.nio.file.Files.readString(Bench.jvmOptions(ROOT)) + marker + "\n");
        Path jar = work.resolve("print.jar");
        nl.wijkwijzer.JvmOptionsFile.writePrintingJar(jar);
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(Bench.launcherFlags(root));
        cmd.addAll(List.of("-jar", jar.toString()));
        List<String> expected = nl.wijkwijzer.JvmOptionsFile.options(Bench.jvmOptions(root));
        assertTrue(expected.contains(marker));
        org.junit.jupiter.api.Assertions.assertEquals(expected, nl.wijkwijzer.JvmOptionsFile.run(cmd, work));
    }

    /**
     * The launcher's flags by corpus size (bin/corpus-flags.sh, run here in bash on real folders) are
     * the ones the benchmark measures with ({@link Bench#corpusFlags}): same bound, same commands, same flags.
     */
    @Test
    void launcherChoosesCorpusFlagsAsTheBenchmarkDoes() throws Exception {
        String script = java.nio.file.Files.readString(ROOT.resolve("bin/corpus-flags.sh"));
        Matcher bound = Pattern.compile("WIJKWIJZER_LARGE_CORPUS:-(\\d+)").matcher(script);
        assertTrue(bound.find(), "bin/corpus-flags.sh has no default bound");
        org.junit.jupiter.api.Assertions.assertEquals(Bench.LARGE_CORPUS, Integer.parseInt(bound.group(1)));
        org.junit.jupiter.api.Assertions.assertEquals(nl.wijkwijzer.util.BuildProfile.LARGE_CORPUS, Bench.LARGE_CORPUS);
        int below = 3;
        for (int cases : List.of(0, 2, 3, 4)) {
            Path content = work.resolve("c" + cases).resolve("content");
            java.nio.file.Files.createDirectories(content.resolve("casuistiek"));
            for (int i = 0; i < cases; i++) {
                java.nio.file.Files.writeString(content.resolve("casuistiek/casus-" + i + ".yaml"), "id: casus-" + i + "\n");
            }
            java.nio.file.Files.writeString(content.resolve("casuistiek/leesmij.txt"), "geen casus\n");
            for (List<String> args : List.of(List.of("build", "--content", content.toString()),
                    List.of("check", "--content=" + content), List.of("serve", "--content", content.toString()),
                    List.of("bench", "--content", content.toString()))) {
                List<String> cmd = new java.util.ArrayList<>(List.of("bash", "-c",
                        "set -euo pipefail; . \"$0\"; wijkwijzer_corpus_flags \"$@\"", ROOT.resolve("bin/corpus-flags.sh").toString()));
                cmd.addAll(args);
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
                pb.environment().put("WIJKWIJZER_LARGE_CORPUS", Integer.toString(below));
                Process p = pb.start();
                String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                org.junit.jupiter.api.Assertions.assertEquals(0, p.waitFor(), printed);
                List<String> flags = printed.isEmpty() ? List.of() : List.of(printed.split("\\s+"));
                org.junit.jupiter.api.Assertions.assertEquals(Bench.corpusFlags(args.get(0), cases, below), flags,
                        args + " with " + cases + " cases");
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of("-XX:TieredStopAtLevel=1"), Bench.corpusFlags("build", 2, below));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("-XX:MaxNewSize=64m"), Bench.corpusFlags("build", 3, below));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), Bench.corpusFlags("serve", 3, below));
    }
}
