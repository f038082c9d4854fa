package nl.wijkwijzer.cli;

import java.nio.file.Path;
import java.util.List;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.Zichtbaarheid;
import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {
    @Option(names = "--content", paramLabel = "MAP", description = "map met de content (standaard: content)")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "MAP", description = "map met eigen sjablonen (standaard: templates)")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "MAP", description = "map voor de gebouwde site (standaard: site)")
    Path out = Path.of("site");

    /** Parses a --doelgroep value, or throws picocli's usage error (exit code 2) in Dutch. */
    static Zichtbaarheid doelgroep(String value, picocli.CommandLine.Model.CommandSpec spec) {
        if (!value.equals("publiek") && !value.equals("professionals") && !value.equals("bestuur")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "onbekende doelgroep " + nl.wijkwijzer.diagnostics.Quote.of(value) + ": kies publiek, professionals of bestuur");
        }
        return Zichtbaarheid.of(value);
    }

    Wijkwijzer.Options options(List<Zichtbaarheid> audiences) {
        return new Wijkwijzer.Options(content, templates, out, audiences, null).withTiming(timing());
    }

    /**
     * {@code -Dwijkwijzer.timing=true} prints each build stage's time: read here, at the edge, once;
     * the build gets it through its options and profile.
     */
    static boolean timing() {
        return Boolean.getBoolean("wijkwijzer.timing");
    }
}
