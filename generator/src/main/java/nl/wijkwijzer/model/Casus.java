package nl.wijkwijzer.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A (pseudonymised) case discussed at a doorbraaktafel. Markdown fields hold Markdown source.
 *
 * <p>The prose is read through {@link #prose()}, which the loader fills with the plain
 * {@link Verhaal} or, for a very large corpus, a packed form of it ({@link Prose}); the accessors
 * {@link #situatie()}, {@link #hulpvraag()}, {@link #blokkades()}, {@link #oplossing()} and
 * {@link #waardendriehoek()} read it either way. Blocker weeffouten are kept apart
 * ({@link #blokkadeWeeffouten()}) because the report, the checks and the planner ask for them on
 * every case without needing the texts.
 *
 * @param blokkadeWeeffouten the weeffout of each blocker, in order ({@code ""} for none)
 * @param prose              the prose; its {@link Verhaal#toelichtingen()} match {@code blokkadeWeeffouten}
 */
public record Casus(String id, String titel, String samenvatting, String wijk, LocalDate datum, String status,
        List<String> vuistregels, String doelgroep, List<String> pseudoniemen, boolean fictief, String bron,
        Zichtbaarheid zichtbaarheid, List<String> blokkadeWeeffouten, List<String> partijen, Kosten kosten,
        List<String> leervragen, Origin origin, Prose prose) {

    public static final List<String> STATUSSEN = List.of("open", "lopend", "doorbraak", "afgesloten");
    public static final List<String> DOELGROEPEN = List.of("beschermd-wonen", "maatschappelijke-opvang", "thuiswonend");

    public record Hulpvraag(String watWilIk, String watKanIk, String watHebIkNodig) {
    }

    /** A blocker; {@code weeffout} is empty when no catalogued weeffout fits yet. */
    public record Blokkade(String weeffout, String toelichting) {
        public boolean heeftWeeffout() {
            return !weeffout.isEmpty();
        }
    }

    public record Waardendriehoek(String rendement, String legitimering, String betrokkenheid) {
    }

    /**
     * A case's prose in its plain form (and so its own {@link Prose}).
     *
     * @param waardendriehoek {@code null} when the case has none
     * @param toelichtingen   one per blocker, in order
     */
    public record Verhaal(String situatie, Hulpvraag hulpvraag, String oplossing, Waardendriehoek waardendriehoek,
            List<String> toelichtingen) implements Prose {
        public Verhaal {
            toelichtingen = List.copyOf(toelichtingen);
        }

        @Override
        public Verhaal verhaal() {
            return this;
        }
    }

    public Casus {
        blokkadeWeeffouten = List.copyOf(blokkadeWeeffouten);
    }

    /** A case with its prose in the plain form. */
    public Casus(String id, String titel, String samenvatting, String wijk, LocalDate datum, String status,
            List<String> vuistregels, String doelgroep, List<String> pseudoniemen, boolean fictief, String bron,
            Zichtbaarheid zichtbaarheid, String situatie, Hulpvraag hulpvraag, List<Blokkade> blokkades, String oplossing,
            List<String> partijen, Kosten kosten, Waardendriehoek waardendriehoek, List<String> leervragen, Origin origin) {
        this(id, titel, samenvatting, wijk, datum, status, vuistregels, doelgroep, pseudoniemen, fictief, bron, zichtbaarheid,
                blokkades.stream().map(Blokkade::weeffout).toList(), partijen, kosten, leervragen, origin,
                new Verhaal(situatie, hulpvraag, oplossing, waardendriehoek, blokkades.stream().map(Blokkade::toelichting).toList()));
    }

    public String situatie() {
        return prose.verhaal().situatie();
    }

    public Hulpvraag hulpvraag() {
        return prose.verhaal().hulpvraag();
    }

    public String oplossing() {
        return prose.verhaal().oplossing();
    }

    /** {@code null} when the case has none. */
    public Waardendriehoek waardendriehoek() {
        return prose.verhaal().waardendriehoek();
    }

    public List<Blokkade> blokkades() {
        List<String> toelichtingen = prose.verhaal().toelichtingen();
        List<Blokkade> out = new ArrayList<>(blokkadeWeeffouten.size());
        for (int i = 0; i < blokkadeWeeffouten.size(); i++) {
            out.add(new Blokkade(blokkadeWeeffouten.get(i), toelichtingen.get(i)));
        }
        return List.copyOf(out);
    }

    /**
     * The same case with other blockers. Blockers with the same toelichtingen keep the prose as it is
     * held (only their weeffouten change); other toelichtingen make the prose plain.
     */
    public Casus withBlokkades(List<Blokkade> blokkades) {
        List<String> weeffouten = blokkades.stream().map(Blokkade::weeffout).toList();
        List<String> toelichtingen = blokkades.stream().map(Blokkade::toelichting).toList();
        Verhaal v = prose.verhaal();
        Prose p = toelichtingen.equals(v.toelichtingen()) ? prose
                : new Verhaal(v.situatie(), v.hulpvraag(), v.oplossing(), v.waardendriehoek(), toelichtingen);
        return new Casus(id, titel, samenvatting, wijk, datum, status, vuistregels, doelgroep, pseudoniemen, fictief, bron,
                zichtbaarheid, weeffouten, partijen, kosten, leervragen, origin, p);
    }

    /** Names the case only: its prose stays out of logs and test messages. */
    @Override
    public String toString() {
        return "Casus[id=" + id + ", titel=" + titel + "]";
    }
}
