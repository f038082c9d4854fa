package nl.wijkwijzer.bench;

import java.io.PrintWriter;

import nl.wijkwijzer.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmarks' command line, run by {@code ./wijkwijzer bench|bench-search|bench-report} from this
 * module's jar. They live outside the generator's jar because they start child JVMs, an HTTP server,
 * Chromium, Hugo and Pagefind, none of which a gemeente's build needs. Exit codes as the generator's:
 * 0 fine, 2 wrong usage, 3 a failure (the benchmark's stack trace is always printed: whoever runs it
 * is a developer).
 */
@Command(name = "wijkwijzer", mixinStandardHelpOptions = true, version = "Wijkwijzer benchmarks 0.1",
        description = "Metingen van bouwtijd, geheugen, zoeken en rapport op een gegenereerde kennisbank.",
        subcommands = {BenchCommand.class, BenchSearchCommand.class, ReportBenchCommand.class},
        commandListHeading = "%nOpdrachten:%n", optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ")
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "geef een meting, bijvoorbeeld: wijkwijzer bench");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BenchMain());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        // picocli's own texts in Dutch, as in the generator's command line.
        cli.setResourceBundle(java.util.ResourceBundle.getBundle("nl.wijkwijzer.cli.Hulpteksten", java.util.Locale.ROOT));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("wijkwijzer: " + ex.getMessage());
            return Main.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            err.println("wijkwijzer: meting mislukt: " + ex);
            ex.printStackTrace(err);
            return Main.UNEXPECTED;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
