package nl.wijkwijzer.model;

import java.math.BigDecimal;
import java.util.List;

/** Cost of the standard route versus the maatwerk, each a list of posts. */
public record Kosten(List<Post> standaard, List<Post> maatwerk) {

    public static final List<String> PER = List.of("week", "maand", "kwartaal", "jaar", "eenmalig", "keer");

    /**
     * @param per    week | maand | kwartaal | jaar | eenmalig | keer
     * @param aantal times per year when {@code per} is keer, else 1
     */
    public record Post(String post, BigDecimal bedrag, String per, int aantal) {
        /** The yearly figure: a one-off cost counts once, in the year of the case. */
        public BigDecimal perJaar() {
            int factor = switch (per) {
                case "week" -> 52;
                case "maand" -> 12;
                case "kwartaal" -> 4;
                case "keer" -> aantal;
                default -> 1;
            };
            return bedrag.multiply(BigDecimal.valueOf(factor));
        }
    }

    public BigDecimal standaardPerJaar() {
        return sum(standaard);
    }

    public BigDecimal maatwerkPerJaar() {
        return sum(maatwerk);
    }

    /** Positive when the maatwerk is cheaper than the standard route. */
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
