package nl.wijkwijzer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.cli.Main;

/** The benchmarks' command line: every measurement is reachable, with Dutch help; the generator's has none. */
class BenchMainTest {
    private record Result(int code, String out, String err) {
    }

    private static Result run(PrintWriterRunner runner, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = runner.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private interface PrintWriterRunner {
        int run(String[] args, PrintWriter out, PrintWriter err);
    }

    @Test
    void everyBenchmarkHasDutchHelp() {
        for (String command : List.of("bench", "bench-search", "bench-report")) {
            Result r = run(BenchMain::run, command, "--help");
            assertEquals(Main.OK, r.code(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Gebruik: wijkwijzer " + command), command + ": " + r.out());
            assertTrue(r.out().contains("toon deze hulp"), command + " help not in Dutch: " + r.out());
        }
        assertEquals(Main.USAGE, run(BenchMain::run, "bench", "--runs", "veel").code());
    }

    @Test
    void theGeneratorsCommandLineHasNoBenchmarks() {
        for (String command : List.of("bench", "bench-search")) {
            Result r = run(Main::run, command);
            assertEquals(Main.USAGE, r.code(), command + " is still a generator command: " + r.out());
            assertTrue(r.err().contains("onbekend"), command + ": " + r.err());
        }
        assertEquals(Main.USAGE, run(Main::run, "report", "benchmark").code());
    }
}
