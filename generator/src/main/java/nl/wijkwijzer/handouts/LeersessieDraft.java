package nl.wijkwijzer.handouts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Vuistregel;

/** Writes a proposal as a draft {@code content/leersessies/<id>.yaml} with every field and Dutch comments. */
public final class LeersessieDraft {
    static final int MAX_VOLGNUMMER = 99;

    private LeersessieDraft() {
    }

    /** The id a new draft gets: {@code concept-<vuistregel>[-<wijk>]}, with -2, -3... when taken. */
    public static Optional<String> freeId(Path leersessies, String vuistregel, String wijk) {
        String base = "concept-" + vuistregel + (wijk == null || wijk.isEmpty() ? "" : "-" + wijk);
        for (int i = 1; i <= MAX_VOLGNUMMER; i++) {
            String id = i == 1 ? base : base + "-" + i;
            if (!Files.exists(leersessies.resolve(id + ".yaml"))) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Creates the file; never replaces an existing one (throws {@link FileAlreadyExistsException}). */
    public static Path write(Path leersessies, String id, String yaml) throws IOException {
        Files.createDirectories(leersessies);
        Path file = leersessies.resolve(id + ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return file;
    }

    public static String yaml(KnowledgeBase kb, String vuistregel, String wijk, CaseSelector.Proposal proposal) {
        return yaml(kb, vuistregel, wijk, proposal, Programma.standaard(proposal.gekozen().size()));
    }

    /** Why a case was chosen, for the draft and the command's output: the theme and vuistregel first. */
    public static String waarom(KnowledgeBase kb, String vuistregel, CaseSelector.Choice c) {
        Vuistregel v = kb.vuistregelById().get(vuistregel);
        String thema = v == null ? "thema " + vuistregel : "thema " + v.kort().toLowerCase(java.util.Locale.ROOT)
                + ", vuistregel " + v.nummer();
        return "gekozen omdat: " + thema + "; " + String.join("; ", c.redenen());
    }

    /** @param plan the werkvormen' minutes; {@code duur} is their total */
    public static String yaml(KnowledgeBase kb, String vuistregel, String wijk, CaseSelector.Proposal proposal, Programma plan) {
        Vuistregel v = kb.vuistregelById().get(vuistregel);
        String kort = v == null ? vuistregel : v.kort();
        int n = proposal.gekozen().size();
        String wijkNaam = wijk == null || wijk.isEmpty() ? "" : kb.site().wijkNaam(wijk);
        List<String> vragen = new ArrayList<>(kb.vragenbank().getOrDefault(vuistregel, List.of()).stream().limit(5).toList());
        if (vragen.isEmpty()) {
            proposal.gekozen().forEach(c -> c.casus().leervragen().stream().limit(2).forEach(vragen::add));
        }
        int duur = plan.totaal();
        StringBuilder y = new StringBuilder();
        y.append("# Concept voor een leersessie, voorgesteld door 'wijkwijzer leersessie'.\n")
                .append("# Lees alles na en pas aan. Zet 'zichtbaarheid' op publiek als de sessie voor iedereen is.\n\n")
                .append(nl.wijkwijzer.author.Scaffold.CONCEPT_LINES)
                .append("# Titel zoals deelnemers hem zien.\n")
                .append("titel: ").append(q("Leersessie " + kort + (wijkNaam.isEmpty() ? "" : " in " + wijkNaam) + ": "
                        + n + (n == 1 ? " casus" : " casussen"))).append('\n')
                .append("# Het thema in één zin.\n")
                .append("thema: ").append(q(v == null ? kort : v.titel())).append('\n')
                .append("# Wat deelnemers na afloop weten of kunnen.\n")
                .append("doel: ").append(q("Deelnemers herkennen waar het vastloopt bij " + kort.toLowerCase(java.util.Locale.ROOT)
                        + ", welke weeffouten daarachter zitten en wie in de wijk kan helpen.")).append('\n')
                .append("# Totale duur in minuten: gelijk aan de minuten van de werkvormen samen.\n")
                .append("duur: ").append(duur).append('\n')
                .append("# De vuistregels waar de sessie over gaat.\n")
                .append("vuistregels: [").append(vuistregel).append("]\n")
                .append("# De voorgestelde casussen, met de reden van de keuze.\n")
                .append("casussen:");
        if (n == 0) {
            y.append(" []");
        }
        y.append('\n');
        for (CaseSelector.Choice c : proposal.gekozen()) {
            y.append("  - ").append(c.casus().id()).append("  # ").append(comment(waarom(kb, vuistregel, c))).append('\n');
        }
        y.append("# Gespreksvragen voor de hele groep (uit de vragenbank).\n").append("vragen:");
        if (vragen.isEmpty()) {
            y.append(" []");
        }
        y.append('\n');
        vragen.forEach(s -> y.append("  - ").append(q(s)).append('\n'));
        y.append("# Het programma. Pas de minuten aan; houd 'duur' gelijk aan het totaal.\n").append("werkvormen:\n");
        werkvorm(y, "Opening", plan.opening(), "Kennismaken en het doel van de sessie noemen.");
        for (int i = 0; i < n; i++) {
            werkvorm(y, "Casus " + (i + 1) + ": " + proposal.gekozen().get(i).casus().titel(), plan.perCasus(),
                    "Lees de casus in drietallen. Waar loopt het vast? Gebruik wat wil ik, wat kan ik en wat heb ik nodig.");
        }
        werkvorm(y, "Gespreksvragen", plan.vragen(), "Bespreek de vragen met de hele groep. Noteer weeffouten voor de doorbraaktafel.");
        werkvorm(y, "Afsluiting", plan.afsluiting(), "Iedere deelnemer noemt één ding dat hij morgen anders doet.");
        y.append("# Notities voor de trainer (alleen zichtbaar voor professionals).\n")
                .append("trainersnotities: |\n")
                .append("  Dit concept is automatisch voorgesteld. Controleer of de casussen passen bij de groep.\n\n")
                .append("  Waarom deze casussen:\n\n");
        for (CaseSelector.Choice c : proposal.gekozen()) {
            y.append("  - ").append(c.casus().titel()).append(", ").append(comment(waarom(kb, vuistregel, c))).append(".\n");
        }
        if (!proposal.overgeslagen().isEmpty()) {
            y.append('\n');
        }
        for (CaseSelector.Skipped s : proposal.overgeslagen()) {
            y.append("  - Niet gekozen: ").append(s.casus().id()).append(", lijkt sterk op ").append(s.lijktOp().id())
                    .append(".\n");
        }
        y.append("# publiek of professionals. Een concept is eerst alleen voor professionals.\n")
                .append("zichtbaarheid: professionals\n");
        return y.toString();
    }

    private static void werkvorm(StringBuilder y, String naam, int minuten, String beschrijving) {
        y.append("  - naam: ").append(q(naam)).append('\n')
                .append("    minuten: ").append(minuten).append('\n')
                .append("    beschrijving: ").append(q(beschrijving)).append('\n');
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(ch < 0x20 ? ' ' : ch);
            }
        }
        return b.append('"').toString();
    }

    private static String comment(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
