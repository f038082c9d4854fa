package nl.wijkwijzer.cli;

import java.util.concurrent.Callable;

import nl.wijkwijzer.author.FieldReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "referentie", mixinStandardHelpOptions = true,
        description = "Toont alle velden van alle soorten content (Markdown), gemaakt uit de schema's van de generator.",
        synopsisHeading = "Gebruik: ")
final class ReferentieCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(FieldReference.markdown());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
