package nl.wijkwijzer.report;

/**
 * A count as a report may show it. A suppressed count keeps no value at all, so no template,
 * export or chart can leak it by accident.
 *
 * @param getoond the number, or {@code null} when it is suppressed
 * @param tekst   what the reader sees: "12" or "minder dan 5"
 */
public record Aantal(Integer getoond, String tekst) {

    public boolean verborgen() {
        return getoond == null;
    }

    static Aantal shown(int n) {
        return new Aantal(n, nl.wijkwijzer.pages.Format.number(n));
    }

    static Aantal hidden(int k) {
        return new Aantal(null, "minder dan " + k);
    }

    /** A complementary suppression: the number is not small, but showing it would reveal a small one. */
    static Aantal hiddenComplementary() {
        return new Aantal(null, "niet getoond");
    }
}
