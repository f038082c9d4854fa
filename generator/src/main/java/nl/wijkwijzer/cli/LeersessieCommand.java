package nl.wijkwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.diagnostics.Quote;
import nl.wijkwijzer.diagnostics.Suggest;
import nl.wijkwijzer.handouts.CaseSelector;
import nl.wijkwijzer.handouts.LeersessieDraft;
import nl.wijkwijzer.handouts.Programma;
import nl.wijkwijzer.pages.Format;
import nl.wijkwijzer.model.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "leersessie", mixinStandardHelpOptions = true,
        description = "Stelt een gevarieerde set casussen voor een nieuwe leersessie voor en schrijft een concept "
                + "naar content/leersessies/.",
        optionListHeading = "%nOpties:%n", synopsisHeading = "Gebruik: ")
final class LeersessieCommand implements Callable<Integer> {
    @Option(names = "--vuistregel", required = true, paramLabel = "ID", description = "vuistregel van de sessie, bijvoorbeeld financien")
    String vuistregel;

    @Option(names = "--aantal", paramLabel = "N", description = "aantal casussen (standaard: 3, of wat past in --duur)")
    Integer aantal;

    /** Text, not int: a wrong value gets a Dutch message that says what to write instead. */
    @Option(names = "--duur", paramLabel = "MINUTEN", descriptionKey = "leersessie.duur")
    String duur;

    @Option(names = "--wijk", paramLabel = "ID", description = "alleen casussen uit deze wijk")
    String wijk = "";

    @Option(names = "--id", paramLabel = "ID", description = "id (bestandsnaam) van het concept; standaard concept-<vuistregel>")
    String id = "";

    @Option(names = "--content", paramLabel = "MAP", description = "map met de content (standaard: content)")
    Path content = Path.of("content");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (aantal != null && (aantal < 1 || aantal > 20)) {
            err.println("wijkwijzer: --aantal moet tussen 1 en 20 liggen.");
            return Main.USAGE;
        }
        Integer minuten = null;
        if (duur != null) {
            Optional<String> fout = duurFout(duur);
            if (fout.isPresent()) {
                err.println("wijkwijzer: " + fout.get());
                return Main.USAGE;
            }
            minuten = Integer.parseInt(duur.strip());
        }
        int gevraagd = minuten == null ? (aantal == null ? 3 : aantal) : Programma.casussenVoor(minuten, aantal == null ? 0 : aantal);
        Wijkwijzer.CheckResult result = Wijkwijzer.check(new Wijkwijzer.Options(content, Path.of("templates"), Path.of("site"),
                List.of(), null));
        if (result.diagnostics().hasErrors()) {
            Reporting.print(result.diagnostics(), err);
            err.println("wijkwijzer: los eerst de fouten in de content op.");
            return Main.CONTENT_ERRORS;
        }
        KnowledgeBase kb = result.published();
        if (!kb.vuistregelById().containsKey(vuistregel)) {
            err.println("wijkwijzer: onbekende vuistregel " + Quote.of(vuistregel) + ". " + hint(vuistregel, kb.vuistregelById().keySet()));
            return Main.CONTENT_ERRORS;
        }
        if (!wijk.isEmpty() && !kb.site().wijken().containsKey(wijk)) {
            err.println("wijkwijzer: onbekende wijk " + Quote.of(wijk) + ". " + hint(wijk, kb.site().wijken().keySet()));
            return Main.CONTENT_ERRORS;
        }
        if (!id.isEmpty() && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            err.println("wijkwijzer: het id " + Quote.of(id) + " mag alleen kleine letters, cijfers en streepjes bevatten.");
            return Main.USAGE;
        }
        CaseSelector.Proposal p = new CaseSelector(kb).propose(vuistregel, gevraagd, wijk);
        String onderwerp = kb.vuistregelById().get(vuistregel).kort() + (wijk.isEmpty() ? "" : " in " + kb.site().wijkNaam(wijk));
        if (p.gekozen().isEmpty()) {
            err.println("wijkwijzer: er zijn geen casussen over " + onderwerp + ". Er is geen concept geschreven.");
            return Main.CONTENT_ERRORS;
        }
        out.println("Voorstel voor een leersessie over " + onderwerp + " (" + p.gekozen().size() + " van "
                + p.kandidaten() + " casussen):");
        int i = 1;
        for (CaseSelector.Choice c : p.gekozen()) {
            out.println("  " + i++ + ". " + c.casus().id() + " - " + c.casus().titel());
            String waarom = Format.zin(LeersessieDraft.waarom(kb, vuistregel, c));
            out.println("     " + Character.toUpperCase(waarom.charAt(0)) + waarom.substring(1));
        }
        if (!p.overgeslagen().isEmpty()) {
            out.println("Niet gekozen omdat ze sterk lijken op een gekozen casus:");
            for (CaseSelector.Skipped s : p.overgeslagen()) {
                out.println("  - " + s.casus().id() + " lijkt op " + s.lijktOp().id() + " (overeenkomst "
                        + String.format(Locale.ROOT, "%d", Math.round(s.gelijkenis() * 100)) + "%)");
            }
        }
        if (p.gekozen().size() < gevraagd) {
            out.println("Let op: er zijn maar " + p.gekozen().size() + " geschikte casussen, niet " + gevraagd + ".");
        } else if (minuten != null && aantal != null && gevraagd < aantal) {
            out.println("Let op: in " + minuten + " minuten passen " + gevraagd + (gevraagd == 1 ? " casus" : " casussen")
                    + ", niet " + aantal + ".");
        }
        Programma plan = minuten == null ? Programma.standaard(p.gekozen().size())
                : Programma.passend(minuten, p.gekozen().size()).orElseThrow();
        out.println("Programma van " + plan.totaal() + " minuten: opening " + plan.opening() + ", " + plan.casussen() + " x "
                + plan.perCasus() + " minuten casus, gespreksvragen " + plan.vragen() + ", afsluiting " + plan.afsluiting() + ".");
        Path dir = content.resolve("leersessies");
        Optional<String> target = id.isEmpty() ? LeersessieDraft.freeId(dir, vuistregel, wijk) : Optional.of(id);
        if (target.isEmpty()) {
            err.println("wijkwijzer: er zijn al te veel concepten voor deze vuistregel. Ruim oude concepten op in " + dir + ".");
            return Main.CONTENT_ERRORS;
        }
        try {
            Path file = LeersessieDraft.write(dir, target.get(), LeersessieDraft.yaml(kb, vuistregel, wijk, p, plan));
            out.println("Concept geschreven: " + file);
            out.println("Lees het na, pas het aan en controleer het met: wijkwijzer check. Het komt pas in de site als je"
                    + " de regel 'concept: true' weghaalt.");
            return Main.OK;
        } catch (FileAlreadyExistsException e) {
            err.println("wijkwijzer: " + dir.resolve(target.get() + ".yaml") + " bestaat al en wordt niet overschreven. "
                    + "Kies een ander id met --id.");
            return Main.CONTENT_ERRORS;
        }
    }

    /** Empty when {@code value} is a whole number of minutes a session can last; otherwise what is wrong and what to write. */
    static Optional<String> duurFout(String value) {
        String v = value.strip();
        String voorbeeld = " Schrijf het aantal minuten als getal, bijvoorbeeld --duur 90.";
        if (!v.matches("[0-9]{1,6}")) {
            return Optional.of("--duur " + Quote.of(value) + " is geen aantal minuten." + voorbeeld);
        }
        int n = Integer.parseInt(v);
        if (n < Programma.MIN_DUUR) {
            return Optional.of("--duur " + n + " is te kort. Een leersessie met één casus duurt minstens " + Programma.MIN_DUUR
                    + " minuten.");
        }
        if (n > Programma.MAX_DUUR) {
            return Optional.of("--duur " + n + " is te lang. Een leersessie duurt hoogstens " + Programma.MAX_DUUR
                    + " minuten (4 uur). Maak er twee sessies van.");
        }
        return Optional.empty();
    }

    private static String hint(String value, java.util.Collection<String> valid) {
        return Suggest.nearest(value, valid).map(s -> "Bedoelde je " + Quote.of(s) + "?")
                .orElse("Kies uit: " + String.join(", ", valid.stream().sorted().map(Quote::bare).toList()) + ".");
    }
}
