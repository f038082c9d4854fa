package nl.wijkwijzer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;
import nl.wijkwijzer.report.ReportExports;
import nl.wijkwijzer.report.ReportText;
import nl.wijkwijzer.report.WeeffoutReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Toont de bestuurlijke samenvatting van het weeffoutenrapport en schrijft weeffouten.csv en weeffouten.json.",
        optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "MAP", description = "map met de content (standaard: content)")
    Path content = Path.of("content");

    @Option(names = "--van", paramLabel = "JJJJ-MM-DD", description = "begin van de periode (standaard: 12 maanden voor --tot)")
    LocalDate van;

    @Option(names = "--tot", paramLabel = "JJJJ-MM-DD", description = "einde van de periode (standaard: datum van de nieuwste casus)")
    LocalDate tot;

    @Option(names = "--jaar", paramLabel = "JJJJ", description = "kalenderjaar (standaard voor bestuur: het laatste hele jaar)")
    Integer jaar;

    @Option(names = "--doelgroep", paramLabel = "DOELGROEP", description = "publiek (standaard), professionals of bestuur")
    String doelgroep = "publiek";

    @Option(names = "--out", paramLabel = "MAP", description = "map voor de export (standaard: rapport-export)")
    Path out = Path.of("rapport-export");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Zichtbaarheid audience = CommonOptions.doelgroep(doelgroep, spec);
        if (van != null && tot != null && van.isAfter(tot)) {
            throw new ParameterException(spec.commandLine(), "--van " + van + " ligt na --tot " + tot);
        }
        boolean vrij = van != null || tot != null;
        if (vrij && jaar != null) {
            throw new ParameterException(spec.commandLine(), "kies --jaar of --van/--tot, niet allebei");
        }
        if (vrij && audience == Zichtbaarheid.BESTUUR) {
            // A free window can be moved a day at a time, and two such reports differ by single cases.
            throw new ParameterException(spec.commandLine(), "--van en --tot kun je niet gebruiken met --doelgroep bestuur: "
                    + "dat rapport gaat altijd over een heel kalenderjaar. Kies een jaar met --jaar JJJJ.");
        }
        Wijkwijzer.CheckResult check = Wijkwijzer.check(new Wijkwijzer.Options(content, null, null, List.of(), null));
        Reporting.print(check.diagnostics(), spec.commandLine().getErr());
        if (check.diagnostics().hasErrors()) {
            return Main.CONTENT_ERRORS;
        }
        KnowledgeBase view = AudienceView.filter(check.published(), audience);
        WeeffoutReport.Periode periode = jaar != null ? WeeffoutReport.Periode.jaar(jaar)
                : vrij ? WeeffoutReport.Periode.defaults(view, van, tot) : WeeffoutReport.defaultPeriode(view, audience);
        WeeffoutReport.Rapport r;
        try {
            r = WeeffoutReport.compute(view, audience, periode, vrij);
        } catch (nl.wijkwijzer.report.Disclosure.OnveiligException e) {
            spec.commandLine().getErr().println("wijkwijzer: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().print(ReportText.summary(r));
        Map<String, byte[]> export = new java.util.LinkedHashMap<>();
        export.put("weeffouten.csv", ReportExports.csv(r));
        export.put("weeffouten.json", ReportExports.json(r));
        export.putAll(ReportExports.extraCsv(r));
        nl.wijkwijzer.write.OutputFolder.writeExport(out, List.of(content), export);
        spec.commandLine().getOut().println("Export geschreven naar " + out.resolve("weeffouten.csv") + " en "
                + out.resolve("weeffouten.json") + " (met betalers.csv, agenda.csv en monitor.csv).");
        return Main.OK;
    }
}
