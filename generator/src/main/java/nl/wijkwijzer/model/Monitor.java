package nl.wijkwijzer.model;

import java.util.List;

/** Aggregated outflow figures per quarter (never persons) and the regional goal. */
public record Monitor(Doel doel, List<Kwartaal> kwartalen, boolean fictief, Origin origin) {

    public record Doel(int capaciteitStart, int capaciteitDoel, int uitstroomProcent, int looptijdJaren,
            int maxVerblijfOpvangMaanden, int startjaar) {
    }

    public record Kwartaal(String kwartaal, int capaciteit, int uitstroomBw, int instroomBw,
            int gemiddeldeVerblijfOpvangDagen) {
    }
}
