package nl.wijkwijzer.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import nl.wijkwijzer.author.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "nieuw", mixinStandardHelpOptions = true,
        description = "Maakt een nieuw bestand met alle velden, met uitleg in het Nederlands. Overschrijft nooit.",
        optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ", parameterListHeading = "%nArgumenten:%n")
final class NieuwCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SOORT", description = "casus, weeffout, organisatie of leersessie")
    String soort;

    @Parameters(index = "1", paramLabel = "ID", description = "naam van het bestand: kleine letters, cijfers en streepjes")
    String id;

    @Option(names = "--content", paramLabel = "MAP", description = "map met de content (standaard: content)")
    Path content = Path.of("content");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        Optional<Scaffold.Kind> kind = Scaffold.kind(soort);
        if (kind.isEmpty()) {
            err.println("wijkwijzer: onbekende soort " + nl.wijkwijzer.diagnostics.Quote.of(soort) + ": kies "
                    + Scaffold.KINDS.stream().map(Scaffold.Kind::name).collect(Collectors.joining(", ")));
            return Main.USAGE;
        }
        if (!Scaffold.VALID_ID.matcher(id).matches()) {
            err.println("wijkwijzer: " + nl.wijkwijzer.diagnostics.Quote.of(id) + " is geen geldig id: gebruik alleen kleine letters, cijfers en streepjes,"
                    + " bijvoorbeeld: huur-na-opname");
            return Main.USAGE;
        }
        Scaffold scaffold = new Scaffold(content, LocalDate.now());
        Path target = scaffold.target(kind.get(), id);
        try {
            scaffold.write(kind.get(), id);
        } catch (FileAlreadyExistsException e) {
            err.println("wijkwijzer: " + target + " bestaat al en blijft ongewijzigd. Kies een ander id.");
            return Main.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("Nieuw concept: " + target + ". Vul de velden in en bekijk het met: wijkwijzer serve."
                + " Het komt pas in de site als je de regel 'concept: true' weghaalt.");
        return Main.OK;
    }
}
