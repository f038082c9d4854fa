package nl.wijkwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.write.OutputFolder;
import picocli.CommandLine;

/**
 * What a kill, a second build, a full disk or a bug does to the output and to what the command says:
 * the site is always whole (old or new), the messages are Dutch and true, the exit codes are the
 * README's. Processes are real where the operating system is the point (file locks, file size limits).
 */
class BuildRobustnessTest {
    @TempDir
    Path tmp;

    private Path content;
    private Path out;

    @BeforeEach
    void project() throws IOException {
        content = tmp.resolve("content");
        nl.wijkwijzer.author.TestContent.copyTree(TestPaths.resource("mini/content"), content);
        out = tmp.resolve("site");
    }

    private CliTest.Run build() {
        return CliTest.run("build", "--content", content.toString(), "--templates", TestPaths.templates().toString(),
                "--out", out.toString());
    }

    private void breakContent() throws IOException {
        Files.writeString(content.resolve("casuistiek/open-huis.yaml"), "titel: [kapot\n");
    }

    /** A kill between the swap's two renames leaves only ".site.old": the next build, even a failing one, puts it back. */
    @Test
    void aSiteLeftHalfSwappedIsPutBackAndTheFailedBuildSaysSoTruthfully() throws IOException {
        assertEquals(0, build().code());
        Map<String, byte[]> before = OutputSafetyTest.snapshot(out);
        Files.move(out, tmp.resolve(".site.old"));
        breakContent();
        CliTest.Run r = build();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("Site niet gebouwd; de vorige versie in " + out + " is ongewijzigd."), r.err());
        OutputSafetyTest.assertSame(before, OutputSafetyTest.snapshot(out));
        assertFalse(Files.exists(tmp.resolve(".site.old")));
    }

    @Test
    void aFailedFirstBuildDoesNotClaimAPreviousVersion() throws IOException {
        breakContent();
        CliTest.Run r = build();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("Site niet gebouwd; in " + out + " staat nog geen site."), r.err());
        assertFalse(r.err().contains("ongewijzigd"), r.err());
    }

    /** A kill after the second rename leaves both: the new site stays, the old one goes. */
    @Test
    void aSwapKilledAfterItsSecondRenameKeepsTheNewSite() throws IOException {
        assertEquals(0, build().code());
        Map<String, byte[]> current = OutputSafetyTest.snapshot(out);
        nl.wijkwijzer.author.TestContent.copyTree(out, tmp.resolve(".site.old"));
        Files.writeString(tmp.resolve(".site.old/index.html"), "vorige\n");
        breakContent();
        assertEquals(1, build().code());
        OutputSafetyTest.assertSame(current, OutputSafetyTest.snapshot(out));
        assertFalse(Files.exists(tmp.resolve(".site.old")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(".site.lock", "content", "site"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** Two builds in one process: the second waits, says so in Dutch, and builds once the first is done. */
    @Test
    void aSecondBuildIntoTheSameFolderWaitsForTheFirst() throws Exception {
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Thread second;
        try (OutputFolder first = OutputFolder.claim(out, List.of(content), notice -> { })) {
            second = new Thread(() -> code[0] = Main.run(new String[] {"build", "--content", content.toString(), "--templates",
                    TestPaths.templates().toString(), "--out", out.toString()}, new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true)));
            second.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!err.toString().contains("schrijft nu naar") && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(err.toString().startsWith("wijkwijzer: een andere build of serve schrijft nu naar " + out
                    + "; deze wacht tot die klaar is"), err.toString());
            Thread.sleep(300);
            assertTrue(second.isAlive(), "the second build waits");
            assertFalse(Files.exists(out), "and writes nothing meanwhile");
        }
        second.join(TimeUnit.SECONDS.toMillis(120));
        assertEquals(0, code[0], err.toString());
        assertTrue(Files.isRegularFile(out.resolve("publiek/index.html")));
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xshare:auto", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Another process building into the same folder holds its file lock: this one waits, then builds. */
    @Test
    void aBuildInAnotherProcessWaitsForTheLock() throws Exception {
        Process p;
        try (OutputFolder first = OutputFolder.claim(out, List.of(content), notice -> { })) {
            p = new ProcessBuilder(java("build", "--content", content.toString(), "--templates", TestPaths.templates().toString(),
                    "--out", out.toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String line = err.readLine();
            assertTrue(line != null && line.startsWith("wijkwijzer: een andere build of serve schrijft nu naar " + out), line);
            Thread.sleep(300);
            assertTrue(p.isAlive(), "the other process waits");
            assertFalse(Files.exists(out));
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(Files.isRegularFile(out.resolve("publiek/index.html")));
    }

    /**
     * A write the operating system refuses halfway (here a file size limit, {@code ulimit -f}, which
     * fails a write as a full disk does): a Dutch message, exit 2, and the previous site intact.
     */
    @Test
    void aWriteFailureMidBuildKeepsTheSiteAndSaysWhyInDutch() throws Exception {
        assertEquals(0, build().code());
        Map<String, byte[]> before = OutputSafetyTest.snapshot(out);
        // Every page changes (a new title in the header), so the build must write, not link.
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                .replaceFirst("(?m)^titel: .*$", "titel: Een andere titel"));
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f 4; exec \"$@\"", "bash"));
        cmd.addAll(java("build", "--content", content.toString(), "--templates", TestPaths.templates().toString(),
                "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.contains("wijkwijzer: kan niet schrijven in " + out
                + ": een bestand is groter dan hier mag (bestandslimiet). De vorige site (als die er was) is ongewijzigd."), err);
        assertFalse(err.contains("Exception"), err);
        OutputSafetyTest.assertSame(before, OutputSafetyTest.snapshot(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(".site.lock", "content", "site"), s.map(p2 -> p2.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void anOutputUnderAFileIsAnIoErrorInDutch() throws IOException {
        Files.writeString(tmp.resolve("bestand"), "x\n");
        CliTest.Run r = CliTest.run("build", "--content", content.toString(), "--out",
                tmp.resolve("bestand/site").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("wijkwijzer: kan niet schrijven in " + tmp.resolve("bestand") + ": een deel van het pad is een bestand, geen map."),
                r.err());
        assertEquals("x\n", Files.readString(tmp.resolve("bestand")));
    }

    @CommandLine.Command(name = "kapot")
    static final class Broken implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("interne fout", new ArithmeticException("diepere oorzaak"));
        }
    }

    /** Exit 3 (a bug) names the failure and how to get the details; --debug prints the whole stack trace. */
    @Test
    void anUnexpectedFailureIsExitThreeWithItsStackTraceUnderDebug() {
        StringWriter err = new StringWriter();
        int code = Main.run(new CommandLine(new Main()).addSubcommand(new Broken()), new String[] {"kapot"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(3, code);
        assertTrue(err.toString().startsWith("wijkwijzer: onverwachte fout: interne fout\n"), err.toString());
        assertTrue(err.toString().contains("--debug"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());

        StringWriter debugErr = new StringWriter();
        int debugCode = Main.run(new CommandLine(new Main()).addSubcommand(new Broken()), new String[] {"kapot", "--debug"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(debugErr, true));
        assertEquals(3, debugCode, debugErr.toString());
        assertTrue(debugErr.toString().contains("java.lang.IllegalStateException: interne fout"), debugErr.toString());
        assertTrue(debugErr.toString().contains("\tat nl.wijkwijzer.cli.BuildRobustnessTest$Broken.call"), debugErr.toString());
        assertTrue(debugErr.toString().contains("Caused by: java.lang.ArithmeticException: diepere oorzaak"), debugErr.toString());
    }

    @Test
    void debugIsAnOptionOfEveryCommand() {
        for (String command : List.of("build", "check", "report", "serve")) {
            CliTest.Run r = CliTest.run(command, "--help");
            assertTrue(r.out().contains("--debug"), command + ": " + r.out());
        }
    }
}
