package nl.wijkwijzer.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Deelregels;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Kosten;
import nl.wijkwijzer.model.Origin;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * A deterministic synthetic knowledge base for the report benchmark: the real weeffouten, site and
 * monitor, with {@code n} generated cases (fixed seed) spread over four years and the real wijken.
 */
public final class ReportCorpus {
    private static final String[] VRIJ = {
        "Zonder briefadres kan de aanvraag voor een uitkering niet beginnen.",
        "De energieleverancier vraagt een hoge waarborgsom voor de aansluiting.",
        "De huurachterstand uit de vorige woning blokkeert een nieuw contract.",
        "Er is geen plek bij de dagbesteding in de eigen wijk.",
        "De buren klagen over geluid en de corporatie dreigt met ontbinding.",
    };
    private static final String[] PER = {"week", "maand", "kwartaal", "jaar", "eenmalig", "keer"};

    private ReportCorpus() {
    }

    public static KnowledgeBase generate(KnowledgeBase base, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> wijken = List.copyOf(base.site().wijken().keySet());
        List<String> weeffouten = base.weeffouten().stream().map(Weeffout::id).toList();
        List<String> orgs = List.of("sociaal-wijkteam", "ggz-instelling", "woningcorporatie", "werk-en-inkomen", "schuldhulp");
        LocalDate start = LocalDate.of(2023, 1, 1);
        List<Casus> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Casus.Blokkade> blokkades = new ArrayList<>();
            int k = 1 + rnd.nextInt(3);
            for (int b = 0; b < k; b++) {
                if (rnd.nextInt(5) == 0) {
                    blokkades.add(new Casus.Blokkade("", VRIJ[rnd.nextInt(VRIJ.length)] + " Casus " + i + "."));
                } else {
                    blokkades.add(new Casus.Blokkade(weeffouten.get(rnd.nextInt(weeffouten.size())), "Toelichting " + i));
                }
            }
            Kosten kosten = new Kosten(List.of(post(rnd), post(rnd)), List.of(post(rnd)));
            cases.add(new Casus(String.format("casus-%05d", i), "Casus " + i, "Samenvatting", wijken.get(rnd.nextInt(wijken.size())),
                    start.plusDays(rnd.nextInt(4 * 365)), "lopend", List.of("wonen"), "beschermd-wonen", List.of(), true, "",
                    Zichtbaarheid.PUBLIEK, "", new Casus.Hulpvraag("", "", ""), blokkades, "",
                    List.of(orgs.get(rnd.nextInt(orgs.size())), orgs.get(rnd.nextInt(orgs.size()))), kosten,
                    new Casus.Waardendriehoek("", "", ""), List.of(), new Origin("synthetisch", Map.of())));
        }
        return new KnowledgeBase(base.site(), base.vuistregels(), List.copyOf(cases), base.weeffouten(), List.of(),
                Deelregels.empty(), List.of(), List.of(), List.of(), Optional.empty(), Map.of(), base.monitor(), List.of());
    }

    private static Kosten.Post post(SplittableRandom rnd) {
        String per = PER[rnd.nextInt(PER.length)];
        return new Kosten.Post("Post", BigDecimal.valueOf(50 + rnd.nextInt(5000)), per, per.equals("keer") ? 1 + rnd.nextInt(20) : 1);
    }
}
