package nl.wijkwijzer.model;

import java.util.List;
import java.util.Optional;

/**
 * Aggregated outflow figures per quarter (never persons) and the goals of the regiovisie. The three
 * goals are separate: each has its own start, target and years, and each may be absent.
 */
public record Monitor(Optional<Capaciteit> capaciteit, Optional<Uitstroom> uitstroom, Optional<Opvang> opvang,
        List<Kwartaal> kwartalen, boolean fictief, Origin origin) {

    /** Places from {@code start} on 1 January of startjaar to {@code doel} on 31 December of doeljaar. */
    public record Capaciteit(int start, int doel, int startjaar, int doeljaar) {
    }

    /**
     * {@code procent} of the clients of beschermd wonen on 1 January of startjaar have left by the end of
     * doeljaar; {@code clientenStart} is the size of that group (0 when not given).
     */
    public record Uitstroom(int procent, int clientenStart, int startjaar, int doeljaar) {
    }

    /** The share of opvang stays longer than {@code maxMaanden} falls from procentStart to procentDoel. */
    public record Opvang(int maxMaanden, int procentStart, int procentDoel, int startjaar, int doeljaar) {
    }

    /**
     * @param opvangTeLangProcent       share of the stays in the opvang longer than the maximum; null when not given
     * @param uitstroomStartgroepProcent share of the clients of beschermd wonen at the start of the outflow
     *                                  goal that have left by the end of this quarter (cumulative); null when not given
     */
    public record Kwartaal(String kwartaal, int capaciteit, int uitstroomBw, int instroomBw,
            int gemiddeldeVerblijfOpvangDagen, Integer opvangTeLangProcent, Integer uitstroomStartgroepProcent) {
    }
}
