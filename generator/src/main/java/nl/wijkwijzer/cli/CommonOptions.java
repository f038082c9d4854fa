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
        return edge(new Wijkwijzer.Options(content, templates, out, audiences, null));
    }

    /**
     * The two JVM properties a user may set, read here at the edge, once; the build gets them through
     * its options and profile: {@code -Dwijkwijzer.timing=true} prints each build stage's time, and
     * {@code -Dwijkwijzer.large-corpus=N} moves the bound of a large corpus.
     */
    static Wijkwijzer.Options edge(Wijkwijzer.Options options) {
        return options.withTiming(Boolean.getBoolean("wijkwijzer.timing"))
                .withLargeCorpusFrom(Integer.getInteger("wijkwijzer.large-corpus", options.largeCorpusFrom()));
    }
}
