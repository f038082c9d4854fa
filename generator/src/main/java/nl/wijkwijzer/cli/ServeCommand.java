package nl.wijkwijzer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Bouwt de site, toont hem op http://127.0.0.1:POORT/ en bouwt opnieuw bij elke wijziging in content/ "
                + "of templates/. De open pagina ververst vanzelf; fouten staan bovenin de pagina en hier.",
        optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "MAP", description = "map met de content (standaard: content)")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "MAP", description = "map met eigen sjablonen (standaard: templates)")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "MAP", description = "map voor de voorbeeldsite (standaard: een tijdelijke map)")
    Path out;

    @Option(names = "--port", paramLabel = "POORT", description = "poort (standaard: 8080)")
    int port = 8080;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path target = out != null ? out : Files.createTempDirectory("wijkwijzer-voorbeeld-").resolve("site");
        var options = CommonOptions.edge(new Wijkwijzer.Options(content, templates, target, List.of(), null));
        PreviewServer server = new PreviewServer(options, spec.commandLine().getErr());
        int bound;
        try {
            bound = server.start(port);
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("wijkwijzer: poort " + port + " is bezet; kies een andere met --port");
            return Main.USAGE;
        }
        spec.commandLine().getOut().println("Voorbeeld op http://127.0.0.1:" + bound + "/ (map " + target
                + "). Stoppen: Ctrl+C.");
        spec.commandLine().getOut().flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        stop.await();
        return Main.OK;
    }
}
