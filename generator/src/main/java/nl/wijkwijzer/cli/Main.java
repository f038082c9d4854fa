package nl.wijkwijzer.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code wijkwijzer}: the command line. Exit codes: 0 fine, 1 content or template errors, 2 wrong
 * usage or an output folder that may not or cannot be written, 3 an unexpected failure (a bug; its
 * stack trace with {@code --debug}).
 */
@Command(name = "wijkwijzer", mixinStandardHelpOptions = true, version = "Wijkwijzer 0.1",
        description = "Maakt van de kennisbank in content/ een doorzoekbare website en een weeffoutenrapport.",
        subcommands = {
                BuildCommand.class,
                CheckCommand.class,
                NieuwCommand.class,
                ReferentieCommand.class,
                LeersessieCommand.class,
                ReportCommand.class,
                ServeCommand.class,
                SearchCommand.class,
                HulpCommand.class},
        commandListHeading = "%nOpdrachten:%n", optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ")
public final class Main implements Runnable {
    /**
     * Lucene logs at WARNING that the JDK's incubating vector module is not enabled; that is a speed
     * hint for Lucene developers, not something a redacteur can act on. Held so the level sticks.
     */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int UNEXPECTED = 3;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "toon bij een onverwachte fout de volledige technische melding (stack trace)")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "geef een opdracht, bijvoorbeeld: wijkwijzer build");
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /**
     * Runs the command line with the given streams; used by the launcher and the tests. Everything any
     * command prints passes {@link nl.wijkwijzer.diagnostics.Visible}: a file name, key or value with
     * terminal escapes shows them as <code>&#92;u001b</code>, and never clears the screen or sets the window title.
     * For the same reason picocli writes no colour codes of its own.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new CommandLine(new Main()), args, out, err);
    }

    /** Runs {@code cli} (the tests add a command that fails) with the handlers that give the exit codes. */
    static int run(CommandLine cli, String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = nl.wijkwijzer.diagnostics.Visible.printWriter(rawOut);
        PrintWriter err = nl.wijkwijzer.diagnostics.Visible.printWriter(rawErr);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        // picocli's own texts ("Show this help message and exit.", "Usage:", the help command) in Dutch,
        // for every command: setResourceBundle passes the bundle on to all subcommands.
        cli.setResourceBundle(java.util.ResourceBundle.getBundle("nl.wijkwijzer.cli.Hulpteksten", java.util.Locale.ROOT));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("wijkwijzer: " + dutch(ex.getMessage()));
            err.println("Zie 'wijkwijzer " + (ex.getCommandLine().getCommandName().equals("wijkwijzer") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return USAGE;
        });
        // Read from the arguments, not the option field: the handler must know it however parsing went.
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            if (ex instanceof nl.wijkwijzer.render.Renderer.TemplatesFault) {
                // A fault in the gemeente's own templates: the message names the file and the fix.
                err.println("wijkwijzer: " + ex.getMessage());
                return CONTENT_ERRORS;
            }
            nl.wijkwijzer.write.OutputException output = outputFailure(ex);
            if (output != null) {
                // The output folder may not or cannot be written (refused --out, full disk, read-only).
                err.println("wijkwijzer: " + output.getMessage());
                if (debug) {
                    ex.printStackTrace(err);
                }
                return USAGE;
            }
            err.println("wijkwijzer: onverwachte fout: " + (ex.getMessage() != null ? ex.getMessage() : ex.getClass().getName()));
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("Dit is een fout in wijkwijzer. Draai dezelfde opdracht met --debug voor de technische details"
                        + " en meld die.");
            }
            return UNEXPECTED;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
            // The previous site, moved aside by the swap, is deleted while the command finishes; the
            // process waits for it, so no ".site.trash-*" folder outlives the command.
            nl.wijkwijzer.write.SiteWriter.awaitCleanup();
        }
    }

    /** The output failure behind {@code ex}, however it was wrapped on its way up (parallel streams), or null. */
    static nl.wijkwijzer.write.OutputException outputFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof nl.wijkwijzer.write.OutputException o) {
                return o;
            }
        }
        return null;
    }

    /** picocli's usage errors in Dutch for the common cases. */
    static String dutch(String message) {
        if (message == null) {
            return "ongeldig gebruik";
        }
        return message.replaceFirst("^Unknown options?: ", "onbekende optie: ")
                .replaceFirst("^Unmatched arguments? from index \\d+: ", "onbekend argument: ")
                .replaceFirst("^Unmatched arguments? at index \\d+: ", "onbekend argument: ")
                .replaceFirst("^Missing required parameter: ", "ontbrekende waarde: ")
                .replaceFirst("^Missing required option: ", "ontbrekende optie: ")
                .replaceFirst("^Invalid value for option '([^']+)': ", "ongeldige waarde voor $1: ")
                .replaceFirst("^Expected parameter for option '([^']+)' but found '([^']*)'", "optie $1 heeft een waarde nodig")
                .replaceFirst("^Missing required parameter for option '([^']+)'.*", "optie $1 heeft een waarde nodig");
    }
}
