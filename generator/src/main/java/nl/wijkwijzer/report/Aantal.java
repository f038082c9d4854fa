package nl.wijkwijzer.report;

/**
 * A count as a report may show it. A suppressed count keeps no value at all, so no template,
 * export or chart can leak it by accident.
 *
 * @param getoond the number, or {@code null} when it is suppressed
 * @param tekst   what the reader sees: "12" or "niet getoond"
 */
public record Aantal(Integer getoond, String tekst) {
    public static final String NIET_GETOOND = "niet getoond";

    public boolean verborgen() {
        return getoond == null;
    }

    static Aantal shown(int n) {
        return new Aantal(n, nl.wijkwijzer.pages.Format.number(n));
    }

    /** Every hidden count reads the same, small or not: a label that says "small" would narrow its range. */
    static Aantal hidden() {
        return new Aantal(null, NIET_GETOOND);
    }
}
