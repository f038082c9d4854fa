package nl.wijkwijzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;
import nl.wijkwijzer.search.SearchIndex;
import nl.wijkwijzer.search.SearchPart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Zoekt in de kennisbank zoals de zoekpagina van de site doet, en toont de beste 10.",
        optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ")
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ZOEKVRAAG", description = "de woorden; zet een woordgroep tussen \"aanhalingstekens\"")
    String query;

    @Option(names = "--doelgroep", paramLabel = "DOELGROEP", description = "publiek (standaard) of professionals")
    String doelgroep = "publiek";

    @Option(names = "--content", paramLabel = "MAP", description = "map met de content (standaard: content)")
    Path content = Path.of("content");

    @Option(names = "--filter", paramLabel = "NAAM=WAARDE",
            description = "alleen resultaten met deze waarde, bijvoorbeeld type=casus of vuistregel=wonen")
    Map<String, String> filters = new LinkedHashMap<>();

    @Option(names = "--precies", description = "zoek precies de getypte woorden, zonder verbetering van tikfouten")
    boolean exact;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Zichtbaarheid audience = CommonOptions.doelgroep(doelgroep, spec);
        PrintWriter out = spec.commandLine().getOut();
        Wijkwijzer.CheckResult check = Wijkwijzer.check(new Wijkwijzer.Options(content, null, null, null, null));
        if (check.diagnostics().hasErrors()) {
            Reporting.print(check.diagnostics(), spec.commandLine().getErr());
            return Main.CONTENT_ERRORS;
        }
        try (SearchIndex index = SearchPart.open(AudienceView.filter(check.published(), audience))) {
            SearchIndex.Result r = index.search(query, filters, false, exact, 10);
            if (r.total() == 0) {
                out.println("Niets gevonden voor \"" + query + "\".");
                return Main.OK;
            }
            if (!r.corrections().isEmpty()) {
                out.println("Resultaten voor \"" + r.searched(query) + "\". Zoek in plaats daarvan naar \"" + query + "\" met --precies.");
            }
            out.println(r.total() + (r.total() == 1 ? " resultaat" : " resultaten") + " voor \"" + r.searched(query) + "\" (" + doelgroep + ")"
                    + (r.fallback() ? "; niet alle woorden komen samen voor" : "") + ":");
            int n = 1;
            for (SearchIndex.Hit h : r.hits()) {
                out.printf(Locale.ROOT, "%2d. %s%n    %s · %s · score %.3f%n", n++, h.page().title(), h.page().type(),
                        h.page().url(), h.score());
            }
            return Main.OK;
        }
    }
}
