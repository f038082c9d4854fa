package nl.wijkwijzer.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Cost of the standard route versus the maatwerk, each a list of posts. Recurring posts are
 * normalised to a year; one-off posts ({@code per: eenmalig}) are kept apart and never added into a
 * yearly figure.
 */
public record Kosten(List<Post> standaard, List<Post> maatwerk) {

    public static final List<String> PER = List.of("week", "maand", "kwartaal", "jaar", "eenmalig", "keer");

    /** Who pays a post: a closed list, so the report can show who saves and who pays extra. */
    public static final List<String> BETALERS = List.of("gemeente", "zorgverzekeraar", "zorgkantoor", "justitie",
            "woningcorporatie", "rijk", "uwv", "inwoner");

    /** The payer of a post without {@code betaler} (a check warning, never an error). */
    public static final String ONBEKEND = "onbekend";

    /**
     * @param per     week | maand | kwartaal | jaar | eenmalig | keer
     * @param aantal  times per year when {@code per} is keer (required there), else 1
     * @param betaler one of {@link #BETALERS}, or {@link #ONBEKEND} when the line names none
     */
    public record Post(String post, BigDecimal bedrag, String per, int aantal, String betaler) {

        /** A post without a payer: it counts as {@link #ONBEKEND}. */
        public Post(String post, BigDecimal bedrag, String per, int aantal) {
            this(post, bedrag, per, aantal, ONBEKEND);
        }

        /** Only {@code eenmalig} is one-off; {@code keer} always has a yearly frequency ({@code aantal}). */
        public boolean eenmalig() {
            return "eenmalig".equals(per);
        }

        /** The yearly figure of a recurring post; zero for a one-off post. */
        public BigDecimal perJaar() {
            int factor = switch (per) {
                case "week" -> 52;
                case "maand" -> 12;
                case "kwartaal" -> 4;
                case "keer" -> aantal;
                case "eenmalig" -> 0;
                default -> 1;
            };
            return bedrag.multiply(BigDecimal.valueOf(factor));
        }

        /** The amount of a one-off post; zero for a recurring one. */
        public BigDecimal eenmaligBedrag() {
            return eenmalig() ? bedrag : BigDecimal.ZERO;
        }
    }

    /** Recurring costs of the standard route per year (one-off posts left out). */
    public BigDecimal standaardPerJaar() {
        return sum(standaard);
    }

    /** Recurring costs of the maatwerk per year (one-off posts left out). */
    public BigDecimal maatwerkPerJaar() {
        return sum(maatwerk);
    }

    public BigDecimal standaardEenmalig() {
        return standaard.stream().map(Post::eenmaligBedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal maatwerkEenmalig() {
        return maatwerk.stream().map(Post::eenmaligBedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Positive when the maatwerk is cheaper than the standard route (recurring costs only). */
    public BigDecimal besparingPerJaar() {
        return standaardPerJaar().subtract(maatwerkPerJaar());
    }

    public boolean isEmpty() {
        return standaard.isEmpty() && maatwerk.isEmpty();
    }

    private static BigDecimal sum(List<Post> posts) {
        return posts.stream().map(Post::perJaar).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
