package nl.wijkwijzer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.wijkwijzer.cli.Main;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;
import nl.wijkwijzer.report.ReportExports;
import nl.wijkwijzer.report.WeeffoutReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench-report}: the weeffoutenrapport's compute and export time on a synthetic corpus (fixed seed). */
@Command(name = "bench-report", mixinStandardHelpOptions = true,
        description = "Meet hoe lang het rapport duurt op een synthetische kennisbank (vaste seed) en toont de mediaan.",
        optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ")
final class ReportBenchCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "MAP", description = "content voor site, weeffouten en monitor (standaard: content)")
    Path content = Path.of("content");

    @Option(names = "--casussen", description = "aantal synthetische casussen (standaard: 10000)")
    int casussen = 10_000;

    @Option(names = "--rondes", description = "aantal gemeten rondes (standaard: 5)")
    int rondes = 5;

    @Option(names = "--doelgroep", paramLabel = "DOELGROEP", description = "publiek, professionals (standaard) of bestuur")
    String doelgroep = "professionals";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (!List.of("publiek", "professionals", "bestuur").contains(doelgroep)) {
            throw new ParameterException(spec.commandLine(), "onbekende doelgroep: kies publiek, professionals of bestuur");
        }
        Zichtbaarheid audience = Zichtbaarheid.of(doelgroep);
        KnowledgeBase kb = SyntheticCorpus.knowledgeBase(content, casussen, 20261122L);
        var out = spec.commandLine().getOut();
        KnowledgeBase view = AudienceView.filter(kb, audience);
        WeeffoutReport.compute(view, audience); // warm-up
        List<Long> computeMs = new ArrayList<>();
        List<Long> totalMs = new ArrayList<>();
        for (int i = 0; i < rondes; i++) {
            long t0 = System.nanoTime();
            WeeffoutReport.Rapport r = WeeffoutReport.compute(view, audience);
            long t1 = System.nanoTime();
            r.audit().ifPresent(a -> out.printf("controle: %d van %d aantallen niet getoond (%d primair, %d secundair, %s%%), "
                    + "kleinste bereik %s, %d ms%n", a.primair() + a.secundair(), a.cellen(), a.primair(), a.secundair(),
                    a.aandeelVerborgen(), a.kleinsteBereik() == null ? "onbegrensd" : a.kleinsteBereik(), a.millis()));
            int bytes = ReportExports.csv(r).length + ReportExports.json(r).length;
            long t2 = System.nanoTime();
            computeMs.add((t1 - t0) / 1_000_000);
            totalMs.add((t2 - t0) / 1_000_000);
            out.printf("ronde %d: rapport %d ms, met export %d ms (%d weeffouten, %d kandidaten, %d bytes)%n", i + 1,
                    (t1 - t0) / 1_000_000, (t2 - t0) / 1_000_000, r.weeffouten().size(), r.kandidaten().size(), bytes);
        }
        out.printf("Mediaan van %d rondes op %d casussen: rapport %d ms, met csv en json %d ms.%n", rondes, casussen,
                median(computeMs), median(totalMs));
        return Main.OK;
    }

    private static long median(List<Long> xs) {
        List<Long> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
