package nl.wijkwijzer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.wijkwijzer.search.SearchDoc;

/**
 * A deterministic synthetic corpus of cases for the search benchmark: Dutch sentences built from a
 * fixed vocabulary with a fixed seed, so every run indexes the same 10,000 pages.
 */
public final class SearchCorpus {
    private static final String[] SUBJECTS = {"De bewoner", "Een vrouw", "Een man", "Het gezin", "De jongere", "De huurder",
            "Een oudere", "De cliënt", "Een moeder", "Een vader"};
    private static final String[] VERBS = {"zoekt", "verliest", "vraagt om", "wacht op", "krijgt", "mist", "regelt",
            "betaalt", "bespreekt", "weigert"};
    private static final String[] OBJECTS = {"een woning", "de huur", "schuldhulpverlening", "dagbesteding", "begeleiding",
            "een uitkering", "een briefadres", "beschermd wonen", "maatschappelijke opvang", "de woningcorporatie",
            "de huisarts", "de wijkagent", "een ervaringsdeskundige", "budgetbeheer", "een indicatie", "de GGZ",
            "toestemming voor gegevensdeling", "een waarborgsom", "energiekosten", "een signaleringsplan"};
    private static final String[] EXTRAS = {"na een opname", "in de wijk", "bij de doorbraaktafel", "zonder netwerk",
            "na detentie", "met overlast van buren", "binnen vier uur", "door een weeffout", "met maatwerk",
            "in een tijdelijke kamer", "na twaalf weken", "met steun van het wijkteam"};
    private static final String[] WIJKEN = {"zuidoost", "binnenstad", "noord", "west", "oost"};
    private static final String[] STATUS = {"open", "lopend", "doorbraak", "afgesloten"};
    private static final String[] VUIST = {"wonen", "financien", "daginvulling", "ondersteuning", "leefomgeving"};

    private SearchCorpus() {
    }

    public static List<SearchDoc> cases(int n, long seed) {
        Random r = new Random(seed);
        List<SearchDoc> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String title = pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " " + pick(r, EXTRAS);
            StringBuilder body = new StringBuilder();
            int sentences = 8 + r.nextInt(12);
            for (int s = 0; s < sentences; s++) {
                body.append(pick(r, SUBJECTS)).append(' ').append(pick(r, VERBS)).append(' ').append(pick(r, OBJECTS))
                        .append(' ').append(pick(r, EXTRAS)).append(". ");
                if (r.nextInt(4) == 0) {
                    body.append("Casus ").append(i).append(" vraagt om ").append(pick(r, OBJECTS)).append(". ");
                }
            }
            List<String> vuist = new ArrayList<>(List.of(pick(r, VUIST)));
            String second = pick(r, VUIST);
            if (!vuist.contains(second)) {
                vuist.add(second);
            }
            docs.add(new SearchDoc("casus-" + i, title, "casuistiek/casus-" + i + ".html", "casus",
                    Map.of("vuistregel", vuist, "wijk", List.of(pick(r, WIJKEN)), "status", List.of(pick(r, STATUS))),
                    body.toString().strip()));
        }
        return docs;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
