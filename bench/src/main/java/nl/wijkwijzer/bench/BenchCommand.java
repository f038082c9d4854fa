package nl.wijkwijzer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Hidden: the scale benchmark (see {@link nl.wijkwijzer.bench.Bench}). */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Meet bouwtijd en geheugen met een gegenereerde kennisbank en vergelijkt met Hugo.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", paramLabel = "N,N", description = "aantallen casussen (standaard: 10000,100000)")
    String sizes = "10000,100000";

    @Option(names = "--runs", paramLabel = "N", description = "runs per meting (standaard: 5)")
    int runs = 5;

    @Option(names = "--work", paramLabel = "MAP", description = "werkmap (standaard: tijdelijke map)")
    String work;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>(List.of("--sizes", sizes, "--runs", Integer.toString(runs)));
        if (work != null) {
            args.addAll(List.of("--work", work));
        }
        nl.wijkwijzer.bench.Bench.main(args.toArray(String[]::new));
        return Main.OK;
    }
}
