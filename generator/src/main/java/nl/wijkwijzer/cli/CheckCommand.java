package nl.wijkwijzer.cli;

import java.util.List;
import java.util.concurrent.Callable;

import nl.wijkwijzer.Wijkwijzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Controleert de content zonder iets te schrijven.",
        optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Wijkwijzer.CheckResult result = Wijkwijzer.check(common.options(List.of()));
        Reporting.print(result.diagnostics(), spec.commandLine().getErr());
        if (result.diagnostics().hasErrors()) {
            return Main.CONTENT_ERRORS;
        }
        var kb = result.kb();
        spec.commandLine().getOut().printf("Content in orde: %d casussen, %d weeffouten, %d vuistregels, %d organisaties, "
                + "%d leersessies, %d hoofdstukken AVG.%n", kb.casussen().size(), kb.weeffouten().size(),
                kb.vuistregels().size(), kb.organisaties().size(), kb.leersessies().size(), kb.avg().size());
        return Main.OK;
    }
}
