package nl.wijkwijzer.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A structural blocker in rules or funding that makes many cases go wrong.
 *
 * @param opgelostOp      the date it was solved (set when {@code status} is opgelost; null otherwise)
 * @param barriere        one of {@link #BARRIERES}, or "" when not given
 * @param escalatieniveau one of {@link #ESCALATIENIVEAUS}, or "" when not given
 * @param besluiten       the decision log, oldest first
 */
public record Weeffout(String id, String titel, String categorie, List<String> schotten, String eigenaar,
        String beschrijving, String voorstel, String status, LocalDate gesignaleerdOp, LocalDate opgelostOp,
        String barriere, String escalatieniveau, List<Besluit> besluiten, Zichtbaarheid zichtbaarheid, Origin origin) {

    public static final List<String> CATEGORIEEN = List.of("financiering", "regelgeving", "toegang", "wonen", "inkomen",
            "gegevensdeling", "zorg");
    public static final List<String> EIGENAREN = List.of("gemeente", "zorgverzekeraar", "zorgkantoor", "woningcorporatie",
            "rijk", "justitie", "zorgaanbieders");
    public static final List<String> STATUSSEN = List.of("gesignaleerd", "geagendeerd", "in-behandeling", "opgelost");
    public static final List<String> BARRIERES = List.of("wet", "lokale-regel", "uitvoeringspraktijk", "onduidelijkheid");
    public static final List<String> ESCALATIENIVEAUS = List.of("lokaal", "regionaal", "landelijk");

    public boolean opgelost() {
        return "opgelost".equals(status);
    }

    /**
     * One entry of the decision log.
     *
     * @param eigenaar who has to carry it out: one of {@link #EIGENAREN}
     * @param termijn  deadline, or null when none was set
     * @param status   one of {@link #BESLUIT_STATUSSEN}
     */
    public record Besluit(LocalDate datum, String orgaan, String besluit, String eigenaar, LocalDate termijn,
            String status) {

        public boolean open() {
            return "open".equals(status);
        }

        /** Open, with a deadline before {@code standVan}. */
        public boolean teLaat(LocalDate standVan) {
            return open() && termijn != null && termijn.isBefore(standVan);
        }
    }

    public static final List<String> BESLUIT_STATUSSEN = List.of("open", "uitgevoerd", "vervallen");
}
