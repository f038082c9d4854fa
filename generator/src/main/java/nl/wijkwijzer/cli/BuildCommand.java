package nl.wijkwijzer.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.Zichtbaarheid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Bouwt de site uit de content. Bij een fout blijft de vorige site staan.",
        optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--doelgroep", paramLabel = "DOELGROEP",
            description = "bouw alleen voor deze doelgroep: publiek of professionals")
    String doelgroep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Zichtbaarheid> audiences = List.of();
        if (doelgroep != null) {
            audiences = List.of(CommonOptions.doelgroep(doelgroep, spec));
        }
        long start = System.nanoTime();
        java.io.PrintWriter err = spec.commandLine().getErr();
        Wijkwijzer.BuildResult result = Wijkwijzer.build(common.options(audiences), notice -> {
            err.println(notice);
            err.flush();
        });
        Reporting.print(result.diagnostics(), err);
        if (!result.written()) {
            // After the claim put back a site a kill had moved aside, the folder says which is true.
            err.println(nl.wijkwijzer.write.OutputFolder.hasSite(common.out)
                    ? "Site niet gebouwd; de vorige versie in " + common.out + " is ongewijzigd."
                    : "Site niet gebouwd; in " + common.out + " staat nog geen site.");
            return Main.CONTENT_ERRORS;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        StringBuilder sb = new StringBuilder();
        result.pages().forEach((a, n) -> sb.append(sb.isEmpty() ? "" : ", ").append(a.id()).append(": ").append(n).append(" bestanden"));
        spec.commandLine().getOut().println("Site gebouwd in " + common.out + " (" + sb + ") in " + ms + " ms.");
        return Main.OK;
    }
}
