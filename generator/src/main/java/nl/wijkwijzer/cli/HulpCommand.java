package nl.wijkwijzer.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wijkwijzer help [OPDRACHT]}: picocli's {@code HelpCommand} in Dutch. Its texts and its
 * parameter label are fixed in English in picocli, so this is the same small command with our words.
 */
@Command(name = "help", helpCommand = true, header = "Toont de hulp bij een opdracht.",
        description = "Bijvoorbeeld: wijkwijzer help build. Zonder opdracht toont het de hulp bij wijkwijzer zelf.",
        synopsisHeading = "%nGebruik: ")
final class HulpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "toon de hulp bij de opdracht help en stop")
    boolean help;

    @Parameters(paramLabel = "OPDRACHT", arity = "0..1", description = "de opdracht waarover je hulp wilt")
    String opdracht;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (parent == null) {
            return;
        }
        if (opdracht == null) {
            parent.usage(out, colors);
            return;
        }
        CommandLine sub = parent.getSubcommands().get(opdracht);
        if (sub == null) {
            throw new CommandLine.ParameterException(parent, "onbekende opdracht " + nl.wijkwijzer.diagnostics.Quote.of(opdracht)
                    + ": kies een van " + String.join(", ", parent.getSubcommands().entrySet().stream()
                            .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(java.util.Map.Entry::getKey).toList()));
        }
        sub.usage(out, colors);
    }
}
