package nl.wijkwijzer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.wijkwijzer.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: the scale benchmark (see {@link Bench}). */
@Command(name = "bench", mixinStandardHelpOptions = true,
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
        Bench.main(args.toArray(String[]::new));
        return Main.OK;
    }
}
